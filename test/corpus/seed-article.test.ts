import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { parseDocument } from '../../src/corpus/load-corpus.ts';
import { segmentDocument } from '../../src/corpus/segment-document.ts';
import type { Sentence } from '../../src/corpus/types.ts';

const root = new URL('../../', import.meta.url);

interface Gold {
  source: string;
  docId: string;
  title: string;
  meta: { url: string; date: string; publisher: string };
  sentences: Omit<Sentence, 'docId'>[];
}

async function loadSeed() {
  const gold = JSON.parse(await readFile(new URL('test/corpus/fixtures/seed-article.gold.json', root), 'utf8')) as Gold;
  const text = await readFile(new URL(gold.source, root), 'utf8');
  const doc = segmentDocument(parseDocument(gold.docId, text, 'hash'));
  return { gold, doc };
}

describe('the seed article against its hand-checked gold segmentation', () => {
  it('GIVEN corpus/sheinbaum-trump-call.md THEN every sentence, kind, section, block and lead-in matches the gold file', async () => {
    const { gold, doc } = await loadSeed();
    const actual = doc.sentences.map(({ docId: _docId, ...rest }) => rest);
    expect(actual).toEqual(gold.sentences);
    expect(doc.sentences.every((s) => s.docId === gold.docId)).toBe(true);
  });

  it('GIVEN the seed article THEN its title and front matter are read', async () => {
    const { gold, doc } = await loadSeed();
    expect(doc.title).toBe(gold.title);
    expect(doc.meta).toMatchObject(gold.meta);
  });

  it('GIVEN "U.S. Secretary of State Marco Rubio" and "The U.S. State Department" THEN both stay inside their sentences', async () => {
    const { doc } = await loadSeed();
    const texts = doc.sentences.map((s) => s.text);
    expect(texts.some((t) => t.endsWith('and U.S. Secretary of State Marco Rubio.'))).toBe(true);
    expect(texts.some((t) => t.startsWith('The U.S. State Department noted that Rubio'))).toBe(true);
    expect(texts.filter((t) => t.endsWith('U.S.'))).toEqual([]);
  });

  it('GIVEN the three ## headings THEN they are section headings and the items share the ":" lead-in', async () => {
    const { doc } = await loadSeed();
    const headings = doc.sentences.filter((s) => s.kind === 'heading');
    expect(headings.map((h) => [h.text, h.section])).toEqual([
      ['Mexican President Rejects US Military Aid Against Cartels', null],
      ['A Conversation on Sovereignty and Security', 'A Conversation on Sovereignty and Security'],
      ["Trump's Persistent Offers and Mexico's Stance", "Trump's Persistent Offers and Mexico's Stance"],
      ['Ongoing Cooperation and Tangible Results', 'Ongoing Cooperation and Tangible Results'],
    ]);
    const items = doc.sentences.filter((s) => s.kind === 'item');
    expect(items).toHaveLength(3);
    for (const item of items) expect(item.leadIn).toBe('Sheinbaum pointed to specific metrics to demonstrate progress, including:');
  });
});

/** The exact article the project was given (see ../shared/seed/README.md): one paragraph per line. */
const SEED_ARTICLE = path.join(PROJECT_ROOT, '..', 'shared', 'seed', 'event-article.txt');
const SEED_HEADINGS = [
  'A Conversation on Sovereignty and Security',
  "Trump's Persistent Offers and Mexico's Stance",
  'Ongoing Cooperation and Tangible Results',
];

describe('the shipped article against the exact text it was given', () => {
  it.skipIf(!existsSync(SEED_ARTICLE))(
    `GIVEN ${SEED_ARTICLE} (skipped when that file is absent) THEN the corpus body is that text word for word, in order, with nothing else`,
    async () => {
      const seedLines = (await readFile(SEED_ARTICLE, 'utf8')).split('\n').filter((l) => l.trim() !== '');
      const corpus = await readFile(path.join(PROJECT_ROOT, 'corpus', 'sheinbaum-trump-call.md'), 'utf8');
      const fence = corpus.indexOf('\n---\n', 4);
      expect(corpus.startsWith('---\n') && fence > 0).toBe(true);
      const bodyLines = corpus
        .slice(fence + '\n---\n'.length)
        .split('\n')
        .filter((l) => l.trim() !== '');
      expect(bodyLines[0]).toBe('# Mexican President Rejects US Military Aid Against Cartels');

      // Markdown the corpus may add around the seed text: "## " on the three headings, "- " on items.
      const expected = seedLines.map((line) => (SEED_HEADINGS.includes(line) ? `## ${line}` : line));
      expect(bodyLines.slice(1)).toEqual(expected);

      // And the same as plain text, list markers removed on both sides: every line verbatim, in order, no other paragraph.
      const plain = (l: string) => l.replace(/^(?:## |- )/, '');
      expect(bodyLines.slice(1).map(plain)).toEqual(seedLines.map(plain));
      expect(seedLines.filter((l) => l.startsWith('- '))).toHaveLength(3);
      for (const heading of SEED_HEADINGS) expect(seedLines).toContain(heading);
    },
  );
});
