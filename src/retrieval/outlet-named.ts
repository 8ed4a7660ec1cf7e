/**
 * A question that names one of the coverage's outlets — "According to the Polar Herald, how long was
 * the call?", "What does the Polar Herald say about the call?", "What did Polar Herald report?", "What
 * did the NYT say?" — asks what that outlet's documents say. The outlet is the documents'
 * `publisher`, which their text need not name: searched as words, it would be "never mentioned". Pure.
 */
import { words } from '../index/terms.ts';
import { askedBesides } from './asked-besides.ts';
import { isEnglishWord } from './english-frequency.ts';
import { escapeRegExp } from './escape-regexp.ts';

export interface OutletReading {
  /** The outlet as the documents' metadata writes it. */
  publisher: string;
  /** The question without the outlet and the words that framed it ("the call?"); empty when nothing else is asked: the outlet's coverage as a whole. */
  rest: string;
}

/**
 * A reader of the outlets of `publishers` a question names (the longest when several), with what else
 * it asks; null when it names none. Made once per corpus: each outlet's pattern is compiled once.
 */
export function outletReader(publishers: readonly string[]): (question: string) => OutletReading | null {
  const outlets = [...new Set(publishers.filter((p) => words(p).length > 0))]
    .sort((a, b) => b.length - a.length)
    .map((publisher) => {
      // "The New York Times" is asked about as "the New York Times", "New York Times" or "the New York
      // Times's" alike, in any case; its accents as written ("Süddeutsche").
      const name = publisher
        .replace(/^the\s+/i, '')
        .trim()
        .split(/\s+/)
        .map(escapeRegExp)
        .join(String.raw`[\s\-]+`);
      return { publisher, named: new RegExp(`(?<![\\p{L}\\p{N}])(?:the\\s+)?${name}(?:['’]s?)?(?![\\p{L}\\p{N}])`, 'iu') };
    });
  // Then by their initials, as readers call them ("NYT", "the WSJ's"): typed in capitals, or in lower
  // case when no English word ("nyt", not "ap"); never before a full name, which says more.
  const byInitials = outlets.flatMap(({ publisher }) => {
    const letters = initialsOf(publisher);
    if (letters === null) return [];
    const lower = letters.length >= 3 && !isEnglishWord(letters) ? `|${letters.toLowerCase()}` : '';
    return [{ publisher, named: new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:the|The)\\s+)?(?:${letters}${lower})(?:['’]s?)?(?![\\p{L}\\p{N}])`, 'u') }];
  });
  return (question) => {
    const outlet = outlets.find((o) => o.named.test(question)) ?? byInitials.find((o) => o.named.test(question));
    return outlet ? { publisher: outlet.publisher, rest: askedBesides(question, outlet.named) } : null;
  };
}

/**
 * An outlet's initials, from the capitals of its words after a leading "The" ("The New York Times" →
 * NYT, "Agence France-Presse" → AFP); null for a name of one word ("Reuters", "BBC"), which readers
 * write out, or one with no capitals.
 */
export function initialsOf(publisher: string): string | null {
  const parts = publisher
    .replace(/^the\s+/i, '')
    .split(/[\s\-]+/)
    .filter((w) => /^\p{Lu}/u.test(w));
  return parts.length >= 2 ? parts.map((w) => w[0]!).join('') : null;
}

/** The outlets the documents' metadata names, each once. */
export function publishersOf(documents: readonly { meta: { publisher?: string | null } }[]): string[] {
  return [...new Set(documents.flatMap((d) => (d.meta.publisher ? [d.meta.publisher] : [])))];
}
