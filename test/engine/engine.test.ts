import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EngineConfig } from '../../src/config.ts';
import { DEFAULTS } from '../../src/config.ts';
import type { Embedder } from '../../src/embedding/embedder.ts';
import { createEngine, ENGINE_PHASES } from '../../src/engine/create-engine.ts';
import type { Answer } from '../../src/engine/types.ts';
import { BUILD_PHASES, EMBED_CHUNK } from '../../src/index/build-index.ts';
import { holdBuildLock } from '../../src/index/build-lock.ts';
import { currentGeneration, FILES, pointerFile } from '../../src/index/index-files.ts';
import { INDEX_FORMAT_VERSION } from '../../src/index/manifest.ts';
import { createLogger, silentLogger } from '../../src/log.ts';
import { countingEmbedder, offlineEmbedder } from '../helpers/offline-embedder.ts';

const DOC_A = `Source: https://example.org/bridge
Date: 2026-03-02

# Harbour bridge reopens

The harbour bridge reopened on Tuesday after eight months of repairs.
Engineers replaced 412 steel cables and repainted the towers.
The city council said the repairs cost 31 million euros.
`;
const DOC_B = `# Library gets a new roof

The central library closed for two weeks while workers fixed its leaking roof.
Volunteers moved 20,000 books into storage during the work.
`;

let base: Embedder;
const dirs: string[] = [];

function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'engine-test-'));
  dirs.push(d);
  return d;
}

function setup(docs: Record<string, string>): EngineConfig {
  const root = tempDir();
  const corpusDir = path.join(root, 'corpus');
  fs.mkdirSync(corpusDir);
  for (const [name, text] of Object.entries(docs)) fs.writeFileSync(path.join(corpusDir, name), text);
  return { corpusDir, indexDir: path.join(root, 'index'), modelsDir: DEFAULTS.modelsDir, cacheDir: DEFAULTS.cacheDir, embeddingModel: 'offline' };
}

