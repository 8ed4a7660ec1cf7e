import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
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
    expect(texts.some((t) => t.startsWith('The U.S. State Department said Rubio'))).toBe(true);
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
    for (const item of items) expect(item.leadIn).toMatch(/current strategy is working:$/);
  });
});
