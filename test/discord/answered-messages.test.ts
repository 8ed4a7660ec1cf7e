import { describe, expect, it } from 'vitest';
import { AnsweredMessages } from '../../src/discord/answered-messages.ts';

const entry = (replyIds: string[]) => ({ content: 'how long was the call?', replyIds, questionIds: [7], readWith: {} });

describe('the replies remembered by the message they answer', () => {
  it('GIVEN a message answered THEN its replies are found by its id, and taken once it is deleted', () => {
    const store = new AnsweredMessages({ maxEntries: 10, ttlMs: 1000, now: () => 0 });
    store.record('m1', entry(['r1', 'r2']));
    expect(store.get('m1')?.replyIds).toEqual(['r1', 'r2']);
    expect(store.take('m1')?.replyIds).toEqual(['r1', 'r2']);
    expect(store.get('m1')).toBeUndefined();
    expect(store.take('unknown')).toBeUndefined();
  });

  it('GIVEN more messages than it keeps THEN the oldest is forgotten; one answered again counts as new', () => {
    const store = new AnsweredMessages({ maxEntries: 2, ttlMs: 1000, now: () => 0 });
    store.record('m1', entry(['r1']));
    store.record('m2', entry(['r2']));
    store.record('m1', entry(['r1b']));
    store.record('m3', entry(['r3']));
    expect(store.get('m2')).toBeUndefined();
    expect(store.get('m1')?.replyIds).toEqual(['r1b']);
    expect(store.get('m3')?.replyIds).toEqual(['r3']);
  });

  it('GIVEN a message answered longer ago than it keeps THEN an edit or deletion finds nothing', () => {
    let now = 0;
    const store = new AnsweredMessages({ maxEntries: 10, ttlMs: 1000, now: () => now });
    store.record('m1', entry(['r1']));
    now = 1001;
    expect(store.get('m1')).toBeUndefined();
  });

  it('GIVEN work on one message THEN each piece runs after the one before it, even one that failed; another message does not wait', async () => {
    const store = new AnsweredMessages({ maxEntries: 10, ttlMs: 1000, now: () => 0 });
    const order: string[] = [];
    let finishFirst!: () => void;
    const first = store.inTurn('m1', () => new Promise<void>((resolve) => (finishFirst = () => (order.push('answer'), resolve()))));
    const failing = store.inTurn('m1', async () => {
      order.push('edit 1');
      throw new Error('edit failed');
    });
    const second = store.inTurn('m1', async () => void order.push('edit 2'));
    await store.inTurn('m2', async () => void order.push('other message'));
    expect(order).toEqual(['other message']);
    finishFirst();
    await first;
    await expect(failing).rejects.toThrow('edit failed');
    await second;
    expect(order).toEqual(['other message', 'answer', 'edit 1', 'edit 2']);
  });
});
