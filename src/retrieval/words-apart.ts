/**
 * Whether the coverage ever speaks of a question's words together. An answerable question's words
 * meet where it is answered: in a sentence, or in the sentences beside it that a passage quotes. A
 * question on a subject the coverage never discusses may find each of its words somewhere, each in
 * another place ("the CAPITAL of VENEZUELA": Venezuela in the article on the call, a capital in the
 * article on Warsaw). Read off the index's postings, so it means the same in a corpus of any size and
 * with any embedding model. Pure.
 */
import type { SearchIndex } from '../index/search-index.ts';

/**
 * Whether two of the terms ever meet: in one sentence, or one in a sentence beside the other's (a
 * passage's reach). Fewer than two terms cannot be apart: true.
 */
export function wordsMeet(
  /** Each term's sentence slots, in increasing order: one entry per distinct term. */
  postings: readonly ArrayLike<number>[],
  /** The slots of the sentences beside a slot's in its document. */
  beside: (slot: number) => readonly number[],
): boolean {
  if (postings.length < 2) return true;
  const pairs: [ArrayLike<number>, ArrayLike<number>][] = [];
  for (let a = 0; a < postings.length; a++) for (let b = a + 1; b < postings.length; b++) pairs.push([postings[a]!, postings[b]!]);
  if (pairs.some(([x, y]) => shareSlot(x, y))) return true;
  // Rarer, and dearer to look up: only in neighbouring sentences. The shorter list's neighbours are
  // looked up in the longer.
  return pairs.some(([x, y]) => {
    const [short, long] = x.length <= y.length ? [x, y] : [y, x];
    for (let i = 0; i < short.length; i++) if (beside(short[i]!).some((slot) => holdsSlot(long, slot))) return true;
    return false;
  });
}

/** The slots of the sentences beside a slot's in its document, as `wordsMeet` looks them up. */
export function besideSlots(index: Pick<SearchIndex, 'record' | 'besideOf'>): (slot: number) => number[] {
  return (slot) => {
    const r = index.record(slot);
    return r ? [index.besideOf(r, -1)?.slot, index.besideOf(r, 1)?.slot].filter((s) => s !== undefined) : [];
  };
}

/** Whether two increasing slot lists hold a slot in common: the shorter one's slots looked up in the longer, each search starting where the last ended. */
export function shareSlot(x: ArrayLike<number>, y: ArrayLike<number>): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  let from = 0;
  for (let i = 0; i < short.length; i++) {
    const at = lowerBound(long, short[i]!, from);
    if (at >= long.length) return false;
    if (long[at] === short[i]) return true;
    from = at;
  }
  return false;
}

function holdsSlot(list: ArrayLike<number>, slot: number): boolean {
  const at = lowerBound(list, slot, 0);
  return at < list.length && list[at] === slot;
}

/** The first position from `from` on whose slot is not below `slot`. */
function lowerBound(list: ArrayLike<number>, slot: number, from: number): number {
  let lo = from;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < slot) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
