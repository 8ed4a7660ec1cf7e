/**
 * 👍 / 👎 feedback, one JSON object per line appended to a local file (FEEDBACK_FILE), with the
 * question and the passages shown, so a vote can be reviewed later without the bot.
 */
import { mkdir, appendFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Passage } from '../engine/types.ts';
import type { AnswerSource } from './answer-store.ts';

export type Vote = 'up' | 'down';

export interface FeedbackRecord {
  time: string;
  vote: Vote;
  userId: string;
  guildId: string | null;
  source: AnswerSource;
  question: string;
  answered: boolean;
  confidence: string | null;
  /** Offset of the first passage shown. */
  offset: number;
  passages: {
    docId: string;
    title: string;
    section: string | null;
    sentences: [number, number];
    score: number;
    text: string;
  }[];
}

export interface FeedbackSummary {
  up: number;
  down: number;
}

export function feedbackPassages(passages: readonly Passage[]): FeedbackRecord['passages'] {
  return passages.map((p) => ({
    docId: p.citation.docId,
    title: p.citation.title,
    section: p.citation.section,
    sentences: p.citation.sentences,
    score: p.score,
    text: p.text,
  }));
}

/** Count votes in the lines of a feedback file; malformed lines are skipped. */
export function summarizeFeedback(jsonl: string): FeedbackSummary {
  const summary: FeedbackSummary = { up: 0, down: 0 };
  for (const line of jsonl.split('\n')) {
    if (!line.trim()) continue;
    try {
      const vote = (JSON.parse(line) as { vote?: unknown }).vote;
      if (vote === 'up') summary.up++;
      else if (vote === 'down') summary.down++;
    } catch {
      // a torn or hand-edited line: not a vote
    }
  }
  return summary;
}

export class FeedbackLog {
  #queue: Promise<unknown> = Promise.resolve();

  constructor(readonly file: string) {}

  /** Append one vote; appends are serialised so lines never interleave. */
  append(record: FeedbackRecord): Promise<void> {
    const line = JSON.stringify(record) + '\n';
    const run = this.#queue.then(async () => {
      await mkdir(path.dirname(this.file), { recursive: true });
      await appendFile(this.file, line, 'utf8');
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async summary(): Promise<FeedbackSummary> {
    await this.#queue;
    try {
      return summarizeFeedback(await readFile(this.file, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { up: 0, down: 0 };
      throw error;
    }
  }
}
