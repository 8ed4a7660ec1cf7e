/**
 * Whether a member asks a question or quotes the coverage's wording. A question reorders and
 * rewords what it asks about ("How long was the call?" against "The call lasted…"), so word pairs
 * in order say little; a quoted or half-remembered line keeps the source's word order, so they say
 * much, and the sentence itself, not its neighbours, is what is sought. Pure.
 */
import { isStopWord, words } from '../index/terms.ts';

export type QueryForm = 'question' | 'quote';

// First words of questions typed without a question mark, and of requests: interrogatives and
// imperatives.
const QUESTION_OPENERS = new Set(
  (
    'what which who whom whose when where why how whats wheres whos hows ' +
    'tell explain describe list give show summarize summarise find compare define please'
  ).split(/\s+/),
);

// The auxiliaries of today's yes/no questions ("shall", "may" and the like open old or formal text
// more often than a member's question). One opens a question only when a subject follows ("did
// Trump…", "is the offer…"); "is used just for formatting" is a quoted fragment.
const AUXILIARIES = new Set(
  (
    'is are was were am do does did can could will would should has have had ' +
    'isn aren wasn weren don doesn didn cant couldn won wouldn shouldn hasn haven hadn'
  ).split(/\s+/),
);
const SUBJECT_STARTS = new Set(
  'i you he she it we they there this that these those the a an any some his her its our their my your one all both each no'.split(' '),
);

/** True when the query opens like a yes/no question: an auxiliary, then a subject. */
function opensYesNoQuestion(query: string): boolean {
  const [first, second] = query.trim().split(/\s+/);
  if (!first || !second || !AUXILIARIES.has(words(first)[0] ?? '')) return false;
  const subject = words(second)[0] ?? '';
  return SUBJECT_STARTS.has(subject) || /^[\p{Lu}\d]/u.test(second) || subject.length === 0;
}

const INTERROGATIVES = new Set('what which who whom whose when where why how'.split(' '));

// "for how long…", "in how many…".
const MEASURES = new Set(['long', 'many', 'much']);

/** "in what year…", "by whom…", "for how long…": a preposition, then the question word, then at most a noun before the verb. */
function opensWithAskingPhrase(ws: readonly string[]): boolean {
  if (ws.length < 3 || !isStopWord(ws[0]!) || INTERROGATIVES.has(ws[0]!) || !INTERROGATIVES.has(ws[1]!)) return false;
  return AUXILIARIES.has(ws[2]!) || AUXILIARIES.has(ws[3] ?? '') || MEASURES.has(ws[2]!);
}

// "which", "who", "whom" and "whose" end quoted lines as relatives ("the people to whom").
const ENDING_INTERROGATIVES = new Set(['what', 'where', 'when', 'how']);

/**
 * A question typed without its mark that asks after a lead-in: it ends on the question word and at
 * most two content words ("…laid siege to Montpellier in what year", "…their last bastion was where"), or
 * asks right after a comma, an auxiliary within two words ("According to the theory, what does…"). A
 * quoted line uses these words as relatives, inside it ("the man who came", "that which was spoken").
 */
function asksLater(query: string, ws: readonly string[]): boolean {
  const tail = ws.slice(-3);
  const at = tail.findIndex((w) => ENDING_INTERROGATIVES.has(w));
  if (at >= 0 && tail.slice(at + 1).every((w) => !isStopWord(w))) return true;
  return query
    .split(',')
    .slice(1)
    .map(words)
    .some(([first, ...rest]) => first !== undefined && INTERROGATIVES.has(first) && rest.slice(0, 2).some((w) => AUXILIARIES.has(w)));
}

/** A quotation of at least this many words inside quotation marks makes the query a quote. */
const QUOTED_WORDS = 3;
/** Shorter queries without a question are keywords: too few word pairs to carry word order. */
const QUOTE_MIN_WORDS = 5;

const QUOTED_SPAN = /["“”«»„]([^"“”«»„]+)["“”«»„]/g;

export function queryForm(query: string): QueryForm {
  for (const m of query.matchAll(QUOTED_SPAN)) {
    if (words(m[1]!).length >= QUOTED_WORDS) return 'quote';
  }
  // Only a closing question mark: a quoted line may hold one of the source's own.
  if (/\?[\s"'“”»)]*$/.test(query)) return 'question';
  const ws = words(query);
  if (ws.length < QUOTE_MIN_WORDS || QUESTION_OPENERS.has(ws[0]!) || opensYesNoQuestion(query) || opensWithAskingPhrase(ws) || asksLater(query, ws)) return 'question';
  // Names and nouns without one function word ("Rubio de la Fuente meeting") are keywords too: no
  // running text reads like that.
  return ws.some(isStopWord) ? 'quote' : 'question';
}
