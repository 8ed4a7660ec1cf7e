/**
 * Builds the offline embedding model into <project>/models/ (or MODELS_DIR) when it is missing or
 * stale. `--force` rebuilds anyway. `--warn-on-failure` (used by the install script) turns a
 * failure into one warning line and exit code 0, since the model is also built on first use.
 */
import { parseEngineConfig } from '../src/config.ts';
import { ensureOfflineModel } from '../src/embedding/offline-model/ensure.ts';
import { createLogger } from '../src/log.ts';

const FLAGS = ['--force', '--warn-on-failure'];

async function main(argv: string[]): Promise<number> {
  const unknown = argv.filter((arg) => !FLAGS.includes(arg));
  if (unknown.length > 0) {
    process.stderr.write(`Unknown argument ${unknown.join(' ')}. Usage: npm run build:model [-- --force]\n`);
    return 2;
  }
  const logger = createLogger('info');
  const started = performance.now();
  try {
    const { modelsDir } = parseEngineConfig(process.env).engine;
    const { modelId, path: modelPath } = await ensureOfflineModel(modelsDir, logger, { force: argv.includes('--force') });
    logger.info('offline embedding model ready', { model: modelId, path: modelPath, seconds: Math.round((performance.now() - started) / 100) / 10 });
    return 0;
  } catch (error) {
    if (!argv.includes('--warn-on-failure')) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`warning: the offline embedding model was not built (${reason}); it will be built on first use, or run \`npm run build:model\`.\n`);
    return 0;
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    createLogger('info').error('building the offline embedding model failed', { error });
    process.exitCode = 1;
  },
);
