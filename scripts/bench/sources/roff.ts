/**
 * man-page roff → plain text the corpus loader reads: section headings (.SH/.SS) on lines of their
 * own between blank lines, paragraphs between paragraph macros, font and character escapes removed.
 * Literal blocks (.nf/.EX, tables, macro definitions) are dropped: they are code, not sentences.
 * A small reading of the man macros, not a formatter: good enough to give English prose. Pure.
 */

export interface ManText {
  /** "ls(1)"-style title with the one-line description from NAME when there is one. */
  title: string;
  text: string;
}

const BREAKS = new Set(['PP', 'P', 'LP', 'TP', 'TQ', 'IP', 'HP', 'RS', 'RE', 'sp', 'br', 'in', 'ti', 'ne', 'bp', 'PD', 'fi', 'UE', 'ME']);
const FONT_MACROS = new Set(['B', 'I', 'SM', 'SB', 'R']);
const ALTERNATING = new Set(['BR', 'RB', 'BI', 'IB', 'IR', 'RI']);
const LITERAL_START: Record<string, string> = { nf: 'fi', EX: 'EE', TS: 'TE', de: '.', EQ: 'EN', PS: 'PE', ig: '.' };

const NAMED_CHARS: Record<string, string> = {
  em: '—', en: '–', hy: '-', aq: "'", dq: '"', lq: '"', rq: '"', oq: "'", cq: "'", bu: '•', co: '©', rg: '®',
  tm: '™', mi: '-', pl: '+', mu: '×', de: '°', ga: '`', aa: "'", ti: '~', ha: '^', rs: '\\', fo: '«', fc: '»',
  Fo: '«', Fc: '»', ua: '↑', da: '↓', ra: '→', la: '←', '<=': '≤', '>=': '≥', '!=': '≠', '==': '≡', '->': '→', '<-': '←',
};

/** Inline escapes of one text line → plain characters. */
export function stripEscapes(line: string): string {
  return line
    .replace(/\\f(?:\[[^\]]*\]|\(..|.)/g, '')
    .replace(/\\\((..)/g, (_, name: string) => NAMED_CHARS[name] ?? '')
    .replace(/\\\[([^\]]*)\]/g, (_, name: string) => NAMED_CHARS[name] ?? '')
    .replace(/\\\*(?:\[([^\]]*)\]|\((..)|(.))/g, (_, a?: string, b?: string, c?: string) => NAMED_CHARS[a ?? b ?? c ?? ''] ?? '')
    .replace(/\\[nkgmM](?:\[[^\]]*\]|\(..|.)/g, '')
    .replace(/\\[hvwlLDNoXbxRSZ]'[^']*'/g, '')
    .replace(/\\s[-+]?(?:\d+|\[[^\]]*\]|\(\d\d)/g, '')
    .replace(/\\[ ~0]/g, ' ')
    .replace(/\\[-]/g, '-')
    .replace(/\\[e\\]/g, '\\')
    .replace(/\\[&|^%,/:cdutpzaE)!{}]/g, '')
    .replace(/\\"/g, '')
    .replace(/\\(.)/g, '$1');
}

/** Arguments of a macro line, quotes honoured: `.SH "SEE ALSO"` → ["SEE ALSO"]. */
function macroArgs(rest: string): string[] {
  return [...rest.matchAll(/"((?:[^"]|"")*)"|(\S+)/g)].map((m) => (m[1] ?? m[2] ?? '').replace(/""/g, '"'));
}

export function roffToText(roff: string, fallbackName: string): ManText | null {
  const out: string[] = [];
  let name = fallbackName;
  let section = '';
  let inName = false;
  let description = '';
  let literalEnd: string | null = null;
  const paragraphBreak = () => {
    if (out.length && out.at(-1) !== '') out.push('');
  };
  const heading = (text: string) => {
    paragraphBreak();
    out.push(text, '');
  };

  for (const rawLine of roff.split('\n')) {
    const line = rawLine.replace(/\r$/, '');
    if (literalEnd !== null) {
      if (new RegExp(`^[.']\\s*${literalEnd === '.' ? '\\.' : literalEnd}\\b`).test(line) || (literalEnd === '.' && line.trim() === '..')) literalEnd = null;
      continue;
    }
    if (/^[.']\s*\\"/.test(line) || /^\\"/.test(line)) continue;
    const macro = /^[.']\s*([A-Za-z]{1,3})\b\s*(.*)$/.exec(line);
    if (macro) {
      const [, m, rest] = macro as unknown as [string, string, string];
      if (m === 'so') return null; // a link to another page
      if (m in LITERAL_START) {
        literalEnd = LITERAL_START[m]!;
        paragraphBreak();
        continue;
      }
      if (m === 'TH') {
        const [title, sec] = macroArgs(stripEscapes(rest));
        if (title) name = title.toLowerCase();
        if (sec) section = sec;
        continue;
      }
      if (m === 'SH' || m === 'SS') {
        const text = stripEscapes(macroArgs(rest).join(' ')).trim();
        inName = m === 'SH' && /^NAME$/i.test(text);
        if (text) heading(text);
        continue;
      }
      if (BREAKS.has(m)) {
        paragraphBreak();
        continue;
      }
      if (FONT_MACROS.has(m) || ALTERNATING.has(m)) {
        const args = macroArgs(rest).map(stripEscapes);
        const text = ALTERNATING.has(m) ? args.join('') : args.join(' ');
        if (text.trim()) out.push(text);
        if (inName) description += ` ${text}`;
        continue;
      }
      continue; // any other request or macro: layout only
    }
    if (/^[.']/.test(line)) continue;
    const text = stripEscapes(line).trim();
    if (!text) {
      paragraphBreak();
      continue;
    }
    out.push(text);
    if (inName) description += ` ${text}`;
  }
  const body = out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  if (!body) return null;
  const oneLine = description.replace(/\s+/g, ' ').trim();
  const dash = oneLine.search(/\s[-–—]\s/);
  const about = dash >= 0 ? oneLine.slice(dash + 3).trim() : '';
  const title = `${name}${section ? `(${section})` : ''}${about ? ` — ${about}` : ''}`;
  return { title, text: `${title}\n\n${body}\n` };
}
