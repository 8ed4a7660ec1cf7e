/**
 * `tsx scripts/measure-corpus-add.ts [--runs 3] [--words 2000]`
 *
 * Add-to-answerable time of /corpus add for an article of about 2,000 words, through the real bot
 * (real discord.js client against the local Discord stand-in) and the real engine (offline model,
 * hnswlib) over a temporary copy of the shipped corpus. The article is a Wikipedia article from
 * ../shared/eval/squad2-dev.json ("Normans"), served as a news-like HTML page (navigation, ad,
 * comments around it) from 127.0.0.1. Each run:
 *
 *   1. /corpus add url:… → the private preview (fetch + extract + segment + duplicate check),
 *   2. Add → the reply (write + change log + incremental reindex),
 *   3. /ask with one of the article's SQuAD questions → the first answer citing the new document,
 *
 * then removes the document again (not timed) so the next run adds it anew. Prints each phase's
 * median over the runs, and the memory the extraction libraries cost when first loaded. Then, the page
 * having a newer version (one paragraph more), /corpus update → Replace → the first answer from it.
 */
import fs from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DEFAULTS } from '../src/config.ts';
import { DEFAULT_EVAL_DIR } from '../src/evaluation/eval-sets.ts';
import { createEngine } from '../src/engine/create-engine.ts';
import { createEmbedder } from '../src/embedding/transformers-embedder.ts';
import { silentLogger } from '../src/log.ts';
import { startHarness } from '../test/discord/harness.ts';
import { exitWithUsage } from './lib/script-options.ts';

interface SquadArticle {
  title: string;
  paragraphs: { context: string; qas: { question: string; is_impossible?: boolean; answers: { text: string; answer_start: number }[] }[] }[];
}

