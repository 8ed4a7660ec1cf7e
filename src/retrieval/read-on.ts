/**
 * "What happened next?" after an answer asks to read on: what the quoted passage's document says
 * after it, in its own order; "What happened before that?" what it says before it. A news story is
 * told in order, and a member who has read how the call began asks what followed, not for another
 * ranking of the coverage (which "what happened next?" has no words of its own to search for). Pure,
 * given the index.
 */
import { isSearchable, type SearchIndex } from '../index/search-index.ts';
import { buildPassage, type BuiltPassage } from './passages.ts';

// Said of what came before it and nothing else: "What happened after the call?" asks about the call.
const READ_ON =
  /^(?:(?:and|so|ok|okay)\s+)*(?:(?:and\s+)?then\s+what|and\s+then|what\s+happened\s+(?:next|then|after(?:wards?|\s+(?:that|this))?|later)|what\s+came\s+(?:next|after(?:\s+(?:that|this))?)|what\s+followed|what(?:\s+is|['’]s)\s+next|what\s+next)(?:\s+(?:then|please|pls))?$/;

// "What happened before that?", "and before that?", "what came before?": of what came before it only.
const READ_BACK = /^(?:(?:and|so|ok|okay)\s+)*(?:(?:and\s+)?before\s+(?:that|this|it)|what\s+(?:happened|came)\s+(?:before|earlier)(?:\s+(?:that|this|it))?)(?:\s+(?:then|please|pls))?$/;

/** Which way the message asks to read from the passage quoted before: on ("What happened next?", "and then?"), back ("What happened before that?"), or neither. */
export function readingAsked(question: string): 'on' | 'back' | null {
  const bare = question
    .toLowerCase()
    .replace(/[?!.…,]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return READ_ON.test(bare) ? 'on' : READ_BACK.test(bare) ? 'back' : null;
}

/** Whether the message asks to read on or back from the passage quoted before. */
export function asksToReadOn(question: string): boolean {
  return readingAsked(question) !== null;
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
    const passage = next && buildPassage(index, { slot: next.slot, score: 0 });
    if (!passage) break;
    // A passage that leans back on its sentence before (buildPassage) would quote again what was
    // read: the sentence stands alone then, as after a better passage (selectPassages).
    const fresh: BuiltPassage = passage.range[0] >= from ? passage : { ...passage, text: next.text, range: [next.index, next.index] };
    out.push(fresh);
    from = fresh.range[1] + 1;
  }
  return out;
}

/**
 * Up to `count` passages of the document before its sentence `first` (a citation's first sentence
 * number), the nearest first, each ending where the one after it began.
 */
export function passagesBefore(index: SearchIndex, docId: string, first: number, count: number): BuiltPassage[] {
  const sentences = index.documentSentences(docId);
  const out: BuiltPassage[] = [];
  let until = first - 1;
  while (out.length < count) {
    const previous = sentences.findLast((s) => s.index <= until && isSearchable(s));
    const passage = previous && buildPassage(index, { slot: previous.slot, score: 0 });
    if (!passage) break;
    // Nor one that runs on into what was read.
    const fresh: BuiltPassage = passage.range[1] <= until ? passage : { ...passage, text: previous.text, range: [previous.index, previous.index] };
    out.push(fresh);
    until = fresh.range[0] - 1;
  }
  return out;
}
