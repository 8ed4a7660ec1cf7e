import { describe, expect, it } from 'vitest';
import { AnsweredMessages } from '../../src/discord/answered-messages.ts';

const entry = (replyIds: string[]) => ({ channelId: 'c1', content: 'how long was the call?', replyIds, readWith: {} });

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
});
