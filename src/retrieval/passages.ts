/**
 * From ranked sentences to passages a reader can take alone: the sentence, plus the neighbour it
 * leans on (a pronoun opener, a list's lead-in) and the next one if the passage is short or the next
 * leans on it — within ~600
 * characters — with duplicates and overlaps removed; and the wider context a reader may ask for
 * (the paragraph and list around a cited sentence).
 */
import type { SearchIndex } from '../index/search-index.ts';
import type { SentenceRecord } from '../index/sentence-record.ts';
import { dot } from '../index/vector-index.ts';
import type { Ranked } from './fuse.ts';
import { mayBeSameStatement, sameStatement, statementWords } from './same-statement.ts';

export interface PassageParams {
  maxChars: number;
  /** A focus sentence shorter than this also takes the sentence before it. */
  shortSentence: number;
  /** A passage shorter than this also takes the next sentence. */
  minChars: number;
  /** Cite another document's copy of a chosen sentence with it (`alsoIn`) rather than as a passage of its own. */
  foldCopies: boolean;
}

export const DEFAULT_PASSAGE: PassageParams = { maxChars: 600, shortSentence: 60, minChars: 160, foldCopies: true };

export interface BuiltPassage {
  slot: number;
  score: number;
  focus: SentenceRecord;
  text: string;
  /** First and last sentence numbers quoted. */
  range: [number, number];
  /** Other documents' sentences that say the same in the same words (same-statement.ts), best first: cited, not quoted again. */
  alsoIn?: SentenceRecord[];
}

