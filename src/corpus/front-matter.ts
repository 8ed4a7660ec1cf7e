/**
 * Optional metadata at the top of a document, in one of two shapes:
 *
 *   ---                                Source: https://example.com/story
 *   source: https://example.com/...    Date: January 12, 2026
 *   date: 2026-01-12                   (plain `Key: value` lines, the usual shape of a .txt
 *   publisher: Polar Herald             saved from a web page)
 *   ---
 *
 * This is deliberately not a YAML parser: only flat `key: value` lines are read, everything
 * else inside the fences (lists, nested maps) is ignored. A real YAML dependency would buy
 * nothing the pipeline uses.
 */
import type { DocumentMeta } from './types.ts';
import { normaliseDate } from './normalise-date.ts';

export interface FrontMatter {
  meta: Required<DocumentMeta>;
  /** A `title:` that overrides the title found in the body. */
  title: string | null;
  /** The text after the metadata, unchanged. */
  body: string;
  /** Metadata that was present but unusable (e.g. a date we refuse to guess), for a warning. */
  problems: string[];
}

const FENCE = /^---[ \t]*$/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;
const KEY_VALUE = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$/;
/** Inside a YAML block: nested values, list entries and comments, tolerated and ignored. */
const IGNORABLE_YAML_LINE = /^(?:[ \t]+\S.*|-[ \t].*|#.*|[ \t]*)$/;
/** A fenced block longer than this is not front matter but a document that starts with a rule. */
const MAX_FENCED_LINES = 100;

/**
 * Keys accepted as plain `Key: value` lines at the top of the file. A closed list, so that a
 * document that opens with "Warning: the following…" is not eaten as metadata.
 */
const PLAIN_HEADER_KEYS = new Set(['source', 'url', 'link', 'date', 'published', 'title', 'publisher', 'author']);

const URL_KEYS = ['url', 'source_url', 'link', 'canonical', 'canonical_url', 'source'];
const DATE_KEYS = ['date', 'published', 'published_at', 'published_on', 'publication_date', 'date_published', 'pubdate'];
const PUBLISHER_KEYS = ['publisher', 'outlet', 'site_name', 'site', 'source'];

export function parseFrontMatter(text: string): FrontMatter {
  const lines = text.split('\n');
  const fenced = readFencedBlock(lines);
  const header = fenced ?? readPlainHeader(lines);
  const fields = header?.fields ?? {};
  const body = header ? lines.slice(header.bodyStart).join('\n') : text;
  return { ...interpret(fields), body };
}

interface Header {
  fields: Record<string, string>;
  /** Index of the first line of the body. */
  bodyStart: number;
}

function readFencedBlock(lines: string[]): Header | null {
  if (!FENCE.test(stripCr(lines[0] ?? ''))) return null;
  const fields: Record<string, string> = {};
  const limit = Math.min(lines.length, MAX_FENCED_LINES + 1);
  for (let i = 1; i < limit; i++) {
    const line = stripCr(lines[i] ?? '');
    if (CLOSING_FENCE.test(line)) return { fields, bodyStart: i + 1 };
    const kv = KEY_VALUE.exec(line);
    if (kv) {
      const value = cleanYamlValue(kv[2] ?? '');
      if (value !== '') fields[normaliseKey(kv[1] ?? '')] = value;
    } else if (!IGNORABLE_YAML_LINE.test(line)) {
      // Prose between two rules: this was never front matter.
      return null;
    }
  }
  return null;
}

function readPlainHeader(lines: string[]): Header | null {
  const fields: Record<string, string> = {};
  let i = 0;
  for (; i < lines.length; i++) {
    const kv = KEY_VALUE.exec(stripCr(lines[i] ?? ''));
    const key = normaliseKey(kv?.[1] ?? '');
    if (!kv || !PLAIN_HEADER_KEYS.has(key)) break;
    const value = (kv[2] ?? '').trim();
    if (value !== '') fields[key] = value;
  }
  return i === 0 ? null : { fields, bodyStart: i };
}

function interpret(fields: Record<string, string>): Omit<FrontMatter, 'body'> {
  const problems: string[] = [];
  const rawDate = first(fields, DATE_KEYS);
  const date = rawDate === null ? null : normaliseDate(rawDate);
  if (rawDate !== null && date === null) problems.push(`unreadable date "${rawDate}" (use yyyy-mm-dd)`);

  const url = URL_KEYS.map((k) => extractUrl(fields[k])).find((u) => u !== null) ?? null;
  const publisher = PUBLISHER_KEYS.map((k) => fields[k]).find((v) => v !== undefined && extractUrl(v) === null) ?? null;

  return { meta: { url, date, publisher, fields }, title: fields.title ?? null, problems };
}

function first(fields: Record<string, string>, keys: string[]): string | null {
  for (const k of keys) if (fields[k] !== undefined) return fields[k];
  return null;
}

/** The first http(s) URL in a value ("Reuters (https://…)."), without the punctuation around it. */
function extractUrl(value: string | undefined): string | null {
  const m = value === undefined ? null : /https?:\/\/[^\s<>"']+/i.exec(value);
  return m ? m[0].replace(/[).,;:!?\]]+$/, '') : null;
}

function cleanYamlValue(raw: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(raw.trim());
  if (quoted) return quoted[2] ?? '';
  // An unquoted YAML comment starts at " #"; a URL fragment ("page#top") has no space before it.
  return raw.replace(/\s+#.*$/, '').trim();
}

function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/-/g, '_');
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
