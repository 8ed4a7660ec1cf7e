/**
 * A measuring script's options, read with node:util's parseArgs: a mistake in the command line (an
 * unknown option, a value missing or of the wrong kind) ends the script with one line saying what,
 * then its usage, exit 2 — not a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export function scriptOptions<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    return exitWithUsage((error as Error).message.split('\n')[0]!, usage);
  }
}

export function exitWithUsage(problem: string, usage: string): never {
  process.stderr.write(`${problem}\n${usage}\n`);
  process.exit(2);
}
