/**
 * Questions that share a passage's words but ask the opposite of what it says: "What did the
 * Normans NOT keep?" of a passage that only says what they kept, "the SMALLEST city" of one that
 * names the largest. Near-topic questions the coverage does not answer are very often written this
 * way, so the answer-or-refuse decision looks for it. Pure.
 */
import { isStopWord, stem, typedTokens, words } from '../index/terms.ts';
import { boundedEditDistance } from './spelling.ts';
import { figuresOfKind, statedFigure, topicOf, weekdaysIn } from './answer-type.ts';
import { lemma } from '../lexicon/lemma.ts';
import { escapeRegExp } from './escape-regexp.ts';
import { checkedAsQuestion, isYesNo, statesToCheck } from './check-question.ts';
import { spokenTimesInDigits } from './number-words.ts';
import { boundBefore, figureValue, withinBound, type Bound } from './figure-comparison.ts';
import type { GivenKind } from '../engine/types.ts';
import { pairs as PREFIXED_ANTONYMS } from '../lexicon/wordnet-antonyms-data.ts';

const NEGATIONS = new Set(['not', 'never', 'no', 'none', 'nothing', 'neither', 'nor', 'nobody', 'nowhere', 'cannot', 'without']);
// Words that say no in other words: a passage holding them answers "what did X not…" as well.
const DENIALS = new Set(['reject', 'refuse', 'deny', 'decline', 'oppose', 'against', 'unlikely', 'lack', 'fail', 'prohibit', 'forbid', 'ban', 'exclude', 'absence', 'instead', 'rather', 'except', 'unable', 'avoid', 'stop', 'prevent']);

