/**
 * Whether a new document repeats one already in the corpus: the same canonical URL (ignoring
 * scheme, "www.", a trailing slash, the fragment and tracking parameters), or near-identical
 * text (most of the shorter one's sentences appear in the other). Pure.
 */

export interface ComparableDocument {
  docId: string;
  title: string;
  url: string | null;
  /** The document's sentences (headings excluded). */
  sentences: readonly string[];
}

export interface Duplicate {
  docId: string;
  title: string;
  reason: 'same-url' | 'same-text';
  /** For same-text: the share of the shorter document's sentences found in the other. */
  overlap?: number;
}

/** Share of shared sentences from which two documents are the same article (an update adds a paragraph or two). */
export const SAME_TEXT_OVERLAP = 0.8;

const TRACKING = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|ocid)$/i;

export function normaliseUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  const params = [...url.searchParams].filter(([key]) => !TRACKING.test(key)).sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const port = url.port ? `:${url.port}` : '';
  return `${host}${port}${url.pathname.replace(/\/+$/, '')}${query}`;
}

function sentenceKey(sentence: string): string {
  return sentence.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function findDuplicate(candidate: Omit<ComparableDocument, 'docId' | 'title'>, existing: readonly ComparableDocument[]): Duplicate | null {
  return compareWithCorpus(candidate, existing).duplicate;
}

/** Sentences a new document shares with one already in the corpus, fewer than a duplicate's: a wire story with an outlet's own paragraphs. */
export interface SharedSentences {
  docId: string;
  title: string;
  /** Distinct sentences of the new document that the other holds too. */
  shared: number;
  /** Distinct sentences of the new document. */
  of: number;
}

/**
 * What a new document repeats of the corpus: the document it duplicates, if any; else the one that
 * shares the most sentences with it, if any shares one. The sentences are compared once for both.
 */
export function compareWithCorpus(
  candidate: Omit<ComparableDocument, 'docId' | 'title'>,
  existing: readonly ComparableDocument[],
): { duplicate: Duplicate | null; shares: SharedSentences | null } {
  const url = candidate.url ? normaliseUrl(candidate.url) : null;
  if (url) {
    const same = existing.find((doc) => doc.url && normaliseUrl(doc.url) === url);
    if (same) return { duplicate: { docId: same.docId, title: same.title, reason: 'same-url' }, shares: null };
  }
  const mine = new Set(candidate.sentences.map(sentenceKey).filter(Boolean));
  let duplicate: Duplicate | null = null;
  let shares: SharedSentences | null = null;
  if (mine.size === 0) return { duplicate, shares };
  for (const doc of existing) {
    const theirs = new Set(doc.sentences.map(sentenceKey).filter(Boolean));
    if (theirs.size === 0) continue;
    let shared = 0;
    for (const key of mine) if (theirs.has(key)) shared++;
    const overlap = shared / Math.min(mine.size, theirs.size);
    if (overlap >= SAME_TEXT_OVERLAP && overlap > (duplicate?.overlap ?? 0)) duplicate = { docId: doc.docId, title: doc.title, reason: 'same-text', overlap };
    if (shared > 0 && shared > (shares?.shared ?? 0)) shares = { docId: doc.docId, title: doc.title, shared, of: mine.size };
  }
  return { duplicate, shares: duplicate ? null : shares };
}

/** What a new version of a document changes: its sentences the old one lacks (in order), and how many of the old one's it drops or keeps. */
export interface SentenceChanges {
  added: string[];
  removed: number;
  kept: number;
}

/** `SentenceChanges` of `next` against `previous`, sentences compared as `compareWithCorpus` compares them. */
export function sentenceChanges(next: readonly string[], previous: readonly string[]): SentenceChanges {
  const before = new Set(previous.map(sentenceKey).filter(Boolean));
  const after = new Set(next.map(sentenceKey).filter(Boolean));
  const seen = new Set<string>();
  const added = next.filter((sentence) => {
    const key = sentenceKey(sentence);
    if (!key || before.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  let removed = 0;
  for (const key of before) if (!after.has(key)) removed++;
  return { added, removed, kept: before.size - removed };
}

/** Why a document is found the same as one in the corpus, as both transports say it. */
export function duplicateReason(duplicate: Duplicate): string {
  return duplicate.reason === 'same-url' ? 'the same URL' : `${Math.round((duplicate.overlap ?? 1) * 100)}% of the same sentences`;
}

/**
 * Whether a new version keeps less of the old one than it drops. An update keeps most of what it
 * updates: a page that keeps little of it may be another article claiming its link (a republication's
 * canonical link), or the link may now lead elsewhere — worth a look before replacing.
 */
export function keepsLittle(changes: Pick<SentenceChanges, 'kept' | 'removed'>): boolean {
  return changes.kept < changes.removed;
}