// Openers that point back to the previous sentence, so the passage needs it to make sense.
const LEANS_BACK =
  /^(?:["“'‘(]?)(?:this|that|these|those|it|its|he|she|his|her|they|their|them|such|both|but|however|despite|also|still|yet|instead|there|here|then|meanwhile|according|in addition|in response|as a result|the latter|the former|thus|therefore|hence|consequently|accordingly|moreover|furthermore|nevertheless|nonetheless|likewise|similarly|otherwise|in turn)\b/i;

export function leansBack(text: string): boolean {
  return LEANS_BACK.test(text.trim());
}

export function buildPassage(index: SearchIndex, r: Pick<Ranked, 'slot' | 'score'>, params: PassageParams = DEFAULT_PASSAGE): BuiltPassage | null {
  const focus = index.record(r.slot);
  if (!focus) return null;
  if (focus.kind === 'item') return listPassage(index, r, focus, params);
  const sentences = index.documentSentences(focus.docId);
  const following = sentences.find((x) => x.index === focus.index + 1);
  if (following?.kind === 'item' && following.leadIn === focus.text) {
    const whole = listPassage(index, { ...r, slot: following.slot }, following, params);
    if (whole.range[0] === focus.index) return { ...whole, slot: r.slot, focus };
  }
  const sameBlock = (n: SentenceRecord | undefined) => (n && n.block === focus.block && n.kind === focus.kind ? n : undefined);
  let parts: SentenceRecord[] = [focus];
  const prev = sameBlock(index.sentenceAt(focus.docId, focus.index - 1));
  if (prev && (leansBack(focus.text) || focus.text.length < params.shortSentence)) parts = [prev, ...parts];
  const length = () => parts.reduce((n, p) => n + p.text.length + 1, -1);
  const next = sameBlock(index.sentenceAt(focus.docId, focus.index + 1));
  // The next sentence goes on with this one ("This is called antigenic variation."), or the passage is short.
  if (next && (length() < params.minChars || leansBack(next.text)) && length() + next.text.length + 1 <= params.maxChars) parts.push(next);
  while (parts.length > 1 && length() > params.maxChars) parts = parts[0] === focus ? parts.slice(0, -1) : parts.slice(1);
  return {
    slot: r.slot,
    score: r.score,
    focus,
    text: parts.map((p) => p.text).join(' '),
    range: [parts[0]!.index, parts[parts.length - 1]!.index],
  };
}

/**
 * The passage of a sentence read in order, from sentence `from` on (what follows a quoted passage,
 * an overview's next round): one that leans back on a sentence before `from` (buildPassage) would
 * quote again what was read, so the sentence stands alone then, as after a better passage.
 */
export function passageFrom(index: SearchIndex, sentence: Pick<SentenceRecord, 'slot' | 'index' | 'text'>, from: number): BuiltPassage | null {
  const passage = buildPassage(index, { slot: sentence.slot, score: 0 });
  if (!passage || passage.range[0] >= from) return passage;
  return { ...passage, text: sentence.text, range: [sentence.index, sentence.index] };
}

/**
 * The list a list item belongs to, by position: every item of its block, and the sentence right
 * before the first item when that is the list's lead-in (a document may repeat a lead-in's wording).
 */
export function listAround(index: SearchIndex, item: SentenceRecord): { leadIn: SentenceRecord | undefined; items: SentenceRecord[] } {
  const items = index.documentSentences(item.docId).filter((x) => x.kind === 'item' && x.block === item.block);
  const before = item.leadIn ? index.sentenceAt(item.docId, (items[0] ?? item).index - 1) : undefined;
  return { leadIn: before && before.text === item.leadIn ? before : undefined, items };
}

/**
 * The whole paragraph around a cited sentence (a "Context" view), one line, then the list it
 * introduces or belongs to, an item a line: a list is shown with the paragraph that introduces it,
 * whichever of the two was cited. Null when the document has no such sentence.
 */
export function contextAround(index: SearchIndex, docId: string, sentence: number): string | null {
  const focus = index.sentenceAt(docId, sentence);
  if (!focus) return null;
  const sentences = index.documentSentences(docId);
  const inBlock = (block: number) => sentences.filter((r) => r.block === block);
  let paragraph: SentenceRecord[];
  let items: SentenceRecord[] = [];
  if (focus.kind === 'item') {
    const list = listAround(index, focus);
    paragraph = list.leadIn ? inBlock(list.leadIn.block) : [];
    items = list.items;
  } else {
    paragraph = inBlock(focus.block);
    const last = paragraph.at(-1);
    const next = last && index.sentenceAt(docId, last.index + 1);
    if (next?.kind === 'item' && next.leadIn === last!.text) items = listAround(index, next).items;
  }
  const text = paragraph.map((r) => r.text).join(' ');
  return [text, ...items.map((r) => `• ${r.text}`)].filter(Boolean).join('\n') || null;
}

/**
 * A list item quoted with its lead-in and, when it all fits, the whole list: a reader needs the
 * sentence that says what the list is, and one item rarely stands alone.
 */
function listPassage(index: SearchIndex, r: Pick<Ranked, 'slot' | 'score'>, focus: SentenceRecord, params: PassageParams): BuiltPassage {
  const { leadIn, items } = listAround(index, focus);
  const first = items[0] ?? focus;
  const leadText = focus.leadIn ?? '';
  const whole = [leadText, ...items.map((x) => `• ${x.text}`)].filter(Boolean).join(' ');
  if (items.length > 0 && whole.length <= params.maxChars) {
    const start = leadIn ? leadIn.index : first.index;
    return { slot: r.slot, score: r.score, focus, text: whole, range: [start, items[items.length - 1]!.index] };
  }
  const text = focus.leadIn ? `${focus.leadIn} … ${focus.text}` : focus.text;
  return { slot: r.slot, score: r.score, focus, text, range: [focus.index, focus.index] };
}

/**
 * How far past the last passage chosen the ranking is read for other documents' copies of the chosen
 * sentences: a copy shares every feature of its original but the document's, so it ranks close by.
 */
export const COPY_DEPTH = 30;

/**
 * Two sentences that share 80% of their words have close embeddings: with the offline model the
 * least close pair of copies measured (a reprint with "U.S." spelled out and words dropped) was at
 * 0.76, while of two million pairs of other sentences of similar length 43 reach 0.8. Below this
 * cosine, their words are not compared (~10 µs a sentence).
 */
const COPY_COSINE = 0.7;

/**
 * Passages best first, skipping any whose focus sentence an earlier passage already quotes; a
 * sentence another document's better passage says in the same words (a reprint) is cited with that
 * passage (`alsoIn`) instead of taking a place of its own.
 */
export function selectPassages(index: SearchIndex, ranked: readonly Ranked[], count: number, params: PassageParams = DEFAULT_PASSAGE): BuiltPassage[] {
  const chosen: { passage: BuiltPassage; words?: ReadonlySet<string> }[] = [];
  const seenTexts = new Set<string>();
  // A copy is cited once per document, with the best of the chosen passages it repeats.
  const copyOf = (focus: SentenceRecord) => {
    const possible = chosen.filter(
      (c) =>
        c.passage.focus.docId !== focus.docId &&
        !c.passage.alsoIn?.some((x) => x.docId === focus.docId) &&
        mayBeSameStatement(c.passage.focus.text, focus.text) &&
        dot(index.vectorOf(c.passage.focus.slot), index.vectorOf(focus.slot)) >= COPY_COSINE,
    );
    if (possible.length === 0) return undefined;
    const words = statementWords(focus.text);
    return possible.find((c) => sameStatement((c.words ??= statementWords(c.passage.focus.text)), words));
  };
  let depth = 0;
  for (const r of ranked) {
    if (chosen.length >= count && (!params.foldCopies || ++depth > COPY_DEPTH)) break;
    const focus = index.record(r.slot);
    if (!focus) continue;
    const original = params.foldCopies ? copyOf(focus) : undefined;
    if (original) {
      original.passage.alsoIn = [...(original.passage.alsoIn ?? []), focus];
      continue;
    }
    if (chosen.length >= count) continue;
    let p = buildPassage(index, r, params);
    if (!p) continue;
    const sameDoc = chosen.map((c) => c.passage).filter((c) => c.focus.docId === p!.focus.docId);
    const overlaps = sameDoc.some((c) => focus.index >= c.range[0] && focus.index <= c.range[1]);
    // Context already quoted by a better passage is not quoted again: the sentence stands alone then
    // (also when that context is the better passage's own sentence: "Here the High Rhine ends." after
    // the sentence on the Rhine knee, which a short sentence would otherwise lean on).
    if (!overlaps && focus.kind !== 'item' && sameDoc.some((c) => p!.range[0] <= c.range[1] && c.range[0] <= p!.range[1])) {
      p = { ...p, text: focus.text, range: [focus.index, focus.index] };
    }
    const key = focus.text.toLowerCase();
    if (overlaps || seenTexts.has(key)) continue;
    seenTexts.add(key);
    chosen.push({ passage: p });
  }
  return chosen.map((c) => c.passage);
}
