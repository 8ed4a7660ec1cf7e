/**
 * `npm run eval`: scores the sets in ../shared/eval as its README describes, with MiniSearch as the
 * peer in the same run, and prints the figures.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import { createEngine, type Engine } from '../engine/create-engine.ts';
import { createEmbedder } from '../embedding/transformers-embedder.ts';
import { hitRank, hitStats, percent } from '../evaluation/scoring.ts';
import { MiniSearchPeer, segmentWithIntl } from '../evaluation/minisearch-peer.ts';
import { EXIT, runCli } from './run-cli.ts';

interface SeedCase {
  question: string;
  answers?: string[];
}
interface SquadSet {
  data: { title: string; paragraphs: { context: string; qas: { question: string; answers: { text: string }[]; is_impossible?: boolean }[] }[] }[];
}

function arg(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}

/** The text of every document the engine loaded, for the peer (which splits it its own way). */
function corpusTexts(engine: Engine, dir: string): string[] {
  return engine.sources().documents.map((d) => fs.readFileSync(path.join(dir, ...d.docId.split('/')), 'utf8'));
}

async function askAll(engine: Engine, questions: string[]) {
  const out = [];
  const t0 = performance.now();
  for (const q of questions) out.push(await engine.ask(q, { top: 3 }));
  return { answers: out, msPerQuestion: (performance.now() - t0) / Math.max(1, questions.length) };
}

await runCli(async (config, logger) => {
  const evalDir = path.resolve(arg('--eval-dir') ?? path.join(PROJECT_ROOT, '..', 'shared', 'eval'));
  const verbose = process.argv.includes('--verbose');
  const embedder = await createEmbedder({ model: config.engine.embeddingModel, modelsDir: config.engine.modelsDir, cacheDir: config.engine.cacheDir, logger });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-'));
  const lines: string[] = [`Model: ${embedder.modelId}`, ''];

  // seed-qa: the project's own corpus.
  const seedFile = path.join(evalDir, 'seed-qa.json');
  if (fs.existsSync(seedFile)) {
    const cases = (JSON.parse(fs.readFileSync(seedFile, 'utf8')) as { cases: SeedCase[] }).cases;
    const engine = await createEngine({ ...config.engine, indexDir: path.join(work, 'seed-index') }, logger, { embedder });
    const { answers, msPerQuestion } = await askAll(engine, cases.map((c) => c.question));
    const on = cases.map((c, i) => ({ c, a: answers[i]! })).filter((x) => x.c.answers);
    const off = cases.map((c, i) => ({ c, a: answers[i]! })).filter((x) => !x.c.answers);
    const ranks = on.map((x) => hitRank(x.a.passages.map((p) => p.text), x.c.answers!));
    const stats = hitStats(ranks);
    const answered = on.filter((x) => x.a.answered).length / Math.max(1, on.length);
    const refused = off.filter((x) => !x.a.answered).length;
    const peer = new MiniSearchPeer(corpusTexts(engine, config.engine.corpusDir).flatMap(segmentWithIntl));
    const peerStats = hitStats(on.map((x) => hitRank(peer.ask(x.c.question, 3), x.c.answers!)));
    lines.push(
      `seed-qa (${on.length} on-topic, ${off.length} off-topic):`,
      `  engine     hit@1 ${percent(stats.hit1)}  hit@3 ${percent(stats.hit3)}  on-topic answered ${percent(answered)}  off-topic refused ${refused}/${off.length}  (${msPerQuestion.toFixed(1)} ms/question)`,
      `  MiniSearch hit@1 ${percent(peerStats.hit1)}  hit@3 ${percent(peerStats.hit3)}`,
    );
    if (verbose) {
      on.forEach((x, i) => {
        if (ranks[i] !== 1) lines.push(`    miss@1: ${x.c.question} → ${x.a.passages[0]?.text.slice(0, 120) ?? '(none)'}`);
      });
      off.forEach((x) => x.a.answered && lines.push(`    answered off-topic: ${x.c.question} (${x.a.passages[0]?.score})`));
    }
    lines.push('');
  }

  // squad2-dev: each article its own corpus.
  const squadFile = path.join(evalDir, 'squad2-dev.json');
  if (fs.existsSync(squadFile)) {
    const squad = JSON.parse(fs.readFileSync(squadFile, 'utf8')) as SquadSet;
    const allRanks: (number | null)[] = [];
    const peerRanks: (number | null)[] = [];
    let answered = 0;
    for (const [n, article] of squad.data.entries()) {
      const title = article.title.replace(/_/g, ' ');
      const corpusDir = path.join(work, `squad-${n}`, 'corpus');
      fs.mkdirSync(corpusDir, { recursive: true });
      const body = article.paragraphs.map((p) => p.context.trim()).join('\n\n');
      fs.writeFileSync(path.join(corpusDir, 'article.txt'), `${title}\n\n${body}\n`);
      const engine = await createEngine({ ...config.engine, corpusDir, indexDir: path.join(work, `squad-${n}`, 'index') }, logger, { embedder });
      const peer = new MiniSearchPeer(article.paragraphs.flatMap((p) => segmentWithIntl(p.context)));
      const qas = article.paragraphs.flatMap((p) => p.qas).filter((q) => !q.is_impossible);
      const { answers } = await askAll(engine, qas.map((q) => q.question));
      qas.forEach((qa, i) => {
        const a = answers[i]!;
        if (a.answered) answered++;
        const r = hitRank(a.passages.map((p) => p.text), qa.answers.map((x) => x.text));
        allRanks.push(r);
        peerRanks.push(hitRank(peer.ask(qa.question, 3), qa.answers.map((x) => x.text)));
        if (verbose && r !== 1) lines.push(`    miss@1 [${title}]: ${qa.question} → ${a.passages[0]?.text.slice(0, 100) ?? '(none)'}`);
      });
    }
    const s = hitStats(allRanks);
    const p = hitStats(peerRanks);
    lines.push(
      `squad2-dev (${s.questions} questions, ${squad.data.length} articles):`,
      `  engine     hit@1 ${percent(s.hit1)}  hit@3 ${percent(s.hit3)}  answered ${percent(answered / Math.max(1, s.questions))}`,
      `  MiniSearch hit@1 ${percent(p.hit1)}  hit@3 ${percent(p.hit3)}`,
      `  hit@1 ratio engine/MiniSearch: ${(s.hit1 / Math.max(1e-9, p.hit1)).toFixed(3)}`,
    );
  }
  fs.rmSync(work, { recursive: true, force: true });
  process.stdout.write(lines.join('\n') + '\n');
  return EXIT.ok;
});
