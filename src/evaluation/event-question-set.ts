/**
 * More questions about the shipped article (eval/event-questions.json), written by hand as members
 * would ask them and never used to choose a weight or rule: the check half of the event article,
 * asked of it alone and within the mixed corpus. Pure apart from reading the file.
 */
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import { answerStrings, readCases, textField } from './case-file.ts';
import { EVENT_ARTICLE, type EvalQuestion } from './eval-sets.ts';

export const EVENT_QUESTION_SET = path.join(PROJECT_ROOT, 'eval', 'event-questions.json');

/** Reads and checks the set; a malformed case fails loudly with its number. */
export function loadEventQuestionSet(file = EVENT_QUESTION_SET): EvalQuestion[] {
  return readCases(file).map((raw) => {
    const question = textField(raw, 'question');
    const answers = answerStrings(raw);
    const on = answers.length > 0;
    return { question, answers, kind: on ? 'answerable' : 'off-topic', article: on ? EVENT_ARTICLE : null, half: 'check', extra: true } as const;
  });
}
