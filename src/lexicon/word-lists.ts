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

/**
 * The corpus term a word is read as through a WordNet relation (troponyms, hypernyms), given the
 * corpus terms each of its meanings offers: the commonest in the corpus when exactly one meaning
 * offers any; null when none does, or several (which was meant would be a guess). Two meanings of the
 * same words ("vanish, disappear" listed twice) are one to a reader.
 */
export function termOfOnlyMeaning(meanings: readonly (readonly string[])[], frequency: (term: string) => number): string | null {
  const offered = meanings.filter((terms) => terms.length > 0);
  if (new Set(offered.map((terms) => [...new Set(terms)].sort().join(' '))).size !== 1) return null;
  return [...offered[0]!].sort((a, b) => frequency(b) - frequency(a))[0]!;
}
