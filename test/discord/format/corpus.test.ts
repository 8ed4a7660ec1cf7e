import { describe, expect, test } from 'vitest';
import type { CorpusChange } from '../../../src/corpus/admin/change-log.ts';
import type { BatchAddResult, Preview, ReplaceResult } from '../../../src/corpus/admin/corpus-admin.ts';
import { decodeCorpusButton, encodeCorpusButton, formatBatchAdded, formatBatchPreview, formatChangePost, formatCorpusList, formatCorpusWorking, formatFolderChangesPost, formatNewerVersionsPost, formatPreview, formatReplaced } from '../../../src/discord/format/corpus.ts';
import { fitPayload, LIMITS, totalEmbedLength } from '../../../src/discord/replies.ts';

const preview = (duplicate: Preview['duplicate'], shares: Preview['shares'] = null, replaces: Preview['replaces'] = null): Preview => ({
  article: { title: 'Talks *resume*', date: '2026-01-14', url: 'https://news.example.org/talks', publisher: 'Courier', body: '', format: 'markdown' },
  source: 'https://news.example.org/talks?utm_source=x',
  fileName: 'talks-resume.md',
  fileText: '',
  sentences: ['One @everyone.', 'Two.', 'Three.', 'Four.', 'Five.'],
  duplicate,
  shares,
  replaces,
});

describe('corpus button ids', () => {
  test('GIVEN an action and key THEN they round-trip; anything else is not ours', () => {
    expect(decodeCorpusButton(encodeCorpusButton('add', '1234567890'))).toEqual({ action: 'add', key: '1234567890' });
    expect(decodeCorpusButton('corpus:delete-all:1')).toBeNull();
    expect(decodeCorpusButton('qa:more:1')).toBeNull();
    expect(() => encodeCorpusButton('add', 'bad key!')).toThrow();
  });
});

