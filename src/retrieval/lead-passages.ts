/**
 * The opening of each document — what a news article is about, said in its first sentences — for a
 * question about the coverage as a whole (overview-request.ts): every document's first passage,
 * the most recent documents first, then every document's second one, and so on, so that one
 * article gives its first few passages and ten articles their leads. Pure, given the index.
 */
import type { ManifestDocument } from '../index/manifest.ts';
import { isSearchable, type SearchIndex } from '../index/search-index.ts';
import { passageFrom, type BuiltPassage } from './passages.ts';

/** Documents with a date come first, newest first; the rest keep the corpus's order after them. */
export function overviewOrder(documents: readonly ManifestDocument[]): ManifestDocument[] {
  return documents
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (b.d.meta.date ?? '').localeCompare(a.d.meta.date ?? '') || a.i - b.i)
    .map(({ d }) => d);
}

/**
 * Up to `count` passages in rounds over the documents in `overviewOrder` (only those in `only`, when
 * given): each round takes every document's next passage (`nextOf`, undefined when it has no more),
 * until `count` or no document gives more. So one document gives its first few, ten documents one each.
 */
export function passagesInRounds(index: SearchIndex, count: number, only: ReadonlySet<string> | undefined, nextOf: (docId: string) => BuiltPassage | null | undefined): BuiltPassage[] {
  const documents = overviewOrder(only ? index.manifest.documents.filter((d) => only.has(d.docId)) : index.manifest.documents);
  const out: BuiltPassage[] = [];
  for (let added = true; added && out.length < count; ) {
    added = false;
    for (const d of documents) {
      if (out.length >= count) break;
      const passage = nextOf(d.docId);
      if (!passage) continue;
      out.push(passage);
      added = true;
    }
  }
  return out;
}

/** Up to `count` opening passages, in rounds over the documents in `overviewOrder` (only those in `only`, when given). */
export function leadPassages(index: SearchIndex, count: number, only?: ReadonlySet<string>): BuiltPassage[] {
  // The sentence number each document's next passage may start from (its sentences are looked at
  // only when a round reaches it: with many documents, the first round fills the page).
  const from = new Map<string, number>();
  return passagesInRounds(index, count, only, (docId) => {
    const start = from.get(docId) ?? 0;
    const next = index.documentSentences(docId).find((s) => s.index >= start && isSearchable(s));
    // Not leaning back on the sentence that ended its passage before (a round further on).
    const passage = next && passageFrom(index, next, start);
    if (passage) from.set(docId, passage.range[1] + 1);
    return passage;
  });
}
