/**
 * A worker thread running one of the project's modules, compiled (dist/) or not (tsx, vitest): Node 20
 * does not pass the parent's TypeScript loader on to a worker, so under tsx the worker registers tsx
 * itself. `entry` is the module's URL without its extension, beside the caller's.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

export function startModuleWorker(entry: string, callerUrl: string, options: WorkerOptions = {}): Worker {
  // The entry has the caller's extension: .js when compiled to dist/, .ts under tsx and vitest.
  const extension = path.extname(fileURLToPath(callerUrl));
  const url = new URL(`${entry}${extension}`, callerUrl);
  if (extension !== '.ts') return new Worker(url, options);
  const code = `import(${JSON.stringify(tsxApi())}).then((tsx) => tsx.tsImport(${JSON.stringify(url.href)}, ${JSON.stringify(url.href)}))`;
  return new Worker(code, { ...options, eval: true });
}

/** The URL of tsx's ESM API (its package exports name it; `require.resolve` would give the CommonJS one). */
function tsxApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const exports = JSON.parse(fs.readFileSync(manifest, 'utf8')).exports as Record<string, { import: { default: string } }>;
  return pathToFileURL(path.join(path.dirname(manifest), exports['./esm/api']!.import.default)).href;
}
