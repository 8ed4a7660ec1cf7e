/**
 * The article element Readability kept → Markdown blocks the corpus reader understands: headings,
 * paragraphs and bullet lists, as plain text (no links, images, figures or tables). Works on any
 * DOM that has nodeType / nodeName / childNodes / textContent, so it is tested without a browser.
 */

export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const ELEMENT = 1;
const TEXT = 3;

/** Elements whose text is never article prose. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FIGURE', 'FIGCAPTION', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'SVG', 'TABLE', 'FORM', 'BUTTON', 'NAV', 'ASIDE', 'FOOTER', 'HEADER']);
const PARAGRAPHS = new Set(['P', 'PRE', 'ADDRESS', 'DD', 'DT']);
const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'I', 'KBD', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'BR', 'WBR', 'FONT', 'DEL', 'INS']);

/** Inline text as one line: whitespace collapsed, Markdown's own markers made literal. */
export function inlineText(node: DomNode): string {
  return collapse(textOf(node));
}

function textOf(node: DomNode): string {
  if (node.nodeType === TEXT) return node.textContent ?? '';
  if (node.nodeType !== ELEMENT) return '';
  const name = node.nodeName.toUpperCase();
  if (SKIPPED.has(name)) return '';
  if (name === 'BR') return ' ';
  return Array.from(node.childNodes, textOf).join('');
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A line that Markdown would read as a heading, list item, quote or rule is escaped so it stays prose. */
function literal(line: string): string {
  return line
    .replace(/([*_`[\]<\\])/g, '\\$1')
    .replace(/^(#{1,6}\s|[-+]\s|>|={3,}|-{3,}|~{3,})/, '\\$1')
    .replace(/^(\d{1,9})([.)]\s)/, '$1\\$2');
}

export interface MarkdownOptions {
  /** The document title: a heading that repeats it is not emitted again. */
  title: string;
}

/** The blocks under `root` as Markdown (without the title heading), blocks separated by blank lines. */
export function domToMarkdown(root: DomNode, options: MarkdownOptions): string {
  const blocks: string[] = [];
  let pending = '';
  const flush = () => {
    const text = collapse(pending);
    if (text) blocks.push(literal(text));
    pending = '';
  };
  const titleKey = collapse(options.title).toLowerCase();

  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT) {
      pending += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) return;
    if (INLINE.has(name)) {
      pending += textOf(node);
      return;
    }
    flush();
    const heading = /^H([1-6])$/.exec(name);
    if (heading) {
      const text = inlineText(node);
      // The title is the document's one `#`; every heading inside the article opens a section.
      if (text && text.toLowerCase() !== titleKey) blocks.push(`${'#'.repeat(Math.max(2, Number(heading[1])))} ${literal(text)}`);
    } else if (PARAGRAPHS.has(name)) {
      const text = inlineText(node);
      if (text) blocks.push(literal(text));
    } else if (name === 'UL' || name === 'OL') {
      const items = Array.from(node.childNodes)
        .filter((child) => child.nodeType === ELEMENT && child.nodeName.toUpperCase() === 'LI')
        .map((li) => inlineText(li))
        .filter(Boolean);
      if (items.length > 0) blocks.push(items.map((item) => `- ${literal(item)}`).join('\n'));
    } else {
      // div, section, article, blockquote, main…: their children are the blocks.
      for (const child of Array.from(node.childNodes)) walk(child);
      flush();
    }
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
}
