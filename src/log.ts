/**
 * Structured logs on stderr, so stdout stays the CLI's output: one JSON object per line when stderr
 * is a file, a pipe or a journal (machines read it), one readable line when it is a terminal.
 * Secrets never reach here on purpose (callers log names of settings, not their values); as a second
 * line, fields named like secrets and token-shaped text are masked.
 *
 * A small formatter rather than pino + pino-pretty: at a line per answer, pino's asynchronous
 * throughput buys nothing, and pretty printing would add a dozen packages and, as a pino transport,
 * a worker thread in a process meant to stay small.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** `json`: one JSON object per line; `pretty`: "12:00:01 WARN  message  key=value", coloured. */
export type LogFormat = 'json' | 'pretty';

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

/**
 * With no `write`, lines go to stderr, readable when it is a terminal and JSON otherwise.
 * With a `write` (tests, tools), JSON unless `format` says otherwise.
 */
export function createLogger(level: LogLevel = 'info', write?: (line: string) => void, format?: LogFormat): Logger {
  const sink = write ?? ((line: string) => process.stderr.write(line + '\n'));
  const chosen: LogFormat = format ?? (write ? 'json' : process.stderr.isTTY ? 'pretty' : 'json');
  const render = chosen === 'pretty' ? prettyLine : jsonLine;
  const emit = (lvl: LogLevel, msg: string, fields?: Record<string, unknown>) => {
    if (ORDER[lvl] < ORDER[level]) return;
    sink(render(new Date(), lvl, msg, fields ? serializeFields(fields) : {}));
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
  };
}

function jsonLine(time: Date, level: LogLevel, msg: string, fields: Record<string, unknown>): string {
  return JSON.stringify({ time: time.toISOString(), level, msg: maskTokens(msg), ...fields });
}

const COLOURS: Record<LogLevel, string> = { debug: '\x1b[2m', info: '\x1b[36m', warn: '\x1b[33m', error: '\x1b[31m' };
const DIM = '\x1b[2m';
const RESET = '\x1b[0m';

/** "12:00:01 WARN  gateway disconnected  code=1006 shardId=0"; an error's stack on indented lines below. */
function prettyLine(time: Date, level: LogLevel, msg: string, fields: Record<string, unknown>): string {
  const clock = time.toTimeString().slice(0, 8);
  const stacks: string[] = [];
  const pairs = Object.entries(fields).map(([key, value]) => {
    if (isSerializedError(value)) {
      if (level === 'error' && value.stack) stacks.push(value.stack.split('\n').slice(1).join('\n'));
      return `${key}=${prettyValue(`${value.name}: ${value.message}`)}`;
    }
    return `${key}=${prettyValue(value)}`;
  });
  const head = `${DIM}${clock}${RESET} ${COLOURS[level]}${level.toUpperCase().padEnd(5)}${RESET} ${escapeControl(maskTokens(msg))}`;
  const line = pairs.length > 0 ? `${head}  ${DIM}${pairs.join(' ')}${RESET}` : head;
  return stacks.length > 0 ? `${line}\n${DIM}${escapeControl(stacks.join('\n'))}${RESET}` : line;
}

/** Plain words stay bare; anything with spaces, quotes or control characters is JSON-quoted (escaped). */
function prettyValue(value: unknown): string {
  if (typeof value === 'string') return /^[\w.:/@#+-]+$/.test(value) ? value : JSON.stringify(value);
  if (value === undefined) return 'undefined';
  return JSON.stringify(value) ?? String(value);
}

/** Control characters other than newline and tab, shown as \u001b etc. rather than acted on by the terminal. */
function escapeControl(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

interface SerializedError {
  name: string;
  message: string;
  stack?: string;
}

function isSerializedError(value: unknown): value is SerializedError {
  return typeof value === 'object' && value !== null && '__error' in value;
}

const SECRET_KEY = /token|secret|password|authorization/i;

/** Bot tokens (three dot-separated base64url parts) and interaction/webhook tokens inside API paths. */
const TOKEN_TEXT = [
  { pattern: /[\w-]{23,28}\.[\w-]{6,7}\.[\w-]{27,}/g, replacement: '[token]' },
  { pattern: /\/(interactions|webhooks)\/(\d+)\/[\w.-]{20,}/g, replacement: '/$1/$2/[token]' },
];

/** Text with anything token-shaped masked. */
export function maskTokens(text: string): string {
  return TOKEN_TEXT.reduce((out, { pattern, replacement }) => out.replace(pattern, replacement), text);
}

function serializeValue(value: unknown): unknown {
  if (value instanceof Error) {
    // Marked so the pretty format can tell an error apart; JSON keeps the same shape as before.
    const out = { name: value.name, message: maskTokens(value.message), stack: value.stack === undefined ? undefined : maskTokens(value.stack) };
    Object.defineProperty(out, '__error', { value: true, enumerable: false });
    return out;
  }
  if (typeof value === 'string') return maskTokens(value);
  return value;
}

function serializeFields(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    out[key] = SECRET_KEY.test(key) && typeof value === 'string' ? '[redacted]' : serializeValue(value);
  }
  return out;
}

/** A logger that drops everything (for tests that do not inspect logs). */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
