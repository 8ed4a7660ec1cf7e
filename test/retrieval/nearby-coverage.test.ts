import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/create-engine.ts';
import type { Embedder } from '../../src/embedding/embedder.ts';
import type { CandidateFeatures } from '../../src/retrieval/fuse.ts';
import { retrieve } from '../../src/retrieval/retrieve.ts';
import { corpusEngine, type CorpusEngine } from '../helpers/corpus-engine.ts';

// The fact asked about is told over two sentences ("Engineers … designed …" / "It was finished in 1998."),
// and the next paragraph starts right after them.
const HARBOUR = `# The harbour

The old harbour was rebuilt after the storm.

Engineers from Rotterdam designed the new breakwater.
It was finished in 1998.

Fishing boats returned within a year.
Tourists came later in the summer.
The lighthouse keeper retired in the spring.
`;

let corpus: CorpusEngine;
let engine: Engine;
let embedder: Embedder;

beforeAll(async () => {
  corpus = await corpusEngine('nearby-coverage', { 'harbour.md': HARBOUR });
  engine = corpus.engine;
  embedder = engine.embedder;
});
afterAll(() => corpus.remove());

const QUESTION = 'When was the breakwater the Rotterdam engineers designed finished?';

/** Each candidate sentence's features for the question, by its text. */
async function featuresByText(question: string): Promise<Map<string, CandidateFeatures>> {
  const index = engine.current().index;
  const [vector] = await embedder.embedQueries([question]);
  return new Map(retrieve(index, question, vector!).map((r) => [index.record(r.slot)!.text, r.features]));
}

describe('nearbyCoverage', () => {
  it('GIVEN a fact told over two sentences THEN the sentence holding the answer is credited with the words of the one before', async () => {
    const finished = (await featuresByText(QUESTION)).get('It was finished in 1998.')!;
    expect(finished.nearbyCoverage).toBeCloseTo(1, 6);
    // Its own words alone cover far less of the question.
    expect(finished.coverage).toBeLessThan(0.5);
  });

  it('GIVEN the next paragraph THEN its first sentence counts the words of the one just before it, and a sentence two away does not', async () => {
    const features = await featuresByText(QUESTION);
    const next = features.get('Fishing boats returned within a year.')!;
    // "finished", from the sentence before; not the words two sentences back.
    expect(next.coverage).toBe(0);
    expect(next.nearbyCoverage).toBeGreaterThan(0);
    expect(next.nearbyCoverage).toBeLessThan(0.5);
    expect(features.get('Tourists came later in the summer.')?.nearbyCoverage ?? 0).toBe(0);
  });
});
