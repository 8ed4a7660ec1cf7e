/**
 * `tsx scripts/measure-update-check.ts [--documents 60]` (at most 80: the eval's SQuAD articles, six paragraphs a document)
 *
 * What one update check (CORPUS_UPDATE_CHECK_HOURS) costs: a corpus of SQuAD articles' paragraphs,
 * each document served from 127.0.0.1 at the link its front matter names, a few of them with a newer
 * version (a paragraph more). Prints the check's time, the newer versions found, and the longest the
 * event loop was held (answers wait that long at most), with the real engine and CorpusAdmin.
 */
import fs from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DEFAULTS } from '../src/config.ts';
import { DEFAULT_EVAL_DIR } from '../src/evaluation/eval-sets.ts';
import { CorpusAdmin } from '../src/corpus/admin/corpus-admin.ts';
import { DEFAULT_FETCH_POLICY } from '../src/corpus/fetch/fetch-policy.ts';
import { createEngine } from '../src/engine/create-engine.ts';
import { createEmbedder } from '../src/embedding/transformers-embedder.ts';
import { silentLogger } from '../src/log.ts';
import { exitWithUsage, scriptOptions } from './lib/script-options.ts';

const USAGE = 'usage: npx tsx scripts/measure-update-check.ts [--documents N ≥ 1]';
const { values } = scriptOptions({ options: { documents: { type: 'string', default: '60' } } }, USAGE);
const count = Number(values.documents);
if (!Number.isInteger(count) || count < 1) exitWithUsage(`--documents needs a whole number of at least 1, got ${values.documents}`, USAGE);
const CHANGED_EVERY = 10;
interface Squad { data: { title: string; paragraphs: { context: string }[] }[] }
const squad = ['squad2-dev.json', 'squad2-more.json'].flatMap((f) => (JSON.parse(fs.readFileSync(path.join(DEFAULT_EVAL_DIR, f), 'utf8')) as Squad).data);
// Documents of six paragraphs each, taken in turn from the articles.
const parts: { title: string; body: string[] }[] = [];
for (const article of squad) for (let i = 0; i + 6 <= article.paragraphs.length && parts.length < count; i += 6) parts.push({ title: `${article.title.replace(/_/g, ' ')} part ${i / 6 + 1}`, body: article.paragraphs.slice(i, i + 6).map((p) => p.context) });

const pages = new Map<string, string>();
const server = createServer((req, res) => {
  const page = pages.get(req.url ?? '');
  if (page) res.writeHead(200, { 'content-type': 'text/markdown' }).end(page);
  else res.writeHead(404).end();
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'measure-update-check-'));
fs.mkdirSync(path.join(root, 'corpus'));
const page = (link: string, title: string, body: string[]) => `---\nsource: ${link}\n---\n# ${title}\n\n${body.join('\n\n')}\n`;
parts.forEach((p, i) => {
  const link = `${base}/doc-${i}`;
  fs.writeFileSync(path.join(root, 'corpus', `doc-${i}.md`), page(link, p.title, p.body));
  // Every tenth page has a newer version: one paragraph more.
  pages.set(`/doc-${i}`, page(link, p.title, i % CHANGED_EVERY === 0 ? [...p.body, `Update: the archive of ${p.title} reopened on 3 March 2026.`] : p.body));
});
const embedder = await createEmbedder({ model: 'offline', modelsDir: DEFAULTS.modelsDir, cacheDir: DEFAULTS.cacheDir, logger: silentLogger, progressOutput: null });
const engine = await createEngine({ corpusDir: path.join(root, 'corpus'), indexDir: path.join(root, 'index'), modelsDir: DEFAULTS.modelsDir, cacheDir: DEFAULTS.cacheDir, embeddingModel: 'offline' }, silentLogger, { embedder });
const admin = new CorpusAdmin({ corpusDir: path.join(root, 'corpus'), dataDir: path.join(root, 'data'), policy: { ...DEFAULT_FETCH_POLICY, allowHosts: ['127.0.0.1'] }, engine });
const sentences = engine.sources().documents.reduce((n, d) => n + d.sentences, 0);

// The event loop's longest stall during the check: a timer every 5 ms notes how late it fires.
let worst = 0;
let last = performance.now();
const lag = setInterval(() => {
  const now = performance.now();
  worst = Math.max(worst, now - last - 5);
  last = now;
}, 5);
const started = performance.now();
let failures = 0;
const found = await admin.newerVersions(() => failures++);
const seconds = (performance.now() - started) / 1000;
clearInterval(lag);
console.log(`update check of ${parts.length} documents (${sentences} sentences), each fetched from 127.0.0.1:`);
console.log(`  ${seconds.toFixed(2)} s in all (${((seconds * 1000) / parts.length).toFixed(0)} ms a document), ${found.length} newer versions found (${Math.ceil(parts.length / CHANGED_EVERY)} published), ${failures} failures`);
console.log(`  longest event-loop stall ${worst.toFixed(0)} ms`);
server.close();
fs.rmSync(root, { recursive: true, force: true });
process.exit(0);
