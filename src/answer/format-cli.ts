/** Pure: an Answer as the CLI prints it — readable text, or the one-line JSON contract. */
import type { Answer, WordRead } from '../engine/types.ts';
import { ALSO_IN_NAMED, aroundAnswer, formatLocation } from './compose.ts';
import { aboutStoryNote, BESIDES_QUOTED_NOTE, correctedNote, differenceNote, missingNote, notGivenNote, NOT_ENGLISH_HINT, outletNote, readAsNote, refusalReasonText, TRY_INSTEAD, withinNote, answeredInNote } from './refusal.ts';
import { overviewHeading } from './overview.ts';
import { readOnHeading } from './read-on-heading.ts';
import { formatSentenceRange } from './sentence-range.ts';
import { conversationalText, type TransportHowTo } from './conversational-reply.ts';

export interface JsonAnswer {
  question: string;
  answered: boolean;
  confidence: string | null;
  /**
   * `answer`: the words of the passage's best sentence that give the kind of answer asked for (a date, a
   * figure), when answered; `alsoIn`: other documents that say that sentence in the same words.
   */
  passages: { text: string; answer?: string; source: string; location: string; score: number; url: string | null; alsoIn?: { source: string; location: string; url: string | null }[] }[];
  /** When not answered: the question's words the coverage never mentions (why), if any. */
  notMentioned?: string[];
  /** When not answered: the question's names that the closest passage's document never mentions, though others do (why). */
  namedElsewhere?: string[];
  /** When not answered: the kind of answer asked for that the closest passage's document never gives (why). */
  neverGiven?: string;
  /** When not answered: the things the question asks about that the coverage mentions, but never together (why). */
  neverTogether?: string[];
  /** When not answered: the question looks written in another language than English. */
  notEnglish?: true;
  /** The question asked about the coverage as a whole: the passages are the documents' openings. */
  overview?: true;
  /** The overview asked what comes next: the passages are the documents' lines on what lies ahead. */
  outlook?: true;
  /** The question asked what follows the passage quoted before: the passages are what that document (title) says next, in order. */
  readOn?: { title: string };
  /** When answered: what the question asks about that the coverage never mentions, nor the first passage in other words. */
  missing?: string[];
  /** When answered: the kind of answer asked for (date, weekday, duration, age, number, money) that none of the passages gives. */
  notGiven?: string;
  /** When answered: the name or figure the question asks about, and what the first passage says in its place. */
  corrected?: { asked: string; said: string };
  /** Words of the question read as other words of the coverage (a typo, a name set right by its neighbour): as typed and as read. */
  readAs?: WordRead[];
  /** The outlet the question named: only its documents were searched. */
  outlet?: string;
  /** The title of the one document the question was asked within (`--source`). */
  within?: string;
  /** Refused within that document: the title of the document that answers it when the whole coverage is asked. */
  answeredIn?: string;
  /** The people a question's "they" was read as, with no question before it ("When did they speak?"). */
  readAsAbout?: string[];
  /** When answered: pairs of passages (indices into `passages`), from different documents, that give one figure differently, and the two figures. */
  differences?: { passages: [number, number]; figures: [string, string] }[];
  /** Not a question to search for: a greeting, thanks, a request for help, or a question with nothing to look for. */
  conversational?: string;
  /** With `conversational`, or when refused: questions the coverage answers, to try. */
  examples?: string[];
}

/** How to ask, said to a member at the terminal. */
export const CLI_HOW_TO: TransportHowTo = {
  ask: 'Ask with: npm run ask -- "your question"',
  more: 'Ask the question again with --top K for its first K passages: npm run ask -- --top 6 "your question"',
};

