/**
 * The suggestion list (autocomplete, the examples a greeting or a refusal offers) with the real engine
 * (real model, real index files): a corpus of one chunk has it at once; a larger one builds it a part
 * at a time, after start and at its first use after a reindex, offering the titles meanwhile, and a
 * greeting waits for it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUGGESTION_CHUNK, type Engine } from '../../src/engine/create-engine.ts';
import { corpusEngine, type CorpusEngine } from '../helpers/corpus-engine.ts';

const SMALL =
  '---\ntitle: Harbour deal signed\n---\n# Harbour deal signed\n\n' +
  'Port director Anna Keller signed the harbour agreement on Monday. Anna Keller thanked the council. ' +
  'Mayor Tomas Brandt opened the new ferry route.\n';

const PLACES = ['harbour', 'station', 'library', 'market', 'museum', 'bridge', 'school', 'garden'];
/** `count` distinct sentences about Anna Keller's inspections, in documents of 500. */
function largeCorpus(count: number): Record<string, string> {
  const docs: Record<string, string> = {};
  for (let d = 0; d * 500 < count; d++) {
    const lines = Array.from({ length: Math.min(500, count - d * 500) }, (_, k) => {
      const n = d * 500 + k;
      return `Inspector Anna Keller visited the ${PLACES[n % PLACES.length]} number ${n} on day ${n % 28 + 1} of the survey.`;
    });
    docs[`inspections-${d}.md`] = `---\ntitle: Inspections part ${d + 1}\n---\n# Inspections part ${d + 1}\n\n${lines.join(' ')}\n`;
  }
  return docs;
}

describe('the suggestion list', () => {
  let small: CorpusEngine;
  beforeAll(async () => {
    small = await corpusEngine('suggestions-small', { 'harbour.md': SMALL });
  });
  afterAll(() => small.remove());

  it('GIVEN a corpus of one chunk THEN the names are offered from the first keystroke', () => {
    expect(small.engine.suggest('what does', 10)).toContain('What does the coverage say about Anna Keller?');
  });

  describe('GIVEN a corpus larger than one chunk', () => {
    let large: CorpusEngine;
    let engine: Engine;
    /** Autocomplete right after start, before the event loop turns: only microtasks ran since. */
    let atStart: { titles: string[]; names: string[] };
    beforeAll(async () => {
      large = await corpusEngine('suggestions-large', largeCorpus(SUGGESTION_CHUNK + 700));
      engine = large.engine;
      atStart = { titles: engine.suggest('inspections', 25), names: engine.suggest('what does', 25) };
    });
    afterAll(() => large.remove());

    it('THEN autocomplete answers at once with the titles while the list is built, and a greeting waits for the names', async () => {
      expect(engine.current().index.records.length).toBeGreaterThan(SUGGESTION_CHUNK);
      expect(atStart.titles).toEqual(['Inspections part 1', 'Inspections part 2', 'Inspections part 3', 'Inspections part 4', 'Inspections part 5', 'Inspections part 6']);
      expect(atStart.names).toEqual([]);
      const hi = await engine.ask('hi');
      expect(hi.conversational).toBe('greeting');
      expect(hi.examples).toContain('What does the coverage say about Anna Keller?');
      expect(engine.suggest('what does the coverage say about anna', 5)).toEqual(['What does the coverage say about Anna Keller?']);
    });

    it('THEN after a reindex the new index builds its own list at its first use, the names of a new document included', async () => {
      fs.writeFileSync(path.join(large.root, 'corpus', 'ferry.md'), '# Ferry news\n\nCaptain Olga Marsh sailed the new ferry. Captain Olga Marsh praised the crew.\n');
      await engine.reindex();
      // Not built with the reindex: autocomplete starts it, offering the titles meanwhile.
      expect(engine.suggest('what does the coverage say about olga', 5)).toEqual([]);
      const hi = await engine.ask('hello');
      expect(hi.examples?.length).toBeGreaterThan(0);
      expect(engine.suggest('what does the coverage say about olga', 5)).toEqual(['What does the coverage say about Olga Marsh?']);
    });
  });
});
