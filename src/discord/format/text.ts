/**
 * Pure text helpers for Discord output: escaping quoted text, cutting to a limit without breaking
 * an escape or a surrogate pair, text-fragment links and dates.
 */
import { escapeMarkdown } from 'discord.js';

const ELLIPSIS = '…';

/**
 * Escape text quoted from the corpus (or typed by a member) so it renders literally:
 * bold/italic/underline/strike/spoiler/code markers, headings, lists, masked links and subtext.
 * Mentions are made inert for every text the bot sends, in one place: `fitPayload` in replies.ts.
 */
export function escapeQuoted(text: string): string {
  const escaped = escapeMarkdown(text, {
    heading: true,
    bulletedList: true,
    numberedList: true,
    maskedLink: true,
  });
  // Subtext ("-# ") and block quotes (">") at a line start are not covered by escapeMarkdown.
  return escaped.replace(/^(\s*)-#/gm, '$1\\-#').replace(/^(\s*)>/gm, '$1\\>');
}

/** Escape text for the label of a masked link `[label](url)`. */
export function escapeLinkLabel(text: string): string {
  return escapeQuoted(text).replace(/[[\]]/g, (c) => `\\${c}`);
}

/**
 * Cut `text` to at most `max` UTF-16 units (Discord counts characters; UTF-16 length is never lower),
 * ending with "…" when cut. Never leaves half a surrogate pair or a dangling escape backslash.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  if (max === 1) return ELLIPSIS;
  let end = max - ELLIPSIS.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1; // high surrogate: keep the pair together
  let cut = text.slice(0, end);
  // An odd run of trailing backslashes would escape the ellipsis (or, worse, a closing marker).
  const backslashes = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (backslashes % 2 === 1) cut = cut.slice(0, -1);
  return cut.trimEnd() + ELLIPSIS;
}

/** Characters that text-fragment syntax reserves, plus those that would end a Markdown link. */
const FRAGMENT_RESERVED = /[-,&!'()*~]/g;

function encodeFragmentPart(text: string): string {
  return encodeURIComponent(text).replace(FRAGMENT_RESERVED, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Words of the focus sentence used as textStart (and textEnd for long sentences). */
const FRAGMENT_WHOLE_MAX_WORDS = 10;
const FRAGMENT_START_WORDS = 6;
const FRAGMENT_END_WORDS = 4;

/**
 * A link to the quoted sentence itself: `url#:~:text=<start>[,<end>]`.
 * Short sentences are matched whole; long ones by their first and last words, which highlights the
 * whole sentence in browsers that support text fragments and degrades to the page elsewhere.
 * Returns null for a missing or non-http(s) URL.
 */
export function textFragmentUrl(url: string | null, focus: string): string | null {
  const base = safeHttpUrl(url);
  if (!base) return null;
  // Quotes and punctuation at the ends may be typeset differently on the page: match from the words.
  const trimmed = focus.replace(/\s+/g, ' ').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const words = trimmed.split(' ').filter(Boolean);
  if (words.length === 0) return base;
  const start = words.length <= FRAGMENT_WHOLE_MAX_WORDS ? words : words.slice(0, FRAGMENT_START_WORDS);
  let directive = encodeFragmentPart(start.join(' '));
  if (words.length > FRAGMENT_WHOLE_MAX_WORDS) {
    directive += ',' + encodeFragmentPart(words.slice(-FRAGMENT_END_WORDS).join(' '));
  }
  return `${base}#:~:text=${directive}`;
}

/** A URL safe to put in a Markdown link: http(s) only, no fragment, parentheses encoded. */
export function safeHttpUrl(url: string | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  parsed.hash = '';
  return parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** "12 Jan 2026" from "2026-01-12"; anything unparseable is returned as given. */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Quote text as a Markdown block quote, one "> " per line, blank lines collapsed. */
export function blockQuote(renderedLines: readonly string[]): string {
  return renderedLines
    .filter((line) => line.trim().length > 0)
    .map((line) => `> ${line}`)
    .join('\n');
}
