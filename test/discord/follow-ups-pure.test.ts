import { describe, expect, test } from 'vitest';
import { encodeButtonId } from '../../src/discord/custom-ids.ts';
import { answerKeyOf, exchangeOf } from '../../src/discord/follow-ups.ts';
import { askInDm, threadName, THREAD_NAME_CHARS, replyInstead, threadWelcome } from '../../src/discord/format/follow-up.ts';
import { Conversations } from '../../src/discord/conversations.ts';

describe('the exchange of a stored answer', () => {
  test('GIVEN a stored answer without an exchange THEN its question', () => {
    expect(exchangeOf({ question: 'Q?' })).toEqual(['Q?']);
    expect(exchangeOf({ question: 'Q?', exchange: ['A?', 'Q?'] })).toEqual(['A?', 'Q?']);
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