describe('formatPreview', () => {
  test('GIVEN a new article THEN the first four sentences are quoted, with date, sentences, source and Add / Cancel', () => {
    const payload = formatPreview(preview(null), '42');
    const embed = payload.embeds![0]!;
    expect(payload.ephemeral).toBe(true);
    expect(embed.title).toBe('Talks *resume*');
    expect(embed.description).toBe('> One @everyone.\n> Two.\n> Three.\n> Four.');
    expect(embed.fields).toEqual(
      expect.arrayContaining([
        { name: 'Date', value: '14 Jan 2026', inline: true },
        { name: 'Sentences', value: '5', inline: true },
        { name: 'Source', value: 'https://news.example.org/talks', inline: false },
      ]),
    );
    expect(payload.components![0]!.components.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual(['corpus:add:42', 'corpus:cancel:42']);
  });

  test('GIVEN a duplicate THEN it says which document it repeats and offers only Cancel', () => {
    const payload = formatPreview(preview({ docId: 'talks.md', title: 'Talks', reason: 'same-text', overlap: 0.9 }), '42');
    expect(payload.content).toBe('This document is already in the corpus — nothing to add.');
    expect(JSON.stringify(payload.embeds)).toContain('90% of the same sentences');
    expect(payload.components![0]!.components.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual(['corpus:cancel:42']);
  });
});

describe('formatPreview of a newer version of a document', () => {
  const replaces = (added: string[], removed: number, kept = 3) => ({ docId: 'talks-resume.md', title: 'Talks resume', added, removed, kept, base: 'abc' });

  test('GIVEN a newer version THEN its new sentences are quoted, it says what it replaces and what changes, and offers Replace / Cancel', () => {
    const payload = formatPreview(preview({ docId: 'talks-resume.md', title: 'Talks resume', reason: 'same-url' }, null, replaces(['Six.', 'Seven.'], 1)), '42');
    expect(payload.content).toBe('A newer version of a document in the corpus — press **Replace** to put it in its place, or **Cancel**.');
    expect(payload.embeds![0]!.description).toBe('**New in this version**:\n> Six.\n> Seven.');
    const replacing = payload.embeds![0]!.fields!.find((f) => f.name === 'Replaces')!.value;
    expect(replacing).toBe('**Talks resume** (`talks-resume.md`) — the same URL: 2 sentences new, 1 sentence no longer in it. The old version is kept in the trash folder.');
    expect(payload.embeds![0]!.fields!.map((f) => f.name)).not.toContain('Duplicate?');
    expect(payload.components![0]!.components.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual(['corpus:replace:42', 'corpus:cancel:42']);
  });

  test('GIVEN a version that only drops sentences, or many new ones THEN its opening is quoted, or the first four new ones are said to be so', () => {
    const dropping = formatPreview(preview({ docId: 'talks-resume.md', title: 'Talks resume', reason: 'same-url' }, null, replaces([], 2)), '42');
    expect(dropping.embeds![0]!.description).toBe('> One @everyone.\n> Two.\n> Three.\n> Four.');
    const many = formatPreview(preview({ docId: 'talks-resume.md', title: 'Talks resume', reason: 'same-text', overlap: 0.85 }, null, replaces(['A.', 'B.', 'C.', 'D.', 'E.'], 0)), '42');
    expect(many.embeds![0]!.description).toBe('**New in this version** (the first 4 of 5):\n> A.\n> B.\n> C.\n> D.');
    expect(JSON.stringify(many.embeds)).toContain('85% of the same sentences: 5 sentences new, 0 sentences no longer in it');
    expect(JSON.stringify(many.embeds)).not.toContain('⚠️');
  });

  test('GIVEN a newer version fetched from its link that is found no duplicate (its page names another canonical link) THEN it says so instead of a reason', () => {
    const payload = formatPreview(preview(null, null, replaces(['Six.'], 1)), '42');
    expect(payload.embeds![0]!.fields!.find((f) => f.name === 'Replaces')!.value).toMatch(/^\*\*Talks resume\*\* \(`talks-resume.md`\) — fetched from its link: 1 sentence new, 1 sentence no longer in it\./);
  });

  test('GIVEN it replaced THEN what changed, how long it took, where the old version is; a new name is said', () => {
    const report = { added: [], changed: ['talks-resume.md'], removed: [], unchanged: 3, embedded: 2, totalSentences: 120 } as unknown as ReplaceResult['report'];
    const result = (docId: string): ReplaceResult => ({ docId, change: {} as ReplaceResult['change'], replaced: replaces(['Six.', 'Seven.'], 1), sentences: 6, trashedAs: '2026-01-15T10-00-00-000Z--talks-resume.md', report, seconds: 0.4 });
    expect(formatReplaced(preview(null), result('talks-resume.md')).content).toBe(
      'Replaced **Talks resume** (`talks-resume.md`) with [Talks \\*resume\\*](https://news.example.org/talks): 2 sentences new, 1 sentence gone (2 sentences embedded), answerable after 0.4 s. ' +
        'The old version is in the trash folder as `2026-01-15T10-00-00-000Z--talks-resume.md`. The index now holds 120 sentences.',
    );
    expect(formatReplaced(preview(null), result('talks-resume-2.md')).content).toContain('answerable after 0.4 s. It is now `talks-resume-2.md`. The old version');
  });

  test('GIVEN a version keeping fewer of the old sentences than it drops THEN the moderator is asked to check it is the same article', () => {
    const payload = formatPreview(preview({ docId: 'talks-resume.md', title: 'Talks resume', reason: 'same-url' }, null, replaces(['Six.'], 4, 3)), '42');
    expect(payload.embeds![0]!.fields!.find((f) => f.name === 'Replaces')!.value).toContain("\n⚠️ It keeps only 3 of the old version's 7 sentences: check that it is the same article before replacing.");
  });
});

describe('formatPreview of a document sharing some sentences with another', () => {
  test('GIVEN a wire story with an outlet\'s own paragraphs THEN Add is offered, saying how many sentences are also in which document', () => {
    const payload = formatPreview(preview(null, { docId: 'call.md', title: 'The call', shared: 12, of: 30 }), '42');
    expect(JSON.stringify(payload.embeds)).toContain('Not a duplicate, but 12 of its 30 sentences are also in **The call** (`call.md`)');
    expect(payload.components![0]!.components.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual(['corpus:add:42', 'corpus:cancel:42']);
    expect(JSON.stringify(formatPreview(preview(null), '42').embeds)).toContain('Not a duplicate of any document in the corpus.');
  });
});

describe('formatCorpusList', () => {
  const change = (i: number): CorpusChange => ({ time: '2026-01-15T10:00:00Z', action: i % 2 ? 'remove' : 'add', docId: `${i}.md`, title: `Doc ${i}`, url: null, userId: '1', userName: 'mod', sentences: 4 });

  test('GIVEN documents added from Discord and by hand THEN each says who added it and when, or that it is in the folder', () => {
    const payload = formatCorpusList(
      [
        { docId: 'a.md', title: 'A', date: '2026-01-12', url: null, publisher: 'Polar Herald', sentences: 3, added: change(0) },
        { docId: 'b.md', title: 'B', date: null, url: null, sentences: 1, added: null },
      ],
      [change(0)],
    );
    const embed = payload.embeds![0]!;
    expect(embed.title).toBe('Corpus — 2 documents, 4 sentences');
    expect(embed.description).toBe('**A** · Polar Herald · 12 Jan 2026 · 3 sentences · added by mod <t:1768471200:f> (<t:1768471200:R>)\n`a.md`\n**B** · 1 sentence · in the corpus folder\n`b.md`');
    expect(embed.fields![0]).toEqual({ name: 'Changes from Discord (1)', value: '<t:1768471200:f> (<t:1768471200:R>) · **mod** ➕ added **Doc 0** (4 sentences)' });
  });

  test('GIVEN a thousand documents and changes THEN the reply stays within Discord limits', () => {
    const documents = Array.from({ length: 1000 }, (_, i) => ({ docId: `${i}.md`, title: `Document ${i}`, date: null, url: `https://x.example/${i}`, sentences: 5, added: change(i) }));
    for (const page of [0, 20]) {
      const payload = fitPayload(formatCorpusList(documents, documents.map((d) => d.added), [], page));
      expect(totalEmbedLength(payload)).toBeLessThanOrEqual(LIMITS.embedTotal);
      expect(payload.embeds![0]!.footer!.text).toMatch(new RegExp(`^Page ${page + 1} of \\d+$`));
      expect(payload.embeds![0]!.description).not.toMatch(/more$/);
    }
  });
});

test('formatChangePost names who changed what', () => {
  expect(formatChangePost({ time: '2026-01-15T10:00:00Z', action: 'remove', docId: 'a.md', title: 'A', url: 'https://a.example/', userId: '1', userName: 'mod', sentences: 2 }).content).toBe(
    '📚 Corpus change: <t:1768471200:f> (<t:1768471200:R>) · **mod** ➖ removed [A](https://a.example/) (2 sentences) — `a.md`',
  );
});

describe('formatFolderChangesPost', () => {
  test('GIVEN nothing changed by hand THEN no post; GIVEN a folder of 300 copied in THEN one message within the limit, the rest counted', () => {
    expect(formatFolderChangesPost([], [], [])).toBeNull();
    const many = Array.from({ length: 300 }, (_, i) => ({ docId: `report-${i}.md`, title: `Harbour report ${i}`, url: null, sentences: 3 }));
    const content = formatFolderChangesPost(many, [], [{ docId: 'old.md', title: 'Old', url: null, sentences: null }])!.content!;
    expect(content.length).toBeLessThanOrEqual(LIMITS.content);
    expect(content).toMatch(/^📂 Changed in the corpus folder \(not from Discord\), now indexed:\n➕ added \*\*Harbour report 0\*\* \(3 sentences\) — `report-0\.md`\n/);
    expect(content).toMatch(/\n…and \d+ documents more$/);
  });
});

describe('formatNewerVersionsPost', () => {
  test('GIVEN documents with newer versions at their links THEN each is listed with what changes, one keeping little of itself flagged, and /corpus update named', () => {
    const post = formatNewerVersionsPost([
      { docId: 'talks.md', title: 'Talks *resume*', url: 'https://news.example.org/talks', added: 2, removed: 1, kept: 9, version: 'a' },
      { docId: 'port.md', title: 'Port', url: 'https://news.example.org/port', added: 12, removed: 8, kept: 1, version: 'b' },
    ]);
    expect(post.content).toBe(
      '🔄 Newer versions of 2 documents are at their links:\n' +
        '• [Talks \\*resume\\*](https://news.example.org/talks) (`talks.md`): 2 sentences new, 1 sentence gone\n' +
        '• [Port](https://news.example.org/port) (`port.md`): 12 sentences new, 8 sentences gone — it keeps only 1 of the old sentences: check that it is still the same article\n' +
        'A moderator can review and replace one with `/corpus update`.',
    );
  });

  test('GIVEN more documents than a message holds THEN the list is cut to fit, saying how many more', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ docId: `doc-${i}.md`, title: `A rather long document title number ${i}`, url: `https://news.example.org/${i}`, added: 1, removed: 1, kept: 5, version: String(i) }));
    const post = formatNewerVersionsPost(many);
    expect(post.content!.length).toBeLessThanOrEqual(LIMITS.content);
    expect(post.content).toMatch(/\n…and \d+ documents more\nA moderator can review/);
  });
});

