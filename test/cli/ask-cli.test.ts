import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { runCommand, TSX } from '../helpers/run-command.ts';
import { REPRINT_TITLE, reprintOfShippedArticle, SHIPPED_ARTICLE } from '../helpers/reprint.ts';

let work: string;
let indexDir: string;

/** A cold tsx start on a loaded two-core machine takes many seconds; each test gets room for that. */
const COMMAND_TIMEOUT = 100_000;
const TEST_TIMEOUT = 120_000;

async function run(script: 'ask' | 'chat' | 'index-command', args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const result = await runCommand(TSX, [path.join(PROJECT_ROOT, 'src', 'cli', `${script}.ts`), ...args], {
    cwd: PROJECT_ROOT,
    input: options.input ?? '',
    timeoutMs: COMMAND_TIMEOUT,
    env: { ...process.env, EMBEDDING_MODEL: 'offline', LOG_LEVEL: 'warn', ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-test-'));
  indexDir = path.join(work, 'index');
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** The shipped article and `others` (file → text) in a corpus folder of their own: the `--corpus` and `--index` arguments. */
function corpusWithArticle(name: string, others: Record<string, string>): string[] {
  const corpus = path.join(work, `${name}-corpus`);
  fs.mkdirSync(corpus);
  fs.writeFileSync(path.join(corpus, 'sheinbaum-trump-call.md'), SHIPPED_ARTICLE);
  for (const [file, text] of Object.entries(others)) fs.writeFileSync(path.join(corpus, file), text);
  return ['--corpus', corpus, '--index', path.join(work, `${name}-index`)];
}

/** A second story that tells of a call too. */
const BAKERY = { 'bakery.md': '# Harbour bakery expands\n\nThe owners called the bank on Monday; the call lasted an hour. The harbour bakery opens a second shop in May.\n' };

describe('npm run ask (CLI contract)', { timeout: TEST_TIMEOUT }, () => {
  it('GIVEN --json and a question THEN stdout is exactly one JSON object with the contract fields', async () => {
    const r = await run('ask', ['--json', '--index', indexDir, 'How long was the call?']);
    expect(r.code).toBe(0);
    // stderr says which model answers, once, in plain words, and nothing else (no progress for work under a second).
    expect(r.stderr).toBe('Model: offline/glove-wink-100d (the offline model built at install)\n');
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0]!);
    expect(answer.question).toBe('How long was the call?');
    expect(answer.answered).toBe(true);
    expect(answer.passages.length).toBeGreaterThan(0);
    expect(answer.passages.length).toBeLessThanOrEqual(3);
    for (const p of answer.passages) {
      expect(typeof p.text).toBe('string');
      expect(p.text.length).toBeLessThanOrEqual(600);
      expect(p.source).toBe('Mexican President Rejects US Military Aid Against Cartels');
      // The outlet, from the article's front matter.
      expect(p.publisher).toBe('Polar Herald');
      expect(p.location).toMatch(/sentence/);
      expect(typeof p.score).toBe('number');
    }
    const scores = answer.passages.map((p: { score: number }) => p.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('GIVEN --file - with three questions THEN three JSON lines in order, --top respected', async () => {
    const questions = ['Who is Mexico\'s foreign minister?', 'What is the capital of Australia?', 'What did Rubio ask for?'];
    const r = await run('ask', ['--json', '--top', '2', '--index', indexDir, '--file', '-'], { input: questions.join('\n') + '\n' });
    expect(r.code).toBe(0);
    const answers = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(answers.map((a) => a.question)).toEqual(questions);
    expect(answers[1].answered).toBe(false);
    for (const a of answers) expect(a.passages.length).toBeLessThanOrEqual(2);
  });

  it('GIVEN two questions in one THEN one answer each, in order (a JSON line each)', async () => {
    const r = await run('ask', ['--json', '--index', indexDir, 'Who did Rubio speak with? And what did he ask for?']);
    expect(r.code).toBe(0);
    const answers = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(answers.map((a) => a.question)).toEqual(['Who did Rubio speak with?', 'what did he ask for?']);
    expect(answers[0].passages[0].text).toContain('de la Fuente');
    expect(answers[1].passages[0].text).toContain('tangible results');
  });

  it('GIVEN an overview request, a question on the sources and one in French THEN the JSON says overview (no confidence) twice, then notEnglish', async () => {
    const questions = ['Give me a summary', "Combien de temps a duré l'appel ?", 'What are your sources?'];
    const r = await run('ask', ['--json', '--index', indexDir, '--file', '-'], { input: questions.join('\n') + '\n' });
    expect(r.code).toBe(0);
    const [overview, french, sources] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(overview).toMatchObject({ answered: true, overview: true, confidence: null });
    expect(overview.passages[0].location).toBe('sentence 2');
    // Where the answers come from: each article's opening, with its link.
    expect(sources).toMatchObject({ answered: true, overview: true, confidence: null });
    expect(sources.passages[0].url).toMatch(/^https:\/\//);
    expect(french).toMatchObject({ answered: false, notEnglish: true });
    expect(french.notMentioned).toBeUndefined();
  });

  it('GIVEN a question about a thing the article never names THEN the JSON names it (missing when answered, notMentioned when refused)', async () => {
    const r = await run('ask', ['--json', '--index', indexDir, '--file', '-'], { input: 'What sports does Sheinbaum like?\nHow long was the call?\nWhat language does Sheinbaum speak?\n' });
    expect(r.code).toBe(0);
    const [sports, call, language] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    // It shares only a name with the article: refused, saying what the article never mentions.
    expect(sports).toMatchObject({ answered: false, notMentioned: ['sports'] });
    expect(call.answered).toBe(true);
    expect('missing' in call).toBe(false);
    // "speak" is said in other words: answered, with the note.
    expect(language).toMatchObject({ answered: true, missing: ['language'] });
  });

  it('GIVEN a question with typos THEN the real CLI says how it read them, in text on the question line and in JSON (readAs)', async () => {
    const text = await run('ask', ['--index', indexDir, 'How lnog was the phnoe call?']);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')[0]).toBe('Q: How lnog was the phnoe call? (read “lnog” as “long”, “phnoe” as “phone”)');
    const json = await run('ask', ['--json', '--index', indexDir, '--file', '-'], { input: 'How lnog was the phnoe call?\nHow long was the call?\n' });
    const [typed, written] = json.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(typed.readAs).toEqual([{ typed: 'lnog', read: 'long' }, { typed: 'phnoe', read: 'phone' }]);
    expect('readAs' in written).toBe(false);
  });

  it('GIVEN "When did they speak?" THEN the real CLI says whom and which verb it read it as, in text on the question line and in JSON (readAsAbout, readAs)', async () => {
    const text = await run('ask', ['--index', indexDir, 'When did they speak?']);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')[0]).toBe('Q: When did they speak? (read as about “Claudia Sheinbaum” and “Donald Trump”, whom the latest story names first) (read “speak” as “talk”)');
    expect(text.stdout).toContain('15-minute');
    const json = await run('ask', ['--json', '--index', indexDir, '--file', '-'], { input: 'When did they speak?\nWhat did he offer?\n' });
    const [story, open] = json.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(story).toMatchObject({ answered: true, readAsAbout: ['Claudia Sheinbaum', 'Donald Trump'], readAs: [{ typed: 'speak', read: 'talk' }] });
    expect('readAsAbout' in open).toBe(false);
  });

  it('GIVEN a question sharing only names with the article THEN the text reply says what it never mentions, not an answer', async () => {
    const r = await run('ask', ['--index', indexDir, 'What is the population of Mexico City?']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("doesn't answer this (it never mentions population)");
    expect(r.stdout).toContain('Nearest passages (not an answer)');
  });

  it('GIVEN a question about things two documents each mention, never together THEN the text and the JSON say so, with the nearest passages', async () => {
    const args = corpusWithArticle('apart', { 'bakery.md': '# Harbour bakery expands\n\nThe harbour bakery raised fresh capital from local investors to open a second shop.\n' });
    const text = await run('ask', [...args, 'What is the capital of Venezuela?']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("doesn't answer this (it mentions \u201ccapital\u201d and \u201cvenezuela\u201d, but never together).");
    expect(text.stdout).toContain('Nearest passages (not an answer)');
    const json = await run('ask', [...args, '--json', 'What is the capital of Venezuela?']);
    expect(JSON.parse(json.stdout)).toMatchObject({ answered: false, neverTogether: ['capital', 'venezuela'] });
  });

  it('GIVEN --source naming one document of two THEN only it is searched, and the answer says so; one naming none is exit 2 with the documents listed', async () => {
    const args = corpusWithArticle('source', BAKERY);
    const text = await run('ask', [...args, '--source', 'harbour bakery', 'How long was the call?']);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')[0]).toBe('Q: How long was the call? (searched “Harbour bakery expands” only)');
    expect(text.stdout).toContain('the call lasted an hour');
    expect(text.stdout).not.toContain('15-minute');
    const json = await run('ask', [...args, '--json', '--source', 'sheinbaum-trump-call.md', 'How long was the call?']);
    const answer = JSON.parse(json.stdout);
    expect(answer.within).toBe('Mexican President Rejects US Military Aid Against Cartels');
    expect(answer.passages[0].answer).toBe('15-minute');
    const refused = await run('ask', [...args, '--source', 'bakery', 'Why did Sheinbaum reject US military intervention?']);
    expect(refused.stdout).toContain('“Harbour bakery expands” doesn\'t answer this');
    expect(refused.stdout).toContain('“Mexican President Rejects US Military Aid Against Cartels” does: ask again without the source, or with that one.');
    const none = await run('ask', [...args, '--source', 'zebra', 'How long was the call?']);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('No document of the coverage is called "zebra". Give its title, a few words of it, or its id: “Harbour bakery expands” (bakery.md); “Mexican President Rejects US Military Aid Against Cartels” (sheinbaum-trump-call.md).');
  });

  it('GIVEN a corpus with a reprint of the article THEN a sentence both print is one passage, the JSON citing the other outlet (alsoIn)', async () => {
    const r = await run('ask', ['--json', ...corpusWithArticle('reprint', { 'gazette-reprint.md': reprintOfShippedArticle() }), 'How long was the call?']);
    expect(r.code).toBe(0);
    const answer = JSON.parse(r.stdout);
    const [first] = answer.passages;
    expect(first.answer).toBe('15-minute');
    expect(first.alsoIn).toHaveLength(1);
    expect([first.source, first.alsoIn[0].source].sort()).toEqual(['Mexican President Rejects US Military Aid Against Cartels', REPRINT_TITLE].sort());
    expect(first.alsoIn[0].location).toBe('sentence 3');
  });

  it('GIVEN questions asking for a duration and an age THEN the JSON names the words that answer, or the kind the coverage never gives', async () => {
    const r = await run('ask', ['--json', '--index', indexDir, '--file', '-'], { input: 'How long was the call?\nHow old is Donald Trump?\n' });
    expect(r.code).toBe(0);
    const [call, age] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(call.passages[0].answer).toBe('15-minute');
    expect('notGiven' in call).toBe(false);
    // The article gives no age anywhere: refused, and the JSON says which kind.
    expect(age.passages.some((p: { answer?: string }) => p.answer)).toBe(false);
    expect(age).toMatchObject({ answered: false, neverGiven: 'age' });
    expect('notGiven' in age).toBe(false);
  });

  it('GIVEN small talk THEN the real CLI answers it in kind, in text and in JSON, with no passage', async () => {
    const text = await run('ask', ['--index', indexDir, 'thanks!']);
    expect(text.code).toBe(0);
    expect(text.stdout).toBe('Q: thanks!\nYou’re welcome! Ask again any time.\n\n');
    const r = await run('ask', ['--json', '--index', indexDir, '--file', '-'], { input: 'hi\nwhat is it?\n' });
    expect(r.code).toBe(0);
    const [hi, vague] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(hi).toMatchObject({ question: 'hi', answered: false, conversational: 'greeting', passages: [] });
    expect(hi.examples.length).toBeGreaterThan(0);
    expect(vague).toMatchObject({ answered: false, conversational: 'no-subject', passages: [] });
  });

  it('GIVEN --file with one bad line THEN that line reports its error in place and the others are answered', async () => {
    const questions = ['How long was the call?', 'why '.repeat(400), 'Who is Mexico\'s foreign minister?'];
    const r = await run('ask', ['--json', '--index', indexDir, '--file', '-'], { input: questions.join('\n') + '\n' });
    expect(r.code).toBe(0);
    const answers = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(answers).toHaveLength(3);
    expect(answers[1].error).toMatch(/too long/);
    expect(answers[0].answered && answers[2].answered).toBe(true);
  });

  it('GIVEN --file naming a file that does not exist THEN exit code 2 and a one-line reason', async () => {
    const r = await run('ask', ['--index', indexDir, '--file', path.join(work, 'nope.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/cannot read questions from .*nope\.txt/);
  });

  it('GIVEN no --json THEN a readable answer with citations', async () => {
    const r = await run('ask', ['--index', indexDir, 'Who did Marco Rubio speak with?']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('de la Fuente');
    // The document is named once, its passages below it with their places.
    // The document is named with its outlet and date.
    expect(r.stdout.match(/Mexican President Rejects US Military Aid Against Cartels — Polar Herald — as of 2026-01-12\n/g)).toHaveLength(1);
    expect(r.stdout).toMatch(/\n {2}1\. (§ .+, )?sentences? \d/);
  });

  it.each([
    [['--top', '0', 'x'], /--top/],
    [['--json'], /no question/],
    [['--bogus', 'x'], /unknown option/],
    [['   '], /empty/],
    [['why '.repeat(2500)], /too long/],
  ])('GIVEN bad usage %# THEN exit code 2 and a one-line reason', async (args, reason) => {
    const r = await run('ask', ['--index', indexDir, ...(args as string[])]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(reason as RegExp);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it('GIVEN --help THEN the usage on stdout and exit 0', async () => {
    const r = await run('ask', ['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: npm run --silent ask/);
    expect(r.stderr).toBe('');
  });

  it('GIVEN -x before a question THEN a one-line usage error, the question is not asked', async () => {
    const r = await run('ask', ['--index', indexDir, '-x', 'How long was the call?']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^error: unknown option -x; a question that starts with "-" goes after "--"/)]);
  });

  it('GIVEN a question that starts with "-" after "--" THEN it is answered', async () => {
    const r = await run('ask', ['--json', '--index', indexDir, '--', '-- how long was the call?']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).question).toBe('-- how long was the call?');
  });

  it.each([
    ['an existing file', (file: string) => file, /it is a file, not a folder/],
    ['a path under a file', (file: string) => path.join(file, 'index'), /part of the path is a file, not a folder/],
  ])('GIVEN --index naming %s THEN one line saying what to do, exit 2, no stack trace', async (_, indexPath, reason) => {
    const file = path.join(work, 'a-file');
    fs.writeFileSync(file, 'not an index');
    const r = await run('ask', ['--index', indexPath(file), 'How long was the call?']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(reason);
    expect(r.stderr).toMatch(/Point --index \/ INDEX_DIR at a folder you can write to/);
  });

  it('GIVEN a corpus with a binary file THEN it is skipped with one warning and the rest answers', async () => {
    const corpus = path.join(work, 'mixed');
    fs.mkdirSync(corpus);
    fs.copyFileSync(path.join(PROJECT_ROOT, 'corpus', 'sheinbaum-trump-call.md'), path.join(corpus, 'article.md'));
    fs.writeFileSync(path.join(corpus, 'photo.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3, 0, 255]));
    const r = await run('ask', ['--json', '--corpus', corpus, '--index', path.join(work, 'mixed-index'), 'How long was the call?']);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n').filter((l) => l.includes('photo.md'))).toHaveLength(1);
    expect(JSON.parse(r.stdout).answered).toBe(true);
  });

  it('GIVEN an empty corpus THEN exit code 2 and a message saying what to do', async () => {
    const corpus = path.join(work, 'empty');
    fs.mkdirSync(corpus);
    const r = await run('ask', ['--corpus', corpus, '--index', path.join(work, 'empty-index'), 'anything?']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no readable .*document/i);
  });
});

describe('npm run index', { timeout: TEST_TIMEOUT }, () => {
  // Two commands, so twice the room.
  it('GIVEN a new index folder THEN it builds and prints what was added; a second run changes nothing', { timeout: 2 * TEST_TIMEOUT }, async () => {
    const dir = path.join(work, 'index-cmd');
    const first = await run('index-command', ['--index', dir]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Added: 1 \(sheinbaum-trump-call\.md\)/);
    // What the index was measured with, and the answer-or-refuse method it serves with.
    expect(first.stdout).toMatch(/\nDense scale: unrelated -?\d\.\d{3}, match \d\.\d{3} \(dense scale: mean cosine of \d+ questions/);
    expect(first.stdout).toMatch(/\nAnswer or refuse: ranking: coordinate ascent .*; decision: logistic regression of answerable .*; threshold 0\.\d+\n/);
    expect(first.stdout).not.toContain('saved for an earlier decision');

    // Saved for the decision of an earlier training: the line tells the one answers use, and says so.
    const generation = fs.readdirSync(dir).find((e) => e.startsWith('gen-'))!;
    const manifestFile = path.join(dir, generation, 'manifest.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    const inForce = manifest.calibration.decision as string;
    manifest.calibration.decision = inForce.replace(/threshold 0\.\d+$/, 'threshold 0.5');
    fs.writeFileSync(manifestFile, JSON.stringify(manifest));
    const second = await run('index-command', ['--index', dir]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/Unchanged: 1 document/);
    expect(second.stdout).toContain(`\nAnswer or refuse: ${inForce}\n  (the index was saved for an earlier decision:`);
  });

  it('GIVEN a corpus folder that does not exist THEN exit code 2 and a message naming it', async () => {
    const r = await run('index-command', ['--corpus', path.join(work, 'missing'), '--index', path.join(work, 'missing-index')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing.*does not exist/);
  });

  it('GIVEN --index naming an existing file THEN one line saying what to do, exit 2, no stack trace', async () => {
    const file = path.join(work, 'index-file');
    fs.writeFileSync(file, 'not an index');
    const r = await run('index-command', ['--index', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^error: The index folder .*index-file cannot be used: it is a file, not a folder\. Point --index/)]);
  });

  it('GIVEN an unknown argument THEN exit code 2', async () => {
    expect((await run('index-command', ['--wat'])).code).toBe(2);
  });
});

describe('npm run chat', { timeout: TEST_TIMEOUT }, () => {
  it('GIVEN questions on stdin THEN each is answered on stdout, a too long one is said on stderr and the chat goes on, and "exit" ends it', async () => {
    const input = ['How long was the call?', '', 'x'.repeat(600), 'And who did she talk to?', 'exit', 'What did Rubio ask for?', ''].join('\n');
    const r = await run('chat', ['--index', indexDir], { input });
    expect(r.code).toBe(0);
    const replies = r.stdout.trim().split(/\n\n(?=Q: )/);
    expect(replies.map((reply) => reply.split('\n')[0])).toEqual(['Q: How long was the call?', expect.stringMatching(/^Q: And who did she talk to\?/)]);
    expect(replies[0]).toContain('15-minute phone call');
    expect(r.stderr).toMatch(/^error: .*500/m);
    expect(r.stdout).not.toContain('Rubio ask');
  });

  it('GIVEN --source THEN every question is asked within that document, the follow-up too; one naming no document is exit 2 before any question', async () => {
    const args = corpusWithArticle('chat-source', BAKERY);
    const r = await run('chat', [...args, '--source', 'bakery'], { input: 'How long was the call?\nWhen does the second shop open?\n' });
    expect(r.code).toBe(0);
    const replies = r.stdout.trim().split(/\n\n(?=Q: )/);
    expect(replies.map((reply) => reply.split('\n')[0])).toEqual([
      'Q: How long was the call? (searched “Harbour bakery expands” only)',
      expect.stringMatching(/^Q: When does the second shop open\? .*\(searched “Harbour bakery expands” only\)$/),
    ]);
    expect(replies[0]).toContain('the call lasted an hour');
    expect(r.stdout).not.toContain('15-minute');
    const none = await run('chat', [...args, '--source', 'zebra'], { input: 'How long was the call?\n' });
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('No document of the coverage is called "zebra"');
  });

  it('GIVEN --help THEN the usage on stdout, exit 0; an unknown option, exit 2', async () => {
    const help = await run('chat', ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run --silent chat/);
    expect((await run('chat', ['--json'])).code).toBe(2);
  });
});
