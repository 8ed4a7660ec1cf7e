/**
 * A member's question, read once for everything downstream: chat spellings expanded, typos in its
 * function words fixed ("hwo lnog"), its form (question or quote), the kind of answer it asks for,
 * and its content words with their stems (read against the corpus: a word it never uses as a relative
 * it does use, or as the word a typo meant) and lemmas. Pure.
 */
import type { WordRead } from '../engine/types.ts';
import { isStopWord, phraseTerm, phraseTerms, stem, stemUncached, terms, typedTokens, words } from '../index/terms.ts';
import { countedWord, expectedAnswerType, measureNounAsked, topicOf, TYPE_WORDS, type AnswerType } from './answer-type.ts';
import { statesToCheck, withoutCheckTag } from './check-question.ts';
import { figureAskedAbout } from './contradiction.ts';
import { normaliseChat } from './chat-words.ts';
import { irregularForms, irregularLemma, lemma, lemmaAsBaseVerb, regularVerbForms, verbLemma } from '../lexicon/lemma.ts';
import { compoundsAsCorpusWrites } from './compound-spelling.ts';
import { derivationalRelatives } from './derivation.ts';
import { corpusTroponym } from './troponym.ts';
import { corpusHypernym } from './hypernym.ts';
import { corpusHyponym } from './hyponym.ts';
import { escapeRegExp } from './escape-regexp.ts';
import { verbsAfterSubject } from './question-verbs.ts';
import { numbersAsCorpusWrites } from './number-words.ts';
import { englishSpecificity, isCommonEnglishWord, isEnglishWord } from './english-frequency.ts';
import { writtenAsProperName } from './proper-names.ts';
import { looksNotEnglish } from './question-language.ts';
import { queryForm, type QueryForm } from './query-form.ts';
import { allowedEdits, boundedEditDistance, correct, MIN_TRANSPOSED_LENGTH, oneEditAway, transpositions, withNeighbouringKey, withOneLetterLess, withOneLetterMore, type Vocabulary } from './spelling.ts';
import { monthsWrittenOut } from './month-names.ts';
import { asksAspect } from './asked-of.ts';

export interface QuestionWord {
  /** As typed (lower-cased, accents folded). */
  word: string;
  /** The index term it is searched as: its stem, or the corpus term read in its place (a relative by derivation, a typo's correction). */
  term: string;
  /** Its dictionary form (of the word as typed). */
  lemma: string;
  /** Whether some sentence of the corpus holds the term. */
  known: boolean;
  /** Whether the word was not in the corpus and `term` stands in for it: a derivational relative ("seized" → "seizures") or a typo's correction. */
  corrected: boolean;
  /** Whether `term` is a typo's correction ("phnoe" → "phone"), not a relative. */
  typo?: true;
  /** Of a typo, the word it was read as ("gofernor" → "governor"), once set by `withTyposMeant`. */
  meant?: string;
  /** How much the word counts, of its IDF: 1 unless it comes from the question a follow-up is read with (follow-up.ts). */
  weight?: number;
}

export interface Question {
  /** The text after chat spellings and function-word typos were fixed (also what is embedded). */
  text: string;
  form: QueryForm;
  type: AnswerType;
  /** Content words of the question without its answer-type phrase ("how long"), in order, repeats removed. */
  content: QuestionWord[];
  /** Distinct index terms of `content`. */
  terms: string[];
  /** Two-word phrase terms of the topic. */
  phrases: string[];
  /**
   * Names (capitalised words not opening the question), as typed, that the corpus never mentions even
   * allowing for a typo: read off `content`, so no word is corrected twice.
   */
  names: string[];
  /** Whether it looks written in another language than English (question-language.ts). */
  notEnglish: boolean;
  /** Short forms written out and function and type words mistyped, as typed and as read ("WWII" → "World War II", "Sept" → "September", "lnog" → "long", "rhe Rhine" → "the"). */
  wordsWrittenOut?: WordRead[];
}

/**
 * A word no corpus term explains, one swap of neighbouring letters from a function or type word ("hwo",
 * "lnog"); or, when it is no name (capitalised after the question's first word), one letter short or
 * over one of four letters or more ("wich", "lonng"; "theo" is no "the"), or, when it is no English
 * word at all, one letter replaced by a key beside it ("wjat", "whp", "lomg"). A common English word is
 * a word of its own ("three" is no "there", "hand" no "hadn").
 */
