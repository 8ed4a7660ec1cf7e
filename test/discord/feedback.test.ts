import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { FeedbackLog, summarizeFeedback, type FeedbackRecord } from '../../src/discord/feedback.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'feedback-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const record = (vote: 'up' | 'down', userId = '1'): FeedbackRecord => ({
  time: '2026-01-13T10:00:00.000Z',
  vote,
  userId,
  guildId: null,
  source: 'dm',
  question: 'How long was the call?',
  answered: true,
  confidence: 'high',
  offset: 0,
  passages: [{ docId: 'a.md', title: 'A', section: null, sentences: [1, 2], score: 0.5, text: 'Quoted.' }],
});

describe('FeedbackLog', () => {
  test('GIVEN concurrent votes THEN one whole JSON line each, in a folder created on demand', async () => {
    const log = new FeedbackLog(path.join(dir, 'nested', 'feedback.jsonl'));
    await Promise.all(Array.from({ length: 20 }, (_, i) => log.append(record(i % 3 ? 'up' : 'down', String(i)))));
    const lines = (await readFile(log.file, 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(20);
    expect(lines.map((l) => JSON.parse(l).userId)).toEqual(Array.from({ length: 20 }, (_, i) => String(i)));
    expect(await log.summary()).toEqual({ up: 13, down: 7 });
  });
  test('GIVEN no file yet THEN the summary is zero', async () => {
    expect(await new FeedbackLog(path.join(dir, 'none.jsonl')).summary()).toEqual({ up: 0, down: 0 });
  });
  test('GIVEN a torn line THEN it is skipped by the summary', async () => {
    const file = path.join(dir, 'f.jsonl');
    await writeFile(file, `${JSON.stringify(record('up'))}\n{"vote":"do\n`);
    expect(summarizeFeedback(await readFile(file, 'utf8'))).toEqual({ up: 1, down: 0 });
  });
});
