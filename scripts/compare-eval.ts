/**
 * `npm run eval:compare -- BEFORE.json AFTER.json [--all] [--moved]`: two runs of
 * `npm run eval -- --json FILE` compared question by question (src/evaluation/compare-runs.ts): per
 * setting, half and kind of question, the counts before → after, how many questions moved each way,
 * and the sign test's p. Only groups where something moved are printed unless `--all`. `--moved`
 * lists the tune half's questions that moved; the check half is counted, never listed, so that a
 * change is judged on the tune half and the check half stays unread.
 */
import fs from 'node:fs';
import { compareRuns, groupOf, pairedRecords, type MeasureChange } from '../src/evaluation/compare-runs.ts';
import type { EvalRecord } from '../src/evaluation/run-eval.ts';
import { exitWithUsage, scriptOptions } from './lib/script-options.ts';

const USAGE = 'usage: npm run eval:compare -- BEFORE.json AFTER.json [--all] [--moved]   (files written by npm run eval -- --json FILE)';
const { values: args, positionals } = scriptOptions(
  { options: { all: { type: 'boolean', default: false }, moved: { type: 'boolean', default: false } }, allowPositionals: true },
  USAGE,
);
if (positionals.length !== 2) exitWithUsage(`give two runs to compare (got ${positionals.length})`, USAGE);

function readRun(file: string): EvalRecord[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return exitWithUsage(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, USAGE);
  }
  let records: unknown;
  try {
    records = JSON.parse(text);
  } catch {
    return exitWithUsage(`${file} is not JSON: write it with npm run eval -- --json ${file}`, USAGE);
  }
  const isRecord = (r: unknown) => typeof r === 'object' && r !== null && 'setting' in r && 'answered' in r && typeof (r as { q?: { question?: unknown } }).q?.question === 'string';
  if (!Array.isArray(records) || !records.every(isRecord)) return exitWithUsage(`${file} holds no eval records: write it with npm run eval -- --json ${file}`, USAGE);
  return records as EvalRecord[];
}

const [beforeFile, afterFile] = positionals as [string, string];
const before = readRun(beforeFile);
const after = readRun(afterFile);
const { groups, unpaired } = compareRuns(before, after);

const change = (c: MeasureChange) => {
  const moved = c.gained + c.lost === 0 ? 'none moved' : `+${c.gained} −${c.lost}, p ${c.p < 0.001 ? '< 0.001' : c.p.toFixed(3)}`;
  return `${c.measure} ${c.before} → ${c.after} (${moved})`;
};
const out: string[] = [];
for (const g of groups) {
  if (!args.all && g.changes.every((c) => c.gained + c.lost === 0)) continue;
  out.push(`${g.group.padEnd(44)} ${String(g.questions).padStart(5)}  ${g.changes.map(change).join('; ')}`);
}
if (out.length === 0) out.push('no question moved');
if (unpaired > 0) out.push(`${unpaired} records have no counterpart in the other run (another question set or setting): left out`);
if (args.moved) {
  const state = (r: EvalRecord) => (r.answered ? `answered${r.q.kind === 'answerable' ? `, right at ${r.rank ?? '–'}` : ''}` : `refused${r.refusedAs ? ` (${r.refusedAs})` : ''}`);
  let checkMoved = 0;
  out.push('', 'moved (tune half):');
  for (const [a, b] of pairedRecords(before, after).pairs) {
    if (a.answered === b.answered && a.rank === b.rank) continue;
    if (b.q.half === 'check') checkMoved++;
    else out.push(`  [${groupOf(b)}] ${state(a)} → ${state(b)}: ${b.q.question}`);
  }
  out.push(`check half: ${checkMoved} moved, counted and not listed`);
}
process.stdout.write(`${out.join('\n')}\n`);
