import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { runCommand } from '../helpers/run-command.ts';

/** A cold tsx start on a loaded two-core machine takes many seconds; the test gets room for that. */
const COMMAND_TIMEOUT = 100_000;
const TEST_TIMEOUT = 120_000;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-cli-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('npm run eval', () => {
  it('GIVEN an eval folder in the shared formats THEN it prints hit rates, answered and refused counts, and the peer', { timeout: TEST_TIMEOUT }, async () => {
    fs.writeFileSync(
      path.join(work, 'seed-qa.json'),
      JSON.stringify({ cases: [{ question: 'How long was the call?', answers: ['15-minute'] }, { question: 'How do I bake sourdough bread?' }] }),
    );
    const context = 'The Normans were the people who gave their name to Normandy, a region in France. They were descended from Norse raiders.';
    fs.writeFileSync(
      path.join(work, 'squad2-dev.json'),
      JSON.stringify({
        data: [{ title: 'Normans', paragraphs: [{ context, qas: [{ question: 'In what country is Normandy located?', answers: [{ text: 'France', answer_start: 0 }], is_impossible: false }, { question: 'Who ate the moon?', answers: [], is_impossible: true }] }] }],
      }),
    );
    const r = await runCommand(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), [path.join(PROJECT_ROOT, 'src', 'cli', 'eval.ts'), '--eval-dir', work], {
      cwd: PROJECT_ROOT,
      timeoutMs: COMMAND_TIMEOUT,
      env: { ...process.env, EMBEDDING_MODEL: 'offline', LOG_LEVEL: 'warn' },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/seed-qa \(1 on-topic, 1 off-topic\):\n  engine {5}hit@1 100\.0% {2}hit@3 100\.0% {2}on-topic answered 100\.0% {2}off-topic refused 1\/1/);
    expect(r.stdout).toMatch(/squad2-dev \(1 questions, 1 articles\):\n  engine {5}hit@1 100\.0%/);
    expect(r.stdout).toMatch(/MiniSearch hit@1/);
  });
});
