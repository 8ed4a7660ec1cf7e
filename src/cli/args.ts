/** Pure command-line parsing for `ask` and `index`; bad usage is a UserError with the usage line. */
import { UserError } from '../errors.ts';

export const ASK_USAGE =
  'usage: npm run --silent ask -- [--json] [--top K] [--corpus DIR] [--index DIR] [--file FILE | QUESTION...]';
export const INDEX_USAGE = 'usage: npm run index -- [--corpus DIR] [--index DIR]';

export interface AskArgs {
  /** Only print the usage (stdout, exit 0). */
  help: boolean;
  json: boolean;
  top: number;
  corpus: string | null;
  index: string | null;
  file: string | null;
  question: string | null;
}

function bad(detail: string, usage: string): never {
  throw new UserError('BAD_USAGE', { detail: detail ? `${detail} (${usage})` : usage });
}

export function parseAskArgs(argv: readonly string[]): AskArgs {
  const out: AskArgs = { help: false, json: false, top: 3, corpus: null, index: null, file: null, question: null };
  // Before a "--", -h or --help asks for the usage whatever else is given.
  const options = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  if (options.includes('-h') || options.includes('--help')) return { ...out, help: true };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) bad(`${a} needs a value`, ASK_USAGE);
      return v;
    };
    if (a === '--') rest.push(...argv.slice(i + 1)), (i = argv.length);
    else if (a === '--json') out.json = true;
    else if (a === '--top') {
      const v = value();
      if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 25) bad(`--top must be a whole number from 1 to 25, got "${v}"`, ASK_USAGE);
      out.top = Number(v);
    } else if (a === '--corpus') out.corpus = value();
    else if (a === '--index') out.index = value();
    else if (a === '--file') out.file = value();
    else if (a.startsWith('--')) bad(`unknown option ${a}`, ASK_USAGE);
    else rest.push(a);
  }
  if (out.file !== null && rest.length > 0) bad('give either --file or a question, not both', ASK_USAGE);
  if (out.file === null && rest.length === 0) bad('no question given', ASK_USAGE);
  if (rest.length > 0) out.question = rest.join(' ');
  return out;
}

export interface IndexArgs {
  /** Only print the usage (stdout, exit 0). */
  help: boolean;
  corpus: string | null;
  index: string | null;
}

export function parseIndexArgs(argv: readonly string[]): IndexArgs {
  const out: IndexArgs = { help: false, corpus: null, index: null };
  if (argv.includes('-h') || argv.includes('--help')) return { ...out, help: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--corpus' || a === '--index') {
      const v = argv[++i];
      if (v === undefined) bad(`${a} needs a value`, INDEX_USAGE);
      out[a === '--corpus' ? 'corpus' : 'index'] = v;
    } else if (a !== '--') bad(`unexpected argument ${a}`, INDEX_USAGE);
  }
  return out;
}
