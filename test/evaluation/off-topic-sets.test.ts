import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEvalSets } from '../../src/evaluation/eval-sets.ts';
import { loadEventQuestionSet } from '../../src/evaluation/event-question-set.ts';
import { OFF_TOPIC_CHECK } from '../../src/evaluation/off-topic-check.ts';
import { OFF_TOPIC_TUNE } from '../../src/evaluation/off-topic-tune.ts';
import { OFF_TOPIC_QUESTIONS } from '../../src/retrieval/off-topic-questions.ts';
import { normalizeForMatch } from '../../src/evaluation/scoring.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'off-topic-sets-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the off-topic questions of the tune and check halves', () => {
  it('GIVEN the held-out check questions THEN none is also a tune question, a probe or training example of the engine, or a question of the event sets', () => {
    const seen = new Set(
      [...OFF_TOPIC_TUNE, ...OFF_TOPIC_QUESTIONS, ...loadEventQuestionSet().map((q) => q.question)].map(normalizeForMatch),
    );
    expect(OFF_TOPIC_CHECK.length).toBeGreaterThanOrEqual(60);
    expect(new Set(OFF_TOPIC_CHECK.map(normalizeForMatch)).size).toBe(OFF_TOPIC_CHECK.length);
    expect(OFF_TOPIC_CHECK.filter((q) => seen.has(normalizeForMatch(q)))).toEqual([]);
  });

  it('GIVEN an eval folder THEN the tune list is asked in the tune half and the check list in the check half, both as off-topic', () => {
    fs.writeFileSync(path.join(work, 'seed-qa.json'), JSON.stringify({ cases: [{ question: 'Who won the 2022 World Cup?' }] }));
    const sets = loadEvalSets(work)!;
    const offTopic = (half: string) => sets.questions.filter((q) => q.kind === 'off-topic' && q.half === half).map((q) => q.question);
    expect(offTopic('tune')).toEqual(['Who won the 2022 World Cup?', ...OFF_TOPIC_TUNE]);
    expect(offTopic('check')).toEqual([...OFF_TOPIC_CHECK]);
  });
});
