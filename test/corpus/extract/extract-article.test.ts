import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../src/corpus/extract/extract-article.ts';
import { parseDocument } from '../../../src/corpus/parse-document.ts';
import { segmentDocument } from '../../../src/corpus/segment-document.ts';
import { renderDocumentFile } from '../../../src/corpus/admin/document-file.ts';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const page = readFileSync(path.join(fixtures, 'ministerial-article.html'));
const index = readFileSync(path.join(fixtures, 'section-index.html'));

describe('extractArticle (HTML through Readability over linkedom)', () => {
  test('GIVEN a news page THEN its title, date, canonical URL and publisher are read', async () => {
    const article = await extractArticle({ kind: 'html', bytes: page, location: 'https://news.example.org/x?utm_source=a', isUrl: true });
    expect(article.title).toBe('US and Mexico Set Security Ministerial for February');
    expect(article.date).toBe('2026-01-14');
    expect(article.url).toBe('https://news.example.org/world/us-mexico-security-ministerial');
    expect(article.publisher).toBe('Gulf Coast Courier');
  });

  test('GIVEN a news page THEN headings, paragraphs and lists are kept and navigation, ads, cookie banner and comments are not', async () => {
    const { body } = await extractArticle({ kind: 'html', bytes: page, location: 'https://news.example.org/x', isUrl: true });
    expect(body).toContain('## Arms trafficking tops the agenda');
    expect(body).toContain('An estimated 200,000 firearms are smuggled south');
    expect(body).toContain('- Fentanyl precursors shipped through Pacific ports.');
    for (const noise of ['cookies', 'Accept all', 'World news', 'luxury cruise', 'meal kit', 'waste of time', 'Great reporting', 'All rights reserved', 'Local bakery']) {
      expect(body).not.toContain(noise);
    }
  });

  test('GIVEN the extracted article written as a corpus file THEN the corpus reader finds its metadata, sections and list', async () => {
    const article = await extractArticle({ kind: 'html', bytes: page, location: 'https://news.example.org/x', isUrl: true });
    const text = renderDocumentFile(article, { userId: '1', userName: 'mod' }, new Date('2026-01-15T08:00:00Z'));
    const doc = segmentDocument(parseDocument('ministerial.md', text, ''));
    expect(doc.title).toBe(article.title);
    expect(doc.meta).toMatchObject({ url: article.url, date: '2026-01-14', publisher: 'Gulf Coast Courier' });
    expect(doc.meta.fields).toMatchObject({ added_by: 'mod (1)', added_at: '2026-01-15T08:00:00.000Z' });
    const item = doc.sentences.find((s) => s.text.startsWith('Money laundering'));
    expect(item).toMatchObject({ kind: 'item', section: 'Arms trafficking tops the agenda', leadIn: 'The agenda published by the two foreign ministries lists three working groups:' });
  });

  test('GIVEN a section front page of headlines THEN it is refused as not an article', async () => {
    await expect(extractArticle({ kind: 'html', bytes: index, location: 'https://news.example.org/world', isUrl: true })).rejects.toThrow(/doesn't look like an article/);
  });

  test('GIVEN a Markdown file with its own front matter THEN its title, date and source are kept', async () => {
    const md = '---\nsource: https://example.org/briefing\ndate: January 13, 2026\n---\n# Briefing notes\n\nThe foreign ministers spoke for forty minutes on Sunday about cartel networks and arms.\n';
    const article = await extractArticle({ kind: 'markdown', bytes: Buffer.from(md), location: 'briefing.md', isUrl: false });
    expect(article).toMatchObject({ title: 'Briefing notes', date: '2026-01-13', url: 'https://example.org/briefing', format: 'markdown' });
    expect(article.body.startsWith('# Briefing notes')).toBe(true);
  });

  test('GIVEN a binary file named .txt THEN it is refused as not an article', async () => {
    await expect(extractArticle({ kind: 'text', bytes: Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2]), location: 'scan.txt', isUrl: false })).rejects.toThrow('binary');
  });
});