function functionWordTypo(word: string, vocabulary: Vocabulary, maybeName: boolean): string | null {
  // A stem that is only an ordinal's ending ("ths" → "th", of "19th") makes no word the corpus's.
  const own = stem(word);
  if (word.length < MIN_TRANSPOSED_LENGTH - 1 || isStopWord(word) || TYPE_WORDS.has(word) || (vocabulary.has(own) && !ORDINAL_ENDING.has(own)) || isCommonEnglishWord(word)) return null;
  const edited = word.length >= MIN_TRANSPOSED_LENGTH && !maybeName ? [...withOneLetterMore(word), ...withOneLetterLess(word)].filter((w) => w.length >= MIN_TRANSPOSED_LENGTH) : [];
  if (!maybeName && !isEnglishWord(word)) edited.push(...withNeighbouringKey(word));
  // Of several ("hwo": "who", "how"), the most common English word is the likeliest meant.
  const candidates = [...new Set([...transpositions(word), ...edited])].filter((t) => isStopWord(t) || TYPE_WORDS.has(t));
  candidates.sort((a, b) => englishSpecificity(a) - englishSpecificity(b));
  return candidates[0] ?? null;
}

/** The stem of the candidate words the corpus uses most, or null when it uses none of them. */
function mostFrequentTerm(candidates: Iterable<string>, vocabulary: Vocabulary): string | null {
  let best: string | null = null;
  for (const candidate of candidates) {
    const s = stem(candidate);
    if (vocabulary.has(s) && (best === null || vocabulary.frequency(s) > vocabulary.frequency(best))) best = s;
  }
  return best;
}

/**
 * The stem of the word of the same family the corpus uses most ("seized" → "seizures"), in any of its
 * verb forms ("death" → "died", which stems otherwise than "die"); null when it uses none.
 */
function relativeTerm(word: string, vocabulary: Vocabulary): string | null {
  return mostFrequentTerm(derivationalRelatives(word).flatMap((r) => [r, ...irregularForms(r), ...regularVerbForms(r)]), vocabulary);
}

/**
 * A word this long that is no English word at all is most likely a typo ("framd", "Leage"): one edit
 * may fix it, where a shorter word, or an English one, one edit from a corpus word is most often
 * another word ("rind" / "rine").
 */
const MIN_NON_WORD_TYPO_LENGTH = 5;

/**
 * The corpus term a word not in the corpus most likely meant: a swap of two letters first, then a few
 * edits. A shorter word that is no English word may still have lost a letter ("trmp", "rubo"): of
 * all edits, a dropped letter is the commonest typo; failing that, a non-word is read through a key
 * pressed beside the right one ("cakl", "killrd"), a short one never through any other letter
 * replaced. A short word English rarely uses may have lost a letter too ("rive" of "river"), unlike an
 * everyday one ("plan" is no "plant").
 */
function correctWord(word: string, vocabulary: Vocabulary): string | null {
  const term = stem(word);
  const nonWord = !isEnglishWord(word);
  const edits = word.length >= MIN_NON_WORD_TYPO_LENGTH && nonWord ? Math.max(1, allowedEdits(term.length)) : allowedEdits(term.length);
  const swapped = word.length >= MIN_TRANSPOSED_LENGTH ? mostFrequentTerm(transpositions(word), vocabulary) : null;
  const dropped = word.length >= MIN_TRANSPOSED_LENGTH && word.length < MIN_NON_WORD_TYPO_LENGTH && (nonWord || !isCommonEnglishWord(word)) ? mostFrequentTerm(withOneLetterMore(word), vocabulary) : null;
  // A non-word with a key pressed beside the right one ("cakl" → "call", "killrd" → "killed"): looked
  // up as the word it would be, stemmed, since a slip in an ending ("killrd") leaves a stem no edit of
  // the corpus's stems reaches ("killrd" is two from "kill").
  const slipped = () => (word.length >= MIN_TRANSPOSED_LENGTH && nonWord ? mostFrequentTerm(withNeighbouringKey(word), vocabulary) : null);
  return swapped ?? dropped ?? slipped() ?? correct(term, vocabulary, edits);
}

/**
 * The common English word a word that is none, and that the corpus cannot explain, most likely meant
 * ("happend" → "happened"): a letter dropped or two swapped, with its first letter, the commonest
 * such. It is then weighed as that word is, not as a rare one the coverage never uses, and named so
 * when it is not in the coverage either. Only a word typed in lower case and this long, and not
 * through a letter replaced or one too many: a capital, a short word, or an English word with a
 * letter changed or added, is more often a name English does not know ("Modi", "milei", "meloni").
 */
