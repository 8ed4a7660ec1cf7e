import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { OFF_TOPIC_TUNE } from '../../src/evaluation/off-topic-tune.ts';
import { runCommand, TSX } from '../helpers/run-command.ts';

/** A cold tsx start on a loaded two-core machine takes many seconds; the test gets room for that. */
const COMMAND_TIMEOUT = 100_000;
const TEST_TIMEOUT = 120_000;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-cli-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** `npm run eval -- ARGS`, with the offline model. */
function runEval(args: readonly string[]) {
  return runCommand(TSX, [path.join(PROJECT_ROOT, 'src', 'cli', 'eval.ts'), ...args], {
    cwd: PROJECT_ROOT,
    timeoutMs: COMMAND_TIMEOUT,
    env: { ...process.env, EMBEDDING_MODEL: 'offline', LOG_LEVEL: 'warn' },
  });
}

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
    const r = await runEval(['--eval-dir', work]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Evaluation sets: ${work} (missing: squad2-more.json)`);
    // Setting 1: the event article answers its question and refuses the off-topic one.
    expect(r.stdout).toMatch(/event article \(seed\) +answerable +1 +answered 100\.0% +hit@1 100\.0%/);
    expect(r.stdout).toMatch(/tune \(2 articles\) +answerable +2 /);
    // The tune half's off-topic questions, the seed's and the project's, are asked of both articles.
    expect(r.stdout).toMatch(new RegExp(`unanswerable refused +[\\d.]+% of 1, off-topic refused +[\\d.]+% of ${(1 + OFF_TOPIC_TUNE.length) * 2}\\b`));
    // Setting 2: one corpus of both documents; setting 3 is reported beside them.
    expect(r.stdout).toMatch(/2\. Mixed corpus: 2 documents in one corpus/);
    expect(r.stdout).toMatch(/MiniSearch hit@1/);
    expect(r.stdout).toMatch(/confidence: high \d+/);
    // The check half holds the project's own held-out off-topic questions even without squad2-more.
    expect(r.stdout).toMatch(/check \(0 articles\)[^\n]*\n[^\n]*off-topic refused +[\d.]+% of \d{2}/);
    // …reported by kind as well, so that a gap can be placed without reading the held-out questions.
    expect(r.stdout).toMatch(/check \(0 articles\)[^\n]*\n[^\n]*\n *off-topic refused by kind: general \d+ of \d+, everyday \d+ of \d+, near the event \d+ of \d+, near an article \d+ of \d+\n/);
    // The project's own further event questions, alone and in the mixed corpus, apart from the rows above.
    expect(r.stdout).toMatch(/More event questions \(eval\/event-questions\.json: \d{2} answerable, \d{2} it does not answer/);
    expect(r.stdout).toMatch(/event article alone +answerable +\d{2} /);
    expect(r.stdout).toMatch(/in the mixed corpus +answerable +\d{2} [^\n]*top passage from its article/);
    expect(r.stdout).toMatch(/2\. Mixed corpus[^]*\n  check +answerable +0 /);
    // The same questions typed as in a chat, and how often they are decided as when written.
    expect(r.stdout).toMatch(/2b\. Typed as in a chat[^\n]*\n  tune +answerable +2 [^]*decided as when written: [\d.]+%, with the same first passage [\d.]+%/);
    // Each article's questions asked of the mixed corpus without it: about coverage it lacks, refused.
    expect(r.stdout).toMatch(/2c\. Coverage the corpus lacks[^\n]*\n  tune +refused 100\.0% of 2 \(2 articles; the event article's questions without it: 100\.0% of 1\)\n  check +refused [\d.]+% of (\d{2}) \(1 article; the event article's questions without it: [\d.]+% of \1\)/);
    // Setting 5: the event article's answerable questions (the seed's one and the further ones), alone and with a reprint.
    expect(r.stdout).toMatch(/5\. A reprint in the corpus: [^\n]*\((\d{2}) answerable event questions\)\n  the article alone +answerable +\1 [^]*\n  article \+ reprint +answerable +\1 /);
    expect(r.stdout).toMatch(/first passage also cites the other outlet \("also in"\): [1-9][\d.]*%/);
  });

  it('GIVEN no evaluation folder THEN it says where it looked and exits 2', { timeout: TEST_TIMEOUT }, async () => {
    const missing = path.join(work, 'nowhere');
    const r = await runEval(['--eval-dir', missing]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`no evaluation sets at ${missing}`);
    expect(r.stdout).toBe('');
  });

  it('GIVEN --setting reprint --half tune THEN only the reprint setting is printed, for the tune half\'s event questions', { timeout: TEST_TIMEOUT }, async () => {
    const r = await runEval(['--eval-dir', work, '--setting', 'reprint', '--half', 'tune']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/5\. A reprint in the corpus: [^\n]*\(1 answerable event questions\)\n  the article alone +answerable +1 +answered 100\.0% +hit@1 100\.0%[^]*\n  article \+ reprint +answerable +1 +answered 100\.0% +hit@1 100\.0%/);
    expect(r.stdout).toMatch(/first passage also cites the other outlet \("also in"\): 100\.0%/);
    expect(r.stdout).not.toMatch(/One article per corpus|Mixed corpus|Follow-ups|More event questions/);
  });

  it('GIVEN --setting reprint and a half with no answerable event question THEN exit 2 saying so', { timeout: TEST_TIMEOUT }, async () => {
    const offTopicOnly = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-cli-off-'));
    try {
      fs.writeFileSync(path.join(offTopicOnly, 'seed-qa.json'), JSON.stringify({ cases: [{ question: 'How do I bake sourdough bread?' }] }));
      const r = await runEval(['--eval-dir', offTopicOnly, '--setting', 'reprint', '--half', 'tune']);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/no answerable event questions for the reprint setting in this half/);
    } finally {
      fs.rmSync(offTopicOnly, { recursive: true, force: true });
    }
  });

  it('GIVEN --setting lacking --half tune THEN only the questions asked without their own article are printed', { timeout: TEST_TIMEOUT }, async () => {
    const r = await runEval(['--eval-dir', work, '--setting', 'lacking', '--half', 'tune', '--json', path.join(work, 'lacking.json')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/2c\. Coverage the corpus lacks[^\n]*\n  tune +refused 100\.0% of 2 /);
    expect(r.stdout).not.toMatch(/1\. One article|2\. Mixed corpus|2b\.|check +refused/);
    // Each asked of a corpus that is not its own: the event question of the Normans article alone, and the other way round.
    const records = JSON.parse(fs.readFileSync(path.join(work, 'lacking.json'), 'utf8')) as { setting: string; q: { question: string; kind: string }; answered: boolean }[];
    expect(records.map((x) => [x.setting, x.q.kind, x.q.question, x.answered]).sort()).toEqual([
      ['lacking', 'off-topic', 'How long was the call?', false],
      ['lacking', 'off-topic', 'In what country is Normandy located?', false],
    ]);
  });

  it('GIVEN --setting chat --half tune THEN only the chat-style asking of the mixed corpus is printed, for the tune half', { timeout: TEST_TIMEOUT }, async () => {
    const r = await runEval(['--eval-dir', work, '--setting', 'chat', '--half', 'tune']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/2b\. Typed as in a chat[^\n]*\n  tune +answerable +\d+ /);
    expect(r.stdout).toMatch(/decided as when written: [\d.]+%/);
    // And with a key slipped, against the same questions as written.
    expect(r.stdout).toMatch(/\n {4}With a key slipped: [^\n]*\n  tune +answerable +\d+ /);
    expect(r.stdout.match(/decided as when written: [\d.]+%, with the same first passage [\d.]+%/g)).toHaveLength(2);
    expect(r.stdout).not.toMatch(/2\. Mixed corpus|1\. One article|check +answerable/);
  });

  it('GIVEN --setting claims THEN only the claims to check are printed, each figure a count of the shipped set', { timeout: TEST_TIMEOUT }, async () => {
    const r = await runEval(['--eval-dir', work, '--setting', 'claims', '--half', 'check', '--verbose']);
    expect(r.status).toBe(0);
    // --verbose adds each claim as it was asked, and what came of it.
    expect(r.stdout).toMatch(/\n  \[claim\] answered rank 1 corrected 15-minute: The call lasted an hour, is that right\?\n/);
    expect(r.stdout).toMatch(/6\. Claims to check: \d+ statements about the event article \(eval\/claims\.json; check half, never tuned on\)\n  the article speaks of +\d+ of \d+ answered, settling passage first \d+ of \d+, in the first three \d+ of \d+\n/);
    expect(r.stdout).toMatch(/  not spoken of +\d+ of \d+ refused/);
    expect(r.stdout).not.toMatch(/One article per corpus|Mixed corpus|Follow-ups|reprint|3\. Questions with no answer/);
    // The claims are all of the check half: a tune run leaves them out.
    const tune = await runEval(['--eval-dir', work, '--setting', 'claims', '--half', 'tune']);
    expect(tune.status).toBe(0);
    expect(tune.stdout).not.toMatch(/Claims to check/);
  });

  it('GIVEN --setting claims or follow-ups and no shared evaluation folder THEN the project\'s own sets are asked all the same', { timeout: TEST_TIMEOUT }, async () => {
    const r = await runEval(['--eval-dir', path.join(work, 'nowhere'), '--setting', 'claims']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Evaluation sets: none needed (this setting reads its own file, named below)');
    expect(r.stdout).toMatch(/6\. Claims to check: \d+ statements about the event article \(eval\/claims\.json;/);
    // So are the project's follow-ups.
    const followUps = await runEval(['--eval-dir', path.join(work, 'nowhere'), '--setting', 'follow-ups', '--half', 'check']);
    expect(followUps.status).toBe(0);
    expect(followUps.stdout).toContain('Evaluation sets: none needed (this setting reads its own file, named below)');
    expect(followUps.stdout).toMatch(/4\. Follow-ups: \d+ two-turn exchanges about the event article \(eval\/follow-ups\.json\)/);
    // The settings that read the shared sets still say where they looked.
    const single = await runEval(['--eval-dir', path.join(work, 'nowhere'), '--setting', 'single']);
    expect(single.status).toBe(2);
    expect(single.stderr).toMatch(/no evaluation sets at .*nowhere: .*--setting follow-ups and --setting claims need none/);
  });

  it('GIVEN --setting single --half tune THEN only that setting and half are printed', { timeout: TEST_TIMEOUT }, async () => {
    const r = await runEval(['--eval-dir', work, '--setting', 'single', '--half', 'tune']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/1\. One article per corpus/);
    expect(r.stdout).toMatch(/tune \(2 articles\) +answerable +2 /);
    expect(r.stdout).not.toMatch(/Mixed corpus|check \(|More event questions/);
  });

  it('GIVEN --setting follow-ups and a set of two exchanges THEN it prints each half\'s follow-ups alone and with the first turn', { timeout: TEST_TIMEOUT }, async () => {
    const set = path.join(work, 'follow-ups.json');
    fs.writeFileSync(
      set,
      JSON.stringify({
        cases: [
          { half: 'tune', kind: 'follow-up', first: 'Who did Marco Rubio speak with?', followUp: 'When did they talk?', answers: ['Sunday conversation'] },
          { half: 'check', kind: 'off-topic', first: 'How long was the call?', followUp: 'How do I bake sourdough bread?' },
        ],
      }),
    );
    const r = await runEval(['--eval-dir', work, '--setting', 'follow-ups', '--follow-ups', set]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/4\. Follow-ups: 2 two-turn exchanges/);
    expect(r.stdout).toMatch(/tune\n +follow-ups \(refer back\) +1 +alone +hit@1 +[\d.]+% +hit@3 +[\d.]+% +answered +[\d.]+%\n +follow-ups \(refer back\) +1 +with first turn +hit@1 100\.0%/);
    expect(r.stdout).toMatch(/check\n +to refuse \(unanswerable, off-topic\) +1 +alone +refused 100\.0%\n +to refuse \(unanswerable, off-topic\) +1 +with first turn +refused 100\.0%/);
    expect(r.stdout).not.toMatch(/One article per corpus|Mixed corpus/);
  });

  it.each([
    [['--setting', 'both'], /--setting must be single, mixed, chat, lacking, follow-ups, reprint, claims or all, got "both"/],
    [['--half', 'train'], /--half must be tune, check or all, got "train"/],
    [['--nope'], /Unknown option '--nope'/],
  ])('GIVEN bad options %j THEN exit 2 with the reason and the usage', { timeout: TEST_TIMEOUT }, async (args, reason) => {
    const r = await runEval(['--eval-dir', work, ...args]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(reason);
    expect(r.stderr).toContain('usage: npm run eval');
  });
});

describe.each(['train-weights.ts', 'decision-curve.ts'])('scripts/%s (npm run train, the decision curve)', (script) => {
  it('GIVEN no evaluation sets THEN it says where it looked and exits 2 before any work', { timeout: TEST_TIMEOUT }, async () => {
    const missing = path.join(work, 'no-sets');
    const r = await runCommand(TSX, [path.join(PROJECT_ROOT, 'scripts', script), '--eval-dir', missing], {
      cwd: PROJECT_ROOT,
      timeoutMs: COMMAND_TIMEOUT,
      env: { ...process.env, LOG_LEVEL: 'warn' },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`the evaluation sets are needed at ${missing}`);
    expect(r.stdout).toBe('');
  });
});
