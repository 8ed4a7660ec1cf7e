/** Pure: ranked, deduplicated passages + the answer-or-refuse decision → the transport-neutral Answer. */
import type { Answer, Citation, Passage } from '../engine/types.ts';
import type { ManifestDocument } from '../index/manifest.ts';
import type { BuiltPassage } from '../retrieval/passages.ts';
import type { Decision } from '../retrieval/answerability.ts';
import type { AskedKind } from '../retrieval/answer-type.ts';
import { formatSentenceRange } from './sentence-range.ts';
import { differingFigure } from '../retrieval/same-statement.ts';

export function citationOf(p: Pick<BuiltPassage, 'focus' | 'range'>, doc: ManifestDocument | undefined): Citation {
  return {
    docId: p.focus.docId,
    title: doc?.title ?? p.focus.docId,
    section: p.focus.section,
    sentences: p.range,
    url: doc?.meta.url ?? null,
    date: doc?.meta.date ?? null,
    ...(doc?.meta.publisher ? { publisher: doc.meta.publisher } : {}),
  };
}

// A corpus's documents by id, made once per manifest: a thousand documents were a map made for every question.
const documentsById = new WeakMap<readonly ManifestDocument[], ReadonlyMap<string, ManifestDocument>>();
function byIdOf(documents: readonly ManifestDocument[]): ReadonlyMap<string, ManifestDocument> {
  let byId = documentsById.get(documents);
  if (!byId) documentsById.set(documents, (byId = new Map(documents.map((d) => [d.docId, d]))));
  return byId;
}

export function composeAnswer(
  question: string,
  passages: readonly BuiltPassage[],
  decision: Pick<Decision, 'answered' | 'confidence' | 'notMentioned' | 'notEnglish' | 'namedElsewhere' | 'neverGiven' | 'neverTogether' | 'missing' | 'corrected'>,
  documents: readonly ManifestDocument[],
  page: { offset: number; top: number },
  /** The precise kind of answer the question asks for (a date, a figure…), when it asks for one. */
  asked: AskedKind | null = null,
): Answer {
  const byId = byIdOf(documents);
  const notMentioned = decision.notMentioned;
  const shown = passages.slice(page.offset, page.offset + page.top);
  const reportDate = (p: BuiltPassage) => byId.get(p.focus.docId)?.meta.date ?? null;
  const answered = decision.answered && shown.length > 0;
  const out: Passage[] = shown.map((p) => {
    // Marked only in an answer: in a refusal's nearest passages it would look like one.
    const answer = answered && asked ? asked.spanIn(p.focus.text, reportDate(p)) : null;
    return {
      text: p.text,
      focus: p.focus.text,
      ...(answer ? { answer } : {}),
      citation: citationOf(p, byId.get(p.focus.docId)),
      ...(p.alsoIn?.length ? { alsoIn: p.alsoIn.map((focus) => ({ citation: citationOf({ focus, range: [focus.index, focus.index] }, byId.get(focus.docId)), focus: focus.text })) } : {}),
      score: Math.round(p.score * 1e4) / 1e4,
    };
  });
  const differences = answered ? figureDifferences(out) : [];
  return {
    question,
    answered,
    ...(differences.length ? { differences } : {}),
    ...(notMentioned.length ? { notMentioned: [...notMentioned] } : {}),
    ...(decision.notEnglish ? { notEnglish: true as const } : {}),
    ...(!answered && decision.namedElsewhere?.length ? { namedElsewhere: [...decision.namedElsewhere] } : {}),
    ...(!answered && decision.neverGiven ? { neverGiven: decision.neverGiven } : {}),
    ...(!answered && decision.neverTogether?.length ? { neverTogether: [...decision.neverTogether] } : {}),
    ...(answered && decision.missing.length ? { missing: [...decision.missing] } : {}),
    ...(answered && decision.corrected && page.offset === 0 ? { corrected: { asked: decision.corrected.asked, said: decision.corrected.said } } : {}),
    ...(answered && asked && !shown.some((p) => asked.holds(p.text, reportDate(p))) ? { notGiven: asked.kind } : {}),
    confidence: answered ? decision.confidence : null,
    passages: out,
    hasMore: passages.length > page.offset + page.top,
  };
}

/** The pairs of passages of different documents that give one figure differently (`Answer.differences`). */
export function figureDifferences(passages: readonly Passage[]): NonNullable<Answer['differences']> {
  const out: NonNullable<Answer['differences']> = [];
  passages.forEach((a, i) =>
    passages.slice(i + 1).forEach((b, k) => {
      if (a.citation.docId === b.citation.docId) return;
      const figures = differingFigure(a.focus, b.focus);
      if (figures) out.push({ passages: [i, i + 1 + k], figures });
    }),
  );
  return out;
}

/** Documents a transport names under a passage that they say alike (`Passage.alsoIn`), the rest counted: a wire story in twenty outlets would crowd out the passages. */
export const ALSO_IN_NAMED = 4;

/** "§ Section, sentences 3–4" — where in the document a passage sits. */
export function formatLocation(c: Citation): string {
  const sentences = formatSentenceRange(c.sentences);
  return c.section ? `§ ${c.section}, ${sentences}` : sentences;
}

/**
 * A sentence cut around the words that answer (`Passage.answer`, their first occurrence), for a
 * transport to mark them its own way; null when there are none or the sentence does not hold them.
 */
export function aroundAnswer(sentence: string, answer: string | undefined): [before: string, answer: string, after: string] | null {
  const at = answer ? sentence.indexOf(answer) : -1;
  return at < 0 ? null : [sentence.slice(0, at), answer!, sentence.slice(at + answer!.length)];
}
