import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import Database from 'better-sqlite3';
import { createLogger } from '../../src/log.ts';
import { importFeedbackFile, parseFeedbackLines } from '../../src/question-log/import-feedback.ts';
import { openQuestionLog, PRUNE_INTERVAL_MS } from '../../src/question-log/open-question-log.ts';
import { QuestionLog, type QuestionEntry } from '../../src/question-log/question-log.ts';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-02-01T12:00:00Z');

let dir: string;
let file: string;
/** Children of a test that failed half-way are killed, so none outlive the run. */
const children = new Set<import('node:child_process').ChildProcess>();
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'question-log-'));
  file = path.join(dir, 'data', 'bot.sqlite');
});
afterEach(async () => {
  for (const child of children) child.kill('SIGKILL');
  children.clear();
  await rm(dir, { recursive: true, force: true });
});

/** The columns the migrations after the first added, in order. */
const ADDED_COLUMNS = ['missing', 'not_given', 'never_together', 'answered_elsewhere'];
/** The schema versions: the first, one per added column, and the rebuild that made ids never given twice. */
const SCHEMA_VERSION = ADDED_COLUMNS.length + 2;

/**
 * A log holding `entry` as a bot at schema `version` wrote it (the columns added since dropped),
 * opened by this one, which migrates it.
 */
function reopenedFromVersion(version: number, entry: QuestionEntry): QuestionLog {
  const options = { keepUserIds: false, retentionDays: 30 };
  const old = QuestionLog.open(file, options);
  old.recordQuestion(entry);
  old.close();
  const raw = new Database(file);
  // A migration added since without its column here would leave the "older" log half new.
  expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
  for (const column of ADDED_COLUMNS.slice(version - 1).reverse()) raw.exec(`ALTER TABLE questions DROP COLUMN ${column}`);
  raw.pragma(`user_version = ${version}`);
  raw.close();
  return QuestionLog.open(file, options);
}

const question = (over: Partial<QuestionEntry> = {}): QuestionEntry => ({
  text: 'How long was the call?',
  askedAt: NOW,
  source: 'slash',
  answered: true,
  confidence: 'high',
  documents: ['sheinbaum-trump-call.md'],
  userId: '123456789012345678',
  guildId: '222222222222222222',
  ...over,
});