describe('several links at once', () => {
  const newer = { docId: 'talks.md', title: 'Talks', added: ['A new line.'], removed: 2, kept: 3, base: 'abc' };
  const report = { added: [], changed: [], removed: [], unchanged: 3, embedded: 4, totalSentences: 120, seconds: 0.3, skipped: [] };
  const change: CorpusChange = { time: '2026-01-20T10:00:00.000Z', action: 'add', docId: 'quay.md', title: 'Quay', url: null, userId: '1', userName: 'morgan-mod', sentences: 2 };

  test('GIVEN links of which none adds a document THEN the preview says so and offers no button; a newer version says to give its link alone', () => {
    const payload = formatBatchPreview(
      [
        { link: 'https://news.example.org/talks', preview: preview({ docId: 'talks.md', title: 'Talks', reason: 'same-url' }, null, newer), sameAsEarlier: null },
        { link: 'https://news.example.org/talks?again', preview: preview({ docId: 'talks.md', title: 'Talks', reason: 'same-url' }), sameAsEarlier: 0 },
        { link: 'ftp://x.example/a', error: "I won't fetch ftp://x.example/a: not an http link." },
      ],
      '42',
    );
    expect(payload.content).toBe('Nothing to add from these 3 links: each is below with why.');
    expect(payload.components).toEqual([]);
    const fields = payload.embeds![0]!.fields!;
    expect(fields.map((f) => f.name)).toEqual(['1. (not added) Talks *resume*', '2. (not added) Talks *resume*', '3. ftp://x.example/a']);
    expect(fields[0]!.value).toContain('A newer version of **Talks** (`talks.md`): 1 sentence new, 2 sentences gone. To replace it, give this link to /corpus add alone.');
    expect(fields[1]!.value).toContain('The same article as link 1: added once.');
    expect(fields[2]!.value).toBe("❌ I won't fetch ftp://x.example/a: not an http link.");
  });

  test('GIVEN Add pressed THEN the reply lists what was added, what was added by someone else since, and why it stopped; nothing added says so', () => {
    const result: BatchAddResult = {
      added: [{ docId: 'quay.md', title: 'Quay', url: null, sentences: 2, change }],
      skipped: [{ title: 'Ferry *times*', duplicateOf: { docId: 'ferry.md', title: 'Ferry times' } }],
      stopped: { message: 'The corpus folder /srv/corpus cannot take new files: the disk is full.', error: new Error('ENOSPC') },
      report,
      seconds: 1.26,
    };
    expect(formatBatchAdded(result).content).toBe(
      'Added 1 document (4 sentences embedded), answerable after 1.3 s. The index now holds 120 sentences.\n' +
        '⚠️ Stopped before the rest: The corpus folder /srv/corpus cannot take new files: the disk is full.\n' +
        '• **Quay** as `quay.md` (2 sentences)\n' +
        '• **Ferry \\*times\\***: not added — since the preview, it was added as **Ferry times** (`ferry.md`).',
    );
    expect(formatBatchAdded({ ...result, added: [], stopped: null, report: null }).content).toMatch(/^Nothing was added\.\n• \*\*Ferry/);
  });
});

