/** The HNSW sweep on a saved index: every grid setting built over the same vectors and queried with the benchmark's questions. */
import { loadSavedIndex } from '../../src/engine/open-index.ts';
import { isSearchable } from '../../src/index/search-index.ts';
import { DEFAULT_HNSW, HnswVectorIndex } from '../../src/index/vector-index.ts';
import { createLogger } from '../../src/log.ts';
import { chooseSetting, type SweepGrid, type SweepResult, type SweepRow } from './hnsw-sweep.ts';
import { loadOfflineEmbedder } from './offline-embedder.ts';
import { phaseMain } from './phase.ts';
import { makeQuestions } from './questions.ts';
import { msSince, summarize } from './stats.ts';
import { exactIndexOf, exactNeighbours, recallAt } from './vector-recall.ts';

export interface SweepInput {
  indexDir: string;
  questions: number;
  seed: number;
  grid: SweepGrid;
}

async function sweep({ indexDir, questions, seed, grid }: SweepInput): Promise<SweepResult> {
  const logger = createLogger('warn');
  const embedder = await loadOfflineEmbedder(logger);
  const loaded = await loadSavedIndex(indexDir, embedder, logger);
  if (!loaded) throw new Error(`no usable saved index in ${indexDir}: run the benchmark without --sweep first`);
  const { index } = loaded;
  const records = index.records.filter(isSearchable);
  const queries = await embedder.embedQueries(makeQuestions(records.map((r) => r.text), questions, seed).map((q) => q.text));
  const truths = exactNeighbours(exactIndexOf(index), queries, 50);

  const rows: SweepRow[] = [];
  for (const m of grid.m) {
    for (const efConstruction of grid.efConstruction) {
      const params = { ...DEFAULT_HNSW, m, efConstruction };
      const start = performance.now();
      const graph = HnswVectorIndex.create(index.dimensions, records.length, params);
      for (const r of records) graph.add(r.slot, index.vectorOf(r.slot));
      const buildSeconds = msSince(start) / 1000;
      for (const efSearch of grid.efSearch) {
        graph.setEf(efSearch);
        const latency = (k: number) =>
          summarize(
            queries.map((v) => {
              const t = performance.now();
              graph.search(v, k);
              return msSince(t);
            }),
          );
        latency(50); // warm-up
        const k10 = latency(10);
        const k50 = latency(50);
        const row: SweepRow = {
          m,
          efConstruction,
          efSearch,
          buildSeconds,
          recallAt10: recallAt(graph, truths, queries, 10),
          recallAt50: recallAt(graph, truths, queries, 50),
          k10: { p50: k10.p50, p99: k10.p99 },
          k50: { p50: k50.p50, p99: k50.p99 },
        };
        rows.push(row);
        process.stderr.write(
          `[sweep] M=${m} efC=${efConstruction} efS=${efSearch}: build ${buildSeconds.toFixed(1)} s, recall@10 ${row.recallAt10.toFixed(4)}, @50 ${row.recallAt50.toFixed(4)}, k=50 p50 ${k50.p50.toFixed(3)} ms\n`,
        );
      }
    }
  }
  return { sentences: records.length, queries: queries.length, rows, chosen: chooseSetting(rows) };
}

phaseMain(sweep);
