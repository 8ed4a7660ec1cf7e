/**
 * A document body (Markdown or plain text) → blocks: headings, paragraphs and lists, with
 * inline Markdown removed. Block quotes are unwrapped into the blocks they contain, because a
 * quoted paragraph is cited like any other.
 *
 * A line-based reading of the parts of CommonMark that news articles use (ATX and setext
 * headings, paragraphs, bullet and ordered lists, block quotes, fenced code, rules). Plain text
 * gets the same reading minus inline markup, plus one guess: a short unpunctuated line standing
 * alone between blank lines is a heading (see `looksLikeTextHeading`).
 */
import { stripInlineMarkdown } from './inline-markdown.ts';

export type TextFormat = 'markdown' | 'text';

export type Block =
  | { type: 'heading'; level: number; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[] };

export interface ParsedBody {
  blocks: Block[];
  /** Index in `blocks` of the heading that is the document's title (not a section), if any. */
  titleBlock: number | null;
  /** The title heading's text, else the first non-empty line; null for a body without text. */
  title: string | null;
}

/** A first line used as a title is cut here: a whole paragraph is not a title. */
const MAX_TITLE_CHARS = 120;

export function formatOf(fileName: string): TextFormat {
  return /\.(?:md|markdown)$/i.test(fileName) ? 'markdown' : 'text';
}

export function parseBlocks(body: string, format: TextFormat): ParsedBody {
  const source = format === 'markdown' ? removeHtmlComments(body) : body;
  const raw = readBlocks(source.split(/\r\n|\r|\n/), format, true);
  const blocks = raw.map(({ block }) => block);
  const titleBlock = findTitleBlock(blocks);
  const heading = titleBlock === null ? null : blocks[titleBlock];
  const title = heading?.type === 'heading' ? heading.text : shorten(raw[0]?.firstLine ?? null);
  return { blocks, titleBlock, title };
}

/**
 * The title heading is the body's first block when that is a heading, else its first level-1
 * heading. Every other heading opens a section; this keeps documents that use `#` for their
 * sections (one `#` title, more `#` below) from having no sections at all.
 */
function findTitleBlock(blocks: Block[]): number | null {
  if (blocks[0]?.type === 'heading') return 0;
  const i = blocks.findIndex((b) => b.type === 'heading' && b.level === 1);
  return i === -1 ? null : i;
}

interface RawBlock {
  block: Block;
  /** The block's first source line, cleaned: the title when there is no title heading. */
  firstLine: string;
  /** Paragraphs only: how many source lines, and whether a blank line (or the end) closed it. */
  lines?: number;
  blankAfter?: boolean;
}

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_1 = /^ {0,3}=+[ \t]*$/;
const SETEXT_2 = /^ {0,3}-+[ \t]*$/;
const RULE = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:=[ \t]*){3,})$/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const QUOTE = /^ {0,3}> ?/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S/;
// Up to three digits: "2026. The year began…" at the start of a wrapped line is not item 2026.
const LIST_MARKER = /^([ \t]*)([-*+•]|(\d{1,3})[.)])[ \t]+(.*)$/;
const TASK_BOX = /^\[[ xX]\][ \t]+/;

