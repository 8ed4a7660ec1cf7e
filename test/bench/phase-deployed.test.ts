/**
 * The benchmark's "as deployed" phase, run as `npm run bench` runs it: a child process started with
 * `npm start`'s node flags, on a saved index of a real corpus (the shipped article and one more
 * document), restarting, asking and changing a document.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDED_SENTENCES } from '../../scripts/bench/change-document.ts';
import { deployedNodeFlags } from '../../scripts/bench/deployed-flags.ts';
import type { DeployedMeasurement } from '../../scripts/bench/measurements.ts';
import { runPhase } from '../../scripts/bench/phase.ts';
import { DEFAULTS } from '../../src/config.ts';
import { corpusEngine, type CorpusEngine } from '../helpers/corpus-engine.ts';

const HARBOUR = '# Harbour bakery expands\n\nThe harbour bakery opened a second oven in March. It now bakes rye bread every morning. The owner hired two apprentices from the village.\n';

let built: CorpusEngine;
beforeAll(async () => {
  const article = fs.readFileSync(path.join(DEFAULTS.corpusDir, 'sheinbaum-trump-call.md'), 'utf8');
  built = await corpusEngine('phase-deployed', { 'sheinbaum-trump-call.md': article, 'harbour-bakery.md': HARBOUR });
});
afterAll(() => built?.remove());

describe('the bench phase served as deployed', { timeout: 240_000 }, () => {
  it('GIVEN a saved index THEN it restarts on it, answers every question, and reindexes a one-document change three times, embedding only the two sentences added', async () => {
    const resultFile = path.join(built.root, 'result.json');
    const input = { corpusDir: path.join(built.root, 'corpus'), indexDir: path.join(built.root, 'index'), questions: 12, seed: 7 };
    const r = await runPhase<Omit<DeployedMeasurement, 'nodeFlags'>>(path.join(import.meta.dirname, '..', '..', 'scripts', 'bench', 'phase-deployed.ts'), input, resultFile, { nodeFlags: deployedNodeFlags() });
    expect(r.startupLoaded).toBe(true);
    expect(r.latency.count).toBe(12);
    expect(r.reindex.runs).toHaveLength(3);
    expect(r.reindex.embedded).toBe(ADDED_SENTENCES.length);
    expect(r.reindex.found).toBe(true);
    expect(r.peakRssMb).toBeGreaterThan(0);
    // The document changed is one past the median: of two documents, the larger.
    expect(r.reindex.docId).toBe('sheinbaum-trump-call.md');
    expect(fs.readFileSync(path.join(input.corpusDir, r.reindex.docId), 'utf8')).toContain(ADDED_SENTENCES[0]);
  });
});
