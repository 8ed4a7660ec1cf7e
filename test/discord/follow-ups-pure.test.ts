import { describe, expect, test } from 'vitest';
import { encodeButtonId } from '../../src/discord/custom-ids.ts';
import { answerKeyOf, exchangeOf, nextExchange, previousQuestion, readOnFrom } from '../../src/discord/follow-ups.ts';
import type { Passage } from '../../src/engine/types.ts';
import { askInDm, threadName, THREAD_NAME_CHARS, replyInstead, threadWelcome } from '../../src/discord/format/follow-up.ts';
import { Conversations } from '../../src/discord/conversations.ts';

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
  test('GIVEN a stored answer without an exchange THEN its question; the engine gets the questions joined', () => {
    expect(exchangeOf({ question: 'Q?' })).toEqual(['Q?']);
    expect(previousQuestion(['A?', 'B?'])).toBe('A? B?');
    expect(previousQuestion([])).toBeUndefined();
  });
});

describe('which answer a message replies to', () => {
  test('GIVEN the buttons of one of our answers THEN its key; anything else, null', () => {
    expect(answerKeyOf([{ components: [{ customId: 'someone-else:1' }, { customId: encodeButtonId({ action: 'up', key: '42' }) }] }])).toBe('42');
    expect(answerKeyOf([{ components: [{ customId: null }, {}] }, {}])).toBeNull();
    expect(answerKeyOf([])).toBeNull();
  });
});

describe('what the bot says', () => {
  test('GIVEN a long question THEN the thread name fits Discord\'s 100 characters', () => {
    const name = threadName('Why '.repeat(80));
    expect(name.length).toBeLessThanOrEqual(THREAD_NAME_CHARS);
    expect(name.startsWith('Follow-ups: Why')).toBe(true);
  });
  test('GIVEN no Message Content intent THEN the thread asks for a mention; with it, not', () => {
    expect(threadWelcome('Q?', false).content).toContain('mentioning me');
    expect(threadWelcome('Q?', true).content).not.toContain('mentioning');
  });
  test('GIVEN a DM THEN sending the follow-up is enough; in a server without the intent, a reply with a mention is asked for', () => {
    expect(askInDm('Q?')).toEqual({ content: 'Send your follow-up here: I\'ll read it together with “Q?”.', ephemeral: true });
    expect(replyInstead('Q?', false).content).toContain('mentioning me');
    expect(replyInstead('Q?', true).content).not.toContain('mentioning');
    expect(replyInstead('Q?', false).ephemeral).toBe(true);
  });
  test('GIVEN a question with markdown THEN it is quoted escaped', () => {
    expect(threadWelcome('what *is* it?', true).content).toContain('what \\*is\\* it?');
  });
});

describe('Conversations', () => {
  test('GIVEN an answer in the thread THEN its key is remembered with the exchange, for "more"', () => {
    const store = new Conversations({ maxEntries: 10, ttlMs: 1000, now: () => 0 });
    store.set('t', ['Q?'], 'answer-1');
    expect(store.get('t')).toMatchObject({ exchange: ['Q?'], answerKey: 'answer-1' });
    store.set('t', ['Q?', 'R?']);
    expect(store.get('t')?.answerKey).toBeUndefined();
  });

  test('GIVEN more threads than the bound THEN the oldest is forgotten; an old entry expires', () => {
    let now = 0;
    const store = new Conversations({ maxEntries: 2, ttlMs: 1000, now: () => now });
    store.set('a', ['A?']);
    store.set('b', ['B?']);
    store.set('c', ['C?']);
    expect(store.get('a')).toBeUndefined();
    expect(store.get('c')?.exchange).toEqual(['C?']);
    now = 1001;
    expect(store.get('c')).toBeUndefined();
  });
  test('GIVEN a thread THEN the mention hint is given once, and refreshing its exchange keeps that', () => {
    const store = new Conversations({ maxEntries: 10, ttlMs: 1000, now: () => 0 });
    store.set('t', ['Q?']);
    expect(store.hintOnce('t')).toBe(true);
    store.set('t', ['Q?', 'R?']);
    expect(store.hintOnce('t')).toBe(false);
    expect(store.hintOnce('unknown')).toBe(true);
    expect(store.hintOnce('unknown')).toBe(false);
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
