/** The benchmark's results → report.json (everything) and report.md (the tables the README shows). */
import { percent } from '../../src/evaluation/scoring.ts';
import fs from 'node:fs';
import path from 'node:path';
import type { SizeReport } from './measurements.ts';
import type { TargetCheck } from './targets.ts';

export interface BenchReport {
  generatedAt: string;
  machine: { cpu: string; cores: number; memoryGb: number; node: string; platform: string; loadAverageBefore: number[]; loadAverageAfter: number[] };
  model: string;
  hnsw: { m: number; efConstruction: number; efSearch: number };
  seed: number;
  questionsPerSize: number;
  sizes: SizeReport[];
  /** Checked at the largest size. */
  targets: TargetCheck[];
}

const n = (x: number) => Math.round(x).toLocaleString('en-US');
const s = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
const ms = (x: number) => (x < 1 ? x.toFixed(3) : x < 100 ? x.toFixed(2) : x.toFixed(0));
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** Rows of the main table: a label and the figure at each size. */
export function tableRows(sizes: readonly SizeReport[]): [string, ...string[]][] {
  const row = (label: string, f: (r: SizeReport) => string): [string, ...string[]] => [label, ...sizes.map(f)];
  return [
    row('documents / sentences', (r) => `${n(r.corpus.documents)} / ${n(r.build.sentences)}`),
    row('build, total (s)', (r) => s(r.build.seconds)),
    row('build, sentences/s', (r) => n(r.build.sentences / r.build.seconds)),
    row('– read + segment (s)', (r) => s(r.build.segmentSeconds)),
    row('– embed (s)', (r) => `${s(r.build.embedSeconds)} (${n(r.build.embeddedTexts)} distinct texts)`),
    row('– HNSW insert (s)', (r) => s(r.build.hnswSeconds)),
    row('– lexical index (s)', (r) => s(r.build.lexicalSeconds)),
    row('– calibrate + save (s)', (r) => `${s(r.build.calibrateSeconds)} + ${s(r.build.saveSeconds)}`),
    row('index on disk (MB)', (r) => mb(r.build.indexBytes)),
    row('peak RSS build / serve (MB)', (r) => `${n(r.build.peakRssMb)} / ${n(r.serve.peakRssMb)}`),
    row('restart, model loaded (s)', (r) => s(r.serve.restartSeconds)),
    row('warm-up question beside the login (ms)', (r) => ms(r.serve.warmUpMs)),
    row('first question after restart (ms)', (r) => ms(r.serve.firstQuestionMs)),
    row('question p50 / p95 / p99 (ms)', (r) => `${ms(r.serve.engine.latency.p50)} / ${ms(r.serve.engine.latency.p95)} / ${ms(r.serve.engine.latency.p99)}`),
    row('– embed question p50 (ms)', (r) => ms(r.serve.engine.embedMs.p50)),
    row('– retrieve p50 / p99 (ms)', (r) => `${ms(r.serve.engine.retrieveMs.p50)} / ${ms(r.serve.engine.retrieveMs.p99)}`),
    row('top-3 accuracy: quote / dropped / shuffled', (r) => `${percent(r.serve.engine.accuracy.exact)} / ${percent(r.serve.engine.accuracy.dropped)} / ${percent(r.serve.engine.accuracy.shuffled)}`),
    row('MiniSearch build (s)', (r) => s(r.serve.minisearch.buildSeconds)),
    row('MiniSearch p50 / p99 (ms)', (r) => `${ms(r.serve.minisearch.latency.p50)} / ${ms(r.serve.minisearch.latency.p99)}`),
    row('MiniSearch top-3: quote / dropped / shuffled', (r) => `${percent(r.serve.minisearch.accuracy.exact)} / ${percent(r.serve.minisearch.accuracy.dropped)} / ${percent(r.serve.minisearch.accuracy.shuffled)}`),
    row('engine vs MiniSearch, p50 speed-up', (r) => `${(r.serve.minisearch.latency.p50 / r.serve.engine.latency.p50).toFixed(1)}×`),
    row('HNSW k=10 p50 / p99 (ms)', (r) => `${ms(r.serve.vectors.hnswMs.p50)} / ${ms(r.serve.vectors.hnswMs.p99)}`),
    row('exact cosine k=10 p50 / p99 (ms)', (r) => `${ms(r.serve.vectors.exactMs.p50)} / ${ms(r.serve.vectors.exactMs.p99)}`),
    row('HNSW recall@10 / @50', (r) => `${r.serve.vectors.recallAt10.toFixed(4)} / ${r.serve.vectors.recallAt50.toFixed(4)}`),
    row('one-document change: reindex, median of 3 (s)', (r) => `${s(r.serve.reindex.seconds)} (${r.serve.reindex.embedded} embedded)`),
    row('as deployed: peak RSS serve (MB)', (r) => n(r.deployed.peakRssMb)),
    row('as deployed: restart (s)', (r) => s(r.deployed.restartSeconds)),
    row('as deployed: question p50 / p95 / p99 (ms)', (r) => `${ms(r.deployed.latency.p50)} / ${ms(r.deployed.latency.p95)} / ${ms(r.deployed.latency.p99)}`),
    row('as deployed: reindex, median of 3 (s)', (r) => `${s(r.deployed.reindex.seconds)} (${r.deployed.reindex.embedded} embedded)`),
  ];
}