/** Whether the text says no: a negation word or a contracted "n't" ("didn't", "won't"). */
export function holdsNegation(text: string, textWords: readonly string[] = words(text)): boolean {
  return /n['’]t\b/i.test(text) || textWords.some((w) => NEGATIONS.has(w));
}

/**
 * The question asks which thing is NOT so ("What did the Normans not keep?") and the passage says no
 * such thing, not even in other words ("rejected", "unlikely"). A "why not" or a yes/no question
 * ("Didn't Mexico accept?") is answered by a passage that need not say no at all, so it never counts.
 */
export function negationUnmatched(question: string, passage: string, passageWords: readonly string[] = words(passage)): boolean {
  const q = question.trim().toLowerCase();
  if (!holdsNegation(q) || /^(?:why|how come)\b/.test(q) || isYesNo(q)) return false;
  return !holdsNegation(passage, passageWords) && !passageWords.some((w) => DENIALS.has(w) || DENIALS.has(lemma(w)));
}

/**
 * Whether a question takes its verbs for granted ("What did they AGREE on?"): a wh-question that
 * denies nothing itself. A yes/no question ("Did they agree?": a denial answers it), one that denies
 * ("What did they not agree on?") and a "why" do not. Pure.
 */
export function takesVerbsForGranted(question: string): boolean {
  const q = question.trim().toLowerCase();
  return !holdsNegation(q) && !/^(?:why|how come)\b/.test(q) && !isYesNo(q);
}

/**
 * How a passage uses each of the question's verbs (as typed, question-verbs.ts), by dictionary form:
 * "denied" when every use is denied ("we do NOT AGREE with interventions", "don't", "never"),
 * "affirmed" when one use is not ("both leaders AGREED to continue…"); verbs it never uses are left
 * out. Of a question that takes its verb for granted, a passage that only denies it is not the answer.
 * Pure.
 */
export function verbUses(verbs: ReadonlySet<string>, passage: string): Map<string, 'affirmed' | 'denied'> {
  const ws = typedTokens(passage).map((t) => t.toLowerCase());
  const uses = new Map<string, 'affirmed' | 'denied'>();
  for (const verb of verbs) {
    const base = lemma(verb);
    ws.forEach((w, i) => {
      if (uses.get(verb) === 'affirmed' || lemma(words(w)[0] ?? w) !== base) return;
      // A denial up to three words before: "not agree", "don't agree", "never really agreed".
      const denied = ws.slice(Math.max(0, i - 3), i).some((b) => b === 'not' || b === 'never' || /n['’]t$/.test(b));
      uses.set(verb, denied ? 'denied' : 'affirmed');
    });
  }
  return uses;
}

// "Which is older, the British Empire or the Ethiopian Empire?": two things asked about.
const namesTwo = (question: string) => /\bor\b/i.test(question);

// Common English opposites (dictionary forms, both ways): order, size, amount, direction, outcome.
// Not the converse relations, which say the same thing turned round and name both sides: "X came
// before the call" is "the call came after X", "more than" is "fewer than" (before/after, above/below,
// more/less), "Y bought it from X" is "X sold it to Y" (buy/sell, import/export).
const OPPOSITE_PAIRS = [
  ['first', 'last'], ['early', 'late'], ['earliest', 'latest'], ['begin', 'end'], ['start', 'end'], ['start', 'finish'],
  ['most', 'least'], ['many', 'few'], ['large', 'small'], ['largest', 'smallest'], ['big', 'small'],
  ['biggest', 'smallest'], ['high', 'low'], ['highest', 'lowest'], ['long', 'short'], ['longest', 'shortest'], ['old', 'new'], ['old', 'young'],
  ['oldest', 'newest'], ['oldest', 'youngest'], ['maximum', 'minimum'], ['major', 'minor'], ['best', 'worst'], ['good', 'bad'],
  ['increase', 'decrease'], ['rise', 'fall'], ['gain', 'loss'], ['win', 'lose'], ['victory', 'defeat'], ['accept', 'reject'],
  ['allow', 'forbid'], ['allow', 'prohibit'], ['support', 'oppose'], ['agree', 'disagree'], ['open', 'close'], ['north', 'south'],
  ['east', 'west'], ['northern', 'southern'], ['eastern', 'western'], ['upper', 'lower'], ['inner', 'outer'], ['internal', 'external'],
  ['public', 'private'], ['positive', 'negative'], ['strong', 'weak'], ['rich', 'poor'],
  ['hot', 'cold'], ['warm', 'cold'], ['wet', 'dry'], ['fast', 'slow'], ['heavy', 'light'], ['deep', 'shallow'], ['wide', 'narrow'],
  ['true', 'false'], ['legal', 'illegal'], ['success', 'failure'], ['succeed', 'fail'], ['rural', 'urban'], ['modern', 'ancient'],
  ['male', 'female'], ['men', 'women'], ['minority', 'majority'], ['same', 'different'], ['inside', 'outside'],
] as const;

// And WordNet's antonyms made with a negating prefix ("significant" / "insignificant"); its other
// antonyms are mostly the next item of a pair or scale ("first" / "second", "take" / "give").
const PREFIXED_PAIRS = PREFIXED_ANTONYMS.trim().split('\n').map((line) => line.split(' ') as [string, string]);

const OPPOSITES = new Map<string, string[]>();
for (const [a, b] of [...OPPOSITE_PAIRS, ...PREFIXED_PAIRS]) {
  OPPOSITES.set(a, [...(OPPOSITES.get(a) ?? []), b]);
  OPPOSITES.set(b, [...(OPPOSITES.get(b) ?? []), a]);
}

/**
 * A word of the question whose opposite the passage holds while it does not hold the word itself,
 * unless the question names that opposite too ("Which is more costly, formal or informal imperialism?").
 * A yes/no question is answered by the opposite ("Is an invasion likely?" — "it remains unlikely").
 */
export function oppositeInPassage(question: string, passage: string, passageWords: readonly string[] = words(passage)): string | null {
  if (isYesNo(question)) return null;
  const held = new Set([...passageWords, ...passageWords.map(lemma)]);
  const questionWords = words(question);
  const asked = new Set([...questionWords, ...questionWords.map(lemma)]);
  const named = namesAround(question);
  const passageText = ` ${passageWords.join(' ')} `;
  // The words that ask for a kind of answer claim nothing: "How LONG is the Rhine?" of "…shortened…".
  const topic = words(topicOf(question));
  for (const [i, w] of topic.entries()) {
    if (held.has(w) || held.has(lemma(w))) continue;
    // A word the question itself denies asks for its opposite ("when the exhaust is INSUFFICIENTLY
    // long" of "…too brief…"), and a verb with its particle is another verb ("Treaties that ENDED UP
    // forming the EU" of "…began with…", "take place", "give up").
    if (DIMINISHERS.has(topic[i - 1] ?? '') || VERB_COMPLETIONS.has(topic[i + 1] ?? '')) continue;
    const opposites = OPPOSITES.get(w) ?? OPPOSITES.get(lemma(w)) ?? [];
    // A word of a name is no claim about the passage's word, only about its name: "the Middle EAST"
    // is not opposed by "the West", but "the UPPER Rhine" is by "the Lower Rhine".
    const name = named.get(w);
    const opposed = (o: string) => (name ? passageText.includes(` ${name.replace(new RegExp(`\\b${escapeRegExp(w)}\\b`), o)} `) : held.has(o));
    if (opposites.some((o) => opposed(o) && !asked.has(o))) return w;
  }
  return null;
}

/** Words before a word that ask for its opposite or less of it. */
const DIMINISHERS = new Set(['not', 'never', 'no', 'insufficiently', 'hardly', 'barely', 'scarcely', 'less', 'least']);
/** Words after a verb that make another verb of it: a particle ("end up", "set off") or a noun ("take place"). */
const VERB_COMPLETIONS = new Set(['up', 'off', 'place']);

/** Each word of a capitalised name of two words or more in the question, past its first word, with the name it is in (lower case). */
function namesAround(question: string): Map<string, string> {
  const tokens = typedTokens(question);
  const out = new Map<string, string>();
  let run: string[] = [];
  const close = () => {
    if (run.length >= 2) {
      const name = run.map((t) => words(t).join(' ')).join(' ');
      for (const t of run) for (const w of words(t)) out.set(w, name);
    }
    run = [];
  };
  tokens.forEach((t, i) => {
    if (i > 0 && /^\p{Lu}/u.test(t)) run.push(t.replace(/['’]s$/u, ''));
    else close();
  });
  close();
  return out;
}

/** How many words of context on each side are compared around a name (`swappedName`). */
const CONTEXT = 3;
/** The longest name taken to stand in the question's name's place ("the Polish-Lithuanian Commonwealth"). */
const NAME_WORDS = 3;

interface Token {
  /** As typed, without a possessive "'s": a capital says "name". */
  typed: string;
  /** Accent-free and lower case, unstemmed: what a typo is measured on. */
  plain: string;
  /** Accent-free, lower case, without a possessive "'s", stemmed: "Huguenots'" and "huguenot" meet. */
  key: string;
  /** Not a function word. */
  content: boolean;
}

// A figure with its thousands together ("80,000"), which typed tokens split at the comma.
const WHOLE_FIGURE_TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\p{L}\p{N}])|[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/**
 * `wholeFigures`: thousands kept together, as a correction names a figure ("says 61,000, not
 * 80,000"). The swap of a wh-question still aligns them split, as its learned weight was measured.
 */
function tokensOf(text: string, wholeFigures = false): Token[] {
  return ((wholeFigures ? text.match(WHOLE_FIGURE_TOKEN) : typedTokens(text)) ?? []).map((token) => {
    const typed = token.replace(/['’]s$/u, '');
    const plain = words(typed).join(' ');
    const content = !isStopWord(plain);
    return { typed, plain, key: content ? stem(plain) : plain, content };
  });
}

// A day or a month is a name however a chat types it ("on tuesday").
const CALENDAR_NAME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)$/;
const isName = (t: Token) => /^\p{Lu}/u.test(t.typed) || CALENDAR_NAME.test(t.plain);
const isFigure = (t: Token) => /^\d/.test(t.typed);
// "EU", "US", "WW-II": an abbreviation is written out elsewhere ("European Union"), not another name.
const isAbbreviation = (t: Token) => /^[\p{Lu}\d.-]{2,}$/u.test(t.typed);

/**
 * A name or a figure the question asks about that the passage does not hold, where the passage has
 * another in its place, between the same words: "the LEON Theatre" of a passage on "the Summer
 * Theatre", "at the FRENCH border" of one on "the Dutch border", "used by SIGILIUM" of one "used by
 * Warsaw", "the population of Warsaw in 1983" of one "in 1979". The passage says the thing asked
 * about another one — the third way, after a negation and an opposite, that a near-topic question
 * the coverage does not answer is most often written. At least one word of the shared context
 * carries content, so "in the" alone aligns nothing; a name the passage holds with another spelling
 * (a typo, an accent, a plural) is no other name. A question naming two things is answered by a
 * passage on one of them, and a yes/no question by the passage that names the other one
 * (`correctedPremise`).
 */
export function swappedName(question: string, passage: string): Swap | null {
  return namesTwo(question) || isYesNo(question) ? null : swapIn(question, passage);
}

/**
 * The other way round: a yes/no question whose premise the passage corrects — "Was the call on
 * TUESDAY?" of a passage saying "…a phone call on Monday". The passage answers it (no: on Monday),
 * though the coverage may never mention the name asked about.
 */
export function correctedPremise(question: string, passage: string): Swap | null {
  // A duration, an amount or an age it states is `checkFigure`'s, which names it with its unit
  // ("$1.4 billion", not "1.4"): its figures are not swapped here, its names are.
  if (!isYesNo(question) || namesTwo(question)) return null;
  const stated = figureAskedAbout(question);
  return swapIn(checkedAsQuestion(question), passage, { countsAlone: stated === null, figures: stated === null || stated === 'weekday' });
}

/** What the passage says of the figure or day a yes/no question states: another (`corrected`), or one keeping within the bound it states (`borneOut`, the bound as typed). */
export type FigureCheck = { corrected: Swap } | { borneOut: string };

/**
 * The figure or day a yes/no question states, checked against the passage: "Did the call last 20
 * MINUTES?" of a passage on "a 15-minute phone call" is corrected (no: 15 minutes), whatever the order
 * of the words around the figures; "…MORE THAN 10 minutes?" is borne out by it, and "…longer than 20
 * minutes?" corrected. Null when the question states none, or the passage gives the same, none of the
 * kind, or none that can be compared with a bound.
 */
export function checkFigure(question: string, passage: string): FigureCheck | null {
  const stated = figureStated(question);
  if (!stated) return null;
  if (stated.kind === 'weekday') {
    // Days are compared by name: "Did Rubio talk to de la Fuente on MONDAY?" of "a Sunday conversation".
    const days = weekdaysIn(passage);
    return days.length === 0 || days.some((d) => d.toLowerCase() === stated.text.toLowerCase()) ? null : { corrected: { asked: stated.typed, said: days[0]! } };
  }
  const given = figuresOfKind(stated.kind, passage);
  if (given.length === 0) return null;
  // A share is checked against a share, an amount of money against money: "up 50%" by "up 38%", not by "$1.4 billion".
  const alike = given.filter((f) => unitOf(f) === unitOf(stated.text));
  const said = alike.length ? alike : given;
  const bounded = boundBefore(question, stated.typed);
  if (bounded) {
    const held = boundHeld(stated, bounded.bound, said);
    const asked = `${bounded.typed} ${stated.typed}`;
    return held === null ? null : held ? { borneOut: asked } : { corrected: { asked, said: said[0]! } };
  }
  const digits = (s: string) => s.match(/\d+(?:[.,]\d+)*/g)?.join(' ') ?? '';
  return said.some((f) => digits(f) === digits(stated.text)) ? null : { corrected: { asked: stated.typed, said: said[0]! } };
}

/** What a figure of money's kind measures: a share, money, or something else. */
function unitOf(figure: string): 'share' | 'money' | 'other' {
  if (/%|\bper\s?cent\b/i.test(figure)) return 'share';
  return /[$£€¥]|\b(?:dollars|pounds|euros|francs|marks|krone|kroner|kronor|yen|yuan|rupees|pesos|lire)\b/i.test(figure) ? 'money' : 'other';
}

/** The correction `checkFigure` finds, or null. */
export function correctedFigure(question: string, passage: string): Swap | null {
  const check = checkFigure(question, passage);
  return check && 'corrected' in check ? check.corrected : null;
}

/** The bound `checkFigure` finds the passage keeps within, as typed ("more than 10 minutes"), or null. */
export function figureBorneOut(question: string, passage: string): string | null {
  const check = checkFigure(question, passage);
  return check && 'borneOut' in check ? check.borneOut : null;
}

/** Whether a figure of the passage keeps within the bound; null when none can be compared. */
function boundHeld(stated: { kind: GivenKind; text: string }, bound: Bound, said: readonly string[]): boolean | null {
  const limit = figureValue(stated.kind, stated.text);
  const values = said.map((f) => figureValue(stated.kind, f)).filter((v) => v !== null);
  if (limit === null || values.length === 0) return null;
  return values.some((v) => withinBound(v, bound, limit));
}

/**
 * The kind of figure a yes/no question states to check ("Did the call last AN HOUR?": a duration;
 * "…on TUESDAY?": a day): what it asks about, as "How long…?" or "What day…?" would, so a sentence
 * giving one is what answers it. Null when it states none.
 */
export function figureAskedAbout(question: string): GivenKind | null {
  return figureStated(question)?.kind ?? null;
}

/** The figure or day a yes/no question states, in digits (a time said in words too), with its words as typed. */
function figureStated(question: string): { kind: GivenKind; text: string; typed: string } | null {
  if (!statesToCheck(question) || namesTwo(question)) return null;
  const spoken = spokenTimesInDigits(checkedAsQuestion(question));
  const stated = statedFigure(spoken.text);
  if (stated) return { ...stated, typed: spoken.written.find((w) => stated.text.includes(w.read))?.typed ?? stated.text };
  const days = weekdaysIn(question);
  return days.length === 1 ? { kind: 'weekday', text: days[0]!, typed: days[0]! } : null;
}

export interface Swap {
  /** The name or figure the question asks about. */
  asked: string;
  /** What the passage says in its place. */
  said: string;
}

/**
 * `countsAlone`: a count may be held by the noun it counts alone, as a yes/no question's verb first
 * leaves it; `figures`: whether figures are swapped at all, or names only.
 */
function swapIn(question: string, passage: string, { countsAlone = false, figures = true } = {}): Swap | null {
  const q = tokensOf(question, countsAlone);
  const p = tokensOf(passage, countsAlone);
  // Word by word too: "Polish-Lithuanian" is held by "Polish–Lithuanian", however the dash splits it.
  const held = new Set([...p.map((t) => t.key), ...p.flatMap((t) => words(t.typed).map(stem))]);
  const isHeld = (t: Token) => held.has(t.key) || words(t.typed).every((w) => held.has(stem(w)));
  const nearlyHeld = (plain: string) => p.some((t) => sameNameOtherwiseWritten(plain, t));
  for (let i = 1; i < q.length; i++) {
    const asked = q[i]!;
    const figure = isFigure(asked);
    if (figure && !figures) continue;
    if (!(isName(asked) || figure) || (!figure && isAbbreviation(asked)) || !asked.content || isHeld(asked) || (!figure && nearlyHeld(asked.plain))) continue;
    for (let j = 0; j < p.length; j++) {
      for (let span = 1; span <= NAME_WORDS && j + span <= p.length; span++) {
        const said = p.slice(j, j + span);
        if (figure ? !said.every(isFigure) : !isName(said[0]!) || said.some(isAbbreviation)) break;
        // Of "88 of the 230 seats", 230 is the whole the count is out of, not a count of seats.
        const context = sharedContext(q, i, p, j, span);
        if (context.left + context.right >= 2 && context.content) return { asked: asked.typed, said: said.map((t) => t.typed).join(' ') };
        // A count may be held by what it counts alone, the words before it told otherwise: a question
        // puts its verb first ("Were 500 HOMES destroyed?" — "said 230 HOMES were destroyed"), and the
        // passage may put a word or two between ("61,000 ELECTRIC trucks").
        const noun = q[i + 1];
        if (figure && countsAlone && noun?.content && !outOf(p, j) && p.slice(j + span, j + span + 3).some((t) => t.key === noun.key)) {
          return { asked: asked.typed, said: said.map((t) => t.typed).join(' ') };
        }
      }
    }
  }
  return null;
}

/** Whether the passage's figure at j is the whole another figure just before it counts out of: "88 OF THE 230". */
function outOf(p: readonly Token[], j: number): boolean {
  for (let k = j - 1; k >= Math.max(0, j - 3); k--) if (isFigure(p[k]!)) return p.slice(k + 1, j).some((t) => t.plain === 'of');
  return false;
}

/**
 * Whether a name of the question is a passage's word written otherwise, not another name: a typo of
 * a long word ("Rhein" / "Rhine"), a short one with a letter dropped or added ("Tom" / "Tomb", "Lor" /
 * "Lord"; a changed letter makes another name, "Iran" / "Iraq"), or the start of a name it shortens
 * ("Sept" / "September").
 */
function sameNameOtherwiseWritten(plain: string, t: Token): boolean {
  if (plain.length >= 5 && t.plain.length >= 5) return boundedEditDistance(t.plain, plain, 2) <= 2;
  if (!isName(t) || plain.length < 3 || t.plain === plain) return false;
  if (t.plain.startsWith(plain)) return true;
  return Math.abs(t.plain.length - plain.length) === 1 && t.plain[0] === plain[0] && boundedEditDistance(t.plain, plain, 1) <= 1;
}

/** How many words before the question's i-th word and after it agree with those around the passage's span at j. */
function sharedContext(q: readonly Token[], i: number, p: readonly Token[], j: number, span: number): { left: number; right: number; content: boolean } {
  let left = 0;
  let right = 0;
  let content = false;
  while (left < CONTEXT && i - left - 1 >= 0 && j - left - 1 >= 0 && q[i - left - 1]!.key === p[j - left - 1]!.key) {
    content ||= q[i - left - 1]!.content;
    left++;
  }
  while (right < CONTEXT && i + right + 1 < q.length && j + span + right < p.length && q[i + right + 1]!.key === p[j + span + right]!.key) {
    content ||= q[i + right + 1]!.content;
    right++;
  }
  // The name must be held in place on both sides, or, at the end of the question, on the side it has.
  const ends = i === q.length - 1;
  return left > 0 && (right > 0 || ends) ? { left, right, content } : { left: 0, right: 0, content: false };
}
