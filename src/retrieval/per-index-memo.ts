/**
 * A fact about an index measured once per key (a term, a document and kind) and kept as long as the
 * index: a swap to a new index starts afresh, and the old one's facts go with it.
 */
import type { SearchIndex } from '../index/search-index.ts';

/** `measure`, remembered per index and key; at most `limit` keys per index are kept. */
export function memoPerIndex<V>(measure: (index: SearchIndex, key: string) => V, limit = 100_000): (index: SearchIndex, key: string) => V {
  const tables = new WeakMap<SearchIndex, Map<string, V>>();
  return (index, key) => {
    let table = tables.get(index);
    if (!table) tables.set(index, (table = new Map()));
    if (table.has(key)) return table.get(key)!;
    const value = measure(index, key);
    if (table.size < limit) table.set(key, value);
    return value;
  };
}

/** A set of document ids as one memo key: the same documents, in any order, are the same key. */
export function documentSetKey(documents: ReadonlySet<string>): string {
  return [...documents].sort().join('\n');
}

/** The documents of a `documentSetKey`. */
export function documentsOfKey(key: string): Set<string> {
  return new Set(key.split('\n'));
}
