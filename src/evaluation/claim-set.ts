/**
 * Statements about the shipped article as members post them (eval/claims.json), checked as "Check
 * with the coverage" checks a message: whether the passage that settles each is quoted first, and
 * whether a figure or day the article gives otherwise is named. Written by hand, never tuned on.
 * Pure apart from reading the file.
 */
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import { answerStrings, readCases, textField } from './case-file.ts';

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
  return readCases(file).map((raw) => {
    const { c, where } = raw;
    const claim = textField(raw, 'claim');
    const answers = answerStrings(raw);
    const spoken = answers.length > 0;
    if (spoken !== (typeof c.holds === 'boolean')) throw new Error(`${where}: "holds" (true or false) goes with "answers", and only with them`);
    if (c.said !== undefined && (typeof c.said !== 'string' || c.holds !== false)) throw new Error(`${where}: "said" is a string, for a claim that does not hold`);
    return { claim, answers, holds: spoken ? (c.holds as boolean) : null, said: (c.said as string | undefined) ?? null };
  });
}
