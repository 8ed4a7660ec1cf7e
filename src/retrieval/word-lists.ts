/**
 * The generated WordNet modules that list words by word, one per line, "word a,b,c"
 * (wordnet-troponyms-data.ts, wordnet-persons-data.ts, wordnet-verb-synonyms-data.ts), read into a
 * map once, on first use. Pure.
 */

/** Each line's first word and the `separator`-separated list after it; blank lines are skipped. */
export function listsByWord(text: string, separator = ','): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const [word, list] = line.split(' ');
    if (word && list) table.set(word, list.split(separator));
  }
  return table;
}

/** `listsByWord` of a module's text, read at the first call and kept. */
export function lazyListsByWord(text: string, separator = ','): () => ReadonlyMap<string, readonly string[]> {
  let table: Map<string, string[]> | null = null;
  return () => (table ??= listsByWord(text, separator));
}
