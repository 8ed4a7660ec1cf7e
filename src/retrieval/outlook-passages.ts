/**
 * What the coverage says comes next, for "What happens next?" asked of it as a whole
 * (overview-request.ts): each document's sentences that speak of what lies ahead or of what was agreed
 * to go on ("agreed to continue…", "…remains unlikely", "will meet next week"), from its end backwards
 * — a news story closes on where things go — in rounds over the documents, most recent first, as the
 * leads are (`passagesInRounds`). A document that says nothing of the kind gives its closing passage.
 * Pure, given the index.
 */
import { isSearchable, type SearchIndex } from '../index/search-index.ts';
import type { SentenceRecord } from '../index/sentence-record.ts';
import { passagesInRounds } from './lead-passages.ts';
import { passageFrom, type BuiltPassage } from './passages.ts';

// Words of what lies ahead: the future and the conditional, plans, expectations and agreements to go
// on. Not "may", which is as often the month.
const AHEAD =
  /\b(?:will|won['’]t|would|shall|going to|plans? to|planned|planning to|expected to|expects? to|set to|to continue|continues|continued|continuing|upcoming|in the coming|next (?:week|month|year|steps?|round|meeting|phase)|future|door open|agreed to|agreement (?:for|to|on)|pledged|vowed|promised|intends? to|aims? to|likely|unlikely|ready to|readiness to|prepared to|scheduled|could|might)\b/i;

/** Whether the sentence speaks of what lies ahead. */
export function speaksAhead(sentence: string): boolean {
  return AHEAD.test(sentence);
}

/** A document's sentences to quote for what comes next, the last first: those speaking ahead, else its last one. */
function aheadOf(sentences: readonly SentenceRecord[]): SentenceRecord[] {
  const searchable = sentences.filter(isSearchable);
  const ahead = searchable.filter((s) => speaksAhead(s.text));
  return (ahead.length ? ahead : searchable.slice(-1)).reverse();
}

/** Up to `count` passages on what comes next, in rounds over the documents in `overviewOrder` (only those in `only`, when given). */
export function outlookPassages(index: SearchIndex, count: number, only?: ReadonlySet<string>): BuiltPassage[] {
  // Each document's sentences still to quote (read when a round first reaches it), and the sentences
  // its passages hold already: one sentence is quoted once.
  const queues = new Map<string, { next: SentenceRecord[]; quoted: Set<number> }>();
  return passagesInRounds(index, count, only, (docId) => {
    let queue = queues.get(docId);
    if (!queue) queues.set(docId, (queue = { next: aheadOf(index.documentSentences(docId)), quoted: new Set() }));
    let next = queue.next.shift();
    while (next && queue.quoted.has(next.index)) next = queue.next.shift();
    const passage = next && passageFrom(index, next, 0);
    if (passage) for (let i = passage.range[0]; i <= passage.range[1]; i++) queue.quoted.add(i);
    return passage;
  });
}
