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
  const url = candidate.url ? normaliseUrl(candidate.url) : null;
  if (url) {
    const same = existing.find((doc) => doc.url && normaliseUrl(doc.url) === url);
    if (same) return { docId: same.docId, title: same.title, reason: 'same-url' };
  }
  let best: Duplicate | null = null;
  for (const s of sharedSentenceCounts(candidate.sentences, existing)) {
    const overlap = s.shared / s.smaller;
    if (overlap >= SAME_TEXT_OVERLAP && overlap > (best?.overlap ?? 0)) best = { docId: s.doc.docId, title: s.doc.title, reason: 'same-text', overlap };
  }
  return best;
}

/** Each existing document with how many distinct sentences it shares with the candidate, and the smaller of the two's distinct sentences. */
function sharedSentenceCounts(sentences: readonly string[], existing: readonly ComparableDocument[]): { doc: ComparableDocument; shared: number; smaller: number }[] {
  const mine = new Set(sentences.map(sentenceKey).filter(Boolean));
  if (mine.size === 0) return [];
  return existing.flatMap((doc) => {
    const theirs = new Set(doc.sentences.map(sentenceKey).filter(Boolean));
    if (theirs.size === 0) return [];
    let shared = 0;
    for (const key of mine) if (theirs.has(key)) shared++;
    return [{ doc, shared, smaller: Math.min(mine.size, theirs.size) }];
  });
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

/** The document already in the corpus that shares the most sentences with the candidate, if any shares one. */
export function mostSharedSentences(sentences: readonly string[], existing: readonly ComparableDocument[]): SharedSentences | null {
  const of = new Set(sentences.map(sentenceKey).filter(Boolean)).size;
  let best: SharedSentences | null = null;
  for (const s of sharedSentenceCounts(sentences, existing)) {
    if (s.shared > 0 && s.shared > (best?.shared ?? 0)) best = { docId: s.doc.docId, title: s.doc.title, shared: s.shared, of };
  }
  return best;
}
