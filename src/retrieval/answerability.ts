/**
 * Answer or refuse: what separates a question the coverage answers from one it does not, measured
 * on the passage the engine would quote, in shares that mean the same in any corpus and with any
 * embedding model — how much of the question's content (IDF mass) the passage holds, as stems and as
 * dictionary forms; how much of it the corpus never mentions; whether the passage holds the kind of
 * answer asked for. A logistic model over these, learned on the tune half of the evaluation sets
 * (learned-weights.ts), gives the probability that the question is answerable and, for answered
 * ones, that the first passage holds the answer; the confidence word is that second probability
 * in bands. Pure.
 */
import type { Confidence, NotGivenKind } from '../engine/types.ts';
import { stem, terms, termsOfWords, typedTokens, words } from '../index/terms.ts';
import { answerTypeMatcher, preciseKind } from './answer-type.ts';
import type { Ranked } from './fuse.ts';
import { LEARNED_DECISION } from './learned-weights.ts';
import { lemma } from '../lexicon/lemma.ts';
import { englishSpecificity, isEnglishWord } from './english-frequency.ts';
import type { Question, QuestionWord } from './question.ts';
import type { Background } from './background.ts';
import type { TermEvidence } from './retrieve.ts';
import { negationUnmatched, oppositeInPassage, swappedName, type Swap } from './contradiction.ts';
import { mostOftenNoun } from '../lexicon/wordnet-lexicon.ts';
import { verbsAfterNamedSubject } from './question-verbs.ts';
import type { SoftText, WordCredit } from './soft-match.ts';
import { classifiersIn } from './asked-of.ts';
import { allowedEdits, correct, type Vocabulary } from './spelling.ts';

/** Paraphrase evidence for the decision: how well a text holds a question word (soft-match.ts), for the passage and the best candidates. */
export interface SoftEvidence {
  credit: WordCredit;
  passage: SoftText;
  /** The best candidates' sentences, which the ranking weighed paraphrases in. */
  head: readonly SoftText[];
}

export const DECISION_FEATURES = [
  'coverage',
  'passageCoverage',
  'lemmaCoverage',
  'absent',
  'missingMax',
  'documentCoverage',
  'dense',
  'typeHeld',
  'typeMissing',
  'inverseTerms',
  'unknownName',
  'entityMissing',
  'absentSpecific',
  'passageCoverageEnglish',
  'topicality',
  'backgroundCoverage',
  'backgroundDense',
  'focusAbsent',
  'focusMissing',
  'softHeadMissing',
  'negationUnmatched',
  'oppositeHeld',
  'softMissingMax',
  'absentNouns',
  'leadMargin',
  'exactTypeMissing',
  'nameSwapped',
] as const;
export type DecisionFeature = (typeof DECISION_FEATURES)[number];

/**
 * Which way each feature may push "answerable": more of the question in the passage can only help,
 * more of it unknown to the corpus can only hurt. Learning keeps to these signs (a feature whose
 * fitted weight comes out the other way, through its correlation with others, is left out), so the
 * model cannot learn an accident of the tune corpora that turns over in another corpus.
 */
export const DECISION_SIGNS: Record<DecisionFeature, 1 | -1> = {
  coverage: 1,
  passageCoverage: 1,
  lemmaCoverage: 1,
  absent: -1,
  missingMax: -1,
  documentCoverage: 1,
  dense: 1,
  typeHeld: 1,
  typeMissing: -1,
  inverseTerms: -1,
  unknownName: -1,
  entityMissing: -1,
  absentSpecific: -1,
  passageCoverageEnglish: 1,
  topicality: 1,
  backgroundCoverage: -1,
  backgroundDense: -1,
  focusAbsent: -1,
  focusMissing: -1,
  softHeadMissing: -1,
  negationUnmatched: -1,
  oppositeHeld: -1,
  softMissingMax: -1,
  absentNouns: -1,
  leadMargin: 1,
  exactTypeMissing: -1,
  nameSwapped: -1,
};
export type DecisionFeatures = Record<DecisionFeature, number>;

