import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/config.ts';
import { FOLLOW_UP_KINDS, loadFollowUpSet } from '../../src/evaluation/follow-up-set.ts';
import { normalizeForMatch } from '../../src/evaluation/scoring.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'follow-up-set-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the follow-up set', () => {
  const cases = loadFollowUpSet();

  it('GIVEN the shipped set THEN it holds at least 30 exchanges, both halves and every kind', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(cases.filter((c) => c.kind === 'follow-up').length).toBeGreaterThanOrEqual(30);
    for (const half of ['tune', 'check'] as const) for (const kind of FOLLOW_UP_KINDS) expect(cases.some((c) => c.half === half && c.kind === kind)).toBe(true);
  });

  it('GIVEN every answer string THEN the shipped article holds it (a gold sentence that exists)', () => {
    const article = normalizeForMatch(fs.readFileSync(path.join(DEFAULTS.corpusDir, 'sheinbaum-trump-call.md'), 'utf8'));
    const missing = cases.flatMap((c) => c.answers).filter((a) => !article.includes(normalizeForMatch(a)));
    expect(missing).toEqual([]);
  });

  it('GIVEN a case of an answerable kind without answers THEN loading fails naming the case', () => {
    const file = path.join(work, 'bad.json');
    fs.writeFileSync(file, JSON.stringify({ cases: [{ half: 'tune', kind: 'follow-up', first: 'Who?', followUp: 'When?' }] }));
    expect(() => loadFollowUpSet(file)).toThrow(/case 1: a follow-up case needs answers/);
  });

  it('GIVEN an unknown half THEN loading fails naming the case', () => {
    const file = path.join(work, 'bad-half.json');
    fs.writeFileSync(file, JSON.stringify({ cases: [{ half: 'train', kind: 'off-topic', first: 'Who?', followUp: 'When?' }] }));
    expect(() => loadFollowUpSet(file)).toThrow(/case 1: half must be "tune" or "check"/);
  });
});