function readBlocks(lines: string[], format: TextFormat, inferHeadings: boolean): RawBlock[] {
  const out: RawBlock[] = [];
  const inline = format === 'markdown' ? stripInlineMarkdown : (s: string) => s;
  let para: string[] = [];
  let items: string[][] | null = null;
  let itemsOrdered = false;

  const flushParagraph = (blankAfter: boolean) => {
    if (para.length === 0) return;
    const text = clean(inline(joinLines(para)));
    if (text !== '') {
      out.push({ block: { type: 'paragraph', text }, firstLine: clean(inline(para[0] ?? '')), lines: para.length, blankAfter });
    }
    para = [];
  };
  const flushList = () => {
    if (items === null) return;
    const texts = items.map((lines) => clean(inline(joinLines(lines)))).filter((t) => t !== '');
    if (texts.length > 0) out.push({ block: { type: 'list', items: texts }, firstLine: texts[0] ?? '' });
    items = null;
  };
  const flushAll = () => {
    flushParagraph(false);
    flushList();
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';

    if (line.trim() === '') {
      flushParagraph(true);
      // A list survives blank lines between its items and before indented continuations.
      if (items !== null) {
        const next = lines.slice(i + 1).find((l) => l.trim() !== '');
        if (next === undefined || !(LIST_MARKER.test(next) || /^(?: {2,}|\t)/.test(next))) flushList();
      }
      continue;
    }

    const fence = format === 'markdown' ? FENCE_OPEN.exec(line) : null;
    if (fence) {
      flushAll();
      const marker = fence[1] ?? '```';
      const closing = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`);
      const code: string[] = [];
      for (i++; i < lines.length && !closing.test(lines[i] ?? ''); i++) code.push(lines[i] ?? '');
      const text = clean(code.join(' '));
      if (text !== '') out.push({ block: { type: 'paragraph', text }, firstLine: clean(code[0] ?? '') });
      continue;
    }

    const atx = ATX_HEADING.exec(line);
    if (atx) {
      flushAll();
      pushHeading(out, (atx[1] ?? '#').length, inline(atx[2] ?? ''));
      continue;
    }

    // In plain text only a single underlined line is a heading; a dashed line under a
    // paragraph there is more often a separator.
    const setextAllowed = format === 'markdown' ? para.length > 0 : para.length === 1;
    if (setextAllowed && (SETEXT_1.test(line) || SETEXT_2.test(line))) {
      const level = SETEXT_1.test(line) ? 1 : 2;
      pushHeading(out, level, inline(joinLines(para)));
      para = [];
      continue;
    }

    if (RULE.test(line)) {
      flushAll();
      continue;
    }

    if (format === 'markdown' && para.length === 0 && items === null && LINK_DEFINITION.test(line)) continue;

    if (QUOTE.test(line)) {
      flushAll();
      const quoted: string[] = [];
      for (; i < lines.length && QUOTE.test(lines[i] ?? ''); i++) quoted.push((lines[i] ?? '').replace(QUOTE, ''));
      i--;
      out.push(...readBlocks(quoted, format, false));
      continue;
    }

    const marker = LIST_MARKER.exec(line);
    // As in CommonMark, only a bullet or "1." may interrupt a paragraph: a wrapped line that
    // happens to start with "3. " is part of the sentence above it.
    if (marker && (items !== null || para.length === 0 || marker[3] === undefined || marker[3] === '1')) {
      flushParagraph(false);
      const ordered = marker[3] !== undefined;
      // A switch between bullets and numbers starts another list (as in CommonMark).
      if (items !== null && ordered !== itemsOrdered) flushList();
      itemsOrdered = ordered;
      items ??= [];
      items.push([(marker[4] ?? '').replace(TASK_BOX, '')]);
      continue;
    }

    if (items !== null) {
      // Continuation of the current item: indented, or a lazy line right after it.
      items[items.length - 1]?.push(line);
      continue;
    }

    para.push(line);
  }
  flushParagraph(true);
  flushList();

  if (format === 'text' && inferHeadings) inferTextHeadings(out);
  return out;
}

function pushHeading(out: RawBlock[], level: number, rawText: string): void {
  const text = clean(rawText);
  if (text !== '') out.push({ block: { type: 'heading', level, text }, firstLine: text });
}

/** Plain text has no heading syntax; promote the paragraphs that can only be headings. */
function inferTextHeadings(blocks: RawBlock[]): void {
  const candidate = blocks.map(looksLikeTextHeading);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    // A heading introduces text: the last block is not one, nor is a run of short lines
    // (an address, a dateline and byline, a poem).
    if (!b || b.block.type !== 'paragraph' || !candidate[i] || i === blocks.length - 1 || candidate[i + 1]) continue;
    if (i > 0 && candidate[i - 1]) continue;
    b.block = { type: 'heading', level: i === 0 ? 1 : 2, text: b.block.text };
  }
}

/**
 * One line between blank lines, at most 12 words and 100 characters, starting with a capital
 * or digit and ending with a letter or digit: no sentence punctuation, no colon (a "Key: value"
 * line), not a byline.
 */
function looksLikeTextHeading(b: RawBlock): boolean {
  if (b.block.type !== 'paragraph' || b.lines !== 1 || !b.blankAfter) return false;
  const text = b.block.text;
  const words = text.split(' ').length;
  return (
    text.length <= 100 &&
    words <= 12 &&
    /^[\p{Lu}\p{N}]/u.test(text) &&
    /[\p{L}\p{N}]$/u.test(text) &&
    !text.includes(':') &&
    !/^By\s/.test(text)
  );
}

function joinLines(lines: string[]): string {
  // A trailing backslash is a Markdown hard line break; in the joined text it is a space.
  return lines.map((l) => l.trim().replace(/\\$/, '')).join(' ');
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function shorten(line: string | null): string | null {
  if (line === null || line === '') return null;
  if (line.length <= MAX_TITLE_CHARS) return line;
  const cut = line.slice(0, MAX_TITLE_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${space > MAX_TITLE_CHARS / 2 ? cut.slice(0, space) : cut}…`;
}

/** Comments may span lines; keep their line breaks so paragraphs around them stay apart. */
function removeHtmlComments(text: string): string {
  return text.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ''));
}
