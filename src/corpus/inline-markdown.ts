/**
 * Inline Markdown → the words a reader sees: emphasis markers, link targets, code backticks,
 * images, footnote marks, HTML tags and the common entities are removed, so that sentences
 * quoted back to users read like the article and sentence boundaries are not hidden behind `**`.
 *
 * Regular expressions rather than a CommonMark parser: news articles use a handful of inline
 * constructs, and a wrong guess costs at most a stray `*` in a quote.
 */

// Private-use characters mark protected spans (code, escapes) while the other rules run.
const HOLD_OPEN = '\uE000';
const HOLD_CLOSE = '\uE001';
const HELD = new RegExp(`${HOLD_OPEN}(\\d+)${HOLD_CLOSE}`, 'g');

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ',
  mdash: '—', ndash: '–', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
};

export function stripInlineMarkdown(text: string): string {
  const held: string[] = [];
  const hold = (s: string) => `${HOLD_OPEN}${held.push(s) - 1}${HOLD_CLOSE}`;

  let out = text
    // Code spans first: nothing inside them is markup.
    .replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_, _ticks: string, code: string) => hold(code.trim()))
    .replace(/\\([!-/:-@[-`{-~])/g, (_, ch: string) => hold(ch))
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/!\[[^\]]*\]\((?:[^()]|\([^()]*\))*\)/g, '')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/gi, (_, url: string) => hold(url))
    .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, '');

  // Nested emphasis ("***both***") needs more than one pass; three cover any sane nesting.
  for (let pass = 0; pass < 3; pass++) {
    const before = out;
    out = out
      .replace(/(\*\*|~~)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/(?<![\p{L}\p{N}_])__(?=\S)([\s\S]*?\S)__(?![\p{L}\p{N}_])/gu, '$1')
      .replace(/\*(?=\S)([^*]*?\S)\*/g, '$1')
      // Underscores inside words (snake_case, file_names) are not emphasis.
      .replace(/(?<![\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, '$1');
    if (out === before) break;
  }

  return decodeEntities(out).replace(HELD, (_, i: string) => held[Number(i)] ?? '');
}

/** HTML and XML character references decoded in one pass ("&amp;lt;" stays "&lt;"); unknown names left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
