/** The corpus's documents offered as a member types one (`/ask source:`, `/corpus update`, `/corpus remove`). Pure. */
import type { DocumentInfo } from '../engine/types.ts';
import { LIMITS } from './replies.ts';

const MAX_VALUE = LIMITS.choiceValue;
// A value that stands for an id too long to be one: its end (the file name, what tells documents in
// one folder apart) after this mark, which no id of a corpus file starts with.
const TAIL_MARK = '…';

/** Those whose title or id holds what is typed (any case), shown as "Title (id)" and valued by the id (or, past Discord's 100 characters, by its end). */
export function documentChoices(documents: readonly Pick<DocumentInfo, 'docId' | 'title'>[], typed: string): { name: string; value: string }[] {
  const wanted = typed.trim().toLowerCase();
  return documents
    .filter((d) => d.title.toLowerCase().includes(wanted) || d.docId.toLowerCase().includes(wanted))
    .map((d) => ({ name: `${d.title} (${d.docId})`, value: choiceValue(d.docId) }));
}

function choiceValue(docId: string): string {
  return docId.length <= MAX_VALUE ? docId : TAIL_MARK + docId.slice(-(MAX_VALUE - TAIL_MARK.length));
}

/**
 * The document id a chosen (or typed) value stands for: the id itself, or the one document whose id
 * ends with a marked tail; else the value as it came (typed words, which the caller reads its own way).
 */
export function chosenDocument(documents: readonly Pick<DocumentInfo, 'docId'>[], value: string): string {
  if (!value.startsWith(TAIL_MARK) || documents.some((d) => d.docId === value)) return value;
  const tail = value.slice(TAIL_MARK.length);
  const ending = documents.filter((d) => d.docId.length > MAX_VALUE && d.docId.endsWith(tail));
  return ending.length === 1 ? ending[0]!.docId : value;
}
