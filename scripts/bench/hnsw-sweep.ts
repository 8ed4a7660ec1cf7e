/**
 * The HNSW parameter sweep: the grid tried, the rule that picks a setting from the measurements,
 * and its Markdown. Pure; phase-sweep.ts measures.
 *
 * Rule: among settings whose recall@10 and recall@50 (the 50 dense candidates retrieval takes)
 * both reach RECALL_FLOOR — a margin over the 0.98 target, since recall varies between corpora —
 * and whose graph builds within half the build target (the graph is one part of a build, beside
 * embedding, the lexical index and calibration), take the one whose k=50 search is fastest, then
 * the fastest build. Every question searches the graph, while a full build is rare (a one-document
 * reindex adds its few sentences to the graph it has). At 100,000 sentences the search was about a
 * quarter of a question's time, and a graph built with a larger efConstruction reaches the same
 * recall with half the efSearch, and half the search time.
 */
import { TARGETS } from './targets.ts';

export interface SweepGrid {
  m: number[];
  efConstruction: number[];
  efSearch: number[];
}

export const SWEEP_GRID: SweepGrid = { m: [12, 16, 24, 32], efConstruction: [100, 200, 400], efSearch: [50, 100, 200, 400, 800] };

export const RECALL_FLOOR = 0.99;

/** The longest graph build the rule accepts: half the bench's build target. */
export const BUILD_BUDGET_SECONDS = TARGETS.buildSeconds / 2;

export interface SweepRow {
  m: number;
  efConstruction: number;
  efSearch: number;
  buildSeconds: number;
  recallAt10: number;
  recallAt50: number;
  /** Latency of a k=10 search, and of the k=50 search retrieval makes. */
  k10: { p50: number; p99: number };
  k50: { p50: number; p99: number };
}

export interface SweepResult {
  sentences: number;
  queries: number;
  rows: SweepRow[];
  chosen: SweepRow | null;
}

export function chooseSetting(rows: readonly SweepRow[], floor = RECALL_FLOOR, budget = BUILD_BUDGET_SECONDS): SweepRow | null {
  const good = rows.filter((r) => r.recallAt10 >= floor && r.recallAt50 >= floor && r.buildSeconds <= budget);
  return [...good].sort((a, b) => a.k50.p50 - b.k50.p50 || a.buildSeconds - b.buildSeconds)[0] ?? null;
}

export function sweepMarkdown(result: SweepResult, generatedAt: string): string {
  const c = result.chosen;
  return [
    '# HNSW parameter sweep',
    '',
    `Generated ${generatedAt} by \`npm run bench -- --sweep\` on ${result.sentences.toLocaleString('en-US')} sentence vectors, ` +
      `${result.queries.toLocaleString('en-US')} question vectors; recall against exact cosine (ties count as hits).`,
    '',
    '| M | efConstruction | efSearch | build (s) | recall@10 | recall@50 | k=10 p50 / p99 (ms) | k=50 p50 / p99 (ms) |',
    '| --: | --: | --: | --: | --: | --: | --: | --: |',
    ...result.rows.map(
      (r) =>
        `| ${r.m} | ${r.efConstruction} | ${r.efSearch} | ${r.buildSeconds.toFixed(1)} | ${r.recallAt10.toFixed(4)} | ${r.recallAt50.toFixed(4)} | ` +
        `${r.k10.p50.toFixed(3)} / ${r.k10.p99.toFixed(3)} | ${r.k50.p50.toFixed(3)} / ${r.k50.p99.toFixed(3)} |`,
    ),
    '',
    c
      ? `Chosen by the rule in scripts/bench/hnsw-sweep.ts (recall@10 and @50 ≥ ${RECALL_FLOOR}, a graph built within ${BUILD_BUDGET_SECONDS} s, then the fastest k=50 search): ` +
        `**M=${c.m}, efConstruction=${c.efConstruction}, efSearch=${c.efSearch}** — build ${c.buildSeconds.toFixed(1)} s, recall@10 ${c.recallAt10.toFixed(4)}, recall@50 ${c.recallAt50.toFixed(4)}.`
      : `No setting reached recall ${RECALL_FLOOR} within a ${BUILD_BUDGET_SECONDS} s build.`,
    '',
  ].join('\n');
}
