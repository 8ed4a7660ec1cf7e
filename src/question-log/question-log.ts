/**
 * The question log: every question members asked (text, time, answered or refused, confidence, the
 * documents cited) and every 👍 / 👎 vote, in one SQLite file (better-sqlite3). WAL mode with
 * synchronous=NORMAL: a committed row survives the process being killed (only a power cut can lose
 * the last transactions). User ids are kept only when the setting asks for them; rows older than the
 * retention period are deleted by `prune`.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { notGivenKindOf, type NotGivenKind } from '../engine/types.ts';
import { UserError } from '../errors.ts';

export type QuestionSource = 'slash' | 'dm' | 'mention' | 'channel' | 'thread' | 'reply' | 'check';
export type Vote = 'up' | 'down';

export interface QuestionEntry {
  text: string;
  /** Milliseconds since the epoch. */
  askedAt: number;
  source: QuestionSource;
  answered: boolean;
  confidence: string | null;
  /** Ids of the documents whose passages were shown, best first, each once. */
  documents: readonly string[];
  /**
   * What the question asks about that the coverage never mentions: answered, the words its reply
   * notes (`Answer.missing`); refused, those it was refused for (`Answer.notMentioned`).
   */
  missing?: readonly string[];
  /** Refused because the coverage mentions these things but never together (`Answer.neverTogether`). */
  neverTogether?: readonly string[];
  /**
   * Refused within one document while another answers it (`Answer.answeredIn`): that one's title. The
   * member was refused, but the coverage has the answer: no gap in it.
   */
  answeredElsewhere?: string;
  /**
   * The kind of answer asked for that was not given: answered, none of the passages gives it
   * (`Answer.notGiven`); refused, the closest document never does (`Answer.neverGiven`).
   */
  notGiven?: NotGivenKind;
  userId: string;
  guildId: string | null;
}

export interface VoteEntry {
  /** The logged question the vote is about (null when that question was not logged). */
  questionId: number | null;
  vote: Vote;
  votedAt: number;
  question: string;
  answered: boolean;
  confidence: string | null;
  /** Offset of the first passage of the page voted on. */
  offset: number;
  documents: readonly string[];
  userId: string;
  guildId: string | null;
  /** Set when the vote comes from the old JSONL file: the same line is never imported twice. */
  importKey?: string;
}

export interface Period {
  /** Milliseconds since the epoch: rows at or after it. */
  since: number;
  /** Only this server's rows; undefined for every server and DM. */
  guildId?: string | null;
}

export interface QuestionTotals {
  asked: number;
  answered: number;
  up: number;
  down: number;
}

/**
 * A question the coverage did not serve: refused, answered and voted 👎, answered about a thing it
 * never mentions, or answered without the kind of answer it asked for (an age, a date…).
 */
export interface GapQuestion {
  text: string;
  at: number;
  unanswered: boolean;
  disliked: boolean;
  /** Things it asked about that the coverage never mentions (`missing`), answered or refused; else empty. */
  missing: string[];
  /** Refused: things the coverage mentions, but never together (`neverTogether`); else empty. */
  neverTogether: string[];
  /** The kind of answer asked for that the passages, or (refused) the closest document, did not give (`notGiven`); else null. */
  notGiven: NotGivenKind | null;
}

export interface GapQuestions {
  /** The latest ones asked for, oldest first. */
  questions: GapQuestion[];
  /** How many the period holds in all. */
  total: number;
}

