/**
 * The follow-up set (eval/follow-ups.json): two-turn exchanges about the shipped article, written by
 * hand. Each has a first question, a follow-up that refers back to it (or changes subject), the answer
 * strings of the follow-up and the half it belongs to. Pure apart from reading the file.
 */
import { readCases } from './case-file.ts';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import type { Half } from './eval-sets.ts';

/**
 * 'follow-up': refers back and cannot be answered alone; 'new-subject': changes subject, answerable
 * alone; 'unanswerable': refers back, but the coverage does not answer it; 'off-topic': changes to a
 * subject the coverage never touches. The last two should be refused.
 */
export type FollowUpKind = 'follow-up' | 'new-subject' | 'unanswerable' | 'off-topic';
export const FOLLOW_UP_KINDS: readonly FollowUpKind[] = ['follow-up', 'new-subject', 'unanswerable', 'off-topic'];

export interface FollowUpCase {
  half: Half;
  kind: FollowUpKind;
  first: string;
  followUp: string;
  /** Strings of which one must appear in a cited passage of the follow-up's answer (answerable kinds). */
  answers: string[];
}

export const FOLLOW_UP_SET = path.join(PROJECT_ROOT, 'eval', 'follow-ups.json');

export function isAnswerableKind(kind: FollowUpKind): boolean {
  return kind === 'follow-up' || kind === 'new-subject';
}

/** Reads and checks the set; a malformed case fails loudly with its number. */
export function loadFollowUpSet(file = FOLLOW_UP_SET): FollowUpCase[] {
  return readCases(file).map(({ c, where }) => {
    if (c.half !== 'tune' && c.half !== 'check') throw new Error(`${where}: half must be "tune" or "check"`);
    if (!FOLLOW_UP_KINDS.includes(c.kind as FollowUpKind)) throw new Error(`${where}: kind must be one of ${FOLLOW_UP_KINDS.join(', ')}`);
    if (typeof c.first !== 'string' || typeof c.followUp !== 'string') throw new Error(`${where}: "first" and "followUp" must be strings`);
    const answers = (c.answers ?? []) as unknown;
    if (!Array.isArray(answers) || answers.some((a) => typeof a !== 'string')) throw new Error(`${where}: "answers" must be a list of strings`);
    const kind = c.kind as FollowUpKind;
    if (isAnswerableKind(kind) !== answers.length > 0) throw new Error(`${where}: a ${kind} case ${isAnswerableKind(kind) ? 'needs' : 'has no'} answers`);
    return { half: c.half, kind, first: c.first, followUp: c.followUp, answers: answers as string[] };
  });
}
