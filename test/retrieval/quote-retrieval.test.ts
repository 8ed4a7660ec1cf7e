import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/config.ts';
import { createEngine, type Engine } from '../../src/engine/create-engine.ts';
import { silentLogger } from '../../src/log.ts';
import { HAND_FUSION } from '../../src/retrieval/fuse.ts';
import { DEFAULT_RETRIEVE, retrieve } from '../../src/retrieval/retrieve.ts';
import { offlineEmbedder } from '../helpers/offline-embedder.ts';

// The quoted sentence, and one with the same content words scattered whose neighbours share them.
const FLOOD = `# Spring flood

The river rose overnight, and the farmers moved their cattle to the hills before dawn.
Rescue crews reached the lower valley by noon.

## Aftermath

Farmers in the valley said the river had not risen so fast in decades.
Their cattle were moved to the hills by the farmers and their neighbours.
By evening the river had crested below the bridge, and the farmers began to return.
`;
const QUOTE = 'and the farmers moved their cattle to the';
const SOURCE = 'The river rose overnight, and the farmers moved their cattle to the hills before dawn.';

let root: string;
let engine: Engine;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'quote-retrieval-'));
  fs.mkdirSync(path.join(root, 'corpus'));
  fs.writeFileSync(path.join(root, 'corpus', 'flood.md'), FLOOD);
  const config = { corpusDir: path.join(root, 'corpus'), indexDir: path.join(root, 'index'), modelsDir: DEFAULTS.modelsDir, cacheDir: DEFAULTS.cacheDir, embeddingModel: 'offline' };
  engine = await createEngine(config, silentLogger, { embedder: await offlineEmbedder() });
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('a quoted line', () => {
  it('GIVEN eight words of a sentence THEN that sentence is cited first', async () => {
    const answer = await engine.ask(QUOTE);
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]!.focus).toBe(SOURCE);
  });

  it('GIVEN the same words weighed as a question THEN the scattered sentence with supporting neighbours wins', async () => {
    const { index } = engine.current();
    const [vector] = await engine.embedder.embedQueries([QUOTE]);
    // The hand-set question weights, under which neighbour support outweighs word order.
    const asQuestion = { ...DEFAULT_RETRIEVE, fusion: { question: HAND_FUSION, quote: HAND_FUSION } };
    const top = (ranked: ReturnType<typeof retrieve>) => index.record(ranked[0]!.slot)!.text;
    expect(top(retrieve(index, QUOTE, vector!, asQuestion))).not.toBe(SOURCE);
    expect(top(retrieve(index, QUOTE, vector!))).toBe(SOURCE);
  });
});
