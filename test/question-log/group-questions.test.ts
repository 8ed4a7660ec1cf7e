import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULTS } from '../../src/config.ts';
import { terms } from '../../src/index/terms.ts';
import { groupQuestions } from '../../src/question-log/group-questions.ts';
import { nearQuestionCosine, pairCosinePercentile } from '../../src/question-log/near-questions.ts';
import { offlineEmbedder } from '../helpers/offline-embedder.ts';

// The seed article's own terms: what the coverage holds (the engine answers `covers` from its index).
const articleTerms = new Set(terms(readFileSync(path.join(DEFAULTS.corpusDir, 'sheinbaum-trump-call.md'), 'utf8')));
const covered = (term: string) => articleTerms.has(term);

const asked = (texts: string[]) => texts.map((text, i) => ({ text, at: 1_000 + i }));
const texts = (group: { questions: { text: string }[] }) => group.questions.map((q) => q.text).sort();

describe('groupQuestions by words', () => {
  test('GIVEN questions sharing their content words THEN one group each topic, largest first, with an example and the shared words', () => {
    const groups = groupQuestions(
      asked([
        'How much are the tariffs on steel?',
        'What is the weather in Mexico City?',
        'Will steel tariffs go up?',
        'What did Canada say about the call?',
        'How old is Claudia Sheinbaum?',
        'Did canada comment on it?',
        'What did Trump say about tariffs?',
        'hwo old is sheinbaum',
      ]),
      { covered },
    );
    expect(groups.map((g) => g.questions.length)).toEqual([3, 2, 2, 1]);
    expect(texts(groups[0]!)).toEqual(['How much are the tariffs on steel?', 'What did Trump say about tariffs?', 'Will steel tariffs go up?']);
    expect(groups[0]!.words[0]).toBe('tariffs');
    expect(groups[0]!.questions).toContain(groups[0]!.example);
    // Equal sizes: the group asked about most recently comes first.
    expect(texts(groups[1]!)).toEqual(['How old is Claudia Sheinbaum?', 'hwo old is sheinbaum']);
    expect(texts(groups[2]!)).toEqual(['Did canada comment on it?', 'What did Canada say about the call?']);
    expect(groups[3]!.example.text).toBe('What is the weather in Mexico City?');
  });

  test('GIVEN the words the coverage holds THEN a question is grouped by what the coverage lacks', () => {
    const questions = asked(['What did Trump say about tariffs?', 'How much are the tariffs on steel?', 'Will steel tariffs go up?']);
    expect(groupQuestions(questions, { covered }).map((g) => g.questions.length)).toEqual([3]);
    // Without knowing the coverage, "Trump" is the rarest and most specific word of the first question.
    expect(groupQuestions(questions).map((g) => g.questions.length)).toEqual([2, 1]);
  });

  test('GIVEN questions that share a frame, not a topic THEN they stay apart', () => {
    expect(groupQuestions(asked(['How does Cuba affect Mexico?', 'How does Canada affect Mexico?']))).toHaveLength(2);
  });

  test('GIVEN the same slip of a common word in many questions THEN it is read as that word, not as a shared topic', () => {
    const groups = groupQuestions(asked(['whats happning with the peso', 'whats happning with Cuba', 'whats happning with oil prices', 'What is happening with Cuba?']));
    expect(groups.map((g) => g.questions.length)).toEqual([2, 1, 1]);
    expect(texts(groups[0]!)).toEqual(['What is happening with Cuba?', 'whats happning with Cuba']);
  });

  test('GIVEN two questions that share only the event\'s main name THEN they stay apart', () => {
    const groups = groupQuestions(asked(['What did Trump say about Greenland?', 'What did Trump say about tariffs?']));
    expect(groups).toHaveLength(2);
  });

  test('GIVEN a typo of a word other questions use THEN it is read as that word', () => {
    const groups = groupQuestions(asked(['Why are remittances falling?', 'How big are the remittances?', 'wat remittnaces r down']));
    expect(groups).toHaveLength(1);
  });

  test('GIVEN a word most questions of a long period use THEN it alone does not join them', () => {
    const topics = ['Greenland', 'tariffs', 'the border wall', 'fentanyl', 'Canada', 'the World Cup', 'oil prices', 'remittances', 'the embassy', 'avocados'];
    const groups = groupQuestions(asked(topics.map((t) => `What does Trump think about ${t}?`)));
    expect(groups).toHaveLength(topics.length);
  });

  test('GIVEN no questions THEN no groups', () => {
    expect(groupQuestions([])).toEqual([]);
  });
});

describe('groupQuestions with the real embedder', () => {
  test('GIVEN paraphrases with few shared words THEN the embedding joins each with its nearest, not every question of the event', async () => {
    const embedder = await offlineEmbedder();
    const questions = asked([
      'How many people died in the cartel violence?',
      'What is the death toll of the cartel war?',
      'What did Trump say about Greenland?',
      'What did Trump say about tariffs?',
      'How much are the tariffs on steel?',
      'what tarifs did trump threaten',
      'What is the capital of Australia?',
    ]);
    const vectors = await embedder.embedQueries(questions.map((q) => q.text));
    const nearCosine = await nearQuestionCosine(embedder);
    const withVectors = groupQuestions(questions, { vectors, nearCosine });
    const byWords = groupQuestions(questions);
    const together = (groups: typeof byWords, a: string, b: string) => groups.some((g) => g.questions.some((q) => q.text === a) && g.questions.some((q) => q.text === b));
    expect(together(byWords, questions[0]!.text, questions[1]!.text)).toBe(false);
    expect(together(withVectors, questions[0]!.text, questions[1]!.text)).toBe(true);
    expect(together(withVectors, questions[2]!.text, questions[3]!.text)).toBe(false);
    expect(withVectors.find((g) => g.questions.some((q) => q.text === 'What is the capital of Australia?'))!.questions).toHaveLength(1);
  });

  test('the near cosine is the 99th percentile over pairs of unrelated questions', () => {
    const unit = (x: number, y: number) => {
      const n = Math.hypot(x, y);
      return new Float32Array([x / n, y / n]);
    };
    const vectors = [unit(1, 0), unit(0, 1), unit(1, 1)];
    // Pairs: 0, 0.707, 0.707 → the 99th percentile is the largest.
    expect(pairCosinePercentile(vectors)).toBeCloseTo(Math.SQRT1_2, 5);
    expect(() => pairCosinePercentile([unit(1, 0)])).toThrow();
  });
});
