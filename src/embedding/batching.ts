/**
 * Splits texts into model batches. Texts are grouped by length so that a batch pads to a similar
 * length (a padded token costs as much compute as a real one in a transformer); results are put
 * back in input order by the caller via the returned indices. Pure.
 */
export function planBatches(texts: readonly string[], batchSize: number): number[][] {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`batchSize must be a positive integer, got ${batchSize}.`);
  const order = texts.map((_, i) => i).sort((a, b) => texts[b]!.length - texts[a]!.length || a - b);
  const batches: number[][] = [];
  for (let i = 0; i < order.length; i += batchSize) batches.push(order.slice(i, i + batchSize));
  return batches;
}

/**
 * Caps a text at `maxChars` characters (at a word boundary when one is near), before the
 * tokenizer sees it: the tokenizer truncates to the model's token limit anyway, but only after
 * normalising and splitting the whole text, which is wasted work on a 100 kB paste.
 */
export function capText(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  let cut = text.slice(0, maxChars);
  // Do not leave half of a surrogate pair (an emoji, say) at the end.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  return space > maxChars * 0.8 ? cut.slice(0, space) : cut;
}
