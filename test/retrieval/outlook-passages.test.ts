import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/create-engine.ts';
import { outlookPassages, speaksAhead } from '../../src/retrieval/outlook-passages.ts';
import { corpusEngine, type CorpusEngine } from '../helpers/corpus-engine.ts';

// An older report that says what comes next in its middle and ends on something else, and a newer
// one that says nothing of what lies ahead.
const OLDER = `---
date: 2026-01-10
---
# Bridge closes

The harbour bridge closed for repairs on Saturday. Engineers found cracks in two cables.

The council said the work would take a month, and the ferry will run every hour meanwhile.

Shops near the bridge reported fewer customers.
`;
const NEWER = `---
date: 2026-01-14
---
# Bridge inspection

Inspectors walked the length of the harbour bridge on Tuesday.

They photographed both cables.
`;

let corpus: CorpusEngine;
let engine: Engine;

beforeAll(async () => {
  corpus = await corpusEngine('outlook-passages', { 'a-older.md': OLDER, 'b-newer.md': NEWER });
  engine = corpus.engine;
});
afterAll(() => corpus.remove());

describe('what the coverage says comes next', () => {
  it('GIVEN sentences of the future, of plans and of what goes on THEN they speak ahead; a past report, and May the month, do not', () => {
    expect(speaksAhead('The ferry will run every hour.')).toBe(true);
    expect(speaksAhead('Both leaders agreed to continue their cooperation.')).toBe(true);
    expect(speaksAhead('An invasion remains unlikely.')).toBe(true);
    expect(speaksAhead('The bridge closed on Saturday.')).toBe(false);
    expect(speaksAhead('The bridge closed in May.')).toBe(false);
  });

  it('GIVEN two reports THEN the newest comes first; each gives its lines on what lies ahead, or its closing passage when it has none', () => {
    const passages = outlookPassages(engine.current().index, 5);
    expect(passages.map((p) => [p.focus.docId, p.focus.text])).toEqual([
      ['b-newer.md', 'They photographed both cables.'],
      ['a-older.md', 'The council said the work would take a month, and the ferry will run every hour meanwhile.'],
    ]);
  });

  it('GIVEN "What happens next?" THEN the engine answers with them as an overview of what comes next, without a confidence word; "what\'s next" with nothing before it too', async () => {
    for (const question of ['What happens next?', "what's next"]) {
      const answer = await engine.ask(question);
      expect(answer, question).toMatchObject({ answered: true, overview: true, outlook: true, confidence: null });
      expect(answer.passages[1]!.focus, question).toContain('would take a month');
    }
    // A question with a subject is searched as any other.
    expect((await engine.ask('What happens next for the ferry?')).outlook).toBeUndefined();
  });

  it('GIVEN "What happens next?" paged (More) or asked within one document THEN the next passage, or that document\'s alone', async () => {
    const first = await engine.ask('What happens next?', { top: 1 });
    expect(first).toMatchObject({ outlook: true, hasMore: true });
    expect(first.passages.map((p) => p.citation.docId)).toEqual(['b-newer.md']);
    const more = await engine.ask('What happens next?', { top: 1, offset: 1 });
    expect(more.passages.map((p) => p.citation.docId)).toEqual(['a-older.md']);
    const within = await engine.ask('What happens next?', { within: 'Bridge closes' });
    expect(within).toMatchObject({ outlook: true, within: 'Bridge closes' });
    expect(within.passages.map((p) => p.citation.docId)).toEqual(['a-older.md']);
  });
});
