/**
 * Follow-ups in Discord, the pure part: which questions a follow-up is read with, and which of our
 * answers a message replies to. An answer remembers its exchange — the question it answered and, when
 * it was itself read as a follow-up, the one before — and the next follow-up is read with that; a
 * question that changed subject starts a new exchange.
 */
import { decodeButtonId } from './custom-ids.ts';
import type { StoredAnswer } from './answer-store.ts';
import type { Citation } from '../engine/types.ts';

/** Questions an exchange keeps: the follow-up's previous question and the one that one followed. */
export const EXCHANGE_QUESTIONS = 2;

/** The exchange a follow-up to this answer is read with. */
export function nextExchange(previous: readonly string[], question: string, reading: 'with-previous' | 'new-subject' | undefined): string[] {
  return reading === 'with-previous' ? [...previous, question].slice(-EXCHANGE_QUESTIONS) : [question];
}

/** The exchange a follow-up to a stored answer is read with (an answer stored without one: its question). */
export function exchangeOf(entry: Pick<StoredAnswer, 'question' | 'exchange'>): readonly string[] {
  return entry.exchange ?? [entry.question];
}

/** The previous question as the engine takes it: the exchange's questions in order. */
export function previousQuestion(exchange: readonly string[]): string | undefined {
  return exchange.length ? exchange.join(' ') : undefined;
}

/** The key of the stored answer whose buttons a message carries (one of our answers), or null. */
export function answerKeyOf(components: readonly { components?: readonly { customId?: string | null }[] }[]): string | null {
  for (const row of components) {
    for (const button of row.components ?? []) {
      const id = button.customId ? decodeButtonId(button.customId) : null;
      if (id) return id.key;
    }
  }
  return null;
}

/**
 * The passage "What happened next?" reads on from, after a stored answer: its first (the one that
 * answered), or its last when it read on already, so that "and then?" goes on; none after a refusal,
 * whose passages answered nothing.
 */
export function readOnFrom(entry: Pick<StoredAnswer, 'answered' | 'passages' | 'readOn'>): Pick<Citation, 'docId' | 'sentences'> | undefined {
  if (!entry.answered) return undefined;
  const passage = entry.readOn ? entry.passages.at(-1) : entry.passages[0];
  return passage ? { docId: passage.citation.docId, sentences: passage.citation.sentences } : undefined;
}
