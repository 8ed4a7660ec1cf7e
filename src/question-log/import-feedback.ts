/**
 * The one-time move of the votes the bot used to append to a JSONL file (FEEDBACK_FILE) into the
 * question log. Each line is keyed by its hash, so importing the same file twice adds nothing (say,
 * after a crash between the import and the rename); the file is then renamed, never deleted.
 */
import { createHash } from 'node:crypto';
import { readFile, rename, stat } from 'node:fs/promises';
import type { QuestionLog, VoteEntry } from './question-log.ts';

export interface FeedbackImportReport {
  /** Votes added to the database. */
  imported: number;
  /** Votes the database already held (imported before). */
  alreadyImported: number;
  /** Votes older than the retention period (they would be deleted at once). */
  tooOld: number;
  /** Lines that are not a vote (torn or hand-edited). */
  malformed: number;
  /** Where the file was moved to. */
  renamedTo: string;
}

/** The votes in the lines of a feedback file, each with its import key; malformed lines are counted. */
export function parseFeedbackLines(jsonl: string): { votes: VoteEntry[]; malformed: number } {
  const votes: VoteEntry[] = [];
  let malformed = 0;
  for (const raw of jsonl.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const vote = voteOf(line);
    if (vote) votes.push(vote);
    else malformed++;
  }
  return { votes, malformed };
}

function voteOf(line: string): VoteEntry | null {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (!record || typeof record !== 'object') return null;
  const votedAt = typeof record.time === 'string' ? Date.parse(record.time) : NaN;
  if ((record.vote !== 'up' && record.vote !== 'down') || Number.isNaN(votedAt) || typeof record.question !== 'string') return null;
  const passages = Array.isArray(record.passages) ? (record.passages as { docId?: unknown }[]) : [];
  const documents = [...new Set(passages.map((p) => p?.docId).filter((d): d is string => typeof d === 'string'))];
  return {
    questionId: null,
    vote: record.vote,
    votedAt,
    question: record.question,
    answered: record.answered !== false,
    confidence: typeof record.confidence === 'string' ? record.confidence : null,
    offset: typeof record.offset === 'number' ? record.offset : 0,
    documents,
    userId: typeof record.userId === 'string' ? record.userId : '',
    guildId: typeof record.guildId === 'string' ? record.guildId : null,
    importKey: createHash('sha256').update(line).digest('hex'),
  };
}

/** A name beside the file that is not taken yet: `feedback.jsonl.imported`, then with the time. */
async function freeName(file: string, now: number): Promise<string> {
  const plain = `${file}.imported`;
  try {
    await stat(plain);
  } catch {
    return plain;
  }
  return `${file}.imported-${new Date(now).toISOString().replace(/[:.]/g, '-')}`;
}

/** Imports the file's votes into the log, then renames the file; null when there is no file. */
export async function importFeedbackFile(log: QuestionLog, file: string, now: number): Promise<FeedbackImportReport | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const { votes, malformed } = parseFeedbackLines(text);
  const cutoff = log.retentionCutoff(now);
  const recent = votes.filter((v) => v.votedAt >= cutoff);
  const imported = log.recordVotes(recent);
  const renamedTo = await freeName(file, now);
  await rename(file, renamedTo);
  return { imported, alreadyImported: recent.length - imported, tooOld: votes.length - recent.length, malformed, renamedTo };
}