describe('formatCorpusWorking: what a pressed button is doing until its outcome', () => {
  const M = 'and updating the index: answers go on from the current index meanwhile.';
  test('GIVEN each kind of change THEN one private line saying what, with the title escaped, and nothing to press', () => {
    const replacing = preview(null, null, { docId: 'talks-resume.md', title: 'Talks _resume_', added: ['Six.'], removed: 1, kept: 3, base: 'abc' });
    const cases: [Parameters<typeof formatCorpusWorking>, string][] = [
      [[{ kind: 'add', preview: preview(null), userId: '1' }, false], `⏳ Adding **Talks \\*resume\\*** (5 sentences) ${M}`],
      [[{ kind: 'add', preview: replacing, userId: '1' }, true], `⏳ Replacing **Talks \\_resume\\_** with the new version (5 sentences) ${M}`],
      [[{ kind: 'add-many', previews: [preview(null), preview(null)], userId: '1' }, false], `⏳ Adding 2 documents (10 sentences) ${M}`],
      [[{ kind: 'remove', docId: 'talks-resume.md', title: 'Talks resume', userId: '1' }, false], `⏳ Removing **Talks resume** ${M}`],
    ];
    for (const [args, line] of cases) expect(formatCorpusWorking(...args)).toEqual({ ephemeral: true, content: line });
  });
});
