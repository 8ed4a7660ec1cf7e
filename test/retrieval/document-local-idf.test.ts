/**
 * Which sentence of an article answers is judged as if the article were the only one: a corpus that
 * grows around it must not reorder its sentences. Real engines (offline model, real indexes).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CandidateFeatures } from '../../src/retrieval/fuse.ts';
import { retrieve } from '../../src/retrieval/retrieve.ts';
import { corpusEngine, type CorpusEngine } from '../helpers/corpus-engine.ts';

const CALL = `# The call

The phone call lasted fifteen minutes.
The call was initiated by the mayor.
The mayor thanked the council afterwards.
`;

// Another article that uses "initiated" in every sentence and never "phone": across both, "initiated"
// becomes a common word and "phone" a rare one, which would favour "The phone call lasted…".
const PROGRAMME = `# The programme

The council initiated a cleaning programme.
Volunteers initiated a second round in May.
The school initiated a recycling contest.
Shops initiated longer opening hours.
The library initiated reading evenings.
`;

const QUESTION = 'Who initiated the phone call?';

let alone: CorpusEngine;
let mixed: CorpusEngine;

beforeAll(async () => {
  alone = await corpusEngine('local-idf-alone', { 'call.md': CALL });
  mixed = await corpusEngine('local-idf-mixed', { 'call.md': CALL, 'programme.md': PROGRAMME });
});
afterAll(() => {
  alone.remove();
  mixed.remove();
});

/** The features of the call article's sentences for the question, by text. */
async function callFeatures(corpus: CorpusEngine): Promise<Map<string, CandidateFeatures>> {
  const index = corpus.engine.current().index;
  const [vector] = await corpus.engine.embedder.embedQueries([QUESTION]);
  const ranked = retrieve(index, QUESTION, vector!).filter((r) => index.record(r.slot)!.docId === 'call.md');
  return new Map(ranked.map((r) => [index.record(r.slot)!.text, r.features]));
}

describe('the words of a sentence weighed within its own document', () => {
  it('GIVEN another article that makes one question word common THEN the article’s sentences keep the lexical evidence they have alone', async () => {
    const one = await callFeatures(alone);
    const two = await callFeatures(mixed);
    for (const text of ['The phone call lasted fifteen minutes.', 'The call was initiated by the mayor.']) {
      const a = one.get(text)!;
      const b = two.get(text)!;
      expect(b.lexical, text).toBeCloseTo(a.lexical, 9);
      expect(b.coverage, text).toBeCloseTo(a.coverage, 9);
      expect(b.nearbyCoverage, text).toBeCloseTo(a.nearbyCoverage, 9);
      expect(b.neighbourCoverage, text).toBeCloseTo(a.neighbourCoverage, 9);
    }
    // So the article's own order of the two stays as it is alone.
    const ahead = (m: Map<string, CandidateFeatures>) => m.get('The call was initiated by the mayor.')!.coverage > m.get('The phone call lasted fifteen minutes.')!.coverage;
    expect(ahead(two)).toBe(ahead(one));
  });

  it('GIVEN the article that is about the call THEN the document features, not its sentences’ words, tell it from the other', async () => {
    const index = mixed.engine.current().index;
    const [vector] = await mixed.engine.embedder.embedQueries([QUESTION]);
    const ranked = retrieve(index, QUESTION, vector!);
    const docOf = (r: (typeof ranked)[number]) => index.record(r.slot)!.docId;
    const call = ranked.find((r) => docOf(r) === 'call.md')!;
    const programme = ranked.find((r) => docOf(r) === 'programme.md')!;
    expect(call.features.documentCoverage).toBeGreaterThan(programme.features.documentCoverage);
    expect(docOf(ranked[0]!)).toBe('call.md');
  });
});
