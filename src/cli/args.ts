/**
 * Pure command-line parsing for `ask`, `chat`, `index`, `add` and `backup` with `node:util` `parseArgs`; bad usage is a
 * UserError of one line (exit 2), `-h` / `--help` asks for the usage (exit 0).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../errors.ts';

export const ASK_USAGE =
  'usage: npm run --silent ask -- [--json] [--top K] [--source DOCUMENT] [--corpus DIR] [--index DIR] [--file FILE | [--] QUESTION...]';
export const CHAT_USAGE = 'usage: npm run --silent chat -- [--top K] [--source DOCUMENT] [--corpus DIR] [--index DIR]   (then one question per line; "exit" or Ctrl-D ends)';
export const INDEX_USAGE = 'usage: npm run index -- [--corpus DIR] [--index DIR]';
export const ADD_USAGE =
  'usage: npm run add -- [--yes] [--corpus DIR] [--index DIR] LINK_OR_FILE...   (each previewed, then added to the corpus and indexed: a link to an article, or a .md, .txt, .html, .pdf or .docx file)';
export const BACKUP_USAGE = 'usage: npm run backup -- DESTINATION   (copies the corpus and the data folder, the question log included, into a new folder in DESTINATION; the bot may keep running)';

export interface AskArgs {
  /** Only print the usage (stdout, exit 0). */
  help: boolean;
  json: boolean;
  top: number;
  corpus: string | null;
  index: string | null;
  file: string | null;
  /** Search only this document: its id, title or words of its title (`AskOptions.within`). */
  source: string | null;
  question: string | null;
}

export interface ChatArgs {
  /** Only print the usage (stdout, exit 0). */
  help: boolean;
  top: number;
  /** Every question asked within this document (`AskArgs.source`). */
  source: string | null;
  corpus: string | null;
  index: string | null;
}

export interface IndexArgs {
  /** Only print the usage (stdout, exit 0). */
  help: boolean;
  corpus: string | null;
  index: string | null;
}

const FOLDERS = { corpus: { type: 'string' }, index: { type: 'string' } } as const;
const HELP = { help: { type: 'boolean', short: 'h' } } as const;

function bad(detail: string, usage: string): never {
  throw new UserError('BAD_USAGE', { detail: `${detail} (${usage})` });
}

/** Before a "--", -h or --help asks for the usage whatever else is given (even a bad option). */
function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === '-h' || a === '--help');
}

/** parseArgs, with its errors turned into one line that says what to do. */
function parse<T extends ParseArgsConfig>(argv: readonly string[], config: T, usage: string) {
  try {
    return parseArgs({ ...config, args: [...argv], strict: true });
  } catch (error) {
    const e = error as Error & { code?: string };
    const option = /'([^']+)'/.exec(e.message)?.[1];
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
      bad(`unknown option ${option}${usage === ASK_USAGE ? '; a question that starts with "-" goes after "--"' : ''}`, usage);
    }
    if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' && option) bad(`unexpected argument ${option}`, usage);
    if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
      const name = option.split(' ')[0]!;
      if (/argument missing/.test(e.message)) bad(`${name} needs a value`, usage);
      if (/ambiguous/.test(e.message)) bad(`${name} is followed by an option, not a value; write ${name}=VALUE for a value that starts with "-"`, usage);
      if (/does not take an argument/.test(e.message)) bad(`${name} takes no value`, usage);
    }
    bad(e.message.replace(/\s*\n\s*/g, ' '), usage);
  }
}

/** --top K: how many passages an answer shows, 1–25. */
function topOf(value: string | undefined, usage: string): number {
  if (value === undefined) return 3;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 25) bad(`--top must be a whole number from 1 to 25, got "${value}"`, usage);
  return Number(value);
}

