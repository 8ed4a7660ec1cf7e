/** Pure: ranked, deduplicated passages + calibration → the transport-neutral Answer. */
import type { Answer, Citation, Passage } from '../engine/types.ts';
import type { ManifestDocument } from '../index/manifest.ts';
import type { BuiltPassage } from '../retrieval/passages.ts';
import { confidenceOf, type Calibration } from '../retrieval/calibration.ts';

export function citationOf(p: BuiltPassage, doc: ManifestDocument | undefined): Citation {
  return {
    docId: p.focus.docId,
    title: doc?.title ?? p.focus.docId,
    section: p.focus.section,
    sentences: p.range,
    url: doc?.meta.url ?? null,
    date: doc?.meta.date ?? null,
  };
}

export function composeAnswer(
  question: string,
  passages: readonly BuiltPassage[],
  topScore: number | null,
  calibration: Calibration,
  documents: readonly ManifestDocument[],
  page: { offset: number; top: number },
  notMentioned: readonly string[] = [],
): Answer {
  const byId = new Map(documents.map((d) => [d.docId, d]));
  const confidence = topScore === null ? null : confidenceOf(topScore, calibration);
  const shown = passages.slice(page.offset, page.offset + page.top);
  const out: Passage[] = shown.map((p) => ({
    text: p.text,
    focus: p.focus.text,
    citation: citationOf(p, byId.get(p.focus.docId)),
    score: Math.round(p.score * 1e4) / 1e4,
  }));
  return {
    question,
    // A question about a name the corpus never mentions is not answered, however close the words.
    answered: confidence !== null && out.length > 0 && notMentioned.length === 0,
    ...(notMentioned.length ? { notMentioned: [...notMentioned] } : {}),
    confidence,
    passages: out,
    hasMore: passages.length > page.offset + page.top,
  };
}

/** "§ Section, sentences 3–4" — where in the document a passage sits. */
export function formatLocation(c: Citation): string {
  const [a, b] = c.sentences;
  const sentences = a === b ? `sentence ${a}` : `sentences ${a}–${b}`;
  return c.section ? `§ ${c.section}, ${sentences}` : sentences;
}