function rows(sql: string): Record<string, unknown>[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

describe('QuestionLog', () => {
  test('GIVEN questions and votes THEN they are stored in WAL mode, without user ids, and read back after reopening', () => {
    const log = QuestionLog.open(file, { keepUserIds: false, retentionDays: 30 });
    const id = log.recordQuestion(question());
    log.recordQuestion(question({ text: 'What did Canada say?', answered: false, confidence: null, documents: [] }));
    log.recordVote({ questionId: id, vote: 'down', votedAt: NOW, question: 'How long was the call?', answered: true, confidence: 'high', offset: 0, documents: ['sheinbaum-trump-call.md'], userId: '123456789012345678', guildId: null });
    log.close();

    const reopened = QuestionLog.open(file, { keepUserIds: false, retentionDays: 30 });
    expect(reopened.totals({ since: 0 })).toEqual({ asked: 2, answered: 1, up: 0, down: 1 });
    reopened.close();
    expect(rows('PRAGMA journal_mode')[0]).toEqual({ journal_mode: 'wal' });
    const stored = rows('SELECT text, answered, confidence, documents, user_id, guild_id, source FROM questions ORDER BY id');
    expect(stored[0]).toEqual({ text: 'How long was the call?', answered: 1, confidence: 'high', documents: '["sheinbaum-trump-call.md"]', user_id: null, guild_id: '222222222222222222', source: 'slash' });
    expect(rows('SELECT user_id FROM votes')).toEqual([{ user_id: null }]);
  });

  test('GIVEN questions forgotten (their message edited or deleted) THEN they leave the totals and the gaps; a vote on one keeps its own copy', () => {
    const log = QuestionLog.open(file, { keepUserIds: false, retentionDays: 30 });
    const typo = log.recordQuestion(question({ text: 'How long was the cal?', answered: false, confidence: null, documents: [] }));
    const kept = log.recordQuestion(question());
    log.recordVote({ questionId: typo, vote: 'down', votedAt: NOW, question: 'How long was the cal?', answered: false, confidence: null, offset: 0, documents: [], userId: '1', guildId: null });
    expect(log.forgetQuestions([])).toBe(0);
    expect(log.forgetQuestions([typo])).toBe(1);
    expect(log.totals({ since: 0 })).toMatchObject({ asked: 1, answered: 1, down: 1 });
    expect(log.gapQuestions({ since: 0 }).questions.map((q) => [q.text, q.disliked])).toEqual([['How long was the cal?', true]]);
    expect(rows('SELECT id FROM questions')).toEqual([{ id: kept }]);
    log.close();
  });

  test('GIVEN the setting asks for user ids THEN they are kept', () => {
    const log = QuestionLog.open(file, { keepUserIds: true, retentionDays: 30 });
    log.recordQuestion(question());
    log.close();
    expect(rows('SELECT user_id FROM questions')).toEqual([{ user_id: '123456789012345678' }]);
  });

  test('GIVEN rows older than the retention period THEN prune deletes them and keeps the rest', () => {
    const log = QuestionLog.open(file, { keepUserIds: false, retentionDays: 7 });
    const old = log.recordQuestion(question({ askedAt: NOW - 8 * DAY, text: 'Old question?' }));
    log.recordQuestion(question({ askedAt: NOW - 6 * DAY, text: 'Recent question?' }));
    log.recordVote({ questionId: old, vote: 'up', votedAt: NOW - 8 * DAY, question: 'Old question?', answered: true, confidence: 'high', offset: 0, documents: [], userId: '1', guildId: null });
    expect(log.prune(NOW)).toEqual({ questions: 1, votes: 1 });
    expect(log.totals({ since: 0 })).toEqual({ asked: 1, answered: 1, up: 0, down: 0 });
    log.close();
    expect(rows('SELECT text FROM questions')).toEqual([{ text: 'Recent question?' }]);
  });

  test('GIVEN a limit THEN gapQuestions reads only the latest questions, oldest first, and counts them all', () => {
    const log = QuestionLog.open(file, { keepUserIds: false, retentionDays: 30 });
    for (const hours of [3, 2, 1]) log.recordQuestion(question({ text: `Refused ${hours}h ago?`, answered: false, confidence: null, askedAt: NOW - hours * 3_600_000 }));
    expect(log.gapQuestions({ since: NOW - DAY }, 2)).toMatchObject({ total: 3, questions: [{ text: 'Refused 2h ago?' }, { text: 'Refused 1h ago?' }] });
    expect(log.gapQuestions({ since: NOW - DAY }).questions.map((g) => g.text)).toEqual(['Refused 3h ago?', 'Refused 2h ago?', 'Refused 1h ago?']);
    log.close();
  });

  test('GIVEN refused and 👎 questions THEN gapQuestions lists each once, in the period and the server asked for', () => {
    const log = QuestionLog.open(file, { keepUserIds: false, retentionDays: 30 });
    log.recordQuestion(question({ text: 'Answered and liked?' }));
    const both = log.recordQuestion(question({ text: 'Refused and disliked?', answered: false, confidence: null }));
    const disliked = log.recordQuestion(question({ text: 'Answered but disliked?' }));
    log.recordQuestion(question({ text: 'Refused long ago?', answered: false, askedAt: NOW - 10 * DAY }));
    log.recordQuestion(question({ text: 'Refused elsewhere?', answered: false, guildId: '333333333333333333' }));
    for (const id of [both, disliked]) {
      log.recordVote({ questionId: id, vote: 'down', votedAt: NOW, question: 'x', answered: true, confidence: null, offset: 0, documents: [], userId: '1', guildId: '222222222222222222' });
    }
    const gaps = log.gapQuestions({ since: NOW - 7 * DAY, guildId: '222222222222222222' }).questions;
    expect(gaps.map((g) => [g.text, g.unanswered, g.disliked]).sort()).toEqual([
      ['Answered but disliked?', false, true],
      ['Refused and disliked?', true, true],
    ]);
    expect(log.gapQuestions({ since: NOW - 7 * DAY }).questions.map((g) => g.text)).toContain('Refused elsewhere?');
    expect(log.gapQuestions({ since: NOW + DAY })).toEqual({ questions: [], total: 0 });
    expect(log.totals({ since: NOW - 7 * DAY, guildId: '333333333333333333' })).toEqual({ asked: 1, answered: 0, up: 0, down: 0 });
    log.close();
  });

  test('GIVEN questions about things the coverage never mentions, answered or refused THEN gapQuestions lists them with those words', () => {
    const log = QuestionLog.open(file, { keepUserIds: false, retentionDays: 30 });
    log.recordQuestion(question({ text: 'What sports does Sheinbaum like?', confidence: 'low', missing: ['sports'], askedAt: NOW - 3000 }));
    log.recordQuestion(question({ text: 'How long was the call?', missing: [], askedAt: NOW - 2000 }));
    log.recordQuestion(question({ text: 'What tariffs?', answered: false, confidence: null, missing: ['tariffs'], askedAt: NOW - 1000 }));
    log.recordQuestion(question({ text: 'Who won the cup?', answered: false, confidence: null, askedAt: NOW - 500 }));
    const gaps = log.gapQuestions({ since: NOW - DAY }).questions;
    expect(gaps.map((g) => [g.text, g.unanswered, g.disliked, g.missing])).toEqual([
      ['What sports does Sheinbaum like?', false, false, ['sports']],
      ['What tariffs?', true, false, ['tariffs']],
      ['Who won the cup?', true, false, []],
    ]);
    log.close();
  });

  test('GIVEN a question refused because the coverage mentions its things only apart THEN gapQuestions lists it with them; other rows with none', () => {
    const log = QuestionLog.open(file, { keepUserIds: false, retentionDays: 30 });
    log.recordQuestion(question({ text: 'What is the capital of Venezuela?', answered: false, confidence: null, neverTogether: ['capital', 'venezuela'], askedAt: NOW - 2000 }));
    log.recordQuestion(question({ text: 'What tariffs?', answered: false, confidence: null, missing: ['tariffs'], neverTogether: [], askedAt: NOW - 1000 }));
    expect(log.gapQuestions({ since: NOW - DAY }).questions.map((g) => [g.text, g.missing, g.neverTogether])).toEqual([
      ['What is the capital of Venezuela?', [], ['capital', 'venezuela']],
      ['What tariffs?', ['tariffs'], []],
    ]);
    log.close();
  });

  test('GIVEN a question refused within one document that another answers THEN it is no gap, unless voted 👎; it still counts as refused', () => {
    const log = QuestionLog.open(file, { keepUserIds: false, retentionDays: 30 });
    log.recordQuestion(question({ text: 'How long was the call?', answered: false, confidence: null, answeredElsewhere: 'Mexican President Rejects US Military Aid', askedAt: NOW - 3000 }));
    const disliked = log.recordQuestion(question({ text: 'When was the call?', answered: false, confidence: null, answeredElsewhere: 'Mexican President Rejects US Military Aid', askedAt: NOW - 2000 }));
    log.recordQuestion(question({ text: 'Who won the cup?', answered: false, confidence: null, askedAt: NOW - 1000 }));
    log.recordVote({ questionId: disliked, vote: 'down', votedAt: NOW, question: 'x', answered: false, confidence: null, offset: 0, documents: [], userId: '1', guildId: '222222222222222222' });
    expect(log.gapQuestions({ since: NOW - DAY }).questions.map((g) => [g.text, g.unanswered, g.disliked])).toEqual([
      ['When was the call?', false, true],
      ['Who won the cup?', true, false],
    ]);
    expect(log.totals({ since: NOW - DAY })).toMatchObject({ asked: 3, answered: 0 });
    log.close();
  });

  test('GIVEN a question log written before the "answered_elsewhere" column THEN it is added on open and the old rows read as before', () => {
    const log = reopenedFromVersion(4, question({ text: 'Refused before?', answered: false, confidence: null, askedAt: NOW - 1000 }));
    log.recordQuestion(question({ text: 'Refused within?', answered: false, confidence: null, answeredElsewhere: 'Other' }));
    expect(log.gapQuestions({ since: NOW - DAY }).questions.map((g) => g.text)).toEqual(['Refused before?']);
    log.close();
  });

  test('GIVEN a question log written before the "never_together" column THEN it is added on open and the old rows read as before', () => {
    const log = reopenedFromVersion(3, question({ text: 'How old is he?', answered: false, confidence: null, notGiven: 'age', askedAt: NOW - 1000 }));
    log.recordQuestion(question({ text: 'Capital of Venezuela?', answered: false, confidence: null, neverTogether: ['capital', 'venezuela'] }));
    expect(log.gapQuestions({ since: NOW - DAY }).questions.map((g) => [g.text, g.notGiven, g.neverTogether])).toEqual([
      ['How old is he?', 'age', []],
      ['Capital of Venezuela?', null, ['capital', 'venezuela']],
    ]);
    log.close();
  });

  test('GIVEN a question log written before the "missing" column THEN it is added on open and the old rows read as before', () => {
    // Back to the first schema, as an older bot wrote it.
    const log = reopenedFromVersion(1, question({ text: 'Refused before?', answered: false, confidence: null, askedAt: NOW - 1000 }));
    log.recordQuestion(question({ text: 'What sports?', missing: ['sports'] }));
    expect(log.gapQuestions({ since: NOW - DAY }).questions.map((g) => [g.text, g.missing])).toEqual([
      ['Refused before?', []],
      ['What sports?', ['sports']],
    ]);
    log.close();
  });

  test('GIVEN questions whose kind of answer was not given (answered from passages without it, or refused) THEN gapQuestions lists them with that kind; an answer that gave it is not', () => {
    const log = QuestionLog.open(file, { keepUserIds: false, retentionDays: 30 });
    log.recordQuestion(question({ text: 'How many homicides were there?', confidence: 'low', notGiven: 'number', askedAt: NOW - 3000 }));
    log.recordQuestion(question({ text: 'How long was the call?', askedAt: NOW - 2000 }));
    log.recordQuestion(question({ text: 'How old is Donald Trump?', answered: false, confidence: null, notGiven: 'age', askedAt: NOW - 1000 }));
    log.recordQuestion(question({ text: 'Who won the cup?', answered: false, confidence: null, askedAt: NOW - 500 }));
    expect(log.gapQuestions({ since: NOW - DAY }).questions.map((g) => [g.text, g.unanswered, g.notGiven])).toEqual([
      ['How many homicides were there?', false, 'number'],
      ['How old is Donald Trump?', true, 'age'],
      ['Who won the cup?', true, null],
    ]);
    log.close();
  });

  test('GIVEN a question log written before the "not_given" column THEN it is added on open and the old rows read as before', () => {
    const log = reopenedFromVersion(2, question({ text: 'What sports?', missing: ['sports'], askedAt: NOW - 1000 }));
    log.recordQuestion(question({ text: 'How old is he?', notGiven: 'age' }));
    log.recordQuestion(question({ text: 'When is the next call?', notGiven: 'later-date' }));
    // The two logged at the same moment come in either order.
    const rows = log.gapQuestions({ since: NOW - DAY }).questions.map((g) => [g.text, g.missing, g.notGiven]);
    expect(rows[0]).toEqual(['What sports?', ['sports'], null]);
    expect(rows.slice(1)).toHaveLength(2);
    expect(rows.slice(1)).toEqual(expect.arrayContaining([
      ['How old is he?', [], 'age'],
      ['When is the next call?', [], 'later-date'],
    ]));
    log.close();
  });

  test('GIVEN a process logging questions is killed with SIGKILL THEN reopening finds every row it logged', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'fixtures', 'log-and-wait.ts'), file, '25'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('close', (_code, signal) => resolve(signal)));
    await new Promise<void>((resolve, reject) => {
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        out += chunk;
        if (out.includes('logged 25')) resolve();
      });
      child.once('close', () => reject(new Error(`the child ended before logging: ${stderr}`)));
    });
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    // The WAL file is still there, not checkpointed: the rows live in it until the next open.
    expect(await readdir(path.dirname(file))).toContain('bot.sqlite-wal');

    const log = QuestionLog.open(file, { keepUserIds: false, retentionDays: 30 });
    expect(log.totals({ since: 0 })).toEqual({ asked: 25, answered: 13, up: 0, down: 1 });
    log.close();
  }, 60_000);

  test('GIVEN the latest question forgotten THEN the next one gets a new id, never the one forgotten', () => {
    const log = QuestionLog.open(file, { keepUserIds: false, retentionDays: 30 });
    log.recordQuestion(question({ text: 'First?' }));
    const edited = log.recordQuestion(question({ text: 'Edited away?' }));
    log.forgetQuestions([edited]);
    expect(log.recordQuestion(question({ text: 'Another member asks?' }))).toBeGreaterThan(edited);
    log.close();
  });

  test('GIVEN a log whose ids could be given twice (written before the rebuild) with votes THEN on open the questions keep their ids, the votes their questions, and no id is given twice from then on', () => {
    const log = QuestionLog.open(file, { keepUserIds: false, retentionDays: 30 });
    const voted = log.recordQuestion(question({ text: 'Voted on?' }));
    const last = log.recordQuestion(question({ text: 'Last?' }));
    log.recordVote({ questionId: voted, vote: 'up', votedAt: NOW, question: 'Voted on?', answered: true, confidence: 'high', offset: 0, documents: ['a.md'], userId: '123456789012345678', guildId: null });
    log.close();
    // As the schema before the rebuild had it: a plain rowid table.
    const raw = new Database(file);
    raw.pragma('foreign_keys = OFF');
    const columns = 'asked_at INTEGER NOT NULL, text TEXT NOT NULL, source TEXT NOT NULL, answered INTEGER NOT NULL, confidence TEXT, documents TEXT NOT NULL, user_id TEXT, guild_id TEXT, missing TEXT, not_given TEXT, never_together TEXT, answered_elsewhere TEXT';
    raw.exec(`CREATE TABLE plain (id INTEGER PRIMARY KEY, ${columns}); INSERT INTO plain SELECT * FROM questions; DROP TABLE questions; ALTER TABLE plain RENAME TO questions; CREATE INDEX questions_asked_at ON questions (asked_at);`);
    raw.pragma(`user_version = ${SCHEMA_VERSION - 1}`);
    raw.close();
    const reopened = QuestionLog.open(file, { keepUserIds: false, retentionDays: 30 });
    reopened.forgetQuestions([last]);
    expect(reopened.recordQuestion(question({ text: 'After?' }))).toBeGreaterThan(last);
    reopened.close();
    expect(rows('SELECT v.vote, q.text FROM votes v JOIN questions q ON q.id = v.question_id')).toEqual([{ vote: 'up', text: 'Voted on?' }]);
    expect(rows(`SELECT sql FROM sqlite_master WHERE name = 'questions'`)[0]!.sql).toMatch(/AUTOINCREMENT/);
  });

  test('GIVEN a database from a newer bot THEN opening it says so instead of guessing', () => {
    QuestionLog.open(file, { keepUserIds: false, retentionDays: 30 }).close();
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.close();
    expect(() => QuestionLog.open(file, { keepUserIds: false, retentionDays: 30 })).toThrow(
      new RegExp(`^The question log ${file.replace(/[\\/.]/g, '\\$&')} was written by a newer version of the bot \\(its schema 99; this version knows up to ${SCHEMA_VERSION}\\)\\. Run the newer version again, or move the file aside`),
    );
  });
});