export function parseChatArgs(argv: readonly string[]): ChatArgs {
  if (wantsHelp(argv)) return { help: true, top: 3, source: null, corpus: null, index: null };
  const { values } = parse(argv, { options: { ...HELP, ...FOLDERS, top: { type: 'string' }, source: { type: 'string' } }, allowPositionals: false }, CHAT_USAGE);
  return { help: false, top: topOf(values.top, CHAT_USAGE), source: sourceOf(values.source, CHAT_USAGE), corpus: values.corpus ?? null, index: values.index ?? null };
}

/** --source DOCUMENT: the document to ask within, as typed (the engine reads which it names). */
function sourceOf(value: string | undefined, usage: string): string | null {
  if (value === undefined) return null;
  if (value.trim() === '') bad('--source needs the title or id of a document', usage);
  return value;
}

export function parseAskArgs(argv: readonly string[]): AskArgs {
  const out: AskArgs = { help: false, json: false, top: 3, corpus: null, index: null, file: null, source: null, question: null };
  if (wantsHelp(argv)) return { ...out, help: true };
  const { values, positionals } = parse(
    argv,
    { options: { ...HELP, ...FOLDERS, json: { type: 'boolean' }, top: { type: 'string' }, file: { type: 'string' }, source: { type: 'string' } }, allowPositionals: true },
    ASK_USAGE,
  );
  out.top = topOf(values.top, ASK_USAGE);
  out.json = values.json === true;
  out.corpus = values.corpus ?? null;
  out.index = values.index ?? null;
  out.file = values.file ?? null;
  out.source = sourceOf(values.source, ASK_USAGE);
  if (out.file !== null && positionals.length > 0) bad('give either --file or a question, not both', ASK_USAGE);
  if (out.file === null && positionals.length === 0) bad('no question given', ASK_USAGE);
  if (positionals.length > 0) out.question = positionals.join(' ');
  return out;
}

export function parseIndexArgs(argv: readonly string[]): IndexArgs {
  if (wantsHelp(argv)) return { help: true, corpus: null, index: null };
  const { values } = parse(argv, { options: { ...HELP, ...FOLDERS }, allowPositionals: false }, INDEX_USAGE);
  return { help: false, corpus: values.corpus ?? null, index: values.index ?? null };
}

export interface AddArgs {
  /** Only print the usage (stdout, exit 0). */
  help: boolean;
  /** Add without asking (what a script, or input that is no terminal, needs). */
  yes: boolean;
  corpus: string | null;
  index: string | null;
  /** Links and file paths, in the order given. */
  sources: string[];
}

export function parseAddArgs(argv: readonly string[]): AddArgs {
  const out: AddArgs = { help: false, yes: false, corpus: null, index: null, sources: [] };
  if (wantsHelp(argv)) return { ...out, help: true };
  const { values, positionals } = parse(argv, { options: { ...HELP, ...FOLDERS, yes: { type: 'boolean', short: 'y' } }, allowPositionals: true }, ADD_USAGE);
  if (positionals.length === 0) bad('no link or file given', ADD_USAGE);
  return { help: false, yes: values.yes === true, corpus: values.corpus ?? null, index: values.index ?? null, sources: positionals };
}

export interface BackupArgs {
  help: boolean;
  /** The folder the backup is made in. */
  destination: string | null;
}

export function parseBackupArgs(argv: readonly string[]): BackupArgs {
  if (wantsHelp(argv)) return { help: true, destination: null };
  const { positionals } = parse(argv, { options: { ...HELP }, allowPositionals: true }, BACKUP_USAGE);
  if (positionals.length === 0) bad('no destination folder given', BACKUP_USAGE);
  if (positionals.length > 1) bad(`give one destination folder, not ${positionals.length}`, BACKUP_USAGE);
  return { help: false, destination: positionals[0]! };
}

/**
 * For a command that takes no arguments (`npm start`, `npm run register`): true when it was asked
 * for its usage (printed on stdout); anything else given is a usage error.
 */
export function printedUsage(argv: readonly string[], usage: string): boolean {
  if (wantsHelp(argv)) {
    process.stdout.write(`${usage}\n`);
    return true;
  }
  parse(argv, { options: HELP, allowPositionals: false }, usage);
  return false;
}