function englishTypo(word: string, typedInLowerCase: boolean): string | null {
  if (!typedInLowerCase || word.length < MIN_NON_WORD_TYPO_LENGTH || !/^\p{L}+$/u.test(word) || isEnglishWord(word)) return null;
  let best: string | null = null;
  for (const candidate of [...withOneLetterMore(word), ...transpositions(word)]) {
    if (candidate[0] !== word[0] || !isCommonEnglishWord(candidate)) continue;
    if (best === null || englishSpecificity(candidate) < englishSpecificity(best)) best = candidate;
  }
  return best;
}

/**
 * The stem of an irregular form's dictionary form, when the corpus uses it ("spoken" → "speak"); or,
 * the other way round, of the irregular form the corpus uses of a dictionary form ("what did the poll
 * find?" of "a poll … found that…") or of a regular form the stemmer does not bring back ("died"), the
 * one it uses most.
 */
function inflectedAs(word: string, own: string, vocabulary: Vocabulary): string | null {
  const base = irregularLemma(word);
  const term = base === null ? null : stem(base);
  if (term !== null && term !== own && vocabulary.has(term)) return term;
  // And a verb's regular form whose stem is not the verb's ("when did she die?" of "…died on Saturday").
  const verb = base ?? verbLemma(word);
  return mostFrequentTerm([...irregularForms(word), ...regularVerbForms(verb)], vocabulary);
}

/** Shortest word its neighbour may correct: of two letters, too many words are one edit away. */
const MIN_CONTEXT_TYPO_LENGTH = 3;

/**
 * Whether a neighbour of a word in the question can say what the word meant: a word the corpus uses
 * that is no function word. A figure is no context either: "2oth" is read as "2" and "oth", and "2 th"
 * says nothing of what "oth" meant.
 */
function isContext(neighbour: string | undefined, vocabulary: Vocabulary): neighbour is string {
  return neighbour !== undefined && /^\p{L}/u.test(neighbour) && !isStopWord(neighbour) && vocabulary.has(stem(neighbour));
}

/**
 * The word a word the corpus never uses meant, when a neighbour in the question says so: one edit
 * away, it makes with that neighbour — a word the corpus uses — a phrase the corpus uses ("Forth
 * Niagara" → "Fort Niagara", "Lor Loudoun" → "Lord Loudoun", "rhe Rhine" → "the Rhine"). Surer than
 * a guess from the word alone, it corrects short words and English words too. Of several, the one
 * the corpus uses most; a function word ("the") only when no content word fits.
 */
function correctedByNeighbour(word: string, before: string | undefined, after: string | undefined, vocabulary: Vocabulary): string | null {
  if (!vocabulary.hasPhrase || word.length < MIN_CONTEXT_TYPO_LENGTH || /\d/.test(word)) return null;
  const [left, right] = [isContext(before, vocabulary) ? before : null, isContext(after, vocabulary) ? after : null];
  if (!left && !right) return null;
  let best: string | null = null;
  let bestFrequency = -1;
  for (const candidate of oneEditAway(word)) {
    const fits = (left && vocabulary.hasPhrase(phraseTerm(left, candidate, stemUncached))) || (right && vocabulary.hasPhrase(phraseTerm(candidate, right, stemUncached)));
    if (!fits) continue;
    const frequency = isStopWord(candidate) ? 0 : vocabulary.frequency(stemUncached(candidate)) + 1;
    if (frequency > bestFrequency) (best = candidate), (bestFrequency = frequency);
  }
  return best;
}

const asTerm = (term: string) => term;

/** Shortest word a neighbour may correct two edits away: of shorter ones, two edits reach too many words. */
const MIN_TWO_EDIT_CONTEXT_LENGTH = 6;

/**
 * The corpus term a longer word the corpus never uses meant, two edits away, when a neighbour in the
 * question says so as `correctedByNeighbour` does: with it, the term makes a phrase the corpus uses
 * ("Primer League" → "Premier League"). A name typed as it sounds is often two letters off, and the
 * phrase makes the reading sure where the word alone may not be corrected that far. Same first
 * letter; of several, the one the corpus uses most.
 */
