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
    return exitWithUsage(valueApart(config) ?? (error as Error).message.split('\n')[0]!, usage);
  }
}

/**
 * A value that starts with a dash, given as a word of its own ("--node-flags --optimize-for-size"),
 * reads as an option: what to write instead, or null.
 */
function valueApart(config: ParseArgsConfig): string | null {
  const args = config.args ?? process.argv.slice(2);
  for (const [i, arg] of args.entries()) {
    const name = arg.startsWith('--') ? arg.slice(2) : null;
    const value = args[i + 1];
    if (name && config.options?.[name]?.type === 'string' && value?.startsWith('-')) return `give ${arg} its value after "=": ${arg}="${value}"`;
  }
  return null;
}

export function exitWithUsage(problem: string, usage: string): never {
  process.stderr.write(`${problem}\n${usage}\n`);
  process.exit(2);
}