export function toJsonAnswer(a: Answer): JsonAnswer {
  return {
    question: a.question,
    answered: a.answered,
    confidence: a.confidence,
    ...(a.notMentioned?.length ? { notMentioned: a.notMentioned } : {}),
    ...(a.notEnglish ? { notEnglish: true as const } : {}),
    ...(a.namedElsewhere?.length ? { namedElsewhere: a.namedElsewhere } : {}),
    ...(a.neverGiven ? { neverGiven: a.neverGiven } : {}),
    ...(a.neverTogether?.length ? { neverTogether: a.neverTogether } : {}),
    ...(a.overview ? { overview: true as const } : {}),
    ...(a.outlook ? { outlook: true as const } : {}),
    ...(a.readOn ? { readOn: a.readOn } : {}),
    ...(a.missing?.length ? { missing: a.missing } : {}),
    ...(a.notGiven ? { notGiven: a.notGiven } : {}),
    ...(a.differences?.length ? { differences: a.differences } : {}),
    ...(a.corrected ? { corrected: a.corrected } : {}),
    ...(a.readAs?.length ? { readAs: a.readAs } : {}),
    ...(a.outlet ? { outlet: a.outlet } : {}),
    ...(a.within ? { within: a.within } : {}),
    ...(a.answeredIn ? { answeredIn: a.answeredIn } : {}),
    ...(a.readAsAbout?.length ? { readAsAbout: a.readAsAbout } : {}),
    ...(a.conversational ? { conversational: a.conversational } : {}),
    ...(a.examples?.length ? { examples: a.examples } : {}),
    passages: a.passages.map((p) => ({
      text: p.text,
      ...(p.answer ? { answer: p.answer } : {}),
      source: p.citation.title,
      ...(p.citation.publisher ? { publisher: p.citation.publisher } : {}),
      location: formatLocation(p.citation),
      score: p.score,
      url: p.citation.url,
      ...(p.alsoIn?.length ? { alsoIn: p.alsoIn.map(({ citation: c }) => ({ source: c.title, location: formatLocation(c), url: c.url })) } : {}),
    })),
  };
}

/** Control characters shown as escapes, so a question or passage cannot drive the terminal ("\x1b[31m"). */
export function escapeControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

export interface ReadableOptions {
  /** Mark the matching sentence in bold, and the words that answer underlined, with ANSI codes (a terminal); otherwise the sentence with ▸ … ◂. */
  ansi: boolean;
  /** The passages are a later page: the first is numbered this plus one. */
  offset?: number;
  /** The question was read together with this one before it (a follow-up in a conversation): said on its line. */
  readWith?: string;
  /** How to ask and to see more, in a reply to small talk: `ask`'s by default. */
  howTo?: TransportHowTo;
}

const BOLD = (s: string) => `\x1b[1m${s}\x1b[22m`;
const UNDERLINE = (s: string) => `\x1b[4m${s}\x1b[24m`;

/** The focus sentence with the words that answer underlined, escaped. */
function underlined(focus: string, answer: string | undefined): string {
  const parts = aroundAnswer(focus, answer);
  return parts ? escapeControls(parts[0]) + UNDERLINE(escapeControls(parts[1])) + escapeControls(parts[2]) : escapeControls(focus);
}

/**
 * An answer for a person at a terminal: each document named once with its URL, its passages below it
 * (location, then the text, the matching sentence marked), no quotation marks added around text that
 * has its own, a low confidence said as a caveat.
 */