beforeAll(async () => {
  base = await offlineEmbedder();
});
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('engine answers from the corpus', () => {
  it('GIVEN a question a sentence answers THEN that sentence is cited first with title, section-less location and URL', async () => {
    const config = setup({ 'bridge.md': DOC_A, 'library.md': DOC_B });
    const engine = await createEngine(config, silentLogger, { embedder: base });
    const answer = await engine.ask('How much did the bridge repairs cost?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]!.text).toContain('31 million euros');
    expect(answer.passages[0]!.citation).toMatchObject({ docId: 'bridge.md', title: 'Harbour bridge reopens', url: 'https://example.org/bridge', date: '2026-03-02' });
  });

  it('GIVEN an off-topic question THEN it abstains', async () => {
    const engine = await createEngine(setup({ 'bridge.md': DOC_A, 'library.md': DOC_B }), silentLogger, { embedder: base });
    const answer = await engine.ask('Who won the chess olympiad in Budapest?');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN paging THEN the next page holds different passages', async () => {
    const engine = await createEngine(setup({ 'bridge.md': DOC_A, 'library.md': DOC_B }), silentLogger, { embedder: base });
    const first = await engine.ask('repairs of the bridge and the library roof', { top: 2 });
    const second = await engine.ask('repairs of the bridge and the library roof', { top: 2, offset: 2 });
    const texts = new Set(first.passages.map((p) => p.text));
    expect(second.passages.length).toBeGreaterThan(0);
    for (const p of second.passages) expect(texts.has(p.text)).toBe(false);
  });

  it('GIVEN an empty or a 10,000-character question THEN a user error says what to do', async () => {
    const engine = await createEngine(setup({ 'bridge.md': DOC_A }), silentLogger, { embedder: base });
    await expect(engine.ask('   ')).rejects.toMatchObject({ code: 'EMPTY_QUESTION' });
    await expect(engine.ask('why '.repeat(2500))).rejects.toMatchObject({ code: 'QUESTION_TOO_LONG' });
  });
});

describe('engine persistence', () => {
  it('GIVEN an unchanged corpus WHEN the engine restarts THEN it loads the index without embedding anything', async () => {
    const config = setup({ 'bridge.md': DOC_A, 'library.md': DOC_B });
    const counting = countingEmbedder(base);
    await createEngine(config, silentLogger, { embedder: counting });
    expect(counting.passages).toBeGreaterThan(0);
    counting.reset();
    const again = await createEngine(config, silentLogger, { embedder: counting });
    expect(counting.passages).toBe(0);
    expect(again.startup.loaded).toBe(true);
    expect((await again.ask('How many steel cables were replaced?')).passages[0]!.text).toContain('412');
  });

  it('GIVEN one edited sentence WHEN reindexing THEN only that sentence is embedded and the answer follows the edit', async () => {
    const config = setup({ 'bridge.md': DOC_A, 'library.md': DOC_B });
    const counting = countingEmbedder(base);
    const engine = await createEngine(config, silentLogger, { embedder: counting });
    counting.reset();
    fs.writeFileSync(path.join(config.corpusDir, 'bridge.md'), DOC_A.replace('412 steel cables', '398 steel cables'));
    const report = await engine.reindex();
    expect(report.changed).toEqual(['bridge.md']);
    expect(report.unchanged).toBe(1);
    expect(report.embedded).toBe(1);
    expect(counting.passages).toBe(1);
    expect((await engine.ask('How many steel cables were replaced?')).passages[0]!.text).toContain('398');
  });

  it('GIVEN added and removed documents WHEN reindexing THEN the report lists them and answers follow', async () => {
    const config = setup({ 'bridge.md': DOC_A });
    const engine = await createEngine(config, silentLogger, { embedder: base });
    fs.writeFileSync(path.join(config.corpusDir, 'library.md'), DOC_B);
    fs.rmSync(path.join(config.corpusDir, 'bridge.md'));
    const report = await engine.reindex();
    expect(report).toMatchObject({ added: ['library.md'], removed: ['bridge.md'], changed: [] });
    expect(engine.sources().documents.map((d) => d.docId)).toEqual(['library.md']);
    expect((await engine.ask('How many books were moved into storage?')).passages[0]!.text).toContain('20,000');
  });

  it('GIVEN a corrupt saved index THEN the engine warns, rebuilds and answers', async () => {
    const config = setup({ 'bridge.md': DOC_A });
    await createEngine(config, silentLogger, { embedder: base });
    const gen = currentGeneration(config.indexDir, base.modelId)!;
    const hnsw = path.join(gen, FILES.hnsw);
    const bytes = fs.readFileSync(hnsw);
    bytes.fill(7, 0, Math.min(bytes.length, 4096));
    fs.writeFileSync(hnsw, bytes);
    const warnings: string[] = [];
    const logger = createLogger('warn', (line) => warnings.push(line));
    const engine = await createEngine(config, logger, { embedder: base });
    expect(engine.startup.loaded).toBe(false);
    expect(warnings.some((w) => w.includes('unusable'))).toBe(true);
    expect((await engine.ask('How many steel cables were replaced?')).passages[0]!.text).toContain('412');
  });

  it('GIVEN an index saved by the previous format version (as every install has after this upgrade) THEN the engine says so, rebuilds and answers', async () => {
    const config = setup({ 'bridge.md': DOC_A });
    await createEngine(config, silentLogger, { embedder: base });
    const manifestFile = path.join(currentGeneration(config.indexDir, base.modelId)!, FILES.manifest);
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    fs.writeFileSync(manifestFile, JSON.stringify({ ...manifest, formatVersion: INDEX_FORMAT_VERSION - 1 }));
    const warnings: string[] = [];
    const engine = await createEngine(config, createLogger('info', (line) => warnings.push(line)), { embedder: base });
    expect(engine.startup.loaded).toBe(false);
    expect(warnings.some((w) => w.includes(`written by another version of the bot (index format ${INDEX_FORMAT_VERSION - 1}; this version reads ${INDEX_FORMAT_VERSION})`))).toBe(true);
    expect((await engine.ask('How many steel cables were replaced?')).passages[0]!.text).toContain('412');
  });

  it('GIVEN an index built with another model THEN it is rebuilt', async () => {
    const config = setup({ 'bridge.md': DOC_A });
    await createEngine(config, silentLogger, { embedder: base });
    const other: Embedder = { ...base, modelId: 'another/model', embedQueries: base.embedQueries, embedPassages: base.embedPassages };
    const engine = await createEngine(config, silentLogger, { embedder: other });
    expect(engine.startup.loaded).toBe(false);
    expect(engine.sources().model).toBe('another/model');
  });

  it('GIVEN an index built with another build of the same model id THEN it is rebuilt', async () => {
    const config = setup({ 'bridge.md': DOC_A });
    await createEngine(config, silentLogger, { embedder: base });
    const rebuilt: Embedder = { modelId: base.modelId, dimensions: base.dimensions, revision: 'other-weights', embedQueries: base.embedQueries, embedPassages: base.embedPassages };
    const engine = await createEngine(config, silentLogger, { embedder: rebuilt });
    expect(engine.startup.loaded).toBe(false);
    expect(base.revision).toMatch(/^[0-9a-f]{16}$/);
  });

  it('GIVEN a reindex that fails half way THEN the old index keeps serving and the error says why', async () => {
    const config = setup({ 'bridge.md': DOC_A });
    let fail = false;
    const flaky: Embedder = {
      modelId: base.modelId,
      dimensions: base.dimensions,
      embedQueries: (t) => base.embedQueries(t),
      embedPassages: async (t, p) => {
        if (fail) throw new Error('model crashed');
        return base.embedPassages(t, p);
      },
    };
    const engine = await createEngine(config, silentLogger, { embedder: flaky });
    fs.writeFileSync(path.join(config.corpusDir, 'library.md'), DOC_B);
    fail = true;
    await expect(engine.reindex()).rejects.toMatchObject({ code: 'REINDEX_FAILED' });
    expect(engine.sources().documents.map((d) => d.docId)).toEqual(['bridge.md']);
    expect((await engine.ask('How many steel cables were replaced?')).passages[0]!.text).toContain('412');
    fail = false;
    const restarted = await createEngine(config, silentLogger, { embedder: flaky });
    expect(restarted.sources().documents.map((d) => d.docId)).toEqual(['bridge.md', 'library.md']);
  });

  it('GIVEN two reindexes at once THEN they run once', async () => {
    const config = setup({ 'bridge.md': DOC_A });
    const counting = countingEmbedder(base);
    const engine = await createEngine(config, silentLogger, { embedder: counting });
    fs.writeFileSync(path.join(config.corpusDir, 'library.md'), DOC_B);
    counting.reset();
    const [a, b] = await Promise.all([engine.reindex(), engine.reindex()]);
    expect(a).toBe(b);
    expect(counting.passages).toBe(2);
  });

  it('GIVEN listeners of completed reindexes THEN each hears a shared run once, with the serving index already the new one; a failed run, a failing listener or one stopped changes nothing else', async () => {
    const config = setup({ 'bridge.md': DOC_A });
    let fail = false;
    const flaky: Embedder = { ...base, embedQueries: (t) => base.embedQueries(t), embedPassages: async (t, p) => (fail ? Promise.reject(new Error('model crashed')) : base.embedPassages(t, p)) };
    const lines: string[] = [];
    const engine = await createEngine(config, createLogger('debug', (line) => lines.push(line)), { embedder: flaky });
    const heard: { added: string[]; serving: string[] }[] = [];
    engine.onReindexed((report) => heard.push({ added: report.added, serving: engine.sources().documents.map((d) => d.docId) }));
    const stop = engine.onReindexed(() => {
      throw new Error('listener bug');
    });
    // The index built at start is heard by no one.
    expect(heard).toEqual([]);
    fs.writeFileSync(path.join(config.corpusDir, 'library.md'), DOC_B);
    const [a] = await Promise.all([engine.reindex(), engine.reindex()]);
    expect(a.added).toEqual(['library.md']);
    expect(heard).toEqual([{ added: ['library.md'], serving: ['bridge.md', 'library.md'] }]);
    expect(lines.filter((l) => l.includes('a reindex listener failed'))).toHaveLength(1);
    stop();
    fs.rmSync(path.join(config.corpusDir, 'library.md'));
    fail = true;
    fs.writeFileSync(path.join(config.corpusDir, 'harbour.md'), '# Harbour\n\nThe harbour reopened on Thursday.\n');
    await expect(engine.reindex()).rejects.toMatchObject({ code: 'REINDEX_FAILED' });
    expect(heard).toHaveLength(1);
    fail = false;
    await engine.reindex();
    expect(heard.at(-1)).toEqual({ added: ['harbour.md'], serving: ['bridge.md', 'harbour.md'] });
    expect(lines.filter((l) => l.includes('a reindex listener failed'))).toHaveLength(1);
  });

  it('GIVEN an empty corpus folder THEN a clear user error', async () => {
    await expect(createEngine(setup({}), silentLogger, { embedder: base })).rejects.toMatchObject({ code: 'EMPTY_CORPUS' });
  });
});

describe('reindexing off the answering thread', () => {
  /** A document of `count` distinct sentences: enough of them make a rebuild embed in several chunks. */
  const inventory = (count: number) =>
    '# Inventory\n\n' + Array.from({ length: count }, (_, i) => `Crate ${i + 1} in the harbour depot holds ${(i * 7) % 1000} tins of paint.`).join(' ') + '\n';

  it('GIVEN a rebuild in flight THEN questions asked meanwhile are answered from the old index, while it embeds and while its graph is built', async () => {
    const config = setup({ 'bridge.md': DOC_A });
    let onProgress: ((done: number, total: number) => void) | null = null;
    const engine = await createEngine(config, silentLogger, {
      embedder: base,
      onProgress: (phase, done, total) => phase === BUILD_PHASES.embedding && onProgress?.(done, total),
    });
    fs.writeFileSync(path.join(config.corpusDir, 'inventory.md'), inventory(4 * EMBED_CHUNK));

    // Questions come from the event loop, as a Discord interaction does: each is asked in a setImmediate.
    const events: string[] = [];
    const askFromTheLoop = (label: string) =>
      new Promise<{ answer: Answer; documents: number }>((resolve, reject) =>
        setImmediate(() =>
          engine.ask('How many steel cables were replaced?').then((answer) => {
            events.push(label);
            resolve({ answer, documents: engine.sources().documents.length });
          }, reject),
        ),
      );
    let duringEmbedding: ReturnType<typeof askFromTheLoop> | undefined;
    let duringGraph: ReturnType<typeof askFromTheLoop> | undefined;
    onProgress = (done, total) => {
      duringEmbedding ??= askFromTheLoop('answered while embedding');
      if (done === total) {
        events.push('embedded');
        duringGraph = askFromTheLoop('answered while the graph is built');
      }
    };
    const report = await engine.reindex();
    events.push('reindexed');

    expect(report.added).toEqual(['inventory.md']);
    expect(events).toEqual(['answered while embedding', 'embedded', 'answered while the graph is built', 'reindexed']);
    for (const asked of [await duringEmbedding!, await duringGraph!]) {
      expect(asked.documents).toBe(1); // the old index
      expect(asked.answer.passages[0]!.text).toContain('412');
    }
    expect(engine.sources().documents).toHaveLength(2);
  });

  it('GIVEN the build worker fails THEN the reindex fails saying so, the old index keeps serving and no half-written generation is left', async () => {
    const config = setup({ 'bridge.md': DOC_A });
    const engine = await createEngine(config, silentLogger, { embedder: base });
    const gen = currentGeneration(config.indexDir, base.modelId)!;
    // The worker updates the serving generation's graph from its file: without it, the worker fails.
    fs.rmSync(path.join(gen, FILES.hnsw));
    fs.writeFileSync(path.join(config.corpusDir, 'library.md'), DOC_B);

    const failure = await engine.reindex().catch((error: Error & { code?: string }) => error);
    expect(failure).toMatchObject({ code: 'REINDEX_FAILED' });
    expect((failure as Error).message).toContain('index build worker failed');
    expect(engine.sources().documents.map((d) => d.docId)).toEqual(['bridge.md']);
    expect((await engine.ask('How many steel cables were replaced?')).passages[0]!.text).toContain('412');
    expect(currentGeneration(config.indexDir, base.modelId)).toBe(gen);
    expect(fs.readdirSync(config.indexDir).filter((e) => e.startsWith('.tmp-'))).toEqual([]);
  });
});

describe('two processes on one index folder (the bot, and npm run add or ask beside it)', () => {
  const DOC_C = '# Lighthouse repaired\n\nThe old lighthouse on the point was repaired this winter and shines again every night.\n';

  it('GIVEN another engine indexed a change (and pruned the generation this one serves) THEN the next reindex starts from its generation, tells every change since, and answers from it', async () => {
    const config = setup({ 'bridge.md': DOC_A });
    const bot = await createEngine(config, silentLogger, { embedder: base });
    const served = currentGeneration(config.indexDir, base.modelId)!;
    const cli = await createEngine(config, silentLogger, { embedder: base });
    fs.writeFileSync(path.join(config.corpusDir, 'library.md'), DOC_B);
    expect((await cli.reindex()).added).toEqual(['library.md']);
    expect(fs.existsSync(served)).toBe(false);

    // Before: every reindex of the bot failed, reading the graph of its pruned generation.
    fs.writeFileSync(path.join(config.corpusDir, 'lighthouse.md'), DOC_C);
    const report = await bot.reindex();
    expect(report).toMatchObject({ added: ['library.md', 'lighthouse.md'], changed: [], removed: [], unchanged: 1 });
    expect((await bot.ask('How many books did volunteers move?')).passages[0]!.citation.docId).toBe('library.md');
    expect((await bot.ask('When was the lighthouse repaired?')).passages[0]!.citation.docId).toBe('lighthouse.md');

    // The change already indexed by the other: the bot takes its generation as it is. (Each tells
    // what changed against what it served: the other never served the lighthouse.)
    fs.rmSync(path.join(config.corpusDir, 'lighthouse.md'));
    expect(await cli.reindex()).toMatchObject({ added: [], changed: [], removed: [] });
    expect(await bot.reindex()).toMatchObject({ added: [], removed: ['lighthouse.md'], embedded: 0 });
    expect(bot.sources().documents.map((d) => d.docId)).toEqual(['bridge.md', 'library.md']);
  });
});

describe('pruning old generations', () => {
  it('GIVEN another process building in the folder THEN a reindex leaves the generations alone (the other\'s new one is in place before its pointer); once the folder is free THEN the next prunes', async () => {
    const config = setup({ 'bridge.md': DOC_A });
    const engine = await createEngine(config, silentLogger, { embedder: base });
    const old = path.join(config.indexDir, 'gen-old');
    fs.cpSync(currentGeneration(config.indexDir, base.modelId)!, old, { recursive: true });
    const other = await holdBuildLock(config.indexDir);
    try {
      await engine.reindex();
      expect(fs.existsSync(old)).toBe(true);
    } finally {
      other.release();
    }
    await engine.reindex();
    expect(fs.existsSync(old)).toBe(false);
  });
});

describe('processes on other models in one index folder (a run that fell back to the offline model beside a bot on the hub model)', () => {
  it('GIVEN an index of one model and then one of another built in the folder THEN each model, started again, serves its own without embedding anything; a third model\'s build leaves the last other one', async () => {
    const config = setup({ 'bridge.md': DOC_A, 'library.md': DOC_B });
    const first = countingEmbedder(base);
    const other = countingEmbedder(base, 'another/model');
    await createEngine(config, silentLogger, { embedder: first });
    await createEngine(config, silentLogger, { embedder: other });
    expect(other.passages).toBeGreaterThan(0);
    first.reset();
    other.reset();
    const again = await createEngine(config, silentLogger, { embedder: first });
    const otherAgain = await createEngine(config, silentLogger, { embedder: other });
    expect([again.startup.loaded, first.passages, otherAgain.startup.loaded, other.passages]).toEqual([true, 0, true, 0]);
    expect((await again.ask('How many books did volunteers move?')).passages[0]!.citation.docId).toBe('library.md');

    const third = countingEmbedder(base, 'third/model');
    await createEngine(config, silentLogger, { embedder: third });
    expect(currentGeneration(config.indexDir, 'third/model')).not.toBeNull();
    expect(currentGeneration(config.indexDir, 'another/model')).not.toBeNull();
    expect(currentGeneration(config.indexDir, base.modelId)).toBeNull();
  });
});

describe('two processes building one index folder at once', () => {
  const DOC_C = '# Lighthouse repaired\n\nThe old lighthouse on the point was repaired this winter and shines again every night.\n';

  it('GIVEN two engines starting on a corpus with no index THEN one builds it and the other waits, then serves that build without embedding anything', async () => {
    const config = setup({ 'bridge.md': DOC_A, 'library.md': DOC_B });
    const embedders = [countingEmbedder(base), countingEmbedder(base)];
    const phases: string[][] = [[], []];
    const engines = await Promise.all(
      embedders.map((embedder, i) => createEngine(config, silentLogger, { embedder, onProgress: (phase, done) => done === 0 && phases[i]!.push(phase) })),
    );
    // Whichever took the folder first built it.
    const builder = embedders[0]!.passages > 0 ? 0 : 1;
    const waiter = 1 - builder;
    expect(embedders[builder]!.passages).toBeGreaterThan(0);
    expect(embedders[waiter]!.passages).toBe(0);
    expect(phases[waiter]).toContain(ENGINE_PHASES.otherBuild);
    expect(phases[builder]).not.toContain(ENGINE_PHASES.otherBuild);
    const b = engines[waiter]!;
    expect(b.current().dir).toBe(engines[builder]!.current().dir);
    // Its report tells what it now serves, as a build's would.
    expect(b.startup).toMatchObject({ loaded: false, report: { added: ['bridge.md', 'library.md'], embedded: 0 } });
    expect((await b.ask('How many books did volunteers move?')).passages[0]!.citation.docId).toBe('library.md');
  });

  it('GIVEN another process made an index current after this one looked for a saved index, and before it took the folder THEN it serves that one, embedding nothing', async () => {
    const config = setup({ 'bridge.md': DOC_A, 'library.md': DOC_B });
    // The other process's build, made beforehand in a folder of its own and put in place at the moment between.
    const elsewhere = { ...config, indexDir: path.join(tempDir(), 'index') };
    await createEngine(elsewhere, silentLogger, { embedder: base });
    const theirs = path.basename(currentGeneration(elsewhere.indexDir, base.modelId)!);
    const counting = countingEmbedder(base);
    let placed = false;
    const engine = await createEngine(config, silentLogger, {
      embedder: counting,
      onProgress: (phase) => {
        if (phase !== ENGINE_PHASES.corpus || placed) return;
        placed = true;
        fs.mkdirSync(config.indexDir, { recursive: true });
        fs.cpSync(path.join(elsewhere.indexDir, theirs), path.join(config.indexDir, theirs), { recursive: true });
        fs.writeFileSync(path.join(config.indexDir, pointerFile(base.modelId)), theirs);
      },
    });
    expect(placed).toBe(true);
    expect(counting.passages).toBe(0);
    expect(engine.current().dir).toBe(path.join(config.indexDir, theirs));
    expect(engine.startup.report).toMatchObject({ added: ['bridge.md', 'library.md'], embedded: 0 });
  });

  it('GIVEN two engines reindexing the same change at once THEN it is embedded once, and both serve it and report it', async () => {
    const config = setup({ 'bridge.md': DOC_A });
    const first = countingEmbedder(base);
    const second = countingEmbedder(base);
    const bot = await createEngine(config, silentLogger, { embedder: first });
    const cli = await createEngine(config, silentLogger, { embedder: second });
    first.reset();
    second.reset();
    fs.writeFileSync(path.join(config.corpusDir, 'lighthouse.md'), DOC_C);
    const reports = await Promise.all([bot.reindex(), cli.reindex()]);
    expect(reports.map((r) => r.added)).toEqual([['lighthouse.md'], ['lighthouse.md']]);
    expect([first.passages, second.passages].filter((n) => n > 0)).toHaveLength(1);
    expect(reports.map((r) => r.embedded).sort()).toEqual([0, Math.max(first.passages, second.passages)]);
    for (const engine of [bot, cli]) expect((await engine.ask('When was the lighthouse repaired?')).passages[0]!.citation.docId).toBe('lighthouse.md');
  });
});

describe('names the corpus never mentions', () => {
  it('GIVEN a question about a name absent from the corpus THEN it abstains and says which', async () => {
    const engine = await createEngine(setup({ 'bridge.md': DOC_A, 'library.md': DOC_B }), silentLogger, { embedder: base });
    const answer = await engine.ask('How much did the repairs of the bridge in Lisbon cost?');
    expect(answer.answered).toBe(false);
    expect(answer.notMentioned).toEqual(['Lisbon']);
  });

  it('GIVEN a misspelt name or word of the corpus THEN it still answers', async () => {
    const engine = await createEngine(setup({ 'bridge.md': DOC_A, 'library.md': DOC_B }), silentLogger, { embedder: base });
    const answer = await engine.ask('How many bookss did Volunters move into storage?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]!.text).toContain('20,000');
  });
});
