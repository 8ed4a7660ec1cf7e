/**
 * The terminal's conversation (`npm run chat`) with the real engine over the shipped article (real
 * model, real index on disk): follow-ups read with the question before them, "more" pages the last
 * answer, "What happened next?" reads on, "What else…?" leaves out what was shown; and, spawned as a member runs it, one answer per line read
 * from stdin.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULTS, PROJECT_ROOT } from '../../src/config.ts';
import { CHAT_HOW_TO, ChatSession, MORE_HINT } from '../../src/cli/chat-session.ts';
import { corpusEngine, type CorpusEngine } from '../helpers/corpus-engine.ts';
import { runCommand, TSX } from '../helpers/run-command.ts';

let built: CorpusEngine;
beforeAll(async () => {
  built = await corpusEngine('chat', { 'sheinbaum-trump-call.md': fs.readFileSync(path.join(DEFAULTS.corpusDir, 'sheinbaum-trump-call.md'), 'utf8') });
});
afterAll(() => built.remove());

const passageNumbers = (text: string) => [...text.matchAll(/^ {2}(\d+)\. /gm)].map((m) => Number(m[1]));

describe('a conversation at the terminal', () => {
  it('GIVEN a question then a follow-up THEN the follow-up is read with it, and says so', async () => {
    const chat = new ChatSession(built.engine, { top: 3, ansi: false });
    await chat.reply('Who did Marco Rubio speak with?');
    const followUp = await chat.reply('When did they talk?');
    expect(followUp.split('\n')[0]).toBe('Q: When did they talk? (read with “Who did Marco Rubio speak with?”)');
    expect(followUp).toContain('Sunday');
  });

  it('GIVEN two questions on one line THEN both are answered, the second read with the first; "more" then pages the second', async () => {
    const chat = new ChatSession(built.engine, { top: 3, ansi: false });
    const both = await chat.reply('Who did Marco Rubio speak with? And when did they talk?');
    const questions = both.split('\n').filter((line) => line.startsWith('Q: '));
    expect(questions).toEqual(['Q: Who did Marco Rubio speak with?', 'Q: when did they talk? (read with “Who did Marco Rubio speak with?”)']);
    expect(both.slice(both.indexOf(questions[1]!))).toContain('Sunday');
    const more = await chat.reply('more');
    expect(more.split('\n')[0]).toMatch(/^Q: when did they talk\? /);
  });

  it('GIVEN "more" after an answer THEN its next passages, numbered on; when none are left, that is said', async () => {
    const chat = new ChatSession(built.engine, { top: 3, ansi: false });
    const first = await chat.reply('What did Rubio ask for?');
    expect(passageNumbers(first)).toEqual([1, 2, 3]);
    expect(first.endsWith(MORE_HINT)).toBe(true);
    const more = await chat.reply('more');
    expect(more.split('\n')[0]).toBe('Q: What did Rubio ask for?');
    expect(passageNumbers(more)).toEqual([4, 5, 6]);
    let last = more;
    for (let i = 0; i < 20 && !last.startsWith('That was all'); i++) last = await chat.reply('tell me more');
    expect(last).toBe('That was all the coverage has on “What did Rubio ask for?”. Ask another question to look further.');
  });

  it('GIVEN "What happened next?" after an answer THEN what the article says after its first passage; "and then?" goes on; a question after is read with the first', async () => {
    const chat = new ChatSession(built.engine, { top: 2, ansi: false });
    const first = await chat.reply('How long was the call?');
    expect(first).toContain('15-minute');
    const next = await chat.reply('What happened next?');
    expect(next.split('\n')[1]).toBe('What “Mexican President Rejects US Military Aid Against Cartels” says next (in its own order, after the passage quoted before):');
    expect(next).not.toContain('15-minute');
    const quoted = (text: string) => text.split('\n').filter((l) => l.startsWith('     '));
    const then = await chat.reply('and then?');
    for (const line of quoted(then)) expect(quoted(next)).not.toContain(line);
    const follow = await chat.reply('Who initiated it?');
    expect(follow.split('\n')[0]).toContain('(read with “How long was the call?”)');
  });

  it('GIVEN "What else did she say?" after an answer and a page of it THEN no sentence that answered is quoted as an answer again, and it says so; its "more" goes on without them', async () => {
    const chat = new ChatSession(built.engine, { top: 3, ansi: false });
    // The sentence each passage answered with: marked within its context, or the passage itself.
    const quoted = (text: string) => text.split('\n').filter((l) => l.startsWith('     ') && !l.startsWith('     also in')).map((l) => /▸ (.+) ◂/.exec(l)?.[1] ?? l.trim());
    const first = await chat.reply('What did Sheinbaum say about US military intervention?');
    const page = await chat.reply('more');
    const shown = [...quoted(first), ...quoted(page)];
    const besides = await chat.reply('What else did she say?');
    expect(besides.split('\n')[0]).toBe('Q: What else did she say? (read with “What did Sheinbaum say about US military intervention?”) (leaving out the passages quoted before)');
    expect(quoted(besides).length).toBeGreaterThan(0);
    for (const line of quoted(besides)) expect(shown).not.toContain(line);
    const more = await chat.reply('more');
    expect(passageNumbers(more)).toEqual([4, 5, 6]);
    for (const line of quoted(more)) expect([...shown, ...quoted(besides)]).not.toContain(line);
  });

  it('GIVEN "hi" THEN how to ask here, not with npm run ask; "more" with no answer before it says how', async () => {
    const chat = new ChatSession(built.engine, { top: 3, ansi: false });
    const hi = await chat.reply('hi');
    expect(hi).toContain(CHAT_HOW_TO.ask);
    expect(hi).not.toContain('npm run ask');
    expect(await chat.reply('more')).toContain(CHAT_HOW_TO.more);
  });

  it('GIVEN an empty or a too long line THEN the member is told what to fix, and the conversation goes on', async () => {
    const chat = new ChatSession(built.engine, { top: 3, ansi: false });
    await expect(chat.reply('   ')).rejects.toThrow(/empty|question/i);
    await expect(chat.reply('why '.repeat(400))).rejects.toThrow(/long|characters/i);
    expect(await chat.reply('How long was the call?')).toContain('15-minute');
  });
});

describe('npm run chat', { timeout: 120_000 }, () => {
  it('GIVEN questions on stdin THEN each answered in turn on stdout, the follow-up read with the one before; "exit" ends it', async () => {
    const r = await runCommand(TSX, [path.join(PROJECT_ROOT, 'src', 'cli', 'chat.ts'), '--index', path.join(built.root, 'index'), '--corpus', path.join(built.root, 'corpus')], {
      cwd: PROJECT_ROOT,
      input: `Who did Marco Rubio speak with?\n\n${'why '.repeat(400)}\nWhen did they talk?\nexit\nHow long was the call?\n`,
      timeoutMs: 100_000,
      env: { ...process.env, EMBEDDING_MODEL: 'offline', LOG_LEVEL: 'warn' },
    });
    expect(r.status).toBe(0);
    const questions = r.stdout.split('\n').filter((l) => l.startsWith('Q: '));
    expect(questions).toEqual(['Q: Who did Marco Rubio speak with?', 'Q: When did they talk? (read with “Who did Marco Rubio speak with?”)']);
    // A too long line is said on stderr, and the conversation goes on with the next.
    const stderr = r.stderr.split('\n').filter(Boolean);
    expect(stderr[0]).toBe('Model: offline/glove-wink-100d (the offline model built at install)');
    expect(stderr.slice(1)).toHaveLength(1);
    expect(stderr[1]).toMatch(/^error: .*(long|characters)/i);
  });

  it('GIVEN --help THEN the usage on stdout and exit 0; a question on the command line is a usage error', async () => {
    const run = (args: string[]) => runCommand(TSX, [path.join(PROJECT_ROOT, 'src', 'cli', 'chat.ts'), ...args], { cwd: PROJECT_ROOT, input: '', timeoutMs: 100_000, env: { ...process.env, EMBEDDING_MODEL: 'offline', LOG_LEVEL: 'warn' } });
    const help = await run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run --silent chat --/);
    const bad = await run(['How long was the call?']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^error: .*unexpected argument/);
  });

  // A member's terminal: util-linux's `script` runs the chat on a pseudo-terminal (stdin and stdout a
  // TTY), which a pipe is not. Debian's bsdutils, an essential package, ships it.
  const SCRIPT = ['/usr/bin/script', '/bin/script'].find((f) => fs.existsSync(f));
  it.skipIf(!SCRIPT)('GIVEN a terminal THEN it greets, prompts, warms the engine up while the member types, and answers; a pipe gets none of that', async () => {
    const chat = [TSX, path.join(PROJECT_ROOT, 'src', 'cli', 'chat.ts'), '--index', path.join(built.root, 'index'), '--corpus', path.join(built.root, 'corpus')];
    const options = { cwd: PROJECT_ROOT, input: 'How long was the call?\nexit\n', timeoutMs: 100_000, env: { ...process.env, EMBEDDING_MODEL: 'offline', LOG_LEVEL: 'debug' } };
    // -q no banner, -e the chat's exit status, -f output flushed as it comes; the terminal merges stdout and stderr.
    const terminal = await runCommand(SCRIPT!, ['-qefc', chat.map((a) => `'${a}'`).join(' '), '/dev/null'], options);
    expect(terminal.status, terminal.stdout + terminal.stderr).toBe(0);
    const shown = terminal.stdout;
    const greeting = /Ask about the coverage, one question per line/;
    expect(shown).toMatch(greeting);
    expect(shown).toMatch(/\n\S*> /);
    // The warm-up's own question went the whole way (searched, not read as small talk).
    expect(shown).toMatch(/warmed up\S*\s+\S*ms=\d+ searched=true/);
    // A terminal gets the answer's words underlined (ANSI), as ChatSession is told to.
    expect(shown).toContain('\u001b[4m15-minute\u001b[24m');
    const piped = await runCommand(chat[0]!, chat.slice(1), options);
    expect(piped.status).toBe(0);
    expect(piped.stderr).not.toMatch(/warmed up/);
    expect(piped.stderr).not.toMatch(greeting);
    expect(piped.stdout).toContain('15-minute');
    expect(piped.stdout).not.toContain('\u001b[');
  });
});
