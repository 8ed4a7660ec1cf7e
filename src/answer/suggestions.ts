/**
 * What `/ask` autocomplete offers: the corpus's titles and headings, and questions about the names
 * it mentions most ("What does the coverage say about Marco Rubio?") — all matching what the member
 * has typed so far. Pure: built from the index's records once (a part at a time, `SuggestionTally`,
 * when there are many), matched per keystroke.
 */
import { bareToken, isStopWord, words } from '../index/terms.ts';
import { isNameAdjective } from '../retrieval/derivation.ts';

export interface SuggestionSource {
  kind: 'heading' | 'text' | 'item';
  text: string;
}

// Runs of capitalised words (with "de", "la"… inside names); a run that opens a sentence must be two words.
const NAME = /\b(\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:de|la|del|van|von|da|di|of)\s+)*\p{Lu}[\p{L}'’.-]+)*)/gu;
const MONTHS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
const NOT_NAMES = new Set(['The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'This', 'That', 'But', 'And', 'In', 'On', 'At', 'Despite', 'According', 'After', 'Before', 'When', 'While', 'Analysts', 'Mr', 'Mrs', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

export function namesIn(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(NAME)) {
    let name = bareToken(m[1]!);
    const first = name.split(/\s+/)[0]!;
    if (NOT_NAMES.has(first)) name = name.split(/\s+/).slice(1).join(' ');
    if (!name || name.length < 3 || MONTHS.test(name)) continue;
    const atStart = m.index === 0 || /^\W*$/.test(sentence.slice(0, m.index));
    if (atStart && !name.includes(' ')) continue;
    out.push(name);
  }
  return out;
}

const ABOUT = 'What does the coverage say about';

/**
 * A name without the title news puts before it: "Mexican President Claudia Sheinbaum" → "Claudia
 * Sheinbaum", "U.S. Secretary of State…" stays as long as its words are no title. A leading word is a
 * title's when it is a name's adjective ("Mexican"), an abbreviation ("U.S."), "of", or a word the
 * coverage does not write as a name (`writtenAsName`: "the Mexican president" in lower case too).
 * Two words are kept at least. Pure.
 */
export function withoutTitle(name: string, writtenAsName: (word: string) => boolean): string {
  const parts = name.split(/\s+/);
  let start = 0;
  const isTitle = (w: string) => w === 'of' || /\./.test(w) || isNameAdjective(w) || !writtenAsName(w);
  while (parts.length - start > 2 && isTitle(parts[start]!)) start++;
  // "of" ends no title: "Secretary of" is no name's start either way.
  return parts[start] === 'of' ? name : parts.slice(start).join(' ');
}

/**
 * What the suggestions are made of, counted record by record: headings, the names each sentence
 * mentions, and its longer words. A caller with many records adds them a part at a time.
 */
export class SuggestionTally {
  readonly headings: string[] = [];
  readonly found: { name: string; afterThe: boolean }[] = [];
  readonly topics = new Map<string, number>();

  add(r: SuggestionSource): void {
    if (r.kind === 'heading') {
      this.headings.push(r.text);
      return;
    }
    const lower = r.text.toLowerCase();
    for (const n of namesIn(r.text)) this.found.push({ name: n, afterThe: lower.includes(`the ${n.toLowerCase()}`) });
    for (const w of new Set(words(r.text))) if (w.length >= 6 && !isStopWord(w) && !/\d/.test(w)) this.topics.set(w, (this.topics.get(w) ?? 0) + 1);
  }
}

/** `writtenAsName` says whether the coverage writes a word as a name (corpus-names.ts), for `withoutTitle`. */
export function buildSuggestions(titles: readonly string[], records: Iterable<SuggestionSource>, writtenAsName: (word: string) => boolean, maxTopics = 300): string[] {
  const tally = new SuggestionTally();
  for (const r of records) tally.add(r);
  return suggestionsFrom(titles, tally, writtenAsName, maxTopics);
}

/** The suggestions of a finished tally (`buildSuggestions`, which counts it in one go). */
export function suggestionsFrom(titles: readonly string[], tally: SuggestionTally, writtenAsName: (word: string) => boolean, maxTopics = 300): string[] {
  const headings = [...titles, ...tally.headings];
  const { found, topics } = tally;
  // A name recurs many times ("Israel", "Claudia Sheinbaum"): its title is taken off once.
  const untitled = new Map<string, string>();
  const names = new Map<string, number>();
  const withThe = new Map<string, number>();
  for (const { name, afterThe } of found) {
    let n = untitled.get(name);
    if (n === undefined) untitled.set(name, (n = withoutTitle(name, writtenAsName)));
    names.set(n, (names.get(n) ?? 0) + 1);
    if (afterThe) withThe.set(n, (withThe.get(n) ?? 0) + 1);
  }
  // A person is mentioned by surname more often than by full name: "Claudia Sheinbaum" counts her "Sheinbaum"s too.
  const mentions = new Map([...names].map(([n, count]) => [n, count + (n.includes(' ') ? (names.get(n.split(/\s+/).at(-1)!) ?? 0) : 0)]));
  const ranked = (m: Map<string, number>, min: number) =>
    [...m.entries()].filter(([, c]) => c >= min).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
  const nameWords = new Set([...names.keys()].flatMap((n) => words(n)));
  const plainTopics = ranked(topics, 2).filter((w) => !nameWords.has(w));
  // As the coverage writes it: "the United States".
  const asWritten = (n: string) => ((withThe.get(n) ?? 0) * 2 > (names.get(n) ?? 0) ? `the ${n}` : n);
  const about = [...ranked(mentions, 1).map(asWritten), ...plainTopics].slice(0, maxTopics).map((n) => `${ABOUT} ${n}?`);
  return [...new Set([...headings, ...about])];
}

/** Suggestions whose words contain every typed word (the last one as a prefix), in list order. */
export function matchSuggestions(suggestions: readonly string[], typed: string, limit: number): string[] {
  const wanted = words(typed);
  const out: string[] = [];
  for (const s of suggestions) {
    const sw = words(s);
    const ok = wanted.every((w, i) => sw.some((x) => (i === wanted.length - 1 ? x.startsWith(w) : x === w)));
    if (ok) out.push(s);
    if (out.length >= limit) break;
  }
  return out;
}

/** Questions to offer a member who does not know what to ask: about the names the coverage mentions most. */
export function exampleQuestions(suggestions: readonly string[], count: number): string[] {
  const about = suggestions.filter((s) => s.startsWith(`${ABOUT} `));
  // A person's name ("Marco Rubio") says more of what the coverage is about than a country's, and
  // reads better than the name with its title ("Mexican President Claudia Sheinbaum").
  const size = (s: string) => s.slice(ABOUT.length).trim().split(/\s+/).length;
  const order = (s: string) => (size(s) === 2 ? 0 : size(s) > 2 ? 1 : 2);
  // One example per name however it is capitalised ("Lord GOD", "LORD God").
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of [...about].sort((a, b) => order(a) - order(b))) {
    const key = words(s).join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
    if (out.length === count) break;
  }
  return out;
}