/**
 * Features only the confidence model ("is the first passage the right one?") learns from: how far
 * the first candidate stands ahead, and whether the figure or date asked for is missing from the
 * passage, say whether this passage answers, not whether the coverage does (another may; and in the
 * decision a missing figure cut the answered share of the mixed corpus's held-out answerable
 * questions from 96.0% to 93.1%: the patterns miss answers they were not written on).
 */
export const CONFIDENCE_ONLY_FEATURES: ReadonlySet<DecisionFeature> = new Set(['leadMargin', 'exactTypeMissing']);

export interface DecisionModel {
  method: string;
  /** Logistic model of "the coverage answers this question", over DECISION_FEATURES in order. */
  answerable: { intercept: number; weights: number[] };
  /** Answer when the answerable probability is at least this. */
  threshold: number;
  /** Logistic model of "the first passage holds the answer", for the confidence word. */
  right: { intercept: number; weights: number[] };
  /** Probability of a right first passage at which the word is "high" / "medium" (else "low"). */
  bands: { high: number; medium: number };
}

export interface Decision {
  answered: boolean;
  confidence: Confidence | null;
  /** Probability that the coverage answers the question. */
  answerable: number;
  /** Probability that the first passage holds the answer. */
  right: number;
  /** The question's words (names included) that the corpus never mentions, when they are why it was refused. */
  notMentioned: string[];
  /** Refused, and the question looks written in another language than English. */
  notEnglish: boolean;
  /** Refused because the first passage's document never mentions these names of the question, which other documents do (`namesOnlyElsewhere`). */
  namedElsewhere?: string[];
  /** Refused because the first passage's document never gives the precise kind of answer asked for. */
  neverGiven?: NotGivenKind;
  /** Refused because the corpus mentions these things the question asks about, but never together (`neverTogether`). */
  neverTogether?: string[];
  /** Answered, but these things it asks about the corpus never mentions, nor the first passage in other words (`missingFromPassage`). */
  missing: string[];
  /** Answered, and the first passage gives the name or figure asked about otherwise (`correctedPremise`, `swappedName`). */
  corrected?: Swap;
  features: DecisionFeatures;
}

