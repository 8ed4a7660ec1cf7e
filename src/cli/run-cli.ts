/** Shared edge of the CLI commands: environment → config, exit codes, one-line user errors. */
import { config as loadDotenv } from 'dotenv';
import { parseEngineConfig, type Config } from '../config.ts';
import { isUserError } from '../errors.ts';
import { createLogger, type Logger } from '../log.ts';

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

export async function runCli(main: (config: Config, logger: Logger) => Promise<number>): Promise<void> {
  let code: number;
  loadDotenv({ quiet: true }); // quiet: stdout belongs to the answers
  try {
    // The CLI keeps stderr quiet unless asked: warnings (model fallback, skipped files) still show.
    const config = parseEngineConfig(process.env, 'warn');
    code = await main(config, createLogger(config.logLevel));
  } catch (error) {
    if (isUserError(error)) {
      process.stderr.write(`error: ${error.message}\n`);
      code = EXIT.usage;
    } else if (systemError(error)) {
      // A file the system refused (permissions, a full disk, a file where a folder should be): one line.
      process.stderr.write(`error: ${error.message}. Check that path, or point the command elsewhere (--corpus, --index).\n`);
      code = EXIT.failure;
    } else {
      process.stderr.write(`error: ${(error as Error).stack ?? String(error)}\n`);
      code = EXIT.failure;
    }
  }
  // Flush stdout before exiting: answers may be large and stdout a pipe.
  process.stdout.write('', () => process.exit(code));
}

function systemError(error: unknown): error is NodeJS.ErrnoException {
  const e = error as NodeJS.ErrnoException;
  return e instanceof Error && typeof e.code === 'string' && typeof e.syscall === 'string' && typeof e.path === 'string';
}
