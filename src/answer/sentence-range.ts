/** Where in its document a passage sits, as every transport words it (pure). */

/** "sentence 4" or "sentences 4–6". */
export function formatSentenceRange([first, last]: readonly [number, number]): string {
  return first === last ? `sentence ${first}` : `sentences ${first}–${last}`;
}