/** The features of the answer the engine would give: its first passage's text and its ranking evidence. */
export function decisionFeatures(
  q: Question,
  evidence: TermEvidence,
  /** The ranking, best first (the first passage is built around the first). */
  ranking: readonly Ranked[],
  passageText: string,
  /** The document of the first passage. */
  topDoc: string | undefined,
  /** What unrelated questions find in this corpus (background.ts). */
  background: Background,
  soft: SoftEvidence,
): DecisionFeatures {
  const top = ranking[0];
  const passageWords = words(passageText);
  const stems = new Set(termsOfWords(passageWords));
  const lemmas = new Set(passageWords.map(lemma));
  let passageCoverage = 0;
  let lemmaCoverage = 0;
  let absent = 0;
  let missingMax = 0;
  // The same shares weighed by English specificity instead of the corpus's IDF: they do not move
  // with the corpus's size (a small corpus makes every word it lacks look maximally rare).
  const specificity = q.content.map((c) => englishSpecificity(c.word, c.lemma) * (c.weight ?? 1));
  const totalSpecificity = specificity.reduce((a, b) => a + b, 0) || 1;
  let absentSpecific = 0;
  let passageCoverageEnglish = 0;
  // What the passage's document is about: the question's words it repeats (in two sentences or more)
  // rather than mentions once in passing, as a question on another topic finds them.
  let topicality = 0;
  // With paraphrases counted (soft-match.ts): the share of the question held nowhere among the best
  // candidates, and the largest share of one word the passage does not hold.
  let softHeadMissing = 0;
  let softMissingMax = 0;
  // The share of the question in nouns the corpus never mentions: a question about a thing the
  // coverage never names ("the POPULATION of Mexico City", "TARIFFS on steel") is on another subject,
  // while a verb or adverb it lacks ("speak", "together") is most often said in other words.
  let absentNouns = 0;
  q.content.forEach((c, k) => {
    const e = specificity[k]! / totalSpecificity;
    if (!c.known && mostOftenNoun(c.word)) absentNouns += e;
    if (soft.credit(c, soft.passage) === 0) {
      softMissingMax = Math.max(softMissingMax, e);
      if (!soft.head.some((h) => soft.credit(c, h) > 0)) softHeadMissing += e;
    }
    if (!c.known) absentSpecific += e;
    const i = evidence.terms.indexOf(c.term);
    if (topDoc !== undefined && i >= 0 && (evidence.documentCounts[i]?.get(topDoc) ?? 0) >= 2) topicality += e;
    if (stems.has(c.term) || lemmas.has(c.lemma)) passageCoverageEnglish += e;
    const w = i >= 0 && evidence.totalIdf > 0 ? evidence.idf[i]! / evidence.totalIdf : 0;
    const held = stems.has(c.term);
    if (held) passageCoverage += w;
    else missingMax = Math.max(missingMax, w);
    // A corrected typo has no dictionary form of its own: its stem stands for it.
    if (lemmas.has(c.lemma) || (c.corrected && held)) lemmaCoverage += w;
    if (!c.known) absent += w;
  });
  const focus = q.content[0];
  const typeAsked = q.type !== null;
  const typeHeld = typeAsked && answerTypeMatcher(q.type, q.text)(passageText);
  return {
    coverage: top?.features.coverage ?? 0,
    passageCoverage,
    lemmaCoverage,
    absent,
    missingMax,
    documentCoverage: top?.features.documentCoverage ?? 0,
    dense: top?.features.dense ?? 0,
    typeHeld: typeHeld ? 1 : 0,
    typeMissing: typeAsked && !typeHeld ? 1 : 0,
    inverseTerms: 1 / Math.max(1, q.content.length),
    unknownName: q.names.length > 0 ? 1 : 0,
    entityMissing: entityMissing(q.text, passageText),
    absentSpecific,
    passageCoverageEnglish,
    topicality,
    backgroundCoverage: background.coverage,
    backgroundDense: background.dense,
    // The question's first content word is most often what it is about ("What is the POPULATION of
    // Mexico City?", "What TARIFFS did…"): missing, it weighs more than any other word.
    focusAbsent: focus && !focus.known ? 1 : 0,
    focusMissing: focus && !(stems.has(focus.term) || lemmas.has(focus.lemma)) ? 1 : 0,
    softHeadMissing,
    softMissingMax,
    absentNouns,
    // A bare "Why not?" negates the previous answer, not a passage: only a question with words of its own counts.
    negationUnmatched: q.content.some((c) => (c.weight ?? 1) === 1) && negationUnmatched(q.text, passageText, passageWords) ? 1 : 0,
    oppositeHeld: oppositeInPassage(q.text, passageText, passageWords) !== null ? 1 : 0,
    leadMargin: leadMargin(ranking),
    // Figures and dates are recognised precisely (answer-type.ts); names, places and reasons are not.
    exactTypeMissing: preciseKind(q.type) !== null && !typeHeld ? 1 : 0,
    nameSwapped: swappedName(q.text, passageText) !== null ? 1 : 0,
  };
}

/**
 * How far the first candidate stands ahead of the second, as a share of its own score, 0–1: one
 * sentence that answers stands out, while several that could each be the answer ("When did Germany
 * found a settlement?" among five articles on colonies) leave the first a toss-up. A ratio of the
 * fused scores, so neither their scale nor the model's matters.
 */
export function leadMargin(ranking: readonly Pick<Ranked, 'score'>[]): number {
  const first = ranking[0]?.score ?? 0;
  if (first <= 0) return 0;
  const second = ranking[1]?.score ?? 0;
  return Math.min(1, Math.max(0, (first - second) / first));
}

