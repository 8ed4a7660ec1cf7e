import { describe, expect, test } from 'vitest';
import { AnswerStore } from '../../src/discord/answer-store.ts';

const entry = (question: string) => ({ question, questionId: null, offset: 0, passages: [], answered: true, confidence: 'high' as const, hasMore: false, ephemeral: false, source: 'slash' as const, guildId: null });

describe('AnswerStore', () => {
  test('GIVEN more entries than the bound THEN the oldest are dropped', () => {
    const store = new AnswerStore({ maxEntries: 2, ttlMs: 1000, now: () => 0 });
    store.set('a', entry('A'));
    store.set('b', entry('B'));
    store.set('c', entry('C'));
    expect(store.get('a')).toBeUndefined();
    expect(store.get('c')?.question).toBe('C');
    expect(store.size).toBe(2);
  });
  test('GIVEN an entry older than the TTL THEN it is gone', () => {
    let now = 0;
    const store = new AnswerStore({ maxEntries: 10, ttlMs: 1000, now: () => now });
    store.set('a', entry('A'));
    now = 1001;
    expect(store.get('a')).toBeUndefined();
  });
  test('GIVEN a stored entry THEN it starts with no votes', () => {
    const store = new AnswerStore({ maxEntries: 10, ttlMs: 1000, now: () => 0 });
    expect(store.set('a', entry('A')).votes.size).toBe(0);
  });
});
