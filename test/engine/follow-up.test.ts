/**
 * Follow-ups end to end: the real engine (real offline model, real index files) on the shipped
 * article, asked a follow-up with the question before it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/config.ts';
import { createEngine, type Engine } from '../../src/engine/create-engine.ts';
import { silentLogger } from '../../src/log.ts';
import type { Embedder } from '../../src/embedding/embedder.ts';
import { WordVectors } from '../../src/embedding/word-vectors.ts';
import { NO_BACKGROUND } from '../../src/retrieval/background.ts';
import { findAnswer } from '../../src/retrieval/find-answer.ts';
import { termEvidence } from '../../src/retrieval/retrieve.ts';
import { offlineEmbedder, SEED_CORPUS } from '../helpers/offline-embedder.ts';

let engine: Engine;
let work: string;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'follow-up-'));
  engine = await createEngine(
    { corpusDir: SEED_CORPUS, indexDir: path.join(work, 'index'), modelsDir: DEFAULTS.modelsDir, cacheDir: DEFAULTS.cacheDir, embeddingModel: 'offline' },
    silentLogger,
    { embedder: await offlineEmbedder() },
  );
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('a follow-up read with the previous question', () => {
  it('GIVEN "When did they talk?" after "Who did Marco Rubio speak with?" THEN it quotes the Sunday conversation', async () => {
    const a = await engine.ask('When did they talk?', { previous: 'Who did Marco Rubio speak with?' });
    expect(a.followUp).toBe('with-previous');
    expect(a.answered).toBe(true);
    expect(a.passages[0]?.text).toContain('Sunday conversation');
    expect(a.question).toBe('When did they talk?');
  });

  it('GIVEN "Who was removed there?" after a question about Venezuela THEN it quotes the removal of Maduro', async () => {
    const a = await engine.ask('Who was removed there?', { previous: "Which country's recent events shaped the conversation?" });
    expect(a.answered).toBe(true);
    expect(a.passages[0]?.text).toContain('Nicolas Maduro');
  });

  it('GIVEN a follow-up asking for a date after a question whose passage gives none THEN the first passage gives one', async () => {
    const previous = 'Who was removed from power in Venezuela?';
    const alone = await engine.ask(previous);
    expect(alone.passages[0]?.focus).not.toMatch(/January 12/);
    const a = await engine.ask('When did Trump and Sheinbaum discuss it?', { previous });
    expect(a.followUp).toBe('with-previous');
    expect(a.passages[0]?.answer).toContain('January 12, 2026');
  });

  it('GIVEN a follow-up the coverage cannot answer ("and what did he say about tariffs?") THEN it is still refused, naming what is missing', async () => {
    const a = await engine.ask('And what did he say about tariffs?', { previous: 'What did Rubio ask for?' });
    expect(a.followUp).toBe('with-previous');
    expect(a.answered).toBe(false);
    expect(a.notMentioned).toContain('tariffs');
  });
});

describe('a follow-up that changes subject', () => {
  it('GIVEN "Who is Mexico\'s foreign minister?" after "How long was the call?" THEN it is answered as a new question', async () => {
    const a = await engine.ask("Who is Mexico's foreign minister?", { previous: 'How long was the call?' });
    expect(a.followUp).toBe('new-subject');
    expect(a.answered).toBe(true);
    expect(a.passages[0]?.text).toContain('Juan Ramon de la Fuente');
  });

  it('GIVEN an off-topic question after an answered one THEN the previous question does not rescue it: refused', async () => {
    const a = await engine.ask('How do I bake sourdough bread?', { previous: 'How long was the call?' });
    expect(a.followUp).toBe('new-subject');
    expect(a.answered).toBe(false);
  });

  it('GIVEN no previous question THEN the answer says nothing about follow-ups', async () => {
    const a = await engine.ask('How long was the call?');
    expect(a.followUp).toBeUndefined();
  });
});

describe('weighted term evidence', () => {
  it('GIVEN weights THEN each term weighs that share of its IDF, in every figure built on it', () => {
    const index = engine.current().index;
    const plain = termEvidence(index, ['rubio', 'call']);
    const weighted = termEvidence(index, ['rubio', 'call'], [1, 0.5]);
    expect(weighted.idf[0]).toBeCloseTo(plain.idf[0]!, 9);
    expect(weighted.idf[1]).toBeCloseTo(plain.idf[1]! / 2, 9);
    expect(weighted.totalIdf).toBeCloseTo(plain.idf[0]! + plain.idf[1]! / 2, 9);
  });
});

describe('embedding a follow-up', () => {
  it('GIVEN a follow-up that could stand alone THEN its text and the previous one are embedded in one call, whichever reading wins', async () => {
    const calls: string[][] = [];
    const base = engine.embedder;
    const counting: Embedder = { ...base, embedQueries: (texts) => (calls.push([...texts]), base.embedQueries(texts)) };
    const own = 'What did Rubio ask the foreign minister about security?';
    const found = await findAnswer(engine.current().index, own, counting, new WordVectors(base), { passages: 3, background: NO_BACKGROUND, previous: 'What did Rubio ask for?' });
    expect(found.followUp).not.toBeNull();
    expect(calls).toEqual([[own, 'What did Rubio ask for?']]);
  });
});
