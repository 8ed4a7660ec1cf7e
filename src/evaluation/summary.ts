/** Pure: evaluation records → the figures `npm run eval` prints, per setting and half. */
import type { Confidence } from '../engine/types.ts';
import type { OffTopicKind } from './eval-sets.ts';
import type { RefusalReason } from '../answer/refusal.ts';
import type { EvalRecord } from './run-eval.ts';

export interface Figures {
  answerable: number;
  /** Share of answerable questions answered. */
  answered: number;
  /** Hits with refusals counted as misses. */
  hit1: number;
  hit3: number;
  /** Hits of the ranking alone (whether or not the engine answered). */
  rankHit1: number;
  rankHit3: number;
  peerHit1: number;
  peerHit3: number;
  /** Share of answerable questions whose top passage is from their own document (MiniSearch's first sentence). */
  topFromArticle: number;
  peerTopFromArticle: number;
  unanswerable: number;
  unanswerableRefused: number;
  offTopic: number;
  offTopicRefused: number;
  /** The project's own off-topic questions by what they are about, in the order first asked: asked and refused. */
  offTopicByKind: { kind: OffTopicKind; asked: number; refused: number }[];
  /** Per confidence word: answered questions with that word, and the share whose first passage held the answer. */
  confidence: Record<Confidence, { answered: number; right1: number; right3: number }>;
  /** Answered questions with and without the "not in the coverage" note, and the share of each whose first passage held the answer. */
  missingNote: { with: { answered: number; right1: number }; without: { answered: number; right1: number } };
  /** Answers right at 1 whose words that answer were marked, and the share of those that are an answer string. */
  marked: { count: number; answer: number };
  /** Answers whose first passage holds no answer but has words marked as one: of answerable questions, and of questions with none. */
  markedWithout: { answerable: number; noAnswer: number };
  /** Answered questions whose passages give none of the kind of answer asked for, and the share whose first passage held the answer. */
  notGiven: { answered: number; right1: number };
  /** Answered questions whose first passage gives the name or figure asked about otherwise, and the share whose first passage held the answer. */
  corrected: { answered: number; right1: number };
  /** Answerable questions refused, by the reason given (most first), and how many of them had the answer in the first passage all the same. */
  answerableRefusedAs: { reason: RefusalReason; refused: number; answerFirst: number }[];
}

const share = (n: number, d: number) => (d > 0 ? n / d : NaN);

/** A hit as the eval counts it: answered, with the answer in the first `k` passages (refusals are misses). */
export function answeredWithin(r: Pick<EvalRecord, 'answered' | 'rank'>, k: number): boolean {
  return r.answered && r.rank !== null && r.rank <= k;
}

/** Records counted by a key (those without one left out), in the order keys first appear: how many, and how many of them pass `marked`. */
function tally<K>(records: readonly EvalRecord[], keyOf: (r: EvalRecord) => K | undefined, marked: (r: EvalRecord) => boolean): { key: K; count: number; marked: number }[] {
  const counts = new Map<K, { key: K; count: number; marked: number }>();
  for (const r of records) {
    const key = keyOf(r);
    if (key === undefined) continue;
    const c = counts.get(key) ?? { key, count: 0, marked: 0 };
    c.count++;
    if (marked(r)) c.marked++;
    counts.set(key, c);
  }
  return [...counts.values()];
}

function byKind(off: readonly EvalRecord[]): Figures['offTopicByKind'] {
  return tally(off, (r) => r.q.offTopicKind, (r) => !r.answered).map(({ key, count, marked }) => ({ kind: key, asked: count, refused: marked }));
}

function refusedAs(refused: readonly EvalRecord[]): Figures['answerableRefusedAs'] {
  return tally(refused, (r) => r.refusedAs ?? 'none given', (r) => r.rank === 1)
    .map(({ key, count, marked }) => ({ reason: key, refused: count, answerFirst: marked }))
    .sort((a, b) => b.refused - a.refused || a.reason.localeCompare(b.reason));
}

