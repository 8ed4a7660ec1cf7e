/**
 * Builds the offline embedding model into <project>/models/ (or MODELS_DIR) when it is missing or
 * stale. `--force` rebuilds anyway. Run by `npm run build:model` and by the install script.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureOfflineModel } from '../src/embedding/offline-model/ensure.ts';
import { createLogger } from '../src/log.ts';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main(argv: string[]): Promise<number> {
  const unknown = argv.filter((arg) => arg !== '--force');
  if (unknown.length > 0) {
    process.stderr.write(`Unknown argument ${unknown.join(' ')}. Usage: npm run build:model [-- --force]\n`);
    return 2;
  }
  const logger = createLogger('info');
  const modelsDir = process.env.MODELS_DIR ? path.resolve(PROJECT_ROOT, process.env.MODELS_DIR) : path.join(PROJECT_ROOT, 'models');
  const started = performance.now();
  const { modelId, path: modelPath } = await ensureOfflineModel(modelsDir, logger, { force: argv.includes('--force') });
  logger.info('offline embedding model ready', { model: modelId, path: modelPath, seconds: Math.round((performance.now() - started) / 100) / 10 });
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    createLogger('info').error('building the offline embedding model failed', { error });
    process.exitCode = 1;
  },
);