describe('importing the feedback JSONL', () => {
  const line = (vote: 'up' | 'down', time: string, question = 'How long was the call?') =>
    JSON.stringify({ time, vote, userId: '123456789012345678', guildId: null, source: 'dm', question, answered: true, confidence: 'high', offset: 0, passages: [{ docId: 'a.md', title: 'A', section: null, sentences: [1, 2], score: 0.5, text: 'Quoted.' }, { docId: 'a.md' }] });

  test('GIVEN an old feedback file THEN its votes move into the database once, and the file is renamed, not deleted', async () => {
    const jsonl = path.join(dir, 'feedback.jsonl');
    const content = [
      line('up', '2026-01-30T10:00:00.000Z'),
      line('down', '2026-01-31T10:00:00.000Z', 'What did Canada say?'),
      line('down', '2025-11-01T10:00:00.000Z', 'Too old?'),
      '{"vote":"do',
      '',
    ].join('\n');
    await writeFile(jsonl, content);
    const log = QuestionLog.open(file, { keepUserIds: false, retentionDays: 30 });

    const first = await importFeedbackFile(log, jsonl, NOW);
    expect(first).toEqual({ imported: 2, alreadyImported: 0, tooOld: 1, malformed: 1, renamedTo: `${jsonl}.imported` });
    expect(await readFile(`${jsonl}.imported`, 'utf8')).toBe(content);
    expect(await readdir(dir)).not.toContain('feedback.jsonl');
    expect(await importFeedbackFile(log, jsonl, NOW)).toBeNull();

    // The same file again (say, restored from a backup): nothing is added, and the first copy is kept.
    await writeFile(jsonl, content);
    const second = await importFeedbackFile(log, jsonl, NOW);
    expect(second).toMatchObject({ imported: 0, alreadyImported: 2 });
    expect(second!.renamedTo).not.toBe(`${jsonl}.imported`);
    expect(log.totals({ since: 0 })).toEqual({ asked: 0, answered: 0, up: 1, down: 1 });
    expect(log.gapQuestions({ since: 0 }).questions.map((g) => g.text)).toEqual(['What did Canada say?']);
    log.close();
    expect(rows('SELECT documents, user_id FROM votes')).toEqual([
      { documents: '["a.md"]', user_id: null },
      { documents: '["a.md"]', user_id: null },
    ]);
  });

  test('parseFeedbackLines keys identical lines alike and different lines apart', () => {
    const a = line('up', '2026-01-30T10:00:00.000Z');
    const { votes, malformed } = parseFeedbackLines([a, a, line('down', '2026-01-30T10:00:00.000Z'), 'not json', '{"vote":"sideways","time":"2026-01-30T10:00:00.000Z","question":"q"}'].join('\n'));
    expect(malformed).toBe(2);
    expect(votes.map((v) => v.vote)).toEqual(['up', 'up', 'down']);
    expect(votes[0]!.importKey).toBe(votes[1]!.importKey);
    expect(votes[2]!.importKey).not.toBe(votes[0]!.importKey);
  });
});

