/**
 * Statements about the shipped article as members post them (eval/claims.json), checked as "Check
 * with the coverage" checks a message: whether the passage that settles each is quoted first, and
 * whether a figure or day the article gives otherwise is named. Written by hand, never tuned on.
 * Pure apart from reading the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';

export const CLAIM_SET = path.join(PROJECT_ROOT, 'eval', 'claims.json');

export interface ClaimCase {
  claim: string;
  /** Strings one of which a passage settling the claim holds; empty for a claim the article does not speak of. */
  answers: string[];
  /** Whether the article bears the claim out; null for one it does not speak of. */
  holds: boolean | null;
  /** For a false claim stating a figure or a day: what the article gives instead. */
  said: string | null;
}

/** Reads and checks the set; a malformed case fails loudly with its number. */
export function loadClaimSet(file = CLAIM_SET): ClaimCase[] {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as { cases?: unknown };
  if (!Array.isArray(raw.cases)) throw new Error(`${file}: expected { "cases": [...] }`);
  return raw.cases.map((c: Record<string, unknown>, i: number) => {
    const where = `${file}: case ${i + 1}`;
    if (typeof c.claim !== 'string' || !c.claim.trim()) throw new Error(`${where}: "claim" must be a non-empty string`);
    const answers = (c.answers ?? []) as unknown;
    if (!Array.isArray(answers) || answers.some((a) => typeof a !== 'string' || !a.trim())) throw new Error(`${where}: "answers" must be a list of non-empty strings`);
    const spoken = answers.length > 0;
    if (spoken !== (typeof c.holds === 'boolean')) throw new Error(`${where}: "holds" (true or false) goes with "answers", and only with them`);
    if (c.said !== undefined && (typeof c.said !== 'string' || c.holds !== false)) throw new Error(`${where}: "said" is a string, for a claim that does not hold`);
    return { claim: c.claim, answers: answers as string[], holds: spoken ? (c.holds as boolean) : null, said: (c.said as string | undefined) ?? null };
  });
}
