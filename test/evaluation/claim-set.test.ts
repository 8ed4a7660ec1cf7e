import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/config.ts';
import { loadClaimSet, type ClaimCase } from '../../src/evaluation/claim-set.ts';
import { claimLines, evaluateClaims, type ClaimRecord } from '../../src/evaluation/run-claims.ts';
import { normalizeForMatch } from '../../src/evaluation/scoring.ts';
import { shippedArticleEngine, type CorpusEngine } from '../helpers/corpus-engine.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'claim-set-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the set of claims to check', () => {
  const cases = loadClaimSet();

  it('GIVEN the shipped set THEN it holds true claims, false ones (some stating a figure or day) and claims the article does not speak of', () => {
    expect(cases.filter((c) => c.holds === true).length).toBeGreaterThanOrEqual(10);
    expect(cases.filter((c) => c.holds === false && c.said !== null).length).toBeGreaterThanOrEqual(5);
    expect(cases.filter((c) => c.holds === false && c.said === null).length).toBeGreaterThanOrEqual(3);
    expect(cases.filter((c) => c.holds === null).length).toBeGreaterThanOrEqual(5);
  });

  it('GIVEN every answer string and every figure the article gives instead THEN the shipped article holds it', () => {
    const article = normalizeForMatch(fs.readFileSync(path.join(DEFAULTS.corpusDir, 'sheinbaum-trump-call.md'), 'utf8'));
    const strings = cases.flatMap((c) => [...c.answers, ...(c.said ? [c.said] : [])]);
    expect(strings.filter((a) => !article.includes(normalizeForMatch(a)))).toEqual([]);
  });

  it('GIVEN a malformed case THEN loading fails naming the case and what is wrong', () => {
    const file = path.join(work, 'bad.json');
    const write = (cases: unknown[]) => fs.writeFileSync(file, JSON.stringify({ cases }));
    fs.writeFileSync(file, JSON.stringify({ claims: [] }));
    expect(() => loadClaimSet(file)).toThrow(/bad\.json: expected \{ "cases": \[\.\.\.\] \}/);
    write([{ claim: 'The call was long.', answers: ['15-minute', ''], holds: true }]);
    expect(() => loadClaimSet(file)).toThrow(/case 1: "answers" must be a list of non-empty strings/);
    write([{ claim: 'The call was long.', answers: ['15-minute'], holds: true }, { claim: ' ' }]);
    expect(() => loadClaimSet(file)).toThrow(/case 2: "claim" must be a non-empty string/);
    write([{ claim: 'The call was long.', answers: ['15-minute'] }]);
    expect(() => loadClaimSet(file)).toThrow(/case 1: "holds" \(true or false\) goes with "answers"/);
    write([{ claim: 'The call was an hour.', answers: ['15-minute'], holds: true, said: '15-minute' }]);
    expect(() => loadClaimSet(file)).toThrow(/case 1: "said" is a string, for a claim that does not hold/);
  });
});

describe('checking claims with the real engine', () => {
  let built: CorpusEngine;
  beforeAll(async () => {
    built = await shippedArticleEngine('claims');
  });
  afterAll(() => built?.remove());

  it('GIVEN a true claim, a false one stating a figure and one the article does not speak of THEN each is scored as a member would have seen it', async () => {
    const cases: ClaimCase[] = [
      { claim: 'The call lasted 15 minutes.', answers: ['15-minute'], holds: true, said: null },
      { claim: 'The call lasted an hour.', answers: ['15-minute'], holds: false, said: '15-minute' },
      { claim: 'Canada joined the call', answers: [], holds: null, said: null },
    ];
    const records = await evaluateClaims(built.engine, cases);
    expect(records.map((r) => [r.asked, r.answered, r.rank, r.corrected])).toEqual([
      ['The call lasted 15 minutes, is that right?', true, 1, null],
      ['The call lasted an hour, is that right?', true, 1, '15-minute'],
      ['Canada joined the call, is that right?', false, null, null],
    ]);
    expect(claimLines(records)).toEqual([
      '  the article speaks of  2 of 2 answered, settling passage first 2 of 2, in the first three 2 of 2',
      '  false, with a figure   1 of 1 named what the article gives instead',
      '  true                   1 of 1 without a correction',
      '  not spoken of          1 of 1 refused',
    ]);
  });

  it('GIVEN misses THEN the lines count them as misses: a refusal, a passage too far down, a wrong or missing correction', () => {
    const c = (over: Partial<ClaimCase>): ClaimCase => ({ claim: 'x', answers: ['y'], holds: true, said: null, ...over });
    const records: ClaimRecord[] = [
      { c: c({}), asked: 'x', answered: false, rank: 1, corrected: null },
      { c: c({}), asked: 'x', answered: true, rank: 3, corrected: 'Monday' },
      { c: c({ holds: false, said: 'Monday' }), asked: 'x', answered: true, rank: 1, corrected: 'Sunday' },
      { c: c({ answers: [], holds: null }), asked: 'x', answered: true, rank: null, corrected: null },
    ];
    expect(claimLines(records)).toEqual([
      '  the article speaks of  2 of 3 answered, settling passage first 1 of 3, in the first three 2 of 3',
      '  false, with a figure   0 of 1 named what the article gives instead',
      '  true                   1 of 2 without a correction',
      '  not spoken of          0 of 1 refused',
    ]);
  });
});
