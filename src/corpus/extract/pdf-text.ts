/**
 * A PDF's text, as PDF.js gives it (runs of text placed on each page), made the corpus's Markdown:
 * columns read one after the other, lines rebuilt from the runs' positions, paragraphs from the gaps
 * between lines and the lines that end short, words broken at a line's end joined again, a larger
 * line on its own a heading, and what repeats at the top or bottom of most pages (running heads,
 * page numbers) dropped. A statement or a report exported to PDF reads then as its web page would. Pure.
 */
import { normaliseDate } from '../normalise-date.ts';

/** One run of text: its string, where its baseline starts (x, y from the page's bottom), its width and font size. */
export interface PdfTextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface Line {
  text: string;
  y: number;
  x: number;
  right: number;
  size: number;
}

/** Runs whose baselines differ by less than this share of the font size are on one line. */
const SAME_LINE = 0.3;
/** A gap between runs wider than this share of the font size is a space between words. */
const WORD_GAP = 0.15;
/** A gap this many times the body's line spacing before a line starts a paragraph. */
const PARAGRAPH_GAP = 1.45;
/** A line ending a sentence this far short of the text's right edge (a share of the column's width) ends its paragraph. */
const SHORT_LINE = 0.8;
/** A line whose font is this many times the body's, alone in its paragraph, is a heading. */
const HEADING_SIZE = 1.15;
const BULLET = /^[•▪●◦‣–-]\s+/;
const SENTENCE_END = /[.!?:"”'’)]$/;

function linesOf(runs: readonly PdfTextRun[]): Line[] {
  const sorted = runs.filter((r) => r.text.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { runs: PdfTextRun[]; y: number; size: number }[] = [];
  for (const run of sorted) {
    const line = lines.find((l) => Math.abs(l.y - run.y) < SAME_LINE * Math.max(l.size, run.size));
    if (line) {
      line.runs.push(run);
      line.size = Math.max(line.size, run.size);
    } else {
      lines.push({ runs: [run], y: run.y, size: run.size });
    }
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .map((l) => {
      const parts = l.runs.sort((a, b) => a.x - b.x);
      let text = '';
      let end = -Infinity;
      for (const run of parts) {
        if (text && !/\s$/.test(text) && !/^\s/.test(run.text) && run.x - end > WORD_GAP * run.size) text += ' ';
        text += run.text;
        end = run.x + run.width;
      }
      return { text: text.replace(/\s+/g, ' ').trim(), y: l.y, x: parts[0]!.x, right: end, size: l.size };
    })
    .filter((l) => l.text.length > 0);
}

/** A line with its digits made one sign: "Page 3 of 12" and "Page 4 of 12" repeat as one line. */
const shape = (text: string) => text.replace(/\d+/g, '#').toLowerCase();
const PAGE_NUMBER = /^(?:page\s+)?[#ivxlc]+(?:\s*(?:of|\/)\s*#)?$|^[-–—]\s*#\s*[-–—]$/i;

/** Running heads and feet: a page's first or last line that most pages share (by shape), and bare page numbers. */
function pageFurniture(pages: readonly Line[][]): Line[][] {
  const count = new Map<string, number>();
  for (const page of pages) {
    for (const line of new Set([page[0], page[page.length - 1]])) if (line) count.set(shape(line.text), (count.get(shape(line.text)) ?? 0) + 1);
  }
  const repeated = (line: Line) => pages.length >= 3 && (count.get(shape(line.text)) ?? 0) >= Math.ceil(pages.length / 2);
  return pages.map((page) => page.filter((line, i) => (i === 0 || i === page.length - 1) && (repeated(line) || PAGE_NUMBER.test(shape(line.text)))));
}

/** The narrowest gutter that splits a page's text into columns, in points. */
const MIN_GUTTER = 12;

/**
 * A page's runs in reading order of its columns: split at a vertical gutter no run crosses in the
 * middle of the text (lines wider than most, a headline across both columns, do not close it), left
 * column first; twice at most (three columns). One column: the runs as they are.
 */
function columnsOf(runs: readonly PdfTextRun[], depth = 0): PdfTextRun[][] {
  if (runs.length < 6 || depth >= 2) return [[...runs]];
  const from = runs.reduce((least, r) => Math.min(least, r.x), Infinity);
  const to = runs.reduce((most, r) => Math.max(most, r.x + r.width), -Infinity);
  const width = to - from;
  const narrow = runs.filter((r) => r.width < 0.6 * width).sort((a, b) => a.x - b.x);
  let covered = -Infinity;
  let gutter: { start: number; end: number } | null = null;
  for (const r of narrow) {
    const middle = (covered + r.x) / 2;
    if (covered > -Infinity && r.x - covered >= MIN_GUTTER && middle > from + 0.25 * width && middle < to - 0.25 * width && (!gutter || r.x - covered > gutter.end - gutter.start)) {
      gutter = { start: covered, end: r.x };
    }
    covered = Math.max(covered, r.x + r.width);
  }
  if (!gutter) return [[...runs]];
  const split = (gutter.start + gutter.end) / 2;
  const left = runs.filter((r) => r.x < split);
  const right = runs.filter((r) => r.x >= split);
  // A few runs out in a margin (a pull quote, line numbers) are no column.
  if (left.length < 0.2 * runs.length || right.length < 0.2 * runs.length) return [[...runs]];
  return [...columnsOf(left, depth + 1), ...columnsOf(right, depth + 1)];
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Joins a line to the text before it: a word broken at the line's end ("Wash-" / "ington") is one again. */
function joinLine(text: string, line: string): string {
  if (/\p{Ll}-$/u.test(text) && /^\p{Ll}/u.test(line)) return text.slice(0, -1) + line;
  return `${text} ${line}`;
}

export interface PdfBody {
  /** The body as corpus Markdown: paragraphs, headings as "## …", bullets as "- …". */
  markdown: string;
  /** The text's first block when it is a heading (the title when the Info dictionary gives none). */
  firstHeading: string | null;
}

export function pdfBody(pageRuns: readonly (readonly PdfTextRun[])[]): PdfBody {
  const furniture = pageFurniture(pageRuns.map(linesOf));
  // Each page's columns, in order, as lines; what repeats on every page left out.
  const columns = pageRuns.flatMap((runs, p) => {
    const kept = runs.filter((r) => !furniture[p]!.some((line) => Math.abs(line.y - r.y) < SAME_LINE * Math.max(line.size, r.size)));
    return columnsOf(kept).map(linesOf);
  });
  const all = columns.flat();
  const bodySize = median(all.map((l) => l.size));
  const blocks: { text: string; heading: boolean }[] = [];
  // The body's line spacing: the closest two lines of body text stand (a paragraph's lines all do).
  const spacings = columns.flatMap((lines) => lines.slice(1).map((l, i) => lines[i]!.y - l.y).filter((d, i) => d >= 0.8 * bodySize && lines[i]!.size === bodySize));
  // Not Math.min(...): a long report has more lines than a call takes arguments.
  const spacing = spacings.length ? spacings.reduce((a, b) => Math.min(a, b)) : bodySize * 1.2;
  let open: { text: string; heading: boolean } | null = null;
  for (const lines of columns) {
    const left = median(lines.map((l) => l.x));
    const right = lines.reduce((most, l) => Math.max(most, l.right), left + 1);
    lines.forEach((line, i) => {
      const previous = lines[i - 1];
      const heading = line.size >= HEADING_SIZE * bodySize;
      const bullet = BULLET.test(line.text);
      let starts: boolean;
      if (!open) starts = true;
      else if (heading || open.heading) starts = !(heading && open.heading && previous !== undefined && previous.y - line.y < 1.5 * line.size);
      else if (bullet) starts = true;
      // A column's (a page's) first line goes on with the paragraph the one before left mid-sentence.
      else if (!previous) starts = SENTENCE_END.test(open.text);
      else starts = previous.y - line.y > PARAGRAPH_GAP * spacing || (SENTENCE_END.test(previous.text) && previous.right < left + SHORT_LINE * (right - left));
      if (starts) {
        open = { text: bullet ? `- ${line.text.replace(BULLET, '')}` : line.text, heading };
        blocks.push(open);
      } else {
        open!.text = joinLine(open!.text, line.text);
      }
    });
  }
  const markdown = blocks.map((b) => (b.heading ? `## ${b.text}` : b.text)).join('\n\n');
  return { markdown, firstHeading: blocks[0]?.heading ? blocks[0].text : null };
}

/** "D:20260114093000+01'00'" → "2026-01-14"; null for anything else (a day that does not exist included). */
export function pdfDate(value: string | null): string | null {
  const match = /^D:(\d{4})(\d{2})(\d{2})/.exec(value?.trim() ?? '');
  return match ? normaliseDate(`${match[1]}-${match[2]}-${match[3]}`) : null;
}