export function formatReadable(a: Answer, options: ReadableOptions = { ansi: false }): string {
  const readAs = a.readAs?.length ? ` (${readAsNote(a.readAs.map((r) => ({ typed: escapeControls(r.typed), read: escapeControls(r.read) })))})` : '';
  const scope = a.outlet ? ` (${outletNote(escapeControls(a.outlet))})` : a.within ? ` (${withinNote(escapeControls(a.within))})` : '';
  const about = a.readAsAbout?.length ? ` (${aboutStoryNote(a.readAsAbout.map(escapeControls))})` : '';
  const readWith = options.readWith && a.followUp === 'with-previous' ? ` (read with \u201c${escapeControls(options.readWith)}\u201d)` : '';
  const besides = a.besidesQuoted ? ` (${BESIDES_QUOTED_NOTE})` : '';
  const lines: string[] = [`Q: ${escapeControls(a.question)}${readWith}${about}${readAs}${scope}${besides}`];
  if (a.conversational) {
    lines.push(conversationalText(a, options.howTo ?? CLI_HOW_TO, escapeControls));
  } else if (!a.answered) {
    const why = refusalReasonText(a, escapeControls);
    lines.push(`${a.within ? `“${escapeControls(a.within)}”` : 'The coverage in the corpus'} doesn't answer this${why ? ` (${why})` : ''}.`);
    if (a.answeredIn) lines.push(answeredInNote(escapeControls(a.answeredIn)));
    if (a.notEnglish) lines.push(NOT_ENGLISH_HINT);
    if (a.passages.length) lines.push('', 'Nearest passages (not an answer):');
  } else if (a.readOn) {
    lines.push(readOnHeading(escapeControls(a.readOn.title)));
  } else if (a.overview) {
    lines.push(overviewHeading(a));
  } else if (a.confidence === 'low') {
    lines.push('Confidence: low — check the passages before relying on them.');
  } else {
    lines.push(`Confidence: ${a.confidence}`);
  }
  if (a.answered && a.corrected) lines.push(correctedNote(escapeControls(a.corrected.asked), escapeControls(a.corrected.said)));
  if (a.answered && a.missing?.length) lines.push(missingNote(a.missing.map(escapeControls)));
  if (a.answered && a.notGiven) lines.push(notGivenNote(a.notGiven));
  for (const d of a.answered ? (a.differences ?? []) : []) {
    const noted = (i: number) => {
      const c = a.passages[i]!.citation;
      return { number: i + 1, title: escapeControls(c.title), publisher: c.publisher ? escapeControls(c.publisher) : null, date: c.date };
    };
    lines.push(differenceNote([escapeControls(d.figures[0]), escapeControls(d.figures[1])], [noted(d.passages[0]), noted(d.passages[1])]));
  }
  const mark = (text: string, focus: string, answer?: string) => {
    const at = focus ? text.indexOf(focus) : -1;
    if (at < 0) return escapeControls(text);
    if (focus === text) return options.ansi ? underlined(text, answer) : escapeControls(text);
    const marked = options.ansi ? BOLD(underlined(focus, answer)) : `▸ ${escapeControls(focus)} ◂`;
    return escapeControls(text.slice(0, at)) + marked + escapeControls(text.slice(at + focus.length));
  };
  const documents = [...new Set(a.passages.map((p) => p.citation.docId))];
  for (const docId of documents) {
    const passages = a.passages.filter((p) => p.citation.docId === docId);
    const c = passages[0]!.citation;
    lines.push('', [escapeControls(c.title), c.publisher ? escapeControls(c.publisher) : null, c.date ? `as of ${c.date}` : null].filter(Boolean).join(' — ') + (c.url ? `\n${c.url}` : ''));
    for (const p of passages) {
      const number = (options.offset ?? 0) + a.passages.indexOf(p) + 1;
      lines.push(`  ${number}. ${formatLocation(p.citation)}`, `     ${mark(p.text, p.focus, p.answer)}`);
      const copies = p.alsoIn ?? [];
      for (const { citation: c } of copies.slice(0, ALSO_IN_NAMED)) {
        const where = [c.publisher ? escapeControls(c.publisher) : null, formatSentenceRange(c.sentences), c.date ? `as of ${c.date}` : null].filter(Boolean).join(', ');
        lines.push(`     also in: ${escapeControls(c.title)} (${where})${c.url ? ` ${c.url}` : ''}`);
      }
      if (copies.length > ALSO_IN_NAMED) lines.push(`     also in ${copies.length - ALSO_IN_NAMED} more (--json lists them all)`);
    }
  }
  if (!a.answered && !a.conversational && a.examples?.length) lines.push('', TRY_INSTEAD, ...a.examples.map((e) => `• ${escapeControls(e)}`));
  return lines.join('\n');
}
