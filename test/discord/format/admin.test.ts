import { describe, expect, test } from 'vitest';
import { formatReindexReport, formatSources } from '../../../src/discord/format/admin.ts';
import { LIMITS, totalEmbedLength } from '../../../src/discord/replies.ts';

describe('formatSources', () => {
  test('GIVEN documents THEN title (linked when known), outlet when known, sentences and date per line; model and time as fields', () => {
    const payload = formatSources(
      {
        documents: [
          { docId: 'a.md', title: 'A *story*', sentences: 1, url: 'https://a.example/', date: '2026-01-12', publisher: 'The _Herald_' },
          { docId: 'b.md', title: 'B', sentences: 12, url: null, date: null },
        ],
        model: 'Xenova/multi-qa-MiniLM-L6-cos-v1',
        indexedAt: '2026-01-13T09:30:00Z',
        skipped: [],
      },
      { days: 30, asked: 7, answered: 5, up: 3, down: 1 },
    );
    const embed = payload.embeds![0]!;
    expect(embed.title).toBe('Sources — 2 documents, 13 sentences');
    expect(embed.description).toBe('**1.** [A \\*story\\*](https://a.example/) · The \\_Herald\\_ — 1 sentence · as of 12 Jan 2026\n**2.** **B** — 12 sentences');
    expect(embed.fields).toEqual([
      { name: 'Model', value: '`Xenova/multi-qa-MiniLM-L6-cos-v1`', inline: true },
      { name: 'Last indexed', value: '<t:1768296600:f> (<t:1768296600:R>)', inline: true },
      { name: 'Questions (last 30 days)', value: '7 questions asked · 71% answered', inline: true },
      { name: 'Feedback', value: '👍 3 · 👎 1', inline: true },
    ]);
    expect(embed.footer).toEqual({ text: 'To ask within one document: /ask question:… source:… (offered by title as you type).' });
  });

  test('GIVEN one document THEN no hint to ask within one', () => {
    const payload = formatSources({ documents: [{ docId: 'a.md', title: 'A', sentences: 3, url: null, date: null }], model: 'm', indexedAt: '2026-01-13T09:30:00Z', skipped: [] }, null);
    expect(payload.embeds![0]!.footer).toBeUndefined();
  });

  test('GIVEN no question in the period THEN no share is claimed', () => {
    const payload = formatSources({ documents: [], model: 'm', indexedAt: '2026-01-13T09:30:00Z', skipped: [] }, { days: 1, asked: 0, answered: 0, up: 0, down: 0 });
    expect(payload.embeds![0]!.fields!.find((f) => f.name === 'Questions (last 1 day)')!.value).toBe('0 questions asked');
  });

  test('GIVEN a thousand documents THEN pages within the limits, each document on one of them once, turned by buttons that keep the period', () => {
    const documents = Array.from({ length: 1000 }, (_, i) => ({ docId: `${i}.md`, title: `Document number ${i}`, sentences: 10, url: `https://x.example/${i}`, date: '2026-01-01' }));
    const info = { documents, model: 'm', indexedAt: 'not a date', skipped: [] };
    const totals = { days: 7, asked: 0, answered: 0, up: 0, down: 0 };
    const first = formatSources(info, totals);
    const pages = Number(/^Page 1 of (\d+) · /.exec(first.embeds![0]!.footer!.text)![1]);
    expect(pages).toBeGreaterThan(10);
    const seen: number[] = [];
    for (let page = 0; page < pages; page++) {
      const payload = formatSources(info, totals, page);
      const description = payload.embeds![0]!.description!;
      expect(description.length).toBeLessThanOrEqual(LIMITS.embedDescription);
      expect(totalEmbedLength(payload)).toBeLessThanOrEqual(LIMITS.embedTotal);
      expect(payload.embeds![0]!.footer!.text.startsWith(`Page ${page + 1} of ${pages} · `)).toBe(true);
      seen.push(...[...description.matchAll(/Document number (\d+)/g)].map((m) => Number(m[1])));
      expect(payload.components![0]!.components.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual([`page:sources:${Math.max(0, page - 1)}:7`, `page:sources:${Math.min(pages - 1, page + 1)}:7`]);
    }
    expect(seen).toEqual(documents.map((_, i) => i));
    expect(first.embeds![0]!.fields!.map((f) => f.name)).toEqual(['Model', 'Last indexed', 'Questions (last 7 days)', 'Feedback']);
    // A page asked for past the end (documents removed since) is the last.
    expect(formatSources(info, totals, 9999).embeds![0]!.footer!.text.startsWith(`Page ${pages} of ${pages}`)).toBe(true);
  });

  test('GIVEN documents that fit one message THEN no page footer and no buttons', () => {
    const payload = formatSources({ documents: [{ docId: 'a.md', title: 'A', sentences: 1, url: null, date: null }], model: 'm', indexedAt: 'not a date', skipped: [] }, null);
    expect(payload.embeds![0]!.footer).toBeUndefined();
    expect(payload.components).toEqual([]);
  });
});

describe('formatReindexReport', () => {
  test('GIVEN nothing changed THEN it says the index is current', () => {
    const payload = formatReindexReport({ added: [], changed: [], removed: [], unchanged: 3, embedded: 0, totalSentences: 80, seconds: 0.04, skipped: [] });
    expect(payload.embeds![0]!.description).toBe('No document changed; the index is current (3 documents).\nEmbedded 0 sentences; the index now holds 80 sentences.');
    expect(payload.embeds![0]!.fields).toEqual([]);
    expect(payload.ephemeral).toBe(true);
  });

  test('GIVEN hundreds of removed files THEN the field stays within 1,024 characters', () => {
    const removed = Array.from({ length: 400 }, (_, i) => `folder/document-${i}.md`);
    const payload = formatReindexReport({ added: [], changed: [], removed, unchanged: 0, embedded: 0, totalSentences: 0, seconds: 2, skipped: [] });
    const field = payload.embeds![0]!.fields![0]!;
    expect(field.name).toBe('Removed (400)');
    expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    expect(field.value).toMatch(/…and \d+ files more$/);
  });
});
