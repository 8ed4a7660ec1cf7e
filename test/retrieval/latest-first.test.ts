import { describe, expect, it } from 'vitest';
import { asksForLatest, latestFirst } from '../../src/retrieval/latest-first.ts';

const passage = (docId: string, text: string) => ({ focus: { docId, text } });
const dates: Record<string, string | null> = { jan: '2026-01-05', feb: '2026-02-10', undated: null };
const dateOf = (docId: string) => dates[docId] ?? null;

describe('the newest report first, for a question on how things stand now', () => {
  it.each(['What is the latest estimate?', 'How many have died so far?', 'What does it cost now?', 'What is the current figure?', 'any news on the bridge?', 'updates on the repairs?', "what's new?", 'anything new'])('GIVEN "%s" THEN it asks for the latest', (q) => {
    expect(asksForLatest(q)).toBe(true);
  });

  it.each(['What did the first estimate say?', 'How long was the call?', 'Who knows the answer?', 'What are the new tariffs?'])('GIVEN "%s" THEN it does not', (q) => {
    expect(asksForLatest(q)).toBe(false);
  });

  it('GIVEN two reports giving one figure differently THEN the newer comes first, the rest in order', () => {
    const older = passage('jan', 'The county said the repairs will cost 2 million dollars.');
    const other = passage('jan', 'The bridge was closed in December.');
    const newer = passage('feb', 'The county said the repairs will cost 3 million dollars.');
    expect(latestFirst([older, other, newer], dateOf)).toEqual([newer, older, other]);
  });

  it('GIVEN a newer passage that says something else, or an undated one THEN the order stands', () => {
    const older = passage('jan', 'The county said the repairs will cost 2 million dollars.');
    const unrelated = passage('feb', 'The mayor opened the new library on 3 March.');
    const undated = passage('undated', 'The county said the repairs will cost 4 million dollars.');
    expect(latestFirst([older, unrelated], dateOf)).toEqual([older, unrelated]);
    expect(latestFirst([older, undated], dateOf)).toEqual([older, undated]);
    expect(latestFirst([], dateOf)).toEqual([]);
  });
});