function correctedFarByNeighbour(word: string, before: string | undefined, after: string | undefined, vocabulary: Vocabulary): string | null {
  if (!vocabulary.hasPhrase || word.length < MIN_TWO_EDIT_CONTEXT_LENGTH || !/^\p{L}+$/u.test(word)) return null;
  const [left, right] = [isContext(before, vocabulary) ? stem(before) : null, isContext(after, vocabulary) ? stem(after) : null];
  if (!left && !right) return null;
  const term = stem(word);
  let best: string | null = null;
  let bestFrequency = -1;
  for (let length = term.length - 2; length <= term.length + 2; length++) {
    for (const candidate of vocabulary.ofLength(length)) {
      if (candidate[0] !== term[0] || isStopWord(candidate) || boundedEditDistance(term, candidate, 2) > 2) continue;
      // Both are terms already: the phrase is written from them as they are.
      const fits = (left && vocabulary.hasPhrase(phraseTerm(left, candidate, asTerm))) || (right && vocabulary.hasPhrase(phraseTerm(candidate, right, asTerm)));
      if (fits && vocabulary.frequency(candidate) > bestFrequency) (best = candidate), (bestFrequency = vocabulary.frequency(candidate));
    }
  }
  return best;
}

export interface ReadOptions {
  /** Words read as typed, never as a typo of a corpus term (real-word-typos.ts: "planet" is no typo of "plant"). */
  asTyped?: ReadonlySet<string>;
  /** Short forms the text had written out before (acronyms.ts: "WWII" → "World War II"), for `wordsWrittenOut`. */
  writtenOut?: readonly WordRead[];
}

const ORDINAL_ENDING = new Set(['st', 'nd', 'rd', 'th']);

/** Nouns that say there is something to tell, not what about. */
const VAGUE_NOUNS = new Set(['stuff', 'info', 'information', 'details', 'facts']);

/**
 * Nouns that ask what a thing or a person is called ("What is Sheinbaum's first NAME?", "the name of
 * the poll"): news names them without the word ("President Claudia Sheinbaum", "the newspaper El
 * Financiero"), so a coverage that never writes it is not missing what was asked.
 */
const NAME_NOUNS = new Set(['name', 'names', 'surname', 'surnames']);

/**
 * "What is another TERM for the pivot mounting?", "What WORD did she use?": what a thing is called,
 * or what someone said, which a text gives without the noun. Only before "for" or after "what" /
 * "which": "his term in office" is a thing of its own.
 */
const TERM_NOUNS = new Set(['term', 'terms', 'word', 'words']);

/** "What is the deadline for claims?" asks a date, which news gives without the word ("…until April 30"). */
const DATE_NOUNS = new Set(['deadline', 'deadlines']);

/**
 * "How many PEOPLE watched?": the count of whoever did it, which news gives as who they were ("a crowd
 * of 61,500", "3,200 residents").
 */
const COUNTED_PEOPLE = new Set(['people', 'persons', 'individuals']);

/**
 * "Happen", "occur" and "take place" say only that what the question names is an event: "When did
 * the call take place?" asks when the call was, and a report tells it without the verb ("The leaders
 * held a 15-minute phone call on Monday…"); so do the "steps" of "the next steps", and "take part"
 * that someone was in it ("Who took part in the call?" — "The leaders held a … phone call"). `before`
 * and `after` are the words beside `word`.
 */
function saysOnlyThatItHappened(word: string, before: string | undefined, after: string | undefined): boolean {
  const base = lemma(word);
  if (base === 'happen' || base === 'occur') return true;
  // "What are the next steps?" asks what happens next.
  if (base === 'step') return before === 'next';
  if (base === 'take') return after === 'place' || after === 'part';
  return (word === 'place' || word === 'part') && before !== undefined && lemma(before) === 'take';
}

/**
 * Whether a word the coverage never uses names nothing it could lack: a vague noun, a noun asking
 * what a thing is called or a date, a verb saying only that something happened, or the people a
 * "how many" counts (`counted`, the word after it). Asked of the word as typed
 * and of the English word a typo is read as ("informaton", "occured").
 */
function namesNothingLacked(word: string, before: string | undefined, after: string | undefined, counted: string | undefined): boolean {
  const asksWhatCalled = TERM_NOUNS.has(word) && (after === 'for' || before === 'what' || before === 'which');
  return VAGUE_NOUNS.has(word) || NAME_NOUNS.has(word) || asksWhatCalled || DATE_NOUNS.has(word) || saysOnlyThatItHappened(word, before, after) || (word === counted && COUNTED_PEOPLE.has(word));
}

