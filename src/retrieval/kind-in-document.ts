/**
 * Whether a document gives the precise kind of answer a question asks for anywhere — an age, a
 * weekday, an amount…: "How old is Donald Trump?" cannot be answered from an article that gives no
 * age at all, whatever else it says of him.
 */
import type { GivenKind } from '../engine/types.ts';
import type { SearchIndex } from '../index/search-index.ts';
import { answerTypeMatcher, laterDayIn } from './answer-type.ts';
import { memoPerIndex } from './per-index-memo.ts';

const SEPARATOR = '\u0000';

const measured = memoPerIndex((index, key) => {
  const [kind, docId] = key.split(SEPARATOR) as [GivenKind, string];
  return givesKind(index.documentSentences(docId).map((r) => r.text), kind);
});

/** Whether any sentence of the document holds the kind; measured once per index, document and kind. */
export function documentGivesKind(index: SearchIndex, docId: string, kind: GivenKind): boolean {
  return measured(index, `${kind}${SEPARATOR}${docId}`);
}

/** Whether any of the sentences holds the kind. Pure. */
export function givesKind(sentences: readonly string[], kind: GivenKind): boolean {
  const holds = answerTypeMatcher(kind, '');
  return sentences.some(holds);
}

const laterDay = memoPerIndex((index, docId) => {
  const date = index.document(docId)?.meta.date ?? null;
  return date === null || index.documentSentences(docId).some((r) => laterDayIn(r.text, date) !== null);
});

/**
 * Whether a document gives a day after its report's, or one it leaves undated ("on Thursday", "next
 * week"): "When is the next call?" cannot be answered from a report whose days are all its own or
 * earlier (later-instance.ts). A document without a date says nothing either way: true. Measured
 * once per index and document.
 */
export function documentGivesLaterDay(index: SearchIndex, docId: string): boolean {
  return laterDay(index, docId);
}
