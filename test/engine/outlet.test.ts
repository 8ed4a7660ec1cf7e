/**
 * A question naming one of two outlets that report the same call: the real engine (real model, real
 * index files) searches only that outlet's report, and says so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/create-engine.ts';
import { corpusEngine, type CorpusEngine } from '../helpers/corpus-engine.ts';

const REPORTS = {
  'herald.md':
    '---\ntitle: Leaders discuss security in phone call\ndate: 2026-01-12\npublisher: Polar Herald\n---\n# Leaders discuss security in phone call\n\n' +
    'The two leaders held a 15-minute phone call on Monday. They agreed to keep working together on border security.\n',
  'courier.md':
    '---\ntitle: Call between leaders ends in agreement\ndate: 2026-01-13\npublisher: The Courier\n---\n# Call between leaders ends in agreement\n\n' +
    'The phone call between the two leaders lasted 20 minutes, officials said. Trade was not discussed.\n',
};

let built: CorpusEngine;
let engine: Engine;
beforeAll(async () => {
  built = await corpusEngine('outlet', REPORTS);
  engine = built.engine;
});
afterAll(() => built.remove());

describe('two outlets reporting the same call', () => {
  it('GIVEN "According to the Courier, how long was the call?" THEN only the Courier is quoted, and the answer names it; the outlet is no word "never mentioned"', async () => {
    const a = await engine.ask('According to the Courier, how long was the call?');
    expect(a.answered).toBe(true);
    expect(a.outlet).toBe('The Courier');
    expect(a.passages.length).toBeGreaterThan(0);
    expect(a.passages.every((p) => p.citation.docId === 'courier.md')).toBe(true);
    expect(a.passages[0]!.focus).toContain('20 minutes');
    expect(a.notMentioned ?? []).toEqual([]);
    const herald = await engine.ask('how long was the call according to the polar herald');
    expect(herald.outlet).toBe('Polar Herald');
    expect(herald.passages.every((p) => p.citation.docId === 'herald.md')).toBe(true);
  });

  it('GIVEN "What did the Polar Herald report?" THEN that outlet\'s report opens, as an overview', async () => {
    const a = await engine.ask('What did the Polar Herald report?');
    expect(a.overview).toBe(true);
    expect(a.outlet).toBe('Polar Herald');
    expect(a.passages.map((p) => p.citation.docId)).toEqual(['herald.md']);
    const initials = await engine.ask('According to the PH, how long was the call?');
    expect(initials.outlet).toBe('Polar Herald');
    expect(initials.passages[0]!.focus).toContain('15-minute');
  });

  it('GIVEN a question naming no outlet THEN both are searched', async () => {
    const a = await engine.ask('How long was the phone call?', { top: 4 });
    expect(a.outlet).toBeUndefined();
    expect(new Set(a.passages.map((p) => p.citation.docId))).toEqual(new Set(['herald.md', 'courier.md']));
  });
});

describe('an outlet whose one report the corpus-wide search would not reach', () => {
  // Another outlet's 400 short lines on the call fill every candidate the corpus-wide searches take.
  const WIRE = Array.from({ length: 400 }, (_, i) => `The call was on line ${i + 1}, the wire said.`).join(' ');
  let many: CorpusEngine;
  beforeAll(async () => {
    many = await corpusEngine('outlet-many', {
      'wire.md': `---\ntitle: Wire updates\ndate: 2026-01-12\npublisher: The Wire\n---\n# Wire updates\n\n${WIRE}\n`,
      'courier.md': `---\ntitle: A long day of diplomacy\ndate: 2026-01-13\npublisher: The Courier\n---\n# A long day of diplomacy\n\nThe phone call between the two leaders, which officials described at length in a briefing held later that evening in the capital, lasted twenty minutes in all.\n`,
    });
  });
  afterAll(() => many.remove());

  it('GIVEN "According to the Courier, who was on the call?" THEN the Courier\'s sentence is found among its own', async () => {
    const a = await many.engine.ask('According to the Courier, who was on the call?');
    expect(a.outlet).toBe('The Courier');
    expect(a.passages.length).toBeGreaterThan(0);
    expect(a.passages[0]!.citation.docId).toBe('courier.md');
    expect(a.passages[0]!.focus).toContain('two leaders');
  });
});
