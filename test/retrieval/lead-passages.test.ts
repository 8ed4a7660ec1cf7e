import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/create-engine.ts';
import { leadPassages } from '../../src/retrieval/lead-passages.ts';
import { corpusEngine, type CorpusEngine } from '../helpers/corpus-engine.ts';

// Three articles: an older dated one, a newer dated one, one without a date.
const OLDER = `---
date: 2026-01-10
---
# Bridge closes

The harbour bridge closed for repairs on Saturday. Engineers found cracks in two cables.

The council said the work would take a month.
`;
const NEWER = `---
date: 2026-01-14
---
# Bridge reopens early

The harbour bridge reopened on Wednesday, two weeks ahead of schedule.

Traffic returned to normal by the evening rush.
`;
const UNDATED = `# Ferry timetable

The island ferry now runs every hour.

Tickets cost four euros.
`;

// A short sentence quoted with the one before it as context, once that one was quoted alone.
const LEANING = `# Tunnel works

The harbour tunnel under the old river mouth opened to traffic in the spring of 1990, after a decade of careful planning by the regional council, its engineers and the three towns on either bank, two public inquiries into the route it should take beneath the silt of the estuary, a long quarrel over who should pay for the approach roads on the northern shore, a strike of the dockers who feared for their ferry, and the discovery, halfway through the digging, of the timbers of a medieval wharf that the archaeologists of the county museum were given a whole summer to record before the boring machine moved on again. This cost two million euros.
`;

let corpus: CorpusEngine;
let engine: Engine;

beforeAll(async () => {
  corpus = await corpusEngine('lead-passages', { 'a-older.md': OLDER, 'b-undated.md': UNDATED, 'c-newer.md': NEWER });
  engine = corpus.engine;
});
afterAll(() => corpus.remove());

describe('the openings of the coverage', () => {
  it('GIVEN dated and undated articles THEN each opens with its first sentence, newest first, then the undated, then second passages', () => {
    const leads = leadPassages(engine.current().index, 5);
    expect(leads.map((p) => p.text)).toEqual([
      'The harbour bridge reopened on Wednesday, two weeks ahead of schedule.',
      // A short first sentence takes the next one of its paragraph with it: that one is not quoted again.
      'The harbour bridge closed for repairs on Saturday. Engineers found cracks in two cables.',
      'The island ferry now runs every hour.',
      'Traffic returned to normal by the evening rush.',
      'The council said the work would take a month.',
    ]);
    expect(leadPassages(engine.current().index, 100)).toHaveLength(6);
  });

  it('GIVEN a sentence whose passage leans back on one a round before quoted (the two together too long for one passage) THEN it stands alone: no sentence is quoted twice', async () => {
    const tunnel = await corpusEngine('lead-passages-leaning', { 'tunnel.md': LEANING });
    try {
      const leads = leadPassages(tunnel.engine.current().index, 10);
      const sentences = leads.flatMap((p) => Array.from({ length: p.range[1] - p.range[0] + 1 }, (_, k) => p.range[0] + k));
      expect(new Set(sentences).size).toBe(sentences.length);
      expect(leads.map((p) => p.focus.text)).toContain('This cost two million euros.');
    } finally {
      tunnel.remove();
    }
  });

  it('GIVEN "Give me a summary" THEN the engine answers with the openings, without a confidence word, and pages them', async () => {
    const first = await engine.ask('Give me a summary', { top: 2 });
    expect(first).toMatchObject({ answered: true, overview: true, confidence: null, hasMore: true });
    expect(first.passages.map((p) => p.citation.docId)).toEqual(['c-newer.md', 'a-older.md']);
    expect(first.passages[0]!.citation.date).toBe('2026-01-14');
    const next = await engine.ask('Give me a summary', { top: 2, offset: 2 });
    expect(next.passages[0]!.citation.docId).toBe('b-undated.md');
  });

  it('GIVEN a summary of one thing THEN that thing is searched', async () => {
    const answer = await engine.ask('Summarise the ticket prices');
    expect(answer).toMatchObject({ answered: true });
    expect(answer.overview).toBeUndefined();
    expect(answer.passages[0]!.text).toBe('Tickets cost four euros.');
  });
});
