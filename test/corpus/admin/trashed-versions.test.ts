import { describe, expect, it } from 'vitest';
import type { CorpusChange } from '../../../src/corpus/admin/change-log.ts';
import { trashedVersionLabel, trashedVersions } from '../../../src/corpus/admin/trashed-versions.ts';
import { trashedVersionChoices } from '../../../src/discord/format/corpus.ts';

const change = (c: Partial<CorpusChange> & Pick<CorpusChange, 'action' | 'docId'>): CorpusChange => ({
  time: '2026-01-20T10:00:00.000Z',
  title: 'Tide gauge at Veracruz',
  url: null,
  userId: '1',
  userName: 'morgan-mod',
  sentences: 2,
  ...c,
});

const LOG: CorpusChange[] = [
  change({ action: 'add', docId: 'tide.md' }),
  change({ action: 'update', docId: 'tide.md', trashedAs: 'corpus-trash/a--tide.md', time: '2026-01-21T10:00:00.000Z' }),
  change({ action: 'update', docId: 'ferry.md', replacedDocId: 'ferry.txt', title: 'Ferry notes', trashedAs: 'corpus-trash/b--ferry.txt' }),
  change({ action: 'remove', docId: 'harbour.md', title: 'Harbour inspection', trashedAs: 'corpus-trash/c--harbour.md', time: '2026-01-22T10:00:00.000Z' }),
  change({ action: 'restore', docId: 'tide.md', trashedAs: 'corpus-trash/d--tide.md', restoredFrom: 'corpus-trash/a--tide.md', time: '2026-01-23T10:00:00.000Z' }),
];

describe('the versions the trash keeps, read off the change log', () => {
  it('GIVEN adds, updates, a removal and a restore THEN each trashed version with the id it gets back, newest first; an add keeps nothing', () => {
    expect(trashedVersions(LOG).map((v) => [v.change, v.how, v.docId, v.successorId ?? null])).toEqual([
      [4, 'restored', 'tide.md', null],
      [3, 'removed', 'harbour.md', null],
      [2, 'updated', 'ferry.txt', 'ferry.md'],
      [1, 'updated', 'tide.md', null],
    ]);
  });

  it('GIVEN each kind THEN it is described by what it is, when it went and by whom', () => {
    expect(trashedVersions(LOG).map(trashedVersionLabel)).toEqual([
      'Tide gauge at Veracruz — the version before the restore of 2026-01-23 by morgan-mod',
      'Harbour inspection — removed 2026-01-22 by morgan-mod',
      'Ferry notes — the version before the update of 2026-01-20 by morgan-mod',
      'Tide gauge at Veracruz — the version before the update of 2026-01-21 by morgan-mod',
    ]);
  });

  it('GIVEN words typed THEN the versions whose description holds each of them, valued by their line in the log', () => {
    expect(trashedVersionChoices(trashedVersions(LOG), 'tide update')).toEqual([{ name: 'Tide gauge at Veracruz — the version before the update of 2026-01-21 by morgan-mod (tide.md)', value: '1' }]);
    expect(trashedVersionChoices(trashedVersions(LOG), '')).toHaveLength(4);
    expect(trashedVersionChoices(trashedVersions(LOG), 'harbour ferry')).toEqual([]);
  });
});
