/**
 * The measurement scripts' start: every evaluation set at DIR (by default ../shared/eval), or one
 * line saying where they were looked for and what is missing, and exit 2 before any work.
 */
import path from 'node:path';
import { DEFAULT_EVAL_DIR, loadEvalSets, type EvalSets } from '../../src/evaluation/eval-sets.ts';

export function evalSetsOrExit(dir: string | undefined): EvalSets {
  const evalDir = path.resolve(dir ?? DEFAULT_EVAL_DIR);
  const sets = loadEvalSets(evalDir);
  if (!sets || sets.missing.length) {
    process.stderr.write(`error: the evaluation sets are needed at ${evalDir} (missing: ${sets?.missing.join(', ') ?? 'the folder'})\n`);
    process.exit(2);
  }
  return sets;
}
