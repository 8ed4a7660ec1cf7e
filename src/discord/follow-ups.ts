/**
 * Follow-ups in Discord, the pure part: the exchange a stored answer's follow-up is read with, and
 * which of our answers a message replies to (the exchange itself: answer/exchange.ts).
 */
import { decodeButtonId } from './custom-ids.ts';
import type { StoredAnswer } from './answer-store.ts';

/** The exchange a follow-up to a stored answer is read with (an answer stored without one: its question). */
export function exchangeOf(entry: Pick<StoredAnswer, 'question' | 'exchange'>): readonly string[] {
  return entry.exchange ?? [entry.question];
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
