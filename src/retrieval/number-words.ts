/**
 * A number written as the corpus writes it: "fifteen minutes" of "a 15-minute phone call", or "15"
 * of a text that spells "fifteen" out. Only a form the corpus never uses is read as the other, and
 * only as one it uses: "the two presidents" of a text that writes neither "two" nor "2" stays as
 * typed, an everyday word and no figure. Up to ninety-nine; "one" is left alone (a pronoun as often
 * as a number). Pure.
 */
import type { WrittenOut } from './acronyms.ts';

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const VALUE = new Map<string, number>([...UNITS.map((w, n) => [w, n] as const), ...TENS.flatMap((w, t) => (w ? [[w, t * 10] as const] : []))]);
const NAME = new Map([...VALUE].map(([w, n]) => [n, w]));

/** The number words of a figure, 0–99 ("twenty-five"); null beyond. */
export function figureInWords(n: number): string | null {
  if (!Number.isInteger(n) || n < 0 || n > 99) return null;
  if (NAME.has(n)) return NAME.get(n)!;
  return `${NAME.get(n - (n % 10))}-${NAME.get(n % 10)}`;
}

const NUMBER_WORD = `(?:${[...VALUE.keys()].filter((w) => w !== 'one').join('|')})`;
const COMPOUND = `(?:${TENS.filter(Boolean).join('|')})[-\\s](?:${UNITS.slice(1, 10).join('|')})`;
// A figure joined to another ("3-0", "2–1") is a score or a range, no count to spell out.
const TOKEN = new RegExp(`(?<![\\p{L}\\p{N}-])(?:(${COMPOUND}|${NUMBER_WORD})|(\\d{1,2}))(?![\\p{L}\\p{N}]|[.,]\\d|\\s?[-–]\\s?\\d)`, 'giu');

const TIME_UNIT = '(?:second|minute|hour|day|week|month|year|decade|century|centuries)s?';

// A question asking what or which things ("What are the 3 metrics?"), where a count describes what is asked.
const WH_QUESTION = /^\s*(?:what|which|who|whom|whose|where|when|why|how|name|list)\b/i;
// What a figure before it measures rather than counts: "2 days", "20 percent", "5 km" state a figure to match.
const MEASURE = new RegExp(`^\\s*(?:${TIME_UNIT}|percent|per\\s*cent|[a-z]{1,2}\\b|dollars?|euros?|pounds?|miles?|kilomet(?:re|er)s?|met(?:re|er)s?|feet|foot)`, 'i');
// "Channel 8", "Article 65": a figure after a name (not the question's first word) is part of it.
const NAMED_BEFORE = /\S\s+\p{Lu}[\p{L}.]*\s+$/u;
const countsThings = (after: string) => /^\s+\p{L}/u.test(after) && !MEASURE.test(after);

/**
 * The text with its numbers written as the corpus writes them, and each as typed and as read. A
 * figure counting the things a question asks about ("What are the 3 metrics?"), which the corpus
 * writes neither way, is read as a word, as "three metrics" is: a chat types the figure for the
 * word, and describes what it asks for; it is no figure the coverage must state, and is not shown as
 * read otherwise (the member typed the same number).
 */
export function numbersAsCorpusWrites(text: string, usedByCorpus: (word: string) => boolean): WrittenOut {
  const written: WrittenOut['written'] = [];
  const asked = WH_QUESTION.test(text);
  const out = text.replace(TOKEN, (whole, inWords: string | undefined, figure: string | undefined, offset: number) => {
    let read: string | null = null;
    if (inWords) {
      const parts = inWords.toLowerCase().split(/[-\s]/);
      const n = parts.reduce((sum, p) => sum + VALUE.get(p)!, 0);
      if (!parts.some(usedByCorpus) && usedByCorpus(String(n))) read = String(n);
    } else if (figure) {
      // One word only: that a corpus uses "fifty" and "seven" says nothing of "fifty-seven".
      const name = figureInWords(Number(figure));
      if (name && name !== 'one' && !name.includes('-') && !usedByCorpus(figure)) {
        if (usedByCorpus(name)) read = name;
        else if (asked && countsThings(text.slice(offset + whole.length)) && !NAMED_BEFORE.test(text.slice(0, offset))) return name;
      }
    }
    if (read === null) return whole;
    written.push({ typed: whole, read });
    return read;
  });
  return { text: out, written };
}

const SPOKEN_FIGURE = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:(half an? (?:hour|day|year|century))|(an?|${COMPOUND}|one|${NUMBER_WORD})[\\s-]+(${TIME_UNIT}))(?![\\p{L}\\p{N}])`,
  'giu',
);

/**
 * A time said in words, in digits ("an hour" → "1 hour", "two days" → "2 days", "half an hour" →
 * "0.5 hour"): how a figure someone states is compared with the coverage's ("a 15-minute phone
 * call"), which writes it in digits. Each as typed and as read. Pure.
 */
export function spokenTimesInDigits(text: string): WrittenOut {
  const written: WrittenOut['written'] = [];
  const out = text.replace(SPOKEN_FIGURE, (whole, half?: string, count?: string, unit?: string) => {
    let read: string;
    if (half) read = `0.5 ${half.split(' ').pop()}`;
    else {
      const parts = count!.toLowerCase().split(/[-\s]/);
      const n = parts[0] === 'a' || parts[0] === 'an' ? 1 : parts.reduce((sum, p) => sum + VALUE.get(p)!, 0);
      read = `${n} ${unit}`;
    }
    written.push({ typed: whole, read });
    return read;
  });
  return { text: out, written };
}
