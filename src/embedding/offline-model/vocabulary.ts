/**
 * Which wink words become tokens. The tokenizer (BertNormalizer + BertPreTokenizer) lowercases,
 * strips accents and splits on whitespace and punctuation before it looks a word up, so a
 * vocabulary entry such as "well-known" or "café" can never be produced: keeping it would only
 * grow the model. These checks mirror transformers.js 2.17's implementation.
 */

/** transformers.js's PUNCTUATION_REGEX: Unicode punctuation plus every ASCII symbol. */
const PUNCTUATION = '\\p{P}\\u0021-\\u002F\\u003A-\\u0040\\u005B-\\u0060\\u007B-\\u007E';
const SINGLE_PIECE = new RegExp(`^(?:[^\\s${PUNCTUATION}]+|[${PUNCTUATION}])$`, 'u');
const SINGLE_PUNCTUATION = new RegExp(`^[${PUNCTUATION}]$`, 'u');
const CJK = /[\u4E00-\u9FFF\u3400-\u4DBF\uF900-\uFAFF]|[\u{20000}-\u{2A6DF}\u{2A700}-\u{2CEAF}\u{2F800}-\u{2FA1F}]/u;
const CONTROL = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\uFFFD\u0000]/u;

/** WordPiece's max_input_chars_per_word: longer words become [UNK] whatever the vocabulary says. */
export const MAX_WORD_CHARS = 100;

function normalizeLikeBert(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Whether the tokenizer can ever emit `word` as one token. */
export function isReachableWord(word: string): boolean {
  if (word.length === 0 || [...word].length > MAX_WORD_CHARS) return false;
  if (CONTROL.test(word)) return false;
  // CJK characters are split into single-character tokens.
  if (CJK.test(word) && [...word].length > 1) return false;
  if (normalizeLikeBert(word) !== word) return false;
  return SINGLE_PIECE.test(word);
}

export function isPunctuationToken(word: string): boolean {
  return SINGLE_PUNCTUATION.test(word);
}

export interface VocabularySelection {
  /** Kept words, most frequent first. */
  words: string[];
  /** 1-based frequency rank of each kept word in the source list (for Zipf estimates). */
  ranks: number[];
}

/** Picks the kept words from a list sorted by frequency. Pure. */
export function selectVocabulary(
  wordsByFrequency: readonly string[],
  options: { maxWords: number; keepPunctuation: boolean },
): VocabularySelection {
  const words: string[] = [];
  const ranks: number[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < wordsByFrequency.length && words.length < options.maxWords; i++) {
    const word = wordsByFrequency[i]!;
    if (seen.has(word) || !isReachableWord(word)) continue;
    if (!options.keepPunctuation && isPunctuationToken(word)) continue;
    seen.add(word);
    words.push(word);
    ranks.push(i + 1);
  }
  return { words, ranks };
}