export interface QuestionLogOptions {
  keepUserIds: boolean;
  retentionDays: number;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** The `days` days up to `now`: one server's rows, or every row when `guildId` is undefined. */
export function lastDays(days: number, now: number, guildId?: string | null): Period {
  return { since: now - days * DAY_MS, ...(guildId !== undefined ? { guildId } : {}) };
}

// user_version records which of these have run; a new column (or table rebuild) is a new entry, never an edit.
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE questions (
     id INTEGER PRIMARY KEY,
     asked_at INTEGER NOT NULL,
     text TEXT NOT NULL,
     source TEXT NOT NULL,
     answered INTEGER NOT NULL,
     confidence TEXT,
     documents TEXT NOT NULL,
     user_id TEXT,
     guild_id TEXT
   );
   CREATE INDEX questions_asked_at ON questions (asked_at);
   CREATE TABLE votes (
     id INTEGER PRIMARY KEY,
     question_id INTEGER REFERENCES questions (id) ON DELETE SET NULL,
     voted_at INTEGER NOT NULL,
     vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
     question TEXT NOT NULL,
     answered INTEGER NOT NULL,
     confidence TEXT,
     page_offset INTEGER NOT NULL,
     documents TEXT NOT NULL,
     user_id TEXT,
     guild_id TEXT,
     import_key TEXT UNIQUE
   );
   CREATE INDEX votes_voted_at ON votes (voted_at);`,
  // What an answered question asked about that the coverage never mentions: a JSON list, or NULL.
  `ALTER TABLE questions ADD COLUMN missing TEXT`,
  // The kind of answer an answered question asked for and none of its passages gave ("age"), or NULL.
  `ALTER TABLE questions ADD COLUMN not_given TEXT`,
  // What a refused question asked about that the coverage mentions only apart: a JSON list, or NULL.
  `ALTER TABLE questions ADD COLUMN never_together TEXT`,
  // Refused within one document while another answers it: that document's title, or NULL.
  `ALTER TABLE questions ADD COLUMN answered_elsewhere TEXT`,
  // Ids never given twice (AUTOINCREMENT): a plain rowid table gives the largest id again once its row
  // is deleted (an edited or deleted message's question), and whatever still held that id — a message
  // the bot answered, an answer's vote buttons — would then name another member's question.
  `CREATE TABLE questions_rebuilt (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     asked_at INTEGER NOT NULL,
     text TEXT NOT NULL,
     source TEXT NOT NULL,
     answered INTEGER NOT NULL,
     confidence TEXT,
     documents TEXT NOT NULL,
     user_id TEXT,
     guild_id TEXT,
     missing TEXT,
     not_given TEXT,
     never_together TEXT,
     answered_elsewhere TEXT
   );
   INSERT INTO questions_rebuilt (id, asked_at, text, source, answered, confidence, documents, user_id, guild_id, missing, not_given, never_together, answered_elsewhere)
     SELECT id, asked_at, text, source, answered, confidence, documents, user_id, guild_id, missing, not_given, never_together, answered_elsewhere FROM questions;
   DROP TABLE questions;
   ALTER TABLE questions_rebuilt RENAME TO questions;
   CREATE INDEX questions_asked_at ON questions (asked_at);`,
];

export class QuestionLog {
  readonly #db: Database.Database;
  readonly #options: QuestionLogOptions;
  readonly #insertQuestion: Database.Statement;
  readonly #insertVote: Database.Statement;

  private constructor(db: Database.Database, options: QuestionLogOptions) {
    this.#db = db;
    this.#options = options;
    this.#insertQuestion = db.prepare(
      `INSERT INTO questions (asked_at, text, source, answered, confidence, documents, missing, not_given, never_together, answered_elsewhere, user_id, guild_id)
       VALUES (@askedAt, @text, @source, @answered, @confidence, @documents, @missing, @notGiven, @neverTogether, @answeredElsewhere, @userId, @guildId)`,
    );
    this.#insertVote = db.prepare(
      `INSERT OR IGNORE INTO votes (question_id, voted_at, vote, question, answered, confidence, page_offset, documents, user_id, guild_id, import_key)
       VALUES (@questionId, @votedAt, @vote, @question, @answered, @confidence, @offset, @documents, @userId, @guildId, @importKey)`,
    );
  }

  /** Opens (creating it and its folder if needed) and migrates the database. */
  static open(file: string, options: QuestionLogOptions): QuestionLog {
    if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
    const db = new Database(file);
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('busy_timeout = 5000');
      // Off while migrating (better-sqlite3 turns them on): rebuilding the questions table drops the
      // old one, which with foreign keys on would first unlink every vote from its question.
      db.pragma('foreign_keys = OFF');
      migrate(db);
      db.pragma('foreign_keys = ON');
      return new QuestionLog(db, options);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  get file(): string {
    return this.#db.name;
  }

  get retentionDays(): number {
    return this.#options.retentionDays;
  }

  /** Logs a question and returns its id (for the votes on its answer). */
  recordQuestion(entry: QuestionEntry): number {
    const result = this.#insertQuestion.run({
      askedAt: entry.askedAt,
      text: entry.text,
      source: entry.source,
      answered: entry.answered ? 1 : 0,
      confidence: entry.confidence,
      documents: JSON.stringify(entry.documents),
      missing: entry.missing?.length ? JSON.stringify(entry.missing) : null,
      notGiven: entry.notGiven ?? null,
      neverTogether: entry.neverTogether?.length ? JSON.stringify(entry.neverTogether) : null,
      answeredElsewhere: entry.answeredElsewhere ?? null,
      userId: this.#options.keepUserIds ? entry.userId : null,
      guildId: entry.guildId,
    });
    return Number(result.lastInsertRowid);
  }

  /**
   * Forgets logged questions (a member edited or deleted the message that asked them): the log holds
   * what members ask as they last wrote it. Votes on their answers keep their own copy of the question.
   */
  forgetQuestions(ids: readonly number[]): number {
    if (ids.length === 0) return 0;
    return this.#db.prepare(`DELETE FROM questions WHERE id IN (${ids.map(() => '?').join(', ')})`).run(...ids).changes;
  }

  /** Records a vote; false when it was an import already recorded. */
  recordVote(entry: VoteEntry): boolean {
    const result = this.#insertVote.run(this.#voteRow(entry));
    return result.changes > 0;
  }

  /** Records many votes in one transaction; returns how many were new. */
  recordVotes(entries: readonly VoteEntry[]): number {
    return this.#db.transaction((list: readonly VoteEntry[]) => {
      let added = 0;
      for (const entry of list) added += this.#insertVote.run(this.#voteRow(entry)).changes;
      return added;
    })(entries);
  }

  #voteRow(entry: VoteEntry) {
    return {
      questionId: entry.questionId,
      votedAt: entry.votedAt,
      vote: entry.vote,
      question: entry.question,
      answered: entry.answered ? 1 : 0,
      confidence: entry.confidence,
      offset: entry.offset,
      documents: JSON.stringify(entry.documents),
      userId: this.#options.keepUserIds ? entry.userId : null,
      guildId: entry.guildId,
      importKey: entry.importKey ?? null,
    };
  }

  /** The oldest time a row may have and still be kept. */
  retentionCutoff(now: number): number {
    return now - this.#options.retentionDays * DAY_MS;
  }

  /** Deletes questions and votes older than the retention period; returns how many went. */
  prune(now: number): { questions: number; votes: number } {
    const cutoff = this.retentionCutoff(now);
    return this.#db.transaction(() => ({
      votes: this.#db.prepare('DELETE FROM votes WHERE voted_at < ?').run(cutoff).changes,
      questions: this.#db.prepare('DELETE FROM questions WHERE asked_at < ?').run(cutoff).changes,
    }))();
  }

  totals(period: Period): QuestionTotals {
    const [where, params] = periodClause(period, 'asked_at');
    const q = this.#db
      .prepare(`SELECT COUNT(*) AS asked, COALESCE(SUM(answered), 0) AS answered FROM questions WHERE ${where}`)
      .get(...params) as { asked: number; answered: number };
    const [voteWhere, voteParams] = periodClause(period, 'voted_at');
    const v = this.#db
      .prepare(
        `SELECT COALESCE(SUM(vote = 'up'), 0) AS up, COALESCE(SUM(vote = 'down'), 0) AS down FROM votes WHERE ${voteWhere}`,
      )
      .get(...voteParams) as { up: number; down: number };
    return { asked: q.asked, answered: q.answered, up: v.up, down: v.down };
  }

  /**
   * The questions of the period the coverage did not serve: those refused, those voted 👎, those
   * answered about a thing it never mentions and those answered without the kind of answer they asked
   * for, each logged question once (a refused question voted 👎
   * is one entry). A question refused within one document that another answers is none, unless voted 👎. The latest `limit` of them, oldest
   * first, and how many there were in all: only those are read, however long the log.
   */
  gapQuestions(period: Period, limit = Number.MAX_SAFE_INTEGER): GapQuestions {
    const [where, params] = periodClause(period, 'asked_at', 'q');
    const [voteWhere, voteParams] = periodClause(period, 'voted_at', 'v');
    const rows = this.#db
      .prepare(
        `SELECT *, COUNT(*) OVER () AS total FROM (
           SELECT * FROM (
             SELECT q.text AS text, q.asked_at AS at, q.answered = 0 AND q.answered_elsewhere IS NULL AS unanswered,
                    EXISTS (SELECT 1 FROM votes v WHERE v.question_id = q.id AND v.vote = 'down') AS disliked,
                    q.missing AS missing, q.not_given AS notGiven, q.never_together AS neverTogether
               FROM questions q
              WHERE ${where})
            WHERE unanswered OR disliked OR missing IS NOT NULL OR notGiven IS NOT NULL
           UNION ALL
           SELECT v.question, v.voted_at, v.answered = 0, 1, NULL, NULL, NULL
             FROM votes v
            WHERE ${voteWhere} AND v.vote = 'down' AND v.question_id IS NULL)
         ORDER BY at DESC
         LIMIT ?`,
      )
      .all(...params, ...voteParams, limit) as { text: string; at: number; unanswered: number; disliked: number; missing: string | null; notGiven: string | null; neverTogether: string | null; total: number }[];
    return {
      questions: rows
        .reverse()
        .map((r) => ({
          text: r.text,
          at: r.at,
          unanswered: r.unanswered === 1,
          disliked: r.disliked === 1,
          missing: loggedWords(r.missing),
          notGiven: notGivenKindOf(r.notGiven),
          neverTogether: loggedWords(r.neverTogether),
        })),
      total: rows[0]?.total ?? 0,
    };
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }
}

/** A logged list of words (`missing`, `never_together`): JSON, or NULL; anything else reads as none. */
function loggedWords(value: string | null): string[] {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter((w): w is string => typeof w === 'string') : [];
  } catch {
    return [];
  }
}

/** The WHERE condition of a period on a table's time column (`alias` when the query names the table). */
function periodClause(period: Period, timeColumn: string, alias?: string): [string, unknown[]] {
  const column = (name: string) => (alias ? `${alias}.${name}` : name);
  if (period.guildId === undefined) return [`${column(timeColumn)} >= ?`, [period.since]];
  return [`${column(timeColumn)} >= ? AND ${column('guild_id')} IS ?`, [period.since, period.guildId]];
}

function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) {
    throw new UserError('QUESTION_LOG_NEWER', { file: db.name, version, known: MIGRATIONS.length });
  }
  db.transaction(() => {
    for (let v = version; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v]!);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  })();
}
