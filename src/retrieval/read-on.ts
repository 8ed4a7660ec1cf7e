/**
 * "What happened next?" after an answer asks to read on: what the quoted passage's document says
 * after it, in its own order. A news story is told in order, and a member who has read how the call
 * began asks what followed, not for another ranking of the coverage (which "what happened next?"
 * has no words of its own to search for). Pure, given the index.
 */
import { isSearchable, type SearchIndex } from '../index/search-index.ts';
import { passageFrom, type BuiltPassage } from './passages.ts';

// Said of what came before it and nothing else: "What happened after the call?" asks about the call.
const READ_ON =
  /^(?:(?:and|so|ok|okay)\s+)*(?:(?:and\s+)?then\s+what|and\s+then|what\s+happened\s+(?:next|then|after(?:wards?|\s+(?:that|this))?|later)|what\s+came\s+(?:next|after(?:\s+(?:that|this))?)|what\s+followed|what(?:\s+is|['’]s)\s+next|what\s+next)(?:\s+(?:then|please|pls))?$/;

/** Whether the message asks what follows the passage quoted before ("What happened next?", "and then?"). */
export function asksToReadOn(question: string): boolean {
  const bare = question
    .toLowerCase()
    .replace(/[?!.…,]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return READ_ON.test(bare);
}

/**
 * Up to `count` passages of the document after its sentence `last` (a citation's last sentence
 * number), in the document's order, each starting where the one before it ended.
 */
export function passagesAfter(index: SearchIndex, docId: string, last: number, count: number): BuiltPassage[] {
  const sentences = index.documentSentences(docId);
  const out: BuiltPassage[] = [];
  let from = last + 1;
  while (out.length < count) {
    const next = sentences.find((s) => s.index >= from && isSearchable(s));
    const passage = next && passageFrom(index, next, from);
    if (!passage) break;
    out.push(passage);
    from = passage.range[1] + 1;
  }
  return out;
}
