/**
 * Asks an engine every follow-up of the set twice — alone, and after its first turn as a conversation
 * does (the previous question, and the passages its answer quoted) — and sums up, per half, what a
 * member would have seen: hit@1 and hit@3 of the follow-up (refusals count as misses), the share
 * answered, and the share refused of those that should be.
 */
import type { AnswerEngine } from '../engine/types.ts';
import { quotedAfter } from '../answer/exchange.ts';
import { isAnswerableKind, type FollowUpCase } from './follow-up-set.ts';
import { CITED } from './run-eval.ts';
import { hitRank } from './scoring.ts';

export interface FollowUpTurn {
  answered: boolean;
  /** 1-based rank of the first cited passage holding an answer, else null. */
  rank: number | null;
  /** How the engine read the follow-up (only with the first turn). */
  reading: 'with-previous' | 'new-subject' | null;
  topText: string | null;
}

export interface FollowUpRecord {
  c: FollowUpCase;
  alone: FollowUpTurn;
  withFirst: FollowUpTurn;
}

async function turn(engine: AnswerEngine, c: FollowUpCase, previous: string | null): Promise<FollowUpTurn> {
  // As a transport asks it: after the first turn's answer, whose passages "What else…?" leaves out.
  const quoted = previous ? quotedAfter([], await engine.ask(previous, { top: CITED })) : [];
  const a = await engine.ask(c.followUp, { top: CITED, ...(previous ? { previous } : {}), ...(quoted.length ? { quoted } : {}) });
  return {
    answered: a.answered,
    rank: isAnswerableKind(c.kind) ? hitRank(a.passages.map((p) => p.text), c.answers) : null,
    reading: a.followUp ?? null,
    topText: a.passages[0]?.text ?? null,
  };
}

export async function evaluateFollowUps(engine: AnswerEngine, cases: readonly FollowUpCase[]): Promise<FollowUpRecord[]> {
  const out: FollowUpRecord[] = [];
  for (const c of cases) out.push({ c, alone: await turn(engine, c, null), withFirst: await turn(engine, c, c.first) });
  return out;
}

export interface FollowUpFigures {
  questions: number;
  answered: number;
  hit1: number;
  hit3: number;
}

const share = (n: number, d: number) => (d > 0 ? n / d : NaN);

/** Hits (refusals count as misses) and answered share of answerable cases; for the others, `answered` is the share wrongly answered. */
export function followUpFigures(records: readonly FollowUpRecord[], which: 'alone' | 'withFirst'): FollowUpFigures {
  const turns = records.map((r) => r[which]);
  const hit = (t: FollowUpTurn, k: number) => t.answered && t.rank !== null && t.rank <= k;
  return {
    questions: turns.length,
    answered: share(turns.filter((t) => t.answered).length, turns.length),
    hit1: share(turns.filter((t) => hit(t, 1)).length, turns.length),
    hit3: share(turns.filter((t) => hit(t, 3)).length, turns.length),
  };
}

const pct = (x: number) => (Number.isNaN(x) ? '   –  ' : `${(x * 100).toFixed(1).padStart(5)}%`);

/** The lines `npm run eval` prints for one half: each kind, alone and with the first turn. */
export function followUpLines(label: string, records: readonly FollowUpRecord[]): string[] {
  const lines: string[] = [`  ${label}`];
  const group = (name: string, rs: readonly FollowUpRecord[], answerable: boolean) => {
    if (rs.length === 0) return;
    for (const which of ['alone', 'withFirst'] as const) {
      const f = followUpFigures(rs, which);
      const head = `    ${name.padEnd(36)} ${String(f.questions).padStart(3)}  ${which === 'alone' ? 'alone            ' : 'with first turn  '}`;
      lines.push(answerable ? `${head}hit@1 ${pct(f.hit1)}  hit@3 ${pct(f.hit3)}  answered ${pct(f.answered)}` : `${head}refused ${pct(1 - f.answered)}`);
    }
  };
  group('follow-ups (refer back)', records.filter((r) => r.c.kind === 'follow-up'), true);
  group('subject changes (answerable alone)', records.filter((r) => r.c.kind === 'new-subject'), true);
  group('to refuse (unanswerable, off-topic)', records.filter((r) => !isAnswerableKind(r.c.kind)), false);
  const read = records.filter((r) => r.withFirst.reading !== null);
  const withPrevious = (kind: (r: FollowUpRecord) => boolean) => {
    const rs = read.filter(kind);
    return `${rs.filter((r) => r.withFirst.reading === 'with-previous').length} of ${rs.length}`;
  };
  lines.push(
    `    read with the previous question: follow-ups ${withPrevious((r) => r.c.kind === 'follow-up' || r.c.kind === 'unanswerable')}, subject changes ${withPrevious((r) => r.c.kind === 'new-subject' || r.c.kind === 'off-topic')}`,
  );
  return lines;
}
