/**
 * `npm run bench`: corpora of ~1,000 / 10,000 / 100,000 sentences of real English text (KJV Bible,
 * man pages, SQuAD articles), each built, restarted, questioned and changed through the engine in
 * child processes, with MiniSearch and exact cosine as peers in the same run. Writes
 * bench-results/report.json, report.md and chart.svg (and, with --sweep, hnsw-sweep.md/json).
 * The pieces live in scripts/bench/; this file only wires them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../src/config.ts';
import { DEFAULT_EVAL_DIR } from '../src/evaluation/eval-sets.ts';
import { DEFAULT_HNSW } from '../src/index/vector-index.ts';
import { chartSvg } from './bench/chart.ts';
import { planCorpus, writeCorpus } from './bench/corpus.ts';
import { SWEEP_GRID, sweepMarkdown, type SweepResult } from './bench/hnsw-sweep.ts';
import { deployedNodeFlags } from './bench/deployed-flags.ts';
import type { BuildMeasurement, DeployedMeasurement, ServeMeasurement, SizeReport } from './bench/measurements.ts';
import { BENCH_MODEL } from './bench/offline-embedder.ts';
import { BENCH_USAGE, BenchUsageError, parseBenchArgs, type BenchOptions } from './bench/options.ts';
import { runPhase } from './bench/phase.ts';
import { writeReport, type BenchReport } from './bench/report.ts';
import { MissingSourceError, sourcePool } from './bench/sources/pool.ts';
import { checkTargets } from './bench/targets.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const phaseScript = (name: string) => path.join(HERE, 'bench', name);
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

async function measureSizes(options: BenchOptions, out: string, resultFile: string): Promise<void> {
  const nodeFlags = (phase: string) => (options.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.join(out, 'profiles', phase)}`] : []);
  const deployedFlags = deployedNodeFlags();
  const loadAverageBefore = os.loadavg();
  const pool = sourcePool(path.join(DEFAULT_EVAL_DIR, 'squad2-dev.json'));

  const sizes: SizeReport[] = [];
  for (const target of options.sizes) {
    const corpusDir = path.join(out, 'corpora', String(target));
    const indexDir = path.join(out, 'indexes', String(target));
    const { dir: _dir, ...corpus } = writeCorpus(corpusDir, target, planCorpus(pool, target, options.seed));
    log(`~${target}: ${corpus.documents} documents, ${corpus.sentences} sentences (${JSON.stringify(corpus.bySource)}); building…`);
    const build = await runPhase<BuildMeasurement>(phaseScript('phase-build.ts'), { corpusDir, indexDir }, resultFile, { nodeFlags: nodeFlags(`build-${target}`) });
    log(`~${target}: built in ${build.seconds.toFixed(1)} s (embed ${build.embedSeconds.toFixed(1)}, HNSW ${build.hnswSeconds.toFixed(1)}); restarting and asking…`);
    const serve = await runPhase<ServeMeasurement>(
      phaseScript('phase-serve.ts'),
      { corpusDir, indexDir, questions: options.questions, seed: options.seed },
      resultFile,
      { nodeFlags: nodeFlags(`serve-${target}`) },
    );
    log(
      `~${target}: restart ${serve.restartSeconds.toFixed(2)} s, ask p50 ${serve.engine.latency.p50.toFixed(2)} ms p99 ${serve.engine.latency.p99.toFixed(2)} ms, ` +
        `MiniSearch p50 ${serve.minisearch.latency.p50.toFixed(1)} ms, reindex ${serve.reindex.seconds.toFixed(2)} s; serving again as deployed (${deployedFlags.join(' ')})…`,
    );
    const deployed = {
      nodeFlags: deployedFlags,
      ...(await runPhase<Omit<DeployedMeasurement, 'nodeFlags'>>(
        phaseScript('phase-deployed.ts'),
        { corpusDir, indexDir, questions: options.questions, seed: options.seed },
        resultFile,
        { nodeFlags: [...deployedFlags, ...nodeFlags(`deployed-${target}`)] },
      )),
    };
    log(`~${target}: as deployed, peak RSS ${deployed.peakRssMb.toFixed(0)} MB, ask p50 ${deployed.latency.p50.toFixed(2)} ms p99 ${deployed.latency.p99.toFixed(2)} ms, reindex ${deployed.reindex.seconds.toFixed(2)} s`);
    sizes.push({ target, corpus, build, serve, deployed });
  }

  const cpus = os.cpus();
  const report: BenchReport = {
    generatedAt: new Date().toISOString(),
    machine: {
      cpu: cpus[0]?.model.trim() ?? 'unknown',
      cores: cpus.length,
      memoryGb: os.totalmem() / 1024 ** 3,
      node: process.versions.node,
      platform: `${os.platform()} ${os.release()}`,
      loadAverageBefore,
      loadAverageAfter: os.loadavg(),
    },
    model: BENCH_MODEL,
    hnsw: { m: DEFAULT_HNSW.m, efConstruction: DEFAULT_HNSW.efConstruction, efSearch: DEFAULT_HNSW.efSearch },
    seed: options.seed,
    questionsPerSize: options.questions,
    sizes,
    targets: sizes.length ? checkTargets(sizes.at(-1)!) : [],
  };
  const written = writeReport(out, report);
  fs.writeFileSync(path.join(out, 'chart.svg'), chartSvg(sizes));
  log(`wrote ${written.markdown}, ${written.json} and ${path.join(out, 'chart.svg')}`);
  for (const t of report.targets) log(`${t.met ? 'met   ' : 'MISSED'} ${t.name}: ${t.measured} (target ${t.target})`);
}

async function runSweep(options: BenchOptions, out: string, resultFile: string): Promise<void> {
  const target = Math.max(...options.sizes);
  log(`HNSW sweep on the ~${target}-sentence index…`);
  const sweep = await runPhase<SweepResult>(
    phaseScript('phase-sweep.ts'),
    { indexDir: path.join(out, 'indexes', String(target)), questions: options.questions, seed: options.seed, grid: SWEEP_GRID },
    resultFile,
  );
  const generatedAt = new Date().toISOString();
  fs.writeFileSync(path.join(out, 'hnsw-sweep.json'), JSON.stringify({ generatedAt, ...sweep }, null, 2) + '\n');
  fs.writeFileSync(path.join(out, 'hnsw-sweep.md'), sweepMarkdown(sweep, generatedAt));
  log(`wrote ${path.join(out, 'hnsw-sweep.md')}`);
}

async function main(options: BenchOptions): Promise<void> {
  const out = path.resolve(PROJECT_ROOT, options.out);
  const resultFile = path.join(out, '.phase-result.tmp');
  fs.mkdirSync(out, { recursive: true });
  try {
    if (!options.sweepOnly) await measureSizes(options, out, resultFile);
    if (options.sweep) await runSweep(options, out, resultFile);
  } finally {
    fs.rmSync(resultFile, { force: true });
  }
}

try {
  const options = parseBenchArgs(process.argv.slice(2));
  if (options.help) process.stdout.write(`${BENCH_USAGE}\n`);
  else await main(options);
} catch (error) {
  if (error instanceof BenchUsageError || error instanceof MissingSourceError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  }
}
