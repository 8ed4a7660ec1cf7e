/**
 * Runs an entry point of the project as compiled JavaScript from dist/ — but never a stale build:
 * when a source file is newer than its compiled file, dist/ is out of date, and then
 *   --prefer-compiled  runs the TypeScript through tsx instead (npm run ask: works right after
 *                      npm install, and after any edit, with no build step);
 *   --compiled         stops with one line saying to run `npm run build` (npm start, npm run register:
 *                      a long-running bot must not start on old code nor compile at every start).
 * A folder without src/ (a production image that ships dist/ only) runs dist/ as it is.
 *
 * usage: node scripts/launch.mjs --prefer-compiled|--compiled <entry.ts> [args...]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [mode, entry, ...args] = process.argv.slice(2);
if ((mode !== '--prefer-compiled' && mode !== '--compiled') || !entry?.endsWith('.ts')) {
  process.stderr.write('usage: node scripts/launch.mjs --prefer-compiled|--compiled <entry.ts> [args...]\n');
  process.exit(2);
}

const compiledOf = (source) => path.join(root, 'dist', source.replace(/\.ts$/, '.js'));
const mtime = (file) => fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs;

/**
 * Why dist/ cannot be trusted, or null. A source newer than its compiled file means an edit, a
 * checkout or a pull since the build. (A new source file matters only through the files that import
 * it, which changed too; sources the build leaves out, such as the evaluation, have no compiled file.)
 */
function staleReason() {
  const built = mtime(compiledOf(entry));
  if (built === undefined) return `dist/ holds no build of ${entry}`;
  if (!fs.existsSync(path.join(root, 'src'))) return null;
  const sources = [entry, ...fs.readdirSync(path.join(root, 'src'), { recursive: true }).map((f) => path.join('src', String(f)))];
  for (const source of sources) {
    if (!source.endsWith('.ts')) continue;
    const compiled = mtime(compiledOf(source));
    if (compiled !== undefined && mtime(path.join(root, source)) > compiled) return `${source} changed since the last build`;
  }
  return null;
}

const stale = staleReason();
let target = compiledOf(entry);
if (stale) {
  if (mode === '--compiled') {
    process.stderr.write(`error: the compiled build is out of date (${stale}). Run \`npm run build\`, then start again.\n`);
    process.exit(1);
  }
  let tsx;
  try {
    tsx = await import('tsx/esm/api');
  } catch {
    process.stderr.write(`error: the compiled build is out of date (${stale}) and tsx is not installed. Run \`npm run build\` (or \`npm install\`).\n`);
    process.exit(1);
  }
  tsx.register();
  target = path.join(root, entry);
}
// The entry reads its own arguments from process.argv, as when started directly.
process.argv = [process.argv[0], target, ...args];
await import(pathToFileURL(target).href);
