/** "1 document", "3 documents": a count with its noun, for either transport's replies. Pure. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
