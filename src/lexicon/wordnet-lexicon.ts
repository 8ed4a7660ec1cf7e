/**
 * What WordNet's Morphy rules (lemma.ts) look words up in: the base forms that can be a noun, a
 * verb or an adjective, and each part of speech's irregular forms ("mice" → "mouse"), exactly as
 * wink-lemmatizer reads them from wink-lexicon; and, from wink-lexicon's tagged lexicon, the words
 * most often used as something other than a noun. Kept as a few long strings in a generated module
 * (wordnet-lexicon-data.ts, written by scripts/build-wordnet-lexicon.ts) because wink-lexicon's own
 * files are 150,000 lines of JavaScript statements: compiling them held ~50 MB of the process's
 * memory for good, splitting the strings costs about a quarter of that.
 */
import * as data from './wordnet-lexicon-data.ts';

export type PartOfSpeech = 'noun' | 'verb' | 'adjective';

export interface Lexicon {
  /** Base forms that have at least one sense of the part of speech. */
  words: Record<PartOfSpeech, ReadonlySet<string>>;
  /** Irregular form → base form. */
  exceptions: Record<PartOfSpeech, ReadonlyMap<string, string>>;
  /** Words (as written, any inflection) most often used as something other than a noun. */
  notNouns: ReadonlySet<string>;
  /** Words (as written, any inflection) most often used as a verb. */
  usuallyVerbs: ReadonlySet<string>;
  /** Nouns (base forms) that name a thing with a length in space and nothing with one in time (`sensesMeasuredInSpace`). */
  extents: ReadonlySet<string>;
}

/** The lexicon as strings: words separated by white space; exceptions as "form base" pairs. */
export interface LexiconText {
  nouns: string;
  verbs: string;
  adjectives: string;
  nounExceptions: string;
  verbExceptions: string;
  adjectiveExceptions: string;
  /** Words whose most frequent part of speech is not a noun. */
  notNouns: string;
  /** Words whose most frequent part of speech is a verb. */
  usuallyVerbs: string;
  /** Nouns that name a thing with a length in space (`sensesMeasuredInSpace`). */
  extents: string;
}

/** wink-lexicon's data, as its modules export it. */
export interface WinkLexiconSource {
  /** Word → index into `senses`. */
  words: Readonly<Record<string, number>>;
  /** Each word's WordNet lexicographer file numbers (0–1 adjective, 3–28 noun, 29–43 verb). */
  senses: readonly (readonly number[])[];
  nounExceptions: Readonly<Record<string, string>>;
  verbExceptions: Readonly<Record<string, string>>;
  adjectiveExceptions: Readonly<Record<string, string>>;
  /** wink-lexicon's tagged lexicon: word → its Penn Treebank tags, the most frequent first. */
  tags: Readonly<Record<string, readonly string[]>>;
}

/** wink-lemmatizer's tests of a word's senses (isNoun, isVerb, isAdjective). */
const HAS_SENSE: Record<PartOfSpeech, (sense: number) => boolean> = {
  noun: (s) => s > 2 && s < 29,
  verb: (s) => s > 28 && s < 44,
  adjective: (s) => s < 2,
};

// WordNet's lexicographer files: noun.act, noun.artifact, noun.communication, noun.event,
// noun.location, noun.object, noun.time.
const ACT = 4;
const ARTIFACT = 6;
const COMMUNICATION = 10;
const EVENT = 11;
const LOCATION = 15;
const OBJECT = 17;
const TIME = 28;

/**
 * Whether "how long is the …?" asks for a length in space: the noun names a place or a natural
 * object (a river, a coastline, a valley) or a made thing (a wall, a tunnel) and has no sense that
 * lasts — an event or a span of time (a meeting, a term), nor, for made things, an act or a work
 * (a flight, a film), which are as often timed as measured. The senses are not ranked by use, so a
 * noun with both kinds keeps its reading as a duration.
 */
function sensesMeasuredInSpace(senses: readonly number[]): boolean {
  const has = (s: number) => senses.includes(s);
  if (has(EVENT) || has(TIME)) return false;
  return has(LOCATION) || has(OBJECT) || (has(ARTIFACT) && !has(ACT) && !has(COMMUNICATION));
}

/** Words per line of the generated module, so that it stays readable and diffs stay small. */
const PER_LINE = 12;

function lines(items: readonly string[]): string {
  const out: string[] = [];
  for (let i = 0; i < items.length; i += PER_LINE) out.push(items.slice(i, i + PER_LINE).join(' '));
  return out.join('\n');
}

/** The compact text of wink-lexicon's data. Pure; the same source always gives the same text. */
export function lexiconText(source: WinkLexiconSource): LexiconText {
  const words = Object.keys(source.words);
  const having = (pos: PartOfSpeech) => lines(words.filter((w) => source.senses[source.words[w]!]!.some(HAS_SENSE[pos])));
  const pairs = (exceptions: Readonly<Record<string, string>>) => lines(Object.entries(exceptions).map(([form, base]) => `${form} ${base}`));
  return {
    nouns: having('noun'),
    verbs: having('verb'),
    adjectives: having('adjective'),
    nounExceptions: pairs(source.nounExceptions),
    verbExceptions: pairs(source.verbExceptions),
    adjectiveExceptions: pairs(source.adjectiveExceptions),
    notNouns: lines(Object.keys(source.tags).filter((w) => !source.tags[w]![0]?.startsWith('NN'))),
    usuallyVerbs: lines(Object.keys(source.tags).filter((w) => /^(?:VB|MD)/.test(source.tags[w]![0] ?? ''))),
    extents: lines(words.filter((w) => sensesMeasuredInSpace(source.senses[source.words[w]!]!))),
  };
}

export function parseLexicon(text: LexiconText): Lexicon {
  const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));
  const map = (s: string) => {
    const parts = s.split(/\s+/).filter(Boolean);
    const out = new Map<string, string>();
    for (let i = 0; i + 1 < parts.length; i += 2) out.set(parts[i]!, parts[i + 1]!);
    return out;
  };
  return {
    words: { noun: set(text.nouns), verb: set(text.verbs), adjective: set(text.adjectives) },
    exceptions: { noun: map(text.nounExceptions), verb: map(text.verbExceptions), adjective: map(text.adjectiveExceptions) },
    notNouns: set(text.notNouns),
    usuallyVerbs: set(text.usuallyVerbs),
    extents: set(text.extents),
  };
}

let shipped: Lexicon | null = null;

/** The lexicon generated from the installed wink-lexicon, parsed on first use. */
export function wordnetLexicon(): Lexicon {
  shipped ??= parseLexicon(data);
  return shipped;
}

/**
 * Whether a word is most often a noun ("population", "tariffs", "end"), not a verb, adjective or
 * function word ("speak", "came", "together"). A word the lexicon does not know counts as a noun, as
 * taggers guess: unknown words are mostly names and rare nouns.
 */
export function mostOftenNoun(word: string, lexicon: Lexicon = wordnetLexicon()): boolean {
  return !lexicon.notNouns.has(word);
}

/** Whether a word, as written, is most often a verb ("turns", "hold", "measured"). */
export function mostOftenVerb(word: string, lexicon: Lexicon = wordnetLexicon()): boolean {
  return lexicon.usuallyVerbs.has(word);
}

/** Whether a noun (a base form) names something measured in space, not in time: a river, a wall (`sensesMeasuredInSpace`). */
export function namesExtent(noun: string, lexicon: Lexicon = wordnetLexicon()): boolean {
  return lexicon.extents.has(noun);
}
