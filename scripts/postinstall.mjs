/**
 * Runs at `npm install`: builds the offline embedding model so the first start does not have to.
 * It must never fail the install — the model is built on first use anyway — so any problem ends
 * in one warning line and exit code 0. Set SKIP_OFFLINE_MODEL_BUILD=1 to skip it (e.g. in a CI
 * job that restores models/ from a cache).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const script = path.join(projectRoot, 'scripts', 'build-offline-model.ts');

function warn(reason) {
  process.stderr.write(`warning: the offline embedding model was not built at install (${reason}); it will be built on first use, or run \`npm run build:model\`.\n`);
}

function main() {
  if (process.env.SKIP_OFFLINE_MODEL_BUILD === '1') return;
  if (!existsSync(script)) return; // installed as a dependency of something else: nothing to build
  // tsx is a devDependency: without it (npm ci --omit=dev) the compiled builder in dist/ runs, if built.
  let command;
  try {
    command = [createRequire(path.join(projectRoot, 'package.json')).resolve('tsx/cli'), script];
  } catch {
    const compiled = path.join(projectRoot, 'dist', 'scripts', 'build-offline-model.js');
    if (!existsSync(compiled)) {
      warn('neither tsx nor a compiled build (npm run build) is installed');
      return;
    }
    command = [compiled];
  }
  // The script reports its own failures as one warning (--warn-on-failure); this one covers not starting it.
  const result = spawnSync(process.execPath, [...command, '--warn-on-failure'], { cwd: projectRoot, stdio: 'inherit' });
  if (result.error) warn(result.error.message);
  else if (result.status !== 0) warn(result.signal ? `killed by ${result.signal}` : `exit code ${result.status}`);
}

try {
  main();
} catch (error) {
  warn(error instanceof Error ? error.message : String(error));
}
process.exitCode = 0;
