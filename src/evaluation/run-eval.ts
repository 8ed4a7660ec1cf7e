/**
 * Asks an engine and the MiniSearch peer every question of a setting and records, per question,
 * what a member would have seen: answered or not, the confidence word, where the answer sits among
 * the cited passages (only passages from the question's own document count in a mixed corpus).
 */
import type { AnswerEngine, Confidence } from '../engine/types.ts';
import { refusalReason, type RefusalReason } from '../answer/refusal.ts';
import { countsFor, type EvalQuestion } from './eval-sets.ts';
import type { MiniSearchPeer } from './minisearch-peer.ts';
import { hitRank, normalizeForMatch } from './scoring.ts';

/** `lacking`: a mixed corpus without the question's own article (its questions are asked as off-topic). */
export type Setting = 'single' | 'mixed' | 'lacking';

export interface EvalRecord {
  q: EvalQuestion;
  setting: Setting;
  answered: boolean;
  confidence: Confidence | null;
  /** 1-based rank of the first cited passage holding an answer (answerable questions), else null. */
  rank: number | null;
  /** Whether the top passage comes from the question's own document (answerable questions). */
  topFromArticle: boolean | null;
  peerRank: number | null;
  /** Whether MiniSearch's first sentence is from the question's own document (answerable questions). */
  peerTopFromArticle: boolean | null;
  /** The names or words the engine said the coverage never mentions. */
  notMentioned: string[];
  /** Answered: what the engine said the coverage never mentions of what the question asks (`Answer.missing`). */
  missing: string[];
  topText: string | null;
  /**
   * Answered with the answer in the first passage, whose words that answer were marked (`Passage.answer`):
   * 'answer' when they are an answer string or within one (or hold one), else 'other'; otherwise null.
   */
  marked: 'answer' | 'other' | null;
  /** Answered with words of the first passage marked as the answer, where that passage holds none (a wrong first passage, or a question the coverage does not answer). */
  markedWithout: boolean;
  /** Answered, and none of the passages gives the kind of answer asked for (`Answer.notGiven`). */
  notGiven: boolean;
  /** Answered, and the first passage gives the name or figure asked about otherwise (`Answer.corrected`). */
  corrected: boolean;
  /** The first passage cites other documents that print its sentence in the same words (`Passage.alsoIn`). */
  copiesCited: boolean;
  /** Refused: the reason the answer gives (`refusalReason`); answered: null. */
  refusedAs: RefusalReason | null;
}

export const CITED = 3;

export async function evaluate(
  engine: AnswerEngine,
  questions: readonly EvalQuestion[],
  peer: MiniSearchPeer,
  setting: Setting,
): Promise<EvalRecord[]> {
  const out: EvalRecord[] = [];
  for (const q of questions) {
    const a = await engine.ask(q.question, { top: CITED });
    const own = (docId: string) => countsFor(q, docId, setting === 'mixed');
    const answerable = q.kind === 'answerable';
    const rank = answerable ? hitRank(a.passages.map((p) => (own(p.citation.docId) ? p.text : '')), q.answers) : null;
    const peerHits = answerable ? peer.askWithSources(q.question, CITED) : [];
    const peerRank = answerable ? hitRank(peerHits.map((s) => (own(s.source) ? s.text : '')), q.answers) : null;
    out.push({
      q,
      setting,
      answered: a.answered,
      confidence: a.confidence,
      rank,
      topFromArticle: answerable && a.passages[0] ? own(a.passages[0].citation.docId) : answerable ? false : null,
      peerRank,
      peerTopFromArticle: answerable ? Boolean(peerHits[0] && own(peerHits[0].source)) : null,
      notMentioned: a.notMentioned ?? [],
      missing: a.missing ?? [],
      topText: a.passages[0]?.text ?? null,
      notGiven: Boolean(a.answered && a.notGiven),
      corrected: Boolean(a.answered && a.corrected),
      copiesCited: Boolean(a.passages[0]?.alsoIn?.length),
      refusedAs: refusalReason(a),
      marked: a.answered && rank === 1 && a.passages[0]?.answer ? markedKind(a.passages[0].answer, q.answers) : null,
      markedWithout: Boolean(a.answered && rank !== 1 && a.passages[0]?.answer),
    });
  }
  return out;
}

/** Whether the marked words are the answer: the same text, within an answer string, or holding one (case and quotes aside). */
export function markedKind(marked: string, answers: readonly string[]): 'answer' | 'other' {
  const m = normalizeForMatch(marked);
  return answers.some((a) => {
    const n = normalizeForMatch(a);
    return n.length > 0 && (n.includes(m) || m.includes(n));
  })
    ? 'answer'
    : 'other';
}