describe('openQuestionLog (how the bot runs it)', () => {
  test('GIVEN rows past the retention period and an old feedback file THEN start imports the recent votes and deletes the old rows', async () => {
    const old = QuestionLog.open(file, { keepUserIds: false, retentionDays: 30 });
    old.recordQuestion(question({ askedAt: NOW - 40 * DAY, text: 'Asked long ago?' }));
    old.recordQuestion(question({ askedAt: NOW - DAY, text: 'Asked yesterday?' }));
    old.close();
    const jsonl = path.join(dir, 'data', 'feedback.jsonl');
    await writeFile(jsonl, `${JSON.stringify({ time: new Date(NOW - DAY).toISOString(), vote: 'down', question: 'Q?', passages: [] })}\n`);
    const lines: string[] = [];
    const running = await openQuestionLog({ file, feedbackFile: jsonl, keepUserIds: false, retentionDays: 10 }, createLogger('info', (line) => lines.push(line)), () => NOW);
    try {
      expect(running.log.totals({ since: 0 })).toEqual({ asked: 1, answered: 1, up: 0, down: 1 });
      expect(lines.map((l) => JSON.parse(l).msg)).toEqual(['imported the feedback file into the question log', 'question log pruned']);
    } finally {
      running.close();
      running.close();
    }
  });

  test('GIVEN a file that is no database SQLite can read THEN the bot starts a new log and keeps the file, byte for byte, beside it', async () => {
    const unreadable = Buffer.from('SQLite format 3\0'.padEnd(4096, 'x'));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, unreadable);
    const lines: string[] = [];
    const running = await openQuestionLog({ file, feedbackFile: path.join(dir, 'none.jsonl'), keepUserIds: false, retentionDays: 10 }, createLogger('info', (line) => lines.push(line)), () => NOW);
    try {
      running.log.recordQuestion(question());
      expect(running.log.totals({ since: 0 }).asked).toBe(1);
    } finally {
      running.close();
    }
    const kept = (await readdir(path.dirname(file))).filter((name) => name.startsWith('bot.sqlite.unreadable-'));
    expect(kept).toEqual([`bot.sqlite.unreadable-${new Date(NOW).toISOString().replace(/[:.]/g, '-')}`]);
    expect(await readFile(path.join(path.dirname(file), kept[0]!))).toEqual(unreadable);
    const logged = lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'the question log could not be read: kept under another name, a new one started');
    expect(logged).toMatchObject({ level: 'error', file, keptAs: path.join(path.dirname(file), kept[0]!) });
  });

  test('GIVEN the bot keeps running THEN every day the rows that passed the retention period are deleted, and close stops it', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      let now = NOW;
      const lines: string[] = [];
      const running = await openQuestionLog({ file, feedbackFile: path.join(dir, 'none.jsonl'), keepUserIds: false, retentionDays: 10 }, createLogger('info', (line) => lines.push(line)), () => now);
      running.log.recordQuestion(question({ askedAt: NOW - 9.5 * DAY, text: 'Nine and a half days old?' }));
      running.log.recordQuestion(question({ askedAt: NOW, text: 'Asked today?' }));
      now += DAY;
      vi.advanceTimersByTime(PRUNE_INTERVAL_MS);
      expect(running.log.totals({ since: 0 }).asked).toBe(1);
      expect(lines.map((l) => JSON.parse(l))).toContainEqual(expect.objectContaining({ msg: 'question log pruned', questions: 1 }));
      running.close();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
