/**
 * Typo tolerance as pure functions over the corpus vocabulary (index terms). Members type fast:
 * "Primier League", "Sentanta", "phnoe". A question term the corpus never uses is matched to a
 * vocabulary term one or two edits away (a swap of neighbouring letters counting as one); one with
 * no such neighbour is something the corpus does not mention (question.ts reads names off that).
 */

/** Edits allowed for a term of this length: none for short terms, where one edit changes the word. */
export function allowedEdits(length: number): number {
  return length < 6 ? 0 : length < 9 ? 1 : 2;
}

/** Shortest term that may still be corrected by swapping two neighbouring letters ("lnog", "phnoe"). */
export const MIN_TRANSPOSED_LENGTH = 4;

/**
 * Edit distance with adjacent transpositions counting as one edit (optimal string alignment:
 * "phnoe" is one edit from "phone"), giving up (returning max + 1) as soon as it must exceed `max`.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    before = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** The words made by swapping two neighbouring letters of `word`, in order. */
export function transpositions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  return out;
}

/** The words a word would be with one letter fewer ("lonng" → "long", "lnng"…). */
export function withOneLetterLess(word: string): string[] {
  return Array.from({ length: word.length }, (_, i) => word.slice(0, i) + word.slice(i + 1));
}

/** The words a word would be with one more letter ("trmp" → "trump", "tramp"…). */
export function withOneLetterMore(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= word.length; i++) for (const l of 'abcdefghijklmnopqrstuvwxyz') out.push(word.slice(0, i) + l + word.slice(i));
  return out;
}

// The letter rows of a QWERTY keyboard, each set half a key to the right of the one above: the key at
// position i of a row touches i and i + 1 of the row above and i − 1 and i of the row below.
const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const KEYS_BESIDE: ReadonlyMap<string, string> = new Map(
  KEY_ROWS.flatMap((row, r) =>
    [...row].map((key, i) => {
      const beside = [row[i - 1], row[i + 1], KEY_ROWS[r - 1]?.[i], KEY_ROWS[r - 1]?.[i + 1], KEY_ROWS[r + 1]?.[i - 1], KEY_ROWS[r + 1]?.[i]];
      return [key, beside.filter((k): k is string => k !== undefined).join('')] as const;
    }),
  ),
);

/**
 * The words made by replacing one letter of `word` with a key beside it ("wjat" → "what", "lomg" →
 * "long"): a finger landing a key off is the commonest slip on a phone, while most pairs of real
 * words one letter apart ("cat" / "cut") differ by keys far apart, so a short word may be read through
 * this edit where any replaced letter would make too many guesses.
 */
export function withNeighbouringKey(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) for (const k of keysBeside(word[i]!)) out.push(word.slice(0, i) + k + word.slice(i + 1));
  return out;
}

/** The keys touching a lower-case letter's key ("" for anything but a letter a–z). */
export function keysBeside(letter: string): string {
  return KEYS_BESIDE.get(letter) ?? '';
}

/** Every string one edit (a letter deleted, swapped with its neighbour, replaced or inserted) from a lower-case word. */
export function oneEditAway(word: string): Set<string> {
  const out = new Set<string>();
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const l of letters) {
      if (tail) out.add(head + l + tail.slice(1));
      out.add(head + l + tail);
    }
  }
  out.delete(word);
  return out;
}

export interface Vocabulary {
  has(term: string): boolean;
  /** Whether the corpus uses a two-word phrase term (terms.ts `phraseTerms`); unknown when not given. */
  hasPhrase?(phrase: string): boolean;
  /** Whether two terms meet in the corpus, in a sentence or in neighbouring ones (words-apart.ts); unknown when not given. */
  meets?(a: string, b: string): boolean;
  /** Terms of the given length (to keep the search for a correction small). */
  ofLength(length: number): Iterable<string>;
  /** How many sentences use the term (ties go to the more common spelling). */
  frequency(term: string): number;
  /**
   * Whether the corpus writes this noun (a dictionary form, lower case), singular or plural, not only
   * another word of its stem ("communicated" for "communication"); unknown when not given.
   */
  writesNoun?(noun: string): boolean;
  /** Whether the corpus writes the term as a name, capitalised mid-sentence (corpus-names.ts); unknown when not given. */
  writesAsName?(term: string): boolean;
}

/** The closest vocabulary term within the allowed edits (by default those of its length), or null. */
export function correct(term: string, vocabulary: Vocabulary, max = allowedEdits(term.length)): string | null {
  if (/^\d/.test(term)) return null;
  if (max === 0) {
    // A short word allows only a swap of two neighbouring letters: any other edit makes another word.
    if (term.length < MIN_TRANSPOSED_LENGTH) return null;
    let swapped: string | null = null;
    for (const t of transpositions(term)) if (vocabulary.has(t) && (swapped === null || vocabulary.frequency(t) > vocabulary.frequency(swapped))) swapped = t;
    return swapped;
  }
  let best: string | null = null;
  let bestDistance = max + 1;
  let bestFrequency = -1;
  for (let length = term.length - max; length <= term.length + max; length++) {
    for (const candidate of vocabulary.ofLength(length)) {
      if (candidate[0] !== term[0] && max < 2) continue;
      const d = boundedEditDistance(term, candidate, Math.min(max, bestDistance));
      const f = vocabulary.frequency(candidate);
      if (d < bestDistance || (d === bestDistance && d <= max && f > bestFrequency)) {
        best = candidate;
        bestDistance = d;
        bestFrequency = f;
      }
    }
  }
  return bestDistance <= max ? best : null;
}

/** Query terms with unknown ones replaced by their correction (unknown, uncorrectable ones kept). */
export function correctTerms(queryTerms: readonly string[], vocabulary: Vocabulary): string[] {
  return queryTerms.map((t) => (vocabulary.has(t) ? t : (correct(t, vocabulary) ?? t)));
}

/** A Vocabulary over a plain list of terms with their frequencies. */
export function vocabularyOf(frequencies: ReadonlyMap<string, number>): Vocabulary {
  const byLength = new Map<number, string[]>();
  for (const t of frequencies.keys()) {
    const list = byLength.get(t.length) ?? [];
    list.push(t);
    byLength.set(t.length, list);
  }
  return {
    has: (t) => frequencies.has(t),
    ofLength: (n) => byLength.get(n) ?? [],
    frequency: (t) => frequencies.get(t) ?? 0,
  };
}
