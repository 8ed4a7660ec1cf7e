import { describe, expect, it } from 'vitest';
import { PENDING_TTL_MS, PendingCorpusActions } from '../../src/discord/corpus-pending.ts';

const removal = (docId: string) => ({ kind: 'remove' as const, docId, title: docId, userId: '1' });

describe('/corpus actions waiting for a button', () => {
  it('GIVEN an action THEN it is taken once; a second press finds nothing', () => {
    const pending = new PendingCorpusActions(() => 0);
    pending.put('k', removal('a.md'));
    expect(pending.take('k')).toEqual(removal('a.md'));
    expect(pending.take('k')).toBeUndefined();
  });

  it('GIVEN a preview older than 15 minutes THEN its button finds nothing', () => {
    let now = 0;
    const pending = new PendingCorpusActions(() => now);
    pending.put('k', removal('a.md'));
    now = PENDING_TTL_MS + 1;
    expect(pending.take('k')).toBeUndefined();
  });

  it('GIVEN more than 200 waiting THEN the oldest is dropped', () => {
    const pending = new PendingCorpusActions(() => 0);
    for (let i = 0; i <= 200; i++) pending.put(`k${i}`, removal(`${i}.md`));
    expect(pending.take('k0')).toBeUndefined();
    expect(pending.take('k200')).toEqual(removal('200.md'));
  });
});
