/**
 * The engine's progress hook `(phase, done, total)`: every phase of a build is reported, ends with
 * done === total, and the embedding phase counts what the summary calls distinct texts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/config.ts';
import { createEngine, ENGINE_PHASES } from '../../src/engine/create-engine.ts';
import { INDEX_PHASES } from '../../src/engine/open-index.ts';
import { BUILD_PHASES } from '../../src/index/build-index.ts';
import { createLogger, silentLogger } from '../../src/log.ts';
import { offlineEmbedder } from '../helpers/offline-embedder.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'progress-phases-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const REFRAIN = 'The committee will meet again next week to review the results.';
const DOCS: Record<string, string> = {
  'bridge.md': `# The bridge\n\nThe old bridge over the river was closed in March after engineers found cracks. ${REFRAIN}\n`,
  'library.md': `# The library\n\nThe city library opened a new reading room with two hundred seats. ${REFRAIN}\n`,
  'market.md': `# The market\n\nThe farmers market moved to the main square for the summer season. ${REFRAIN}\n`,
};

describe('the engine reports the progress of each phase', () => {
  it('GIVEN a first build THEN each phase is reported in order, ends complete, and embedding counts distinct texts', async () => {
    const corpusDir = path.join(root, 'corpus');
    fs.mkdirSync(corpusDir);
    for (const [file, text] of Object.entries(DOCS)) fs.writeFileSync(path.join(corpusDir, file), text);
    const reports: { phase: string; done: number; total: number }[] = [];
    const engine = await createEngine(
      { ...DEFAULTS, corpusDir, indexDir: path.join(root, 'index') },
      silentLogger,
      { embedder: await offlineEmbedder(), onProgress: (phase, done, total) => reports.push({ phase, done, total }) },
    );

    const order = [...new Set(reports.map((r) => r.phase))];
    expect(order).toEqual([
      ENGINE_PHASES.savedIndex,
      ENGINE_PHASES.corpus,
      BUILD_PHASES.embedding,
      BUILD_PHASES.vectors,
      BUILD_PHASES.lexical,
      INDEX_PHASES.calibration,
      INDEX_PHASES.saving,
      ENGINE_PHASES.background,
    ]);
    for (const phase of order) {
      const last = reports.filter((r) => r.phase === phase).at(-1)!;
      expect(last.done, phase).toBe(last.total);
    }
    const report = engine.startup.report!;
    const embedding = reports.filter((r) => r.phase === BUILD_PHASES.embedding).at(-1)!;
    // The refrain is in every document: three sentences, one text.
    expect(report.embedded - report.embeddedTexts!).toBe(2);
    expect(embedding.total).toBe(report.embeddedTexts);
    expect(reports.find((r) => r.phase === ENGINE_PHASES.corpus)!.total).toBe(3);
    expect(reports.filter((r) => r.phase === BUILD_PHASES.vectors).at(-1)!.total).toBe(report.totalSentences);
  });
});

describe('the log says where a rebuild spent its time', () => {
  it('GIVEN a build and a one-document reindex THEN each "index saved" line gives its seconds and those of every phase', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = createLogger('info', (line) => lines.push(JSON.parse(line) as Record<string, unknown>));
    const dir = path.join(root, 'logged');
    fs.mkdirSync(path.join(dir, 'corpus'), { recursive: true });
    for (const [file, text] of Object.entries(DOCS)) fs.writeFileSync(path.join(dir, 'corpus', file), text);
    const config = { corpusDir: path.join(dir, 'corpus'), indexDir: path.join(dir, 'index'), modelsDir: DEFAULTS.modelsDir, cacheDir: DEFAULTS.cacheDir, embeddingModel: 'offline' };
    const engine = await createEngine(config, logger, { embedder: await offlineEmbedder() });
    fs.appendFileSync(path.join(dir, 'corpus', 'market.md'), 'Stalls now open at seven.\n');
    await engine.reindex();
    const saved = lines.filter((l) => l.msg === 'index saved');
    expect(saved).toHaveLength(2);
    for (const l of saved) {
      expect(typeof l.seconds).toBe('number');
      const phases = l.phases as Record<string, unknown>;
      expect(Object.keys(phases)).toEqual(['embed', 'graph', 'lexical', 'write', 'load', 'calibrate', 'commit']);
      for (const s of Object.values(phases)) expect(s).toBeGreaterThanOrEqual(0);
      expect(l.seconds as number).toBeGreaterThanOrEqual(Math.max(...(Object.values(phases) as number[])));
    }
    expect(saved[1]!.embedded).toBe(1);
  });
});
