/**
 * What a conversation carries from one answer to the next, for every transport that keeps one (a
 * Discord thread or DM, the terminal's chat): the questions a follow-up is read with, the passage
 * "What happened next?" reads on from, and the passages "What else…?" leaves out. An answer
 * remembers its exchange — the question it answered and, when it was itself read as a follow-up, the
 * one before — and the next follow-up is read with that; a question that changed subject starts a
 * new exchange. Pure.
 */
import type { Answer, Citation, Passage, Quoted } from '../engine/types.ts';

/** Questions an exchange keeps: the follow-up's previous question and the one that one followed. */
export const EXCHANGE_QUESTIONS = 2;

/** The exchange a follow-up to this answer is read with. */
export function nextExchange(previous: readonly string[], question: string, reading: 'with-previous' | 'new-subject' | undefined): string[] {
  return reading === 'with-previous' ? [...previous, question].slice(-EXCHANGE_QUESTIONS) : [question];
}

/**
 * The exchange a follow-up to this answer is read with: small talk is no subject to follow, and what
 * follows a passage ("What happened next?") no new one, so both keep the exchange before them.
 */
export function exchangeAfter(previous: readonly string[], question: string, answer: Pick<Answer, 'conversational' | 'readOn' | 'followUp'>): string[] {
  return answer.conversational || answer.readOn ? [...previous] : nextExchange(previous, question, answer.followUp);
}

/** The previous question as the engine takes it: the exchange's questions in order. */
export function previousQuestion(exchange: readonly string[]): string | undefined {
  return exchange.length ? exchange.join(' ') : undefined;
}

/**
 * The passage "What happened next?" reads on from, after an answer: its first shown (the one that
 * answered), or its last when it read on already, so that "and then?" goes on; none after a refusal,
 * whose passages answered nothing.
 */
export function readOnFrom(answer: { answered: boolean; passages: readonly Passage[]; readOn?: unknown }): Pick<Citation, 'docId' | 'sentences'> | undefined {
  if (!answer.answered) return undefined;
  const passage = answer.readOn ? answer.passages.at(-1) : answer.passages[0];
  return passage ? { docId: passage.citation.docId, sentences: passage.citation.sentences } : undefined;
}

/** Passages a conversation remembers quoting: a few answers and their pages. */
export const QUOTED_KEPT = 30;

/**
 * The passages quoted so far in the exchange, after an answer: those before it when it went on with
 * the same exchange (a page of it, a follow-up read with it, what else, what follows), then its own.
 */
export function quotedAfter(
  before: readonly Quoted[],
  answer: Pick<Answer, 'passages' | 'followUp' | 'readOn' | 'besidesQuoted'>,
  page = false,
): Quoted[] {
  const goesOn = page || answer.followUp === 'with-previous' || Boolean(answer.readOn) || Boolean(answer.besidesQuoted);
  const own = answer.passages.map((p) => ({ docId: p.citation.docId, sentences: p.citation.sentences, focus: p.focus }));
  return [...(goesOn ? before : []), ...own].slice(-QUOTED_KEPT);
}
