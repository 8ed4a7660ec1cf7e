import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/config.ts';
import { EVENT_ARTICLE } from '../../src/evaluation/eval-sets.ts';
import { loadEventQuestionSet } from '../../src/evaluation/event-question-set.ts';
import { normalizeForMatch } from '../../src/evaluation/scoring.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'event-question-set-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the set of more event questions', () => {
  const questions = loadEventQuestionSet();

  it('GIVEN the shipped set THEN it holds answerable questions about the event article and questions it does not answer, all in the check half', () => {
    expect(questions.filter((q) => q.kind === 'answerable').length).toBeGreaterThanOrEqual(50);
    expect(questions.filter((q) => q.kind === 'off-topic').length).toBeGreaterThanOrEqual(15);
    expect(questions.every((q) => q.half === 'check' && q.extra === true)).toBe(true);
    expect(questions.filter((q) => q.kind === 'answerable').every((q) => q.article === EVENT_ARTICLE && q.answers.length > 0)).toBe(true);
  });

  it('GIVEN every answer string THEN the shipped article holds it', () => {
    const article = normalizeForMatch(fs.readFileSync(path.join(DEFAULTS.corpusDir, 'sheinbaum-trump-call.md'), 'utf8'));
    expect(questions.flatMap((q) => q.answers).filter((a) => !article.includes(normalizeForMatch(a)))).toEqual([]);
  });

  it('GIVEN a case without a question or with an empty answer THEN loading fails naming the case', () => {
    const file = path.join(work, 'bad.json');
    fs.writeFileSync(file, JSON.stringify({ cases: [{ question: 'Who?', answers: ['x'] }, { question: '', answers: [] }] }));
    expect(() => loadEventQuestionSet(file)).toThrow(/case 2: "question" must be a non-empty string/);
    fs.writeFileSync(file, JSON.stringify({ cases: [{ question: 'Who?', answers: [' '] }] }));
    expect(() => loadEventQuestionSet(file)).toThrow(/case 1: "answers" must be a list of non-empty strings/);
  });
});
