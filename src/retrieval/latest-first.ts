/**
 * "What is the latest estimate?", "How many have died so far?": a question about how things stand
 * now, when two reports give its figure differently ("2 million" on 5 January, "3 million" on 10
 * February), is answered with the newer report first. Coverage grows by updates, and an update's
 * figure replaces the one before it; the older stays quoted below it, and the answer still says the
 * sources differ. Without such words the ranking decides, as for any question. Pure.
 */
import { differingFigure } from './same-statement.ts';

const NOW = /\b(?:latest|newest|most recent|recent(?:ly)?|current(?:ly)?|now|so far|to date|as of today|today|updated?|updates|news|(?:what['’]?s|what is|anything|something) new)\b/i;

/** Whether the question asks how things stand now. */
export function asksForLatest(question: string): boolean {
  return NOW.test(question);
}

/**
 * The passages with, first, the newest of the first one and those that say the same but for one
 * figure, the rest in their order; unchanged when no such passage is newer. `dateOf` gives a
 * document's date as yyyy-mm-dd, or null when it has none (never newer).
 */
export function latestFirst<P extends { focus: { docId: string; text: string } }>(passages: readonly P[], dateOf: (docId: string) => string | null): P[] {
  const first = passages[0];
  if (!first) return [...passages];
  let newest = first;
  for (const p of passages.slice(1)) {
    if (p.focus.docId === first.focus.docId || !differingFigure(first.focus.text, p.focus.text)) continue;
    const date = dateOf(p.focus.docId);
    const best = dateOf(newest.focus.docId);
    if (date !== null && (best === null || date > best)) newest = p;
  }
  return newest === first ? [...passages] : [newest, ...passages.filter((p) => p !== newest)];
}