export function figures(records: readonly EvalRecord[]): Figures {
  const on = records.filter((r) => r.q.kind === 'answerable');
  const unanswerable = records.filter((r) => r.q.kind === 'unanswerable');
  const off = records.filter((r) => r.q.kind === 'off-topic');
  const ranked = (r: EvalRecord, k: number) => r.rank !== null && r.rank <= k;
  const confidence = {} as Figures['confidence'];
  for (const word of ['high', 'medium', 'low'] as const) {
    const answered = records.filter((r) => r.answered && r.confidence === word);
    confidence[word] = {
      answered: answered.length,
      right1: share(answered.filter((r) => r.rank === 1).length, answered.length),
      right3: share(answered.filter((r) => r.rank !== null && r.rank <= 3).length, answered.length),
    };
  }
  const answeredAll = records.filter((r) => r.answered);
  const noted = (has: boolean) => {
    const group = answeredAll.filter((r) => (r.missing.length > 0) === has);
    return { answered: group.length, right1: share(group.filter((r) => r.rank === 1).length, group.length) };
  };
  const notGiven = answeredAll.filter((r) => r.notGiven);
  const corrected = answeredAll.filter((r) => r.corrected);
  const marked = records.filter((r) => r.marked !== null);
  return {
    answerable: on.length,
    answered: share(on.filter((r) => r.answered).length, on.length),
    hit1: share(on.filter((r) => answeredWithin(r, 1)).length, on.length),
    hit3: share(on.filter((r) => answeredWithin(r, 3)).length, on.length),
    rankHit1: share(on.filter((r) => ranked(r, 1)).length, on.length),
    rankHit3: share(on.filter((r) => ranked(r, 3)).length, on.length),
    peerHit1: share(on.filter((r) => r.peerRank === 1).length, on.length),
    peerHit3: share(on.filter((r) => r.peerRank !== null && r.peerRank <= 3).length, on.length),
    topFromArticle: share(on.filter((r) => r.topFromArticle).length, on.length),
    peerTopFromArticle: share(on.filter((r) => r.peerTopFromArticle).length, on.length),
    unanswerable: unanswerable.length,
    unanswerableRefused: share(unanswerable.filter((r) => !r.answered).length, unanswerable.length),
    offTopic: off.length,
    offTopicRefused: share(off.filter((r) => !r.answered).length, off.length),
    offTopicByKind: byKind(off),
    confidence,
    missingNote: { with: noted(true), without: noted(false) },
    notGiven: { answered: notGiven.length, right1: share(notGiven.filter((r) => r.rank === 1).length, notGiven.length) },
    corrected: { answered: corrected.length, right1: share(corrected.filter((r) => r.rank === 1).length, corrected.length) },
    marked: { count: marked.length, answer: share(marked.filter((r) => r.marked === 'answer').length, marked.length) },
    markedWithout: { answerable: on.filter((r) => r.markedWithout).length, noAnswer: records.filter((r) => r.q.kind !== 'answerable' && r.markedWithout).length },
    answerableRefusedAs: refusedAs(on.filter((r) => !r.answered)),
  };
}

const pct = (x: number) => (Number.isNaN(x) ? '   –  ' : `${(x * 100).toFixed(1).padStart(5)}%`);
const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '–');

/** One table row of a setting's half. */
export function figuresLine(label: string, f: Figures, mixed: boolean): string[] {
  const lines = [
    `  ${label.padEnd(22)} answerable ${String(f.answerable).padStart(5)}  answered ${pct(f.answered)}  hit@1 ${pct(f.hit1)}  hit@3 ${pct(f.hit3)}` +
      `  | MiniSearch hit@1 ${pct(f.peerHit1)}  hit@3 ${pct(f.peerHit3)}  | hit@1 ratio ${ratio(f.hit1, f.peerHit1)}` +
      (mixed ? `  | top passage from its article ${pct(f.topFromArticle)} (MiniSearch ${pct(f.peerTopFromArticle).trim()})` : ''),
    `  ${''.padEnd(22)} ranking alone: hit@1 ${pct(f.rankHit1)}  hit@3 ${pct(f.rankHit3)}` +
      `  | no answer: unanswerable refused ${pct(f.unanswerableRefused)} of ${f.unanswerable}, off-topic refused ${pct(f.offTopicRefused)} of ${f.offTopic}`,
  ];
  const words = (['high', 'medium', 'low'] as const)
    .map((w) => `${w} ${f.confidence[w].answered} (${pct(f.confidence[w].right1).trim()} right@1, ${pct(f.confidence[w].right3).trim()} @3)`)
    .join(', ');
  // Where refusals fall short, without reading the questions: a held-out list stays held out.
  if (f.offTopicByKind.length > 1) {
    lines.push(`  ${''.padEnd(22)} off-topic refused by kind: ${f.offTopicByKind.map((k) => `${k.kind} ${k.refused} of ${k.asked}`).join(', ')}`);
  }
  lines.push(`  ${''.padEnd(22)} confidence: ${words}`);
  const m = f.missingNote;
  lines.push(
    `  ${''.padEnd(22)} "not in the coverage" note: on ${m.with.answered} answers (${pct(m.with.right1).trim()} right@1), not on ${m.without.answered} (${pct(m.without.right1).trim()} right@1)`,
  );
  if (f.notGiven.answered > 0) {
    lines.push(`  ${''.padEnd(22)} "none of these passages gives a date / figure…" note: on ${f.notGiven.answered} answers (${pct(f.notGiven.right1).trim()} right@1)`);
  }
  if (f.corrected.answered > 0) {
    lines.push(`  ${''.padEnd(22)} "the first passage says X, not Y" note: on ${f.corrected.answered} answers (${pct(f.corrected.right1).trim()} right@1)`);
  }
  // Which of the decision's reasons cost answerable questions, counted without reading them.
  if (f.answerableRefusedAs.length > 0) {
    const reasons = f.answerableRefusedAs.map((k) => `${k.reason} ${k.refused} (${k.answerFirst} with the answer first)`).join(', ');
    lines.push(`  ${''.padEnd(22)} answerable refused, by the reason given: ${reasons}`);
  }
  if (f.marked.count > 0) {
    lines.push(`  ${''.padEnd(22)} words marked as the answer (a date, a figure…): on ${f.marked.count} right first passages, ${pct(f.marked.answer).trim()} of them an answer string`);
  }
  // A mark asserts: on a passage that does not answer, it is a wrong answer said outright.
  const w = f.markedWithout;
  if (w.answerable + w.noAnswer > 0) {
    lines.push(`  ${''.padEnd(22)} words marked on a first passage holding no answer: ${w.answerable} (answerable questions), ${w.noAnswer} (questions with none)`);
  }
  return lines;
}