/**
 * The share of the question's names and numbers (capitalised words after the first, figures) that
 * the passage does not hold: a question about another person, year or amount than the passage's
 * is not answered by it, however many other words they share.
 */
export function entityMissing(question: string, passage: string): number {
  const tokens = typedTokens(question);
  const entities = tokens.filter((t, i) => (i > 0 && /^\p{Lu}/u.test(t)) || /^\d/.test(t)).map((t) => words(t)[0] ?? '').filter(Boolean);
  if (entities.length === 0) return 0;
  const held = new Set(words(passage));
  return entities.filter((e) => !held.has(e)).length / entities.length;
}

/**
 * The question's names (capitalised words after its first) that the corpus mentions, when the first
 * passage's document mentions none of them; else none. In a corpus of many documents a question
 * about a thing one of them names ("What is the population of Mexico City?") finds its other words
 * anywhere ("…Cologne, with a population of…"): a passage from a document that never names what the
 * question is about does not answer it, as a name the corpus never mentions does not.
 */
export function namesOnlyElsewhere(
  question: string,
  evidence: Pick<TermEvidence, 'terms' | 'documentCounts'>,
  doc: string | undefined,
  /** Whether the corpus writes a term as a name (corpus-names.ts): a question typed in lower case names things too. */
  writtenAsName: (term: string) => boolean = () => false,
): string[] {
  const heldBy = (term: string) => {
    const docs = evidence.documentCounts[evidence.terms.indexOf(term)];
    return docs !== undefined && docs.size > 0 ? docs : null;
  };
  // A name of several words ("Mexico City") is one: a document holds it when it holds all its words.
  const names: { tokens: string[]; stems: string[] }[] = [];
  let run: (typeof names)[number] | null = null;
  typedTokens(question).forEach((token, i) => {
    const stems = terms(token);
    // Every part a name: "un-elected" holds the corpus's "UN" but is no name.
    const isName = (i > 0 && /^\p{Lu}/u.test(token)) || (stems.length > 0 && stems.every((t) => heldBy(t) && writtenAsName(t)));
    if (!isName) run = null;
    else if (run) run.tokens.push(token), run.stems.push(...stems);
    else names.push((run = { tokens: [token], stems: [...stems] }));
  });
  const elsewhere: string[] = [];
  for (const name of names) {
    const known = name.stems.map(heldBy).filter((docs) => docs !== null);
    if (known.length === 0) continue; // function words ("US") or a name the corpus never mentions
    if (doc !== undefined && known.every((docs) => docs.has(doc))) return [];
    elsewhere.push(name.tokens.join(' ').replace(/['’]s$/u, ''));
  }
  return elsewhere;
}

// Names shorter than this are left to the model: two edits turn a short name into many words, and
// most short unknown names are initialisms ("WWII", "TBF").
const MIN_UNLIKE_NAME_LENGTH = 5;

/**
 * The question's names (`Question.names`, the corpus never mentions them) that are no English word
 * and that no word of the corpus resembles — more than two edits from each (three from nine letters
 * on), and not beginning with one: no typo the spelling could not fix ("Primeier" is two edits from
 * "premier"), but a place or person the coverage never names ("Which cartels operate in Sinaloa?" of
 * the article on the call).
 */
export function namesUnlikeCorpus(q: Pick<Question, 'names'>, vocabulary: Vocabulary): string[] {
  // A name that begins with a word of the corpus is of its family: "Parisien" of "Paris".
  const beginsWithCorpusWord = (w: string) => {
    for (let k = MIN_UNLIKE_NAME_LENGTH; k < w.length; k++) if (vocabulary.has(stem(w.slice(0, k)))) return true;
    return false;
  };
  const unlike = (w: string) => w.length >= MIN_UNLIKE_NAME_LENGTH && !/\d/.test(w) && !beginsWithCorpusWord(w) && correct(stem(w), vocabulary, Math.max(2, allowedEdits(w.length) + 1)) === null;
  return q.names.filter((name) => {
    if (isEnglishWord(name)) return false;
    const parts = words(name);
    return parts.length > 0 && parts.every(unlike);
  });
}

export function featureArray(f: DecisionFeatures): number[] {
  return DECISION_FEATURES.map((name) => f[name]);
}

function logistic(m: { intercept: number; weights: number[] }, x: readonly number[]): number {
  let z = m.intercept;
  m.weights.forEach((w, j) => (z += w * x[j]!));
  return 1 / (1 + Math.exp(-z));
}

/** What the first passage says besides its features, for the rules around the learned model. */
export interface PassageFacts {
  /**
   * The first passage holds the kind of answer asked for ("On what date…": a date) or at least one of
   * the question's words, as written, as its dictionary form or in other words (an embedding
   * neighbour, soft-match.ts). True when not given.
   */
  holdsQuestion?: boolean;
  /**
   * A yes/no question's name or figure that the first passage gives otherwise (`correctedPremise`,
   * `correctedFigure`), and whether the passage holds the rest of the question too, so that it
   * answers it ("Did the call last 20 minutes?" — "a 15-minute phone call": no).
   */
  premise?: { asked: string; answered: boolean } | null;
  /** The question's names that only other documents than the first passage's mention (`namesOnlyElsewhere`). */
  namesElsewhere?: readonly string[];
  /** The precise kind of answer asked for (an age…), when the first passage's document gives none anywhere (kind-in-document.ts). */
  kindNeverGiven?: NotGivenKind | null;
  /** The things the question asks about besides the corpus's names, when the corpus never mentions any of them (`onlyNamesShared`). */
  onlyNamesShared?: readonly string[];
  /** The things the question asks about, when the corpus mentions its words but never together (`neverTogether`). */
  neverTogether?: readonly string[];
  /** The question's names that no word of the corpus resembles (`namesUnlikeCorpus`). */
  unlikeNames?: readonly string[];
}

export function decide(q: Question, f: DecisionFeatures, model: DecisionModel = LEARNED_DECISION, { holdsQuestion = true, premise = null, namesElsewhere = [], kindNeverGiven = null, onlyNamesShared = [], neverTogether = [], unlikeNames = [] }: PassageFacts = {}): Decision {
  const x = featureArray(f);
  const answerable = logistic(model.answerable, x);
  const right = logistic(model.right, x);
  // A name the corpus never mentions, that is an English word and not a typo of a corpus word
  // ("Who is the president of France?"), means the coverage cannot answer, however close the rest.
  // Names that are no English word are left to the model when a word of the corpus resembles them:
  // most are typos or spellings it cannot fix. One that none resembles is a thing it never names.
  // A yes/no question whose name the passage corrects ("Was the call on Tuesday?" — "…on Monday") is
  // answered by it: the model decides, and the answer notes the name the coverage never uses.
  const corrected = premise?.asked.toLowerCase();
  const unlike = new Set(unlikeNames);
  // Only a thing's name: an adjective the coverage never uses ("Northern European cities",
  // "Revolutionary War") says nothing of what the question is about.
  const foreignNames = q.names.filter((n) => ((isEnglishWord(n) && mostOftenNoun(n.toLowerCase())) || unlike.has(n)) && n.toLowerCase() !== corrected);
  // A passage that shares nothing with the question, not even in other words, answers nothing of it,
  // however close its embedding ("How do I teach my cat to use a scratching post?" of the call).
  // Nor does a passage from a document that never names what the question names, when another does.
  const elsewhere = namesElsewhere.filter((n) => n.toLowerCase() !== corrected);
  // Nor a document that gives no answer of the kind asked for anywhere ("How old…" of an article with no age).
  // Nor a passage that shares only names with a question about a thing the corpus never mentions
  // ("What is the POPULATION of Mexico City?"): it is about them, not about what is asked.
  // Nor a passage on one of the things asked about, when the coverage never speaks of them together.
  const together = neverTogether.length === 0;
  const answered = (answerable >= model.threshold || premise?.answered === true) && foreignNames.length === 0 && holdsQuestion && elsewhere.length === 0 && kindNeverGiven === null && onlyNamesShared.length === 0 && together;
  const confidence: Confidence | null = !answered ? null : right >= model.bands.high ? 'high' : right >= model.bands.medium ? 'medium' : 'low';
  // The things the coverage never names say why ("votes, election"), not the verbs around them ("win").
  const unknown = q.content.filter((c) => !c.known).map((c) => c.word);
  const unknownNouns = unknown.filter((w) => mostOftenNoun(w));
  const unknownWords = unknownNouns.length ? unknownNouns : unknown;
  const notEnglish = !answered && q.notEnglish;
  // A verb the coverage never uses ("want") says why only when nothing else does: the model refused,
  // or the passage shares nothing. Where the model would answer and a rule refuses (the closest
  // document never names what is asked), "never mentions want" would be untrue as a why; a thing it
  // never mentions ("giraffes") is always one.
  const refusedByRule = answerable >= model.threshold && holdsQuestion;
  const unsaid = unknownNouns.length || !refusedByRule ? unknownWords : [];
  // The words of a question in another language are not things the coverage lacks.
  const notMentioned = answered || notEnglish ? [] : foreignNames.length ? foreignNames : q.names.length ? [...q.names] : onlyNamesShared.length ? [...onlyNamesShared] : unsaid;
  // One reason is given for a refusal: what the coverage never mentions first, then where the names
  // are, then the kind, then the things it never speaks of together.
  const reason: Pick<Decision, 'namedElsewhere' | 'neverGiven' | 'neverTogether'> =
    answered || notEnglish || notMentioned.length > 0
      ? {}
      : elsewhere.length > 0
        ? { namedElsewhere: [...elsewhere] }
        : kindNeverGiven !== null
          ? { neverGiven: kindNeverGiven }
          : !together
            ? { neverTogether: [...neverTogether] }
            : {};
  return { answered, confidence, answerable, right, notMentioned, notEnglish, ...reason, missing: [], features: f };
}

/**
 * An answer with what its question asks about and the answer cannot hold (`missingFromPassage`): its
 * confidence is at most "low". "Confidence: medium" above "The coverage never uses the word
 * “population”" would tell a reader two things that cannot both be true of the same passages.
 */
export function withMissing(decision: Decision, missing: string[]): Decision {
  const confidence = missing.length > 0 && decision.confidence !== null ? 'low' : decision.confidence;
  return { ...decision, missing, confidence };
}

/**
 * An answer whose first passage gives the name or figure asked about otherwise says so: a yes/no
 * question's premise it corrects is its answer ("Was the call on Tuesday?" — "…on Monday"; "Did the
 * call last 20 minutes?" — "a 15-minute phone call"), while another thing than the one asked about
 * ("the Summer Theatre" for "the Leon Theatre") answers nothing of it for sure, and the confidence
 * is at most "low".
 */
export function withCorrection(decision: Decision, premise: Swap | null, swap: Swap | null): Decision {
  if (premise) return { ...decision, corrected: premise };
  if (swap) return { ...decision, corrected: swap, confidence: decision.confidence === null ? null : 'low' };
  return decision;
}

/**
 * What an answered question asks about that the answer cannot hold: its names and nouns the corpus
 * never mentions, and that the first passage does not hold in other words either (a paraphrase,
 * "murders" for "homicide", is there). "What sports does Sheinbaum like?" may be answered with a
 * passage about Sheinbaum; a reader should see that nothing in the coverage is about sports. Verbs
 * are left out: a verb the coverage lacks is most often said in other words ("accept", "declined"),
 * and so is a classifier before "of" ("What TYPE of revolution…"): it sorts what is asked about.
 */
export function missingFromPassage(q: Question, soft: Pick<SoftEvidence, 'credit' | 'passage'>): string[] {
  const names = new Map(q.names.map((n) => [words(n).join(' '), n]));
  const isThing = thingsAskedAbout(q);
  const out: string[] = [];
  for (const c of q.content) {
    if (c.known || c.corrected || (c.weight ?? 1) < 1) continue;
    const name = names.get(c.word);
    if (name === undefined && !isThing(c)) continue;
    if (soft.credit(c, soft.passage) > 0) continue;
    out.push(name ?? c.word);
  }
  return out;
}

/** Whether a question word names a thing it asks about: a noun, not the verb after a named subject nor a classifier ("TYPE of"). */
export function thingsAskedAbout(q: Question): (c: QuestionWord) => boolean {
  const verbs = verbsAfterNamedSubject(q.text);
  const classifiers = classifiersIn(q.text);
  return (c) => mostOftenNoun(c.word) && !verbs.has(c.word) && !classifiers.has(c.word);
}

/**
 * The things a question asks about (nouns) when, besides the names the corpus writes ("Mexico City",
 * "Trump"), it shares no word with the corpus, nor with the best candidates in other words: "What is
 * the population of Mexico City?", "What did Trump eat for breakfast?". Such a question is about a
 * subject the coverage names, but asks what it never speaks of; else none. A word the corpus holds,
 * however far from the passage, leaves the question to the model: what a passage says in other
 * words than the question's ("his nationality": "the Scottish engineer") is common among answerable
 * questions, an attribute the whole coverage never names is not. So does a word one of the best
 * candidates says otherwise, though the first passage does not: "Mexico's position on US TROOPS"
 * finds the article's stance first and its "U.S. military forces" second — the coverage speaks of it.
 */
export function onlyNamesShared(
  q: Question,
  /** Whether the corpus writes a term as a name (corpus-names.ts). */
  writtenAsName: (term: string) => boolean,
  soft: Pick<SoftEvidence, 'credit' | 'passage' | 'head'>,
): string[] {
  const own = q.content.filter((c) => (c.weight ?? 1) === 1);
  const rest = own.filter((c) => !(c.known && writtenAsName(c.term)));
  const saidOtherwise = (c: QuestionWord) => [soft.passage, ...soft.head].some((t) => soft.credit(c, t) > 0);
  if (rest.length === own.length || rest.some((c) => c.known || saidOtherwise(c))) return [];
  return rest.filter(thingsAskedAbout(q)).map((c) => c.word);
}

/**
 * The things a question asks about, when the coverage mentions its words but never speaks of them
 * together; else none. "What is the capital of Venezuela?" of a corpus that names Venezuela in the
 * article on the call and a capital in the one on Warsaw asks what the coverage never speaks of,
 * however close a passage on Venezuela looks. All must hold:
 * - the question asks about two things or more (nouns): "What happened to Maduro?" shares with the
 *   coverage only a common verb besides the name, which it uses of other things;
 * - the first passage holds fewer than two of its words, even in other words;
 * - so does the first passage's document: a document that mentions several is about the question,
 *   however far apart it mentions them;
 * - no two of its words ever meet, in a sentence or beside each other (`wordsMeet`): asked last, the
 *   dearest to find out.
 */
export function neverTogether(
  /** The question's own words the corpus holds, one per term. */
  known: readonly QuestionWord[],
  isThing: (c: QuestionWord) => boolean,
  /** Whether the first passage holds the word, as written or in other words. */
  inPassage: (c: QuestionWord) => boolean,
  /** Whether the first passage's document mentions the word. */
  inDocument: (c: QuestionWord) => boolean,
  meet: () => boolean,
): string[] {
  const things = known.filter(isThing);
  if (things.length < 2 || known.filter(inPassage).length >= 2 || known.filter(inDocument).length >= 2 || meet()) return [];
  return things.map((c) => c.word);
}