function parseArgs(argv: string[]): { runs: number; words: number } {
  const args = { runs: 3, words: 2000 };
  for (let i = 0; i < argv.length; i++) {
    const value = Number(argv[i + 1]);
    if (argv[i] === '--runs' && Number.isInteger(value) && value > 0) args.runs = value;
    else if (argv[i] === '--words' && Number.isInteger(value) && value >= 200) args.words = value;
    else exitWithUsage(`bad argument ${argv[i]}${argv[i] === '--runs' || argv[i] === '--words' ? ` ${argv[i + 1] ?? '(no value)'}` : ''}`, 'usage: npx tsx scripts/measure-corpus-add.ts [--runs N ≥ 1] [--words N ≥ 200]');
    i++;
  }
  return args;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The first paragraphs of the SQuAD article up to `words`, as a news page, and a question answered in them. */
function buildPage(words: number): { html: string; words: number; title: string; question: string; answer: string } {
  const squad = JSON.parse(fs.readFileSync(path.join(DEFAULT_EVAL_DIR, 'squad2-dev.json'), 'utf8')) as { data: SquadArticle[] };
  const article = squad.data.find((a) => a.title === 'Normans') ?? squad.data[0]!;
  const paragraphs: string[] = [];
  let count = 0;
  for (const p of article.paragraphs) {
    if (count >= words) break;
    paragraphs.push(p.context);
    count += p.context.split(/\s+/).length;
  }
  const qa = article.paragraphs
    .slice(0, paragraphs.length)
    .flatMap((p) => p.qas)
    .find((q) => !q.is_impossible && q.answers.length > 0)!;
  const title = `The ${article.title.replace(/_/g, ' ')}: a history`;
  const body = paragraphs
    .map((p, i) => `${i > 0 && i % 6 === 0 ? `<h2>Part ${i / 6 + 1}</h2>` : ''}<p>${escapeHtml(p)}</p>`)
    .join('\n');
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)} | Example Times</title>
<link rel="canonical" href="https://times.example.org/history/normans">
<meta property="article:published_time" content="2026-01-20T09:00:00Z"></head><body>
<div class="cookie-consent">We use cookies. <button>Accept all</button></div>
<nav class="menu"><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="ad sponsor">Sponsored: cruises from 499 dollars.</div>
<article><h1>${escapeHtml(title)}</h1>${body}</article>
<section class="comments"><p>First comment!</p></section><footer>© Example Times</footer></body></html>`;
  return { html, words: count, title, question: qa.question, answer: qa.answers[0]!.text };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const UPDATE = { sentence: 'The museum at Fécamp reopened its Norman gallery on 3 March 2026 after a two-year restoration.', question: 'When did the museum at Fécamp reopen its Norman gallery?', answer: '3 March 2026' };

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const page = buildPage(args.words);
  // The page's newer version: one paragraph more, as an outlet updates a story at the same address.
  const updated = { html: page.html.replace('</article>', `<p>${UPDATE.sentence}</p></article>`), ...UPDATE };
  let served = page.html;
  // Its canonical link is its own address here: /corpus update fetches a document from the link it keeps.
  const canonical = (html: string) => html.replace('https://times.example.org/history/normans', url);
  const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(canonical(served)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/history/normans`;

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'measure-corpus-add-'));
  const corpusDir = path.join(work, 'corpus');
  fs.mkdirSync(corpusDir);
  fs.copyFileSync(path.join(DEFAULTS.corpusDir, 'sheinbaum-trump-call.md'), path.join(corpusDir, 'sheinbaum-trump-call.md'));
  const embedder = await createEmbedder({ model: 'offline', modelsDir: DEFAULTS.modelsDir, cacheDir: DEFAULTS.cacheDir, logger: silentLogger, progressOutput: null });
  const engine = await createEngine(
    { corpusDir, indexDir: path.join(work, 'index'), modelsDir: DEFAULTS.modelsDir, cacheDir: DEFAULTS.cacheDir, embeddingModel: 'offline' },
    silentLogger,
    { embedder },
  );
  const h = await startHarness({ engine, logger: silentLogger, env: { CORPUS_DIR: corpusDir, CORPUS_FETCH_ALLOW_HOSTS: '127.0.0.1' } });
  const mod = h.standIn.users.mod;
  const timeout = 120_000;
  const phases = { preview: [] as number[], add: [] as number[], answer: [] as number[], total: [] as number[] };
  const updates = { preview: [] as number[], replace: [] as number[], answer: [] as number[], total: [] as number[] };
  let reembedded = 0;
  let sentences = 0;
  let embedded = 0;
  let memory: { before: NodeJS.MemoryUsage; after: NodeJS.MemoryUsage } | null = null;
  try {
    for (let run = 0; run < args.runs; run++) {
      global.gc?.();
      const before = process.memoryUsage();
      const t0 = performance.now();
      const add = h.standIn.injectSlashCommand({ name: 'corpus', subcommand: 'add', options: { url }, user: mod });
      const preview = await h.standIn.waitForOriginalEdit(add, timeout);
      const t1 = performance.now();
      if (run === 0) memory = { before, after: process.memoryUsage() };
      const addId = (preview.body.components ?? []).flatMap((r: any) => r.components).find((c: any) => c.custom_id?.startsWith('corpus:add:'))?.custom_id;
      if (!addId) throw new Error(`no Add button in the preview: ${JSON.stringify(preview.body).slice(0, 400)}`);
      sentences = Number(preview.body.embeds[0].fields.find((f: any) => f.name === 'Sentences').value);
      const click = h.standIn.injectButton({ customId: addId, message: h.standIn.originalMessage(add), user: mod });
      const added = await h.standIn.waitForOriginalEdit(click, timeout);
      const t2 = performance.now();
      embedded = Number(/\((\d+) sentences? embedded\)/.exec(added.body.content)?.[1] ?? NaN);
      const ask = h.standIn.injectSlashCommand({ name: 'ask', options: { question: page.question } });
      const answer = JSON.stringify((await h.standIn.waitForOriginalEdit(ask, timeout)).body);
      const t3 = performance.now();
      if (!answer.includes(page.title)) throw new Error(`the first answer does not cite the new article: ${answer.slice(0, 400)}`);
      phases.preview.push(t1 - t0);
      phases.add.push(t2 - t1);
      phases.answer.push(t3 - t2);
      phases.total.push(t3 - t0);
      process.stderr.write(`run ${run + 1}/${args.runs}: ${(t3 - t0).toFixed(0)} ms (answer holds "${page.answer}": ${answer.includes(page.answer)})\n`);

      // /corpus update once the page has a newer version: preview, Replace, the first answer from it.
      const docId = fs.readdirSync(corpusDir).find((f) => f !== 'sheinbaum-trump-call.md')!;
      served = updated.html;
      const u0 = performance.now();
      const update = h.standIn.injectSlashCommand({ name: 'corpus', subcommand: 'update', options: { document: docId }, user: mod });
      const updatePreview = await h.standIn.waitForOriginalEdit(update, timeout);
      const u1 = performance.now();
      const replaceId = (updatePreview.body.components ?? []).flatMap((r: any) => r.components).find((c: any) => c.custom_id?.startsWith('corpus:replace:'))?.custom_id;
      if (!replaceId) throw new Error(`no Replace button in the update's preview: ${JSON.stringify(updatePreview.body).slice(0, 400)}`);
      const replaced = await h.standIn.waitForOriginalEdit(h.standIn.injectButton({ customId: replaceId, message: h.standIn.originalMessage(update), user: mod }), timeout);
      const u2 = performance.now();
      reembedded = Number(/\((\d+) sentences? embedded\)/.exec(replaced.body.content)?.[1] ?? NaN);
      const askNew = h.standIn.injectSlashCommand({ name: 'ask', options: { question: updated.question } });
      const newAnswer = JSON.stringify((await h.standIn.waitForOriginalEdit(askNew, timeout)).body);
      const u3 = performance.now();
      if (!newAnswer.includes('March')) throw new Error(`the first answer after Replace does not quote the new paragraph: ${newAnswer.slice(0, 400)}`);
      updates.preview.push(u1 - u0);
      updates.replace.push(u2 - u1);
      updates.answer.push(u3 - u2);
      updates.total.push(u3 - u0);
      served = page.html;

      // Undo (not timed), so the next run adds the article anew.
      const remove = h.standIn.injectSlashCommand({ name: 'corpus', subcommand: 'remove', options: { document: docId }, user: mod });
      const confirm = await h.standIn.waitForCallback(remove, timeout);
      const removeId = confirm.body.data.components[0].components.find((c: any) => c.custom_id.startsWith('corpus:remove:')).custom_id;
      await h.standIn.waitForOriginalEdit(h.standIn.injectButton({ customId: removeId, message: h.standIn.originalMessage(remove), user: mod }), timeout);
    }
  } finally {
    await h.stop();
    server.close();
    fs.rmSync(work, { recursive: true, force: true });
  }

  const ms = (values: number[]) => `${median(values).toFixed(0)} ms`.padStart(8);
  console.log(`/corpus add of a ${page.words}-word article (${sentences} sentences; ${embedded} embedded on Add), median of ${args.runs} runs:`);
  console.log(`  preview  (fetch + Readability/linkedom + segment + duplicate check)  ${ms(phases.preview)}`);
  console.log(`  Add      (write + change log + incremental reindex)                  ${ms(phases.add)}`);
  console.log(`  answer   (first /ask answered from it)                              ${ms(phases.answer)}`);
  console.log(`  total    add-to-answerable                                           ${ms(phases.total)}`);
  console.log(`/corpus update of it, one paragraph added at its link (${reembedded} sentence${reembedded === 1 ? '' : 's'} embedded on Replace), median of ${args.runs} runs:`);
  console.log(`  preview  (fetch + extract + segment + sentences compared)            ${ms(updates.preview)}`);
  console.log(`  Replace  (old to the trash + write + change log + reindex)           ${ms(updates.replace)}`);
  console.log(`  answer   (first /ask answered from the new paragraph)               ${ms(updates.answer)}`);
  console.log(`  total    update-to-answerable                                        ${ms(updates.total)}`);
  console.log(`  first run (libraries loaded on first use): preview ${phases.preview[0]!.toFixed(0)} ms, total ${phases.total[0]!.toFixed(0)} ms`);
  if (memory) {
    console.log(`  memory of the first preview (loads linkedom + Readability): rss ${mb(memory.before.rss)} → ${mb(memory.after.rss)} (+${mb(memory.after.rss - memory.before.rss)}), heap used +${mb(memory.after.heapUsed - memory.before.heapUsed)}`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
