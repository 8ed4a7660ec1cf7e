import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/config.ts';
import { createEngine, type Engine } from '../../src/engine/create-engine.ts';
import type { Embedder } from '../../src/embedding/embedder.ts';
import { silentLogger } from '../../src/log.ts';
import type { CandidateFeatures } from '../../src/retrieval/fuse.ts';
import { retrieve } from '../../src/retrieval/retrieve.ts';
import { offlineEmbedder } from '../helpers/offline-embedder.ts';

// The fact asked about is told over two sentences ("Engineers … designed …" / "It was finished in 1998."),
// and the next paragraph starts right after them.
const HARBOUR = `# The harbour

The old harbour was rebuilt after the storm.

Engineers from Rotterdam designed the new breakwater.
It was finished in 1998.

Fishing boats returned within a year.
Tourists came later in the summer.
The lighthouse keeper retired in the spring.
`;

let root: string;
let engine: Engine;
let embedder: Embedder;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'nearby-coverage-'));
  fs.mkdirSync(path.join(root, 'corpus'));
  fs.writeFileSync(path.join(root, 'corpus', 'harbour.md'), HARBOUR);
  embedder = await offlineEmbedder();
  const config = { corpusDir: path.join(root, 'corpus'), indexDir: path.join(root, 'index'), modelsDir: DEFAULTS.modelsDir, cacheDir: DEFAULTS.cacheDir, embeddingModel: 'offline' };
  engine = await createEngine(config, silentLogger, { embedder });
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const QUESTION = 'When was the breakwater the Rotterdam engineers designed finished?';

/** Each candidate sentence's features for the question, by its text. */
async function featuresByText(question: string): Promise<Map<string, CandidateFeatures>> {
  const index = engine.current().index;
  const [vector] = await embedder.embedQueries([question]);
  return new Map(retrieve(index, question, vector!).map((r) => [index.record(r.slot)!.text, r.features]));
}

describe('nearbyCoverage', () => {
  it('GIVEN a fact told over two sentences THEN the sentence holding the answer is credited with the words of the one before', async () => {
    const finished = (await featuresByText(QUESTION)).get('It was finished in 1998.')!;
    expect(finished.nearbyCoverage).toBeCloseTo(1, 6);
    // Its own words alone cover far less of the question.
    expect(finished.coverage).toBeLessThan(0.5);
  });

  it('GIVEN the next paragraph THEN its first sentence counts the words of the one just before it, and a sentence two away does not', async () => {
    const features = await featuresByText(QUESTION);
    const next = features.get('Fishing boats returned within a year.')!;
    // "finished", from the sentence before; not the words two sentences back.
    expect(next.coverage).toBe(0);
    expect(next.nearbyCoverage).toBeGreaterThan(0);
    expect(next.nearbyCoverage).toBeLessThan(0.5);
    expect(features.get('Tourists came later in the summer.')?.nearbyCoverage ?? 0).toBe(0);
  });
});
