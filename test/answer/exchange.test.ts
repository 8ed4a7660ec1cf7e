import { describe, expect, test } from 'vitest';
import { exchangeAfter, nextExchange, previousQuestion, QUOTED_KEPT, quotedAfter, readOnFrom } from '../../src/answer/exchange.ts';
import type { Passage } from '../../src/engine/types.ts';

describe('the exchange a follow-up is read with', () => {
  test('GIVEN a new question THEN the next follow-up is read with it alone', () => {
    expect(nextExchange([], 'Who did Rubio speak with?', undefined)).toEqual(['Who did Rubio speak with?']);
  });
  test('GIVEN a follow-up read with the previous question THEN the next one is read with both, at most two questions back', () => {
    expect(nextExchange(['Who did Rubio speak with?'], 'When was that?', 'with-previous')).toEqual(['Who did Rubio speak with?', 'When was that?']);
    expect(nextExchange(['A?', 'B?'], 'C?', 'with-previous')).toEqual(['B?', 'C?']);
  });
  test('GIVEN a follow-up that changed subject THEN a new exchange starts with it', () => {
    expect(nextExchange(['Who did Rubio speak with?'], 'How long was the call?', 'new-subject')).toEqual(['How long was the call?']);
  });
  test('GIVEN small talk or what follows a passage THEN the exchange before it stays; any other answer goes on with it', () => {
    const before = ['Who did Rubio speak with?'];
    expect(exchangeAfter(before, 'thanks!', { conversational: 'thanks' })).toEqual(before);
    expect(exchangeAfter(before, 'What happened next?', { readOn: { title: 'Call' } })).toEqual(before);
    expect(exchangeAfter([], 'hi', { conversational: 'greeting' })).toEqual([]);
    expect(exchangeAfter(before, 'When was that?', { followUp: 'with-previous' })).toEqual([...before, 'When was that?']);
    expect(exchangeAfter(before, 'How long was the call?', { followUp: 'new-subject' })).toEqual(['How long was the call?']);
  });
  test('GIVEN an exchange THEN the engine gets its questions joined; none, nothing', () => {
    expect(previousQuestion(['A?', 'B?'])).toBe('A? B?');
    expect(previousQuestion([])).toBeUndefined();
  });
});

describe('the passage "What happened next?" reads on from', () => {
  const passage = (docId: string, sentences: [number, number]) => ({ text: '', focus: '', citation: { docId, title: '', section: null, sentences, url: null, date: null } }) as Passage;
  const passages = [passage('a.md', [3, 3]), passage('b.md', [7, 8])];
  test('GIVEN an answer THEN its first passage; GIVEN an answer that read on already THEN its last, so that "and then?" goes on', () => {
    expect(readOnFrom({ answered: true, passages })).toEqual({ docId: 'a.md', sentences: [3, 3] });
    expect(readOnFrom({ answered: true, passages, readOn: true })).toEqual({ docId: 'b.md', sentences: [7, 8] });
  });
  test('GIVEN a refusal, or no passage THEN none: its nearest passages answered nothing', () => {
    expect(readOnFrom({ answered: false, passages })).toBeUndefined();
    expect(readOnFrom({ answered: true, passages: [] })).toBeUndefined();
  });
});

describe('the passages "What else…?" leaves out', () => {
  const passage = (docId: string, sentences: [number, number], focus: string) => ({ text: '', focus, citation: { docId, title: '', section: null, sentences, url: null, date: null } }) as Passage;
  const before = [{ docId: 'a.md', sentences: [1, 2] as [number, number], focus: 'A.' }];
  const own = [passage('b.md', [4, 5], 'B.')];
  const ownQuoted = { docId: 'b.md', sentences: [4, 5], focus: 'B.' };
  test('GIVEN an answer on its own (a new question, or one that changed subject) THEN only its passages, each with the sentence it answered with', () => {
    expect(quotedAfter(before, { passages: own })).toEqual([ownQuoted]);
    expect(quotedAfter(before, { passages: own, followUp: 'new-subject' })).toEqual([ownQuoted]);
  });
  test('GIVEN a page, a follow-up read with the exchange, what else, or what follows THEN what was quoted before, then its own', () => {
    const both = [...before, ownQuoted];
    expect(quotedAfter(before, { passages: own }, true)).toEqual(both);
    expect(quotedAfter(before, { passages: own, followUp: 'with-previous' })).toEqual(both);
    expect(quotedAfter(before, { passages: own, besidesQuoted: true })).toEqual(both);
    expect(quotedAfter(before, { passages: own, readOn: { title: 'A' } })).toEqual(both);
  });
  test('GIVEN a long conversation THEN the latest passages are kept, at most QUOTED_KEPT', () => {
    const many = Array.from({ length: QUOTED_KEPT }, (_, i) => ({ docId: 'a.md', sentences: [i, i] as [number, number], focus: `S${i}.` }));
    const after = quotedAfter(many, { passages: own }, true);
    expect(after).toHaveLength(QUOTED_KEPT);
    expect(after[0]!.focus).toBe('S1.');
    expect(after.at(-1)).toEqual(ownQuoted);
  });
});