const OVER = /^(is|are|was|were)\s+(.+?)\s+(?:all\s+)?over(?:\s+(?:yet|now|already))?\s*(\?)?\s*$/i;
const HAS_FOR: Record<string, string> = { is: 'has', are: 'have', was: 'had', were: 'had' };

/**
 * "Is the strike over?" asks whether it ended, which news writes as an event ("Train drivers ended a
 * three-day strike…", "the end of the dispute"); "over", a function word, says nothing searchable.
 * Read as "Has the strike ended?".
 */
export function overAsEnded(text: string): string {
  const m = OVER.exec(text.trim());
  if (!m) return text;
  const has = HAS_FOR[m[1]!.toLowerCase()]!;
  return `${/^\p{Lu}/u.test(m[1]!) ? has[0]!.toUpperCase() + has.slice(1) : has} ${m[2]} ended${m[3] ?? ''}`;
}

export function readQuestion(raw: string, vocabulary: Vocabulary, options: ReadOptions = {}): Question {
  const usedByCorpus = (w: string) => vocabulary.has(stem(w));
  const months = monthsWrittenOut(overAsEnded(normaliseChat(raw, usedByCorpus)), usedByCorpus);
  const numbers = numbersAsCorpusWrites(months.text, usedByCorpus);
  const compounds = compoundsAsCorpusWrites(numbers.text, vocabulary);
  let text = compounds.text;
  const fixedWords: WordRead[] = [...(options.writtenOut ?? []), ...months.written, ...numbers.written, ...compounds.written];
  text = text.replace(/[\p{L}]+/gu, (token, at: number) => {
    const fixed = functionWordTypo(token.toLowerCase(), vocabulary, at > 0 && /^\p{Lu}/u.test(token));
    if (fixed) fixedWords.push({ typed: token, read: fixed });
    return fixed ?? token;
  });
  const topic = topicOf(text);
  const content: QuestionWord[] = [];
  const seen = new Set<string>();
  const topicWords = words(topic);
  const typed = typedTokens(text);
  // Only for a word the corpus never uses and no relative explains: most questions have none.
  let verbs: Set<string> | undefined;
  let knownTerms: string[] | undefined;
  const corpusTerms = () => (knownTerms ??= topicWords.filter((w) => !isStopWord(w)).map((w) => stem(w.replace(/,/g, ''))).filter((t) => vocabulary.has(t)));
  const troponymOf = (word: string) => {
    verbs ??= verbsAfterSubject(text);
    if (!verbs.has(word)) return null;
    return corpusTroponym(word, vocabulary, corpusTerms());
  };
  // A word whose usual dictionary form is another ("found" → "find") is its own after "did" and its
  // subject ("what did she found?"): the question's verbs are read only for such a word.
  const dictionaryForm = (word: string) => {
    const usual = lemma(word);
    return usual !== word && (verbs ??= verbsAfterSubject(text)).has(word) ? lemmaAsBaseVerb(word) : usual;
  };
  // A figure a yes/no question or a claim states is what it asks to check ("Were 500 homes
  // destroyed?"): a coverage that never writes it gives another figure, it does not lack the subject.
  const checksFigures = statesToCheck(text);
  const counted = countedWord(text) ?? undefined;
  // "What was the top wind SPEED?" of a coverage that never writes "speed" but gives "140 km/h": the
  // noun only says which figure is asked for, and a coverage writing that measure's units lacks nothing.
  const measure = measureNounAsked(text);
  const writesUnitOf = (m: NonNullable<typeof measure>) => m.units.some((u) => (u.length === 1 ? vocabulary.has(stem(u[0]!)) : vocabulary.hasPhrase?.(phraseTerm(u[0]!, u[1]!)) === true));
  for (const [i, w] of topicWords.entries()) {
    if (isStopWord(w)) continue;
    if (checksFigures && /^\d/.test(w) && !vocabulary.has(stem(w.replace(/,/g, '')))) continue;
    // "12th", "21st": the figure is the word, and an ending the coverage never writes after a figure
    // of its own is no word it "never mentions". (Where it does, the ending stays a term, as in its index.)
    if (ORDINAL_ENDING.has(w) && /^\d+$/.test(topicWords[i - 1] ?? '') && !vocabulary.has(w)) continue;
    let plain = w.replace(/,/g, '');
    let own = stem(plain);
    let known = vocabulary.has(own);
    // A word that only stands for "what there is" on a subject ("the fentanyl stuff", "any info on…"),
    // asks a name, or says only that something happened names no subject of its own: a coverage that
    // never uses it is not missing anything asked.
    if (!known && namesNothingLacked(plain, topicWords[i - 1], topicWords[i + 1], counted)) continue;
    if (!known && measure && plain === measure.noun && writesUnitOf(measure)) continue;
    // An irregular form's dictionary form, which stemming does not reach ("fallen" → "fall", of a
    // coverage writing "Falling seizures"), and a word of the same family the corpus uses ("seized" →
    // "seizures") are surer than a guess at a typo.
    // An aspect is not read through a relative either: "the significance of the call" is no "significant decrease".
    if (!known && asksAspect(plain, topicWords[i - 1], topicWords[i + 1])) continue;
    let relative = known ? null : (inflectedAs(plain, own, vocabulary) ?? relativeTerm(plain, vocabulary) ?? troponymOf(plain) ?? corpusHypernym(plain, vocabulary, corpusTerms()) ?? (asksWhich(text, plain) ? corpusHyponym(plain, vocabulary, corpusTerms()) : null));
    const inContext = known || relative ? null : correctedByNeighbour(plain, topicWords[i - 1], topicWords[i + 1], vocabulary);
    if (inContext !== null && isStopWord(inContext)) {
      fixedWords.push({ typed: typedTokens(text).find((t) => words(t).join(' ') === w) ?? w, read: inContext });
      continue;
    }
    const far = known || relative || inContext !== null ? null : correctedFarByNeighbour(plain, topicWords[i - 1], topicWords[i + 1], vocabulary);
    const typo = known || relative ? null : inContext !== null ? stem(inContext) : (far ?? (options.asTyped?.has(plain) ? null : correctWord(plain, vocabulary)));
    const english = known || relative || typo || inContext || options.asTyped?.has(plain) ? null : englishTypo(plain, typed.includes(plain));
    if (english) {
      fixedWords.push({ typed: plain, read: english });
      if (isStopWord(english)) continue;
      // Read as the English word it is: the corpus may use it; if not, it is what the coverage never mentions.
      plain = english;
      own = stem(english);
      known = vocabulary.has(own);
      if (!known && namesNothingLacked(plain, topicWords[i - 1], topicWords[i + 1], counted)) continue;
      relative = known ? null : (inflectedAs(english, own, vocabulary) ?? relativeTerm(english, vocabulary));
    }
    const term = known ? own : (relative ?? typo ?? own);
    if (seen.has(term)) continue;
    seen.add(term);
    content.push({ word: plain, term, lemma: dictionaryForm(plain), known: known || term !== own, corrected: !known && term !== own, ...(typo && typo !== own ? { typo: true as const } : {}) });
  }
  const unknown = new Set(content.filter((c) => !c.known).map((c) => c.term));
  const typoTerms = new Map(content.filter((c) => c.typo).map((c) => [c.word, c.term]));
  const names = new Set<string>();
  typedTokens(text).forEach((token, i) => {
    if (!terms(token).some((t) => unknown.has(t))) return;
    const bare = token.replace(/['’]s$/u, '');
    // A chat in lower case names things too ("who is the president of france"): as English writes them.
    const name = i > 0 && /^\p{Lu}/u.test(token) ? bare : /^\p{Ll}+$/u.test(bare) ? writtenAsProperName(bare) : null;
    if (name) names.add(name);
  });
  // A yes/no question or a statement stating a figure ("Did the call last an hour?", "The call lasted
  // an hour.") asks about one, as "How long…?" does; a statement that does is a claim to check, not
  // a line to find, and is searched as a question is.
  const asked = expectedAnswerType(text);
  const figure = asked === null ? figureAskedAbout(text) : null;
  return {
    text,
    form: figure ? 'question' : queryForm(text),
    type: asked ?? figure,
    content,
    terms: content.map((c) => c.term),
    // A typo's phrase is the corrected word's ("Duropean Council" is the corpus's "European Council").
    phrases: [...new Set(phraseTerms(topic, typoTerms.size ? (w) => typoTerms.get(w) ?? stem(w) : stem))],
    names: [...names],
    ...(fixedWords.length ? { wordsWrittenOut: fixedWords } : {}),
    notEnglish: looksNotEnglish(text, isCommonEnglishWord, (w) => vocabulary.has(stem(w))),
  };
}

/**
 * The question's text with each typo written as the word it was read as (`withTyposMeant`: "How did
 * Celeron…" → "How did Céloron…"), and without the tag of a statement given to be checked ("Is it true that…",
 * "…, right?"): what is embedded. A typo that is a word of its own to the model ("Celeron", a
 * processor) would otherwise pull the question's embedding towards another subject, and "true" towards
 * whatever a passage calls good or right. Pure.
 */
export function asMeant(q: Question): string {
  const mended = withTyposMended(q, 'all').text;
  const statement = withoutCheckTag(mended);
  return /[\p{L}\p{N}]/u.test(statement) ? statement : mended;
}

/**
 * The question with each typo written as the word it was read as (`withTyposMeant`), capital kept
 * ("Why does Mdxico matter?" → "Why does Mexico matter?"). With `'names'`, only a capitalised word is
 * mended: what reads the question's names (a name typed with a slip is no other name) must not make a
 * name of a lower-case word read as one ("kade" → "Kadi").
 */
export function withTyposMended(q: Question, which: 'names' | 'all'): Question {
  const meant = new Map(q.content.flatMap((c) => (c.meant !== undefined ? [[c.word, c.meant] as const] : [])));
  if (meant.size === 0) return q;
  const text = q.text.replace(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu, (token) => {
    const possessive = /['’]s$/u.exec(token)?.[0] ?? '';
    const typed = words(token.slice(0, token.length - possessive.length));
    const word = typed.length === 1 ? meant.get(typed[0]!) : undefined;
    if (word === undefined) return token;
    if (which === 'names' && !/^\p{Lu}/u.test(token)) return token;
    return (/^\p{Lu}/u.test(token) ? word[0]!.toUpperCase() + word.slice(1) : word) + possessive;
  });
  return { ...q, text };
}

/**
 * The question with each typo's word meant set, once: an English word one slip from it that stems as
 * its correction ("gofernor" → "governor"), else how the corpus writes the correction ("governors");
 * and its dictionary form that word's ("ciuntry" → "country"), for paraphrases are looked up by
 * dictionary form and a typo has no vector of its own.
 */
export function withTyposMeant(q: Question, corpusWord: (term: string) => string | null): Question {
  if (!q.content.some((c) => c.typo)) return q;
  return {
    ...q,
    content: q.content.map((c) => {
      const meant = c.typo ? (slipMeant(c) ?? corpusWord(c.term)) : null;
      return meant ? { ...c, meant, lemma: lemma(meant) } : c;
    }),
  };
}

/** The English word one slip from a typo whose stem is its correction ("gofernor" → "governor"), if any. */
function slipMeant(c: QuestionWord): string | undefined {
  const slips = [...transpositions(c.word), ...withNeighbouringKey(c.word), ...withOneLetterMore(c.word), ...withOneLetterLess(c.word)];
  return slips.find((w) => isEnglishWord(w) && stemUncached(w) === c.term);
}

/**
 * The question's own words read as another word of the corpus (a typo's correction, a name set right
 * by its neighbour), as typed and as read: what the engine tells a member, who can rephrase when the
 * reading is wrong. Words a follow-up borrowed from the question before are not this one's. Pure,
 * given the corpus word a term stands for.
 */
export function typosRead(q: Question, corpusWord: (term: string) => string | null): WordRead[] {
  const tokens = typedTokens(q.text);
  const content = q.content.flatMap((c) => {
    if (!c.typo || (c.weight ?? 1) !== 1) return [];
    // As the corpus writes it ("Mexico"), unless the word meant is another form of it ("governor", not "governors").
    const spelling = corpusWord(c.term);
    const read = c.meant !== undefined && (spelling === null || words(spelling).join(' ') !== c.meant) ? c.meant : spelling;
    const typed = tokens.find((t) => words(t).join(' ') === c.word)?.replace(/['’]s$/u, '') ?? c.word;
    return read ? [{ typed, read }] : [];
  });
  return [...(q.wordsWrittenOut ?? []), ...content];
}

/** Whether the question asks which one of a thing: "WHAT AWARD did she get?", "which proclamation…". */
function asksWhich(text: string, word: string): boolean {
  return new RegExp(`\\b(?:what|which)\\s+${escapeRegExp(word)}\\b`, 'i').test(text);
}