export function markdownReport(report: BenchReport): string {
  const header = ['', ...report.sizes.map((r) => `~${n(r.target)}`)];
  const table = [header, header.map((_, i) => (i === 0 ? ':--' : '--:')), ...tableRows(report.sizes)].map((cells) => `| ${cells.join(' | ')} |`);
  const largest = report.sizes.at(-1);
  const targets = [
    '| target | wanted | measured | met |',
    '| :-- | :-- | :-- | :-: |',
    ...report.targets.map((t) => `| ${t.name} | ${t.target} | ${t.measured} | ${t.met ? 'yes' : '**no**'} |`),
  ];
  const m = report.machine;
  return [
    '# Benchmark',
    '',
    `Generated ${report.generatedAt} by \`npm run bench\` (seed ${report.seed}, ${n(report.questionsPerSize)} questions per size, model \`${report.model}\`, ` +
      `HNSW M=${report.hnsw.m} efConstruction=${report.hnsw.efConstruction} efSearch=${report.hnsw.efSearch}).`,
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb.toFixed(0)} GB, Node ${m.node}; load average before ${m.loadAverageBefore.map((x) => x.toFixed(1)).join(' ')}, after ${m.loadAverageAfter.map((x) => x.toFixed(1)).join(' ')}.`,
    '',
    ...table,
    '',
    largest ? `Targets, at ~${n(largest.target)} sentences:` : 'Targets:',
    '',
    ...targets,
    '',
    'Questions are windows of 8 consecutive words of a corpus sentence ("quote"), the same with two words dropped, or shuffled; ' +
      'a question counts as answered when one of the top 3 results holds the window. Latencies are in process, one question at a time, ' +
      'after 100 warm-up questions; "question" is the whole `ask` (embedding, both searches, fusion, passages). ' +
      'Build and serve run in separate processes; peak RSS includes the loaded model. ' +
      `"As deployed" is the serving phase again (another document changed), in a process run with the node flags of \`npm start\` ` +
      `(${[...new Set(report.sizes.flatMap((r) => r.deployed.nodeFlags))].map((f) => `\`${f}\``).join(' ') || 'none'}), as the bot runs; the targets are checked on the rows above it.`,
    '',
  ].join('\n');
}

export function writeReport(outDir: string, report: BenchReport): { json: string; markdown: string } {
  fs.mkdirSync(outDir, { recursive: true });
  const json = path.join(outDir, 'report.json');
  const markdown = path.join(outDir, 'report.md');
  fs.writeFileSync(json, JSON.stringify(report, null, 2) + '\n');
  fs.writeFileSync(markdown, markdownReport(report));
  return { json, markdown };
}
