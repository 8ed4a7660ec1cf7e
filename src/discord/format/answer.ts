/**
 * An engine `Answer` as a Discord message (pure): the question echoed, the passages quoted best
 * first with the focus sentence in bold, each with its citation (title linked to the sentence
 * itself when the document has a URL, section, sentence numbers, "as of" date), a confidence word,
 * and the More / Context / 👍 / 👎 / Ask a follow-up buttons. Passages that do not fit Discord's limits are left for
 * "More", and the caller learns which ones were shown.
 */
import { ButtonStyle, ComponentType, type APIButtonComponent, type APIEmbed } from 'discord.js';
import type { Answer, Citation, Confidence, Passage } from '../../engine/types.ts';
import { aboutStoryNote, BESIDES_QUOTED_NOTE, correctedNote, differenceNote, missingNote, notGivenNote, NOT_ENGLISH_HINT, outletNote, readAsNote, refusalReasonText, TRY_INSTEAD, withinNote, answeredInNote } from '../../answer/refusal.ts';
import { overviewHeading } from '../../answer/overview.ts';
import { readOnHeading } from '../../answer/read-on-heading.ts';
import { conversationalText, nothingMoreText, type TransportHowTo } from '../../answer/conversational-reply.ts';
import { formatSentenceRange } from '../../answer/sentence-range.ts';
import { ALSO_IN_NAMED, aroundAnswer } from '../../answer/compose.ts';
import { encodeButtonId } from '../custom-ids.ts';
import { LIMITS, type ButtonRow, type ReplyPayload } from '../replies.ts';
import {
  blockQuote,
  escapeLinkLabel,
  escapeQuoted,
  formatDate,
  textFragmentUrl,
  truncate,
} from './text.ts';

/** Passages per message (first page and each "More"). */
export const PAGE_SIZE = 3;

/** Longest quote rendered per passage (raw characters); the engine aims for ≤ ~600. */
export const MAX_QUOTE_CHARS = 900;

export const COLORS: Record<Confidence | 'none', number> = {
  high: 0x2e7d32,
  medium: 0xf9a825,
  low: 0xef6c00,
  none: 0x757575,
};

export const NOT_ANSWERED_TITLE = "The coverage doesn't say";

export interface FormattedAnswer {
  payload: ReplyPayload;
  /** The passages that made it into the message, in order. */
  shown: Passage[];
  /** More passages exist after the shown ones. */
  hasMore: boolean;
}

/** How much of the previous question a follow-up's reply repeats. */
const READ_WITH_CHARS = 150;

export interface FormatAnswerOptions {
  /** Key of the stored answer, carried by the buttons. */
  key: string;
  /** Offset of the first passage (for numbering). */
  offset: number;
  ephemeral?: boolean;
  /** The question before it, when this one was read together with it (a follow-up): the reply says so. */
  readWith?: string;
  /**
   * A refusal says why in a line, without the nearest passages and the examples: in an ask channel a
   * message that reads as a question may not have been meant for the bot, and a whole refusal is noise
   * in the members' conversation. A mention or `/ask` gets the whole one.
   */
  briefRefusal?: boolean;
}

/** The footer of a brief refusal: where the whole one is. */
export const BRIEF_REFUSAL_FOOTER = 'Mention me with the question, or use /ask, to see the nearest passages.';

/**
 * Render text with the focus sentence in bold — and within it the words that answer (`answer`, a
 * date or a figure) underlined — each line escaped, as a block quote.
 */
export function renderQuote(text: string, focus: string, maxChars = MAX_QUOTE_CHARS, answer?: string): string {
  const clean = text.replace(/\r\n?/g, '\n').replace(/[ \t]+/g, ' ').replace(/\n{2,}/g, '\n').trim();
  const quoted = truncate(clean, maxChars);
  const focusTrimmed = focus.trim();
  const at = focusTrimmed ? quoted.indexOf(focusTrimmed) : -1;
  const segments: { text: string; bold: boolean }[] =
    at < 0
      ? [{ text: quoted, bold: false }]
      : [
          { text: quoted.slice(0, at), bold: false },
          { text: focusTrimmed, bold: true },
          { text: quoted.slice(at + focusTrimmed.length), bold: false },
        ];
  const lines: string[] = [''];
  for (const segment of segments) {
    segment.text.split('\n').forEach((piece, i) => {
      if (i > 0) lines.push('');
      if (!piece) return;
      const rendered = segment.bold ? withAnswer(piece, answer) : escapeQuoted(piece);
      lines[lines.length - 1] += segment.bold && piece.trim() ? boldKeepingSpaces(rendered) : rendered;
    });
  }
  return blockQuote(lines);
}

/** A piece of the focus sentence, escaped, with the words that answer underlined. */
function withAnswer(piece: string, answer: string | undefined): string {
  const parts = aroundAnswer(piece, answer);
  return parts ? `${escapeQuoted(parts[0])}__${escapeQuoted(parts[1])}__${escapeQuoted(parts[2])}` : escapeQuoted(piece);
}

function boldKeepingSpaces(text: string): string {
  const match = /^(\s*)(.*?)(\s*)$/s.exec(text)!;
  return `${match[1]}**${match[2]}**${match[3]}`;
}

/** "[Title](link) › Section · Polar Herald · sentences 2–3 · as of 12 Jan 2026" (link only when the document has a URL, the outlet when its metadata names one). */
export function renderCitation(citation: Citation, focus: string): string {
  const link = textFragmentUrl(citation.url, focus);
  const title = link ? `[${escapeLinkLabel(citation.title)}](${link})` : `**${escapeQuoted(citation.title)}**`;
  const parts = [citation.section ? `${title} › ${escapeQuoted(citation.section)}` : title];
  if (citation.publisher) parts.push(escapeQuoted(citation.publisher));
  parts.push(formatSentenceRange(citation.sentences));
  if (citation.date) parts.push(`as of ${formatDate(citation.date)}`);
  return parts.join(' · ');
}

/** A note on sources that differ (`Answer.differences`), its passages numbered as the message shows them. */
function renderDifference(answer: Answer, d: NonNullable<Answer['differences']>[number], offset: number): string {
  const noted = (i: number) => {
    const c = answer.passages[i]!.citation;
    return { number: offset + i + 1, title: escapeQuoted(c.title), publisher: c.publisher ? escapeQuoted(c.publisher) : null, date: c.date ? formatDate(c.date) : null };
  };
  return differenceNote([escapeQuoted(d.figures[0]), escapeQuoted(d.figures[1])], [noted(d.passages[0]), noted(d.passages[1])]);
}

/** "Also in [Title](link) · sentence 5 · as of 13 Jan 2026, [Other](link) · sentence 2": the documents that say the focus sentence alike. */
export function renderAlsoIn(alsoIn: NonNullable<Passage['alsoIn']>): string {
  const named = alsoIn.slice(0, ALSO_IN_NAMED).map(({ citation, focus }) => renderCitation({ ...citation, section: null }, focus));
  const rest = alsoIn.length - named.length;
  return `Also in ${named.join(', ')}${rest > 0 ? ` and ${rest} more` : ''}`;
}

export function renderPassage(passage: Passage, number: number, maxQuoteChars = MAX_QUOTE_CHARS): string {
  const alsoIn = passage.alsoIn?.length ? `\n${renderAlsoIn(passage.alsoIn)}` : '';
  return `${renderQuote(passage.text, passage.focus, maxQuoteChars, passage.answer)}\n**${number}.** ${renderCitation(passage.citation, passage.focus)}${alsoIn}`;
}

/**
 * Add rendered passages while they fit in `budget` characters (joined by blank lines).
 * The first passage always appears, its quote shortened if it alone is too long.
 */
function fitPassages(passages: readonly Passage[], offset: number, budget: number): { text: string; shown: Passage[] } {
  const blocks: string[] = [];
  const shown: Passage[] = [];
  let used = 0;
  for (const [i, passage] of passages.entries()) {
    let block = renderPassage(passage, offset + i + 1);
    const cost = block.length + (blocks.length > 0 ? 2 : 0);
    if (used + cost > budget) {
      if (blocks.length > 0) break;
      // Alone and too long: shorten the quote until it fits (the citation stays whole).
      let quoteChars = MAX_QUOTE_CHARS;
      while (block.length > budget && quoteChars > 50) {
        quoteChars = Math.floor(quoteChars * 0.8);
        block = renderPassage(passage, offset + i + 1, quoteChars);
      }
      block = truncate(block, budget);
    }
    blocks.push(block);
    shown.push(passage);
    used += block.length + (blocks.length > 1 ? 2 : 0);
  }
  return { text: blocks.join('\n\n'), shown };
}

export const FOLLOW_UP_LABEL = 'Ask a follow-up';

function buttons(key: string, { more, context, followUp }: { more: boolean; context: boolean; followUp: boolean }): ButtonRow[] {
  const row: APIButtonComponent[] = [];
  if (more) row.push({ type: ComponentType.Button, style: ButtonStyle.Primary, label: 'More', custom_id: encodeButtonId({ action: 'more', key }) });
  if (context) row.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'Context', custom_id: encodeButtonId({ action: 'context', key }) });
  row.push(
    { type: ComponentType.Button, style: ButtonStyle.Secondary, emoji: { name: '👍' }, custom_id: encodeButtonId({ action: 'up', key }) },
    { type: ComponentType.Button, style: ButtonStyle.Secondary, emoji: { name: '👎' }, custom_id: encodeButtonId({ action: 'down', key }) },
  );
  if (followUp) row.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, label: FOLLOW_UP_LABEL, custom_id: encodeButtonId({ action: 'follow', key }) });
  return [{ type: ComponentType.ActionRow, components: row }];
}

export function confidenceWord(confidence: Confidence | null): string {
  return confidence ?? 'low';
}

/** The reply to "more" after an answer that showed all the coverage had for its question. */
export function nothingMore(question: string): string {
  return truncate(nothingMoreText(question, escapeQuoted), LIMITS.content);
}

/** How to ask, said to a member on Discord. */
export const DISCORD_HOW_TO: TransportHowTo = {
  ask: 'Ask with `/ask`, in a DM to me, or by mentioning me in a channel; `/sources` lists what the coverage includes.',
  more: 'Reply \u201cmore\u201d to one of my answers (or say it in its follow-up thread), or press its **More** button.',
};

export function formatAnswer(answer: Answer, options: FormatAnswerOptions): FormattedAnswer {
  if (answer.conversational) {
    // A reply in kind: no passages, so no buttons either.
    const text = truncate(conversationalText(answer, DISCORD_HOW_TO, escapeQuoted), LIMITS.content);
    return { payload: { content: text, ...(options.ephemeral ? { ephemeral: true } : {}) }, shown: [], hasMore: false };
  }
  // A follow-up read with the question before it says so: "when was that?" was asked of that.
  const readWith = options.readWith ? ` *(read with “${escapeQuoted(truncate(options.readWith.replace(/\s+/g, ' ').trim(), READ_WITH_CHARS))}”)*` : '';
  // So is a question whose words were read as others ("phnoe" as "phone"): the member can rephrase.
  const readAs = answer.readAs?.length ? ` *(${readAsNote(answer.readAs.map((r) => ({ typed: escapeQuoted(r.typed), read: escapeQuoted(r.read) })))})*` : '';
  // And one that named an outlet, or was asked within one document: only those were searched.
  const scope = answer.outlet
    ? ` *(${outletNote(escapeQuoted(answer.outlet))})*`
    : answer.within
      ? ` *(${withinNote(escapeQuoted(truncate(answer.within, READ_WITH_CHARS)))})*`
      : '';
  // And one asked of "they" alone ("When did they speak?"): whom it was read as about.
  const about = answer.readAsAbout?.length ? ` *(${aboutStoryNote(answer.readAsAbout.map(escapeQuoted))})*` : '';
  // And one that asked what else: the passages quoted before were left out.
  const besides = answer.besidesQuoted ? ` *(${BESIDES_QUOTED_NOTE})*` : '';
  const content = truncate(`**Q:** ${escapeQuoted(answer.question.replace(/\s+/g, ' ').trim())}${readWith}${about}${readAs}${scope}${besides}`, LIMITS.content);
  const answered = answer.answered && answer.passages.length > 0;
  const embed: APIEmbed = {};
  let shown: Passage[];
  let hasMore: boolean;

  if (answered) {
    const headingFor = (count: number) => {
      const notes = [
        answer.corrected ? correctedNote(escapeQuoted(answer.corrected.asked), escapeQuoted(answer.corrected.said)) : null,
        answer.missing?.length ? missingNote(answer.missing.map(escapeQuoted)) : null,
        answer.notGiven ? notGivenNote(answer.notGiven) : null,
        // Only between passages the message shows.
        ...(answer.differences ?? []).filter((d) => d.passages[1] < count).map((d) => renderDifference(answer, d, options.offset)),
      ].filter((n) => n !== null);
      if (answer.readOn) return `${readOnHeading(escapeQuoted(answer.readOn.title))}\n\n`;
      return answer.overview ? `${overviewHeading(answer)}\n\n` : notes.length ? `*${notes.join(' ')}*\n\n` : '';
    };
    const fitted = fitPassages(answer.passages, options.offset, LIMITS.embedDescription - headingFor(answer.passages.length).length);
    shown = fitted.shown;
    const heading = headingFor(shown.length);
    hasMore = answer.hasMore || shown.length < answer.passages.length;
    const first = options.offset + 1;
    const last = options.offset + shown.length;
    // An overview's passages, and what follows a quoted one, are in the documents' order, not ranked.
    const inOrder = answer.overview || answer.readOn;
    embed.title = answer.readOn ? 'From the coverage — what follows' : answer.overview ? (answer.outlook ? 'From the coverage — what comes next' : 'From the coverage — how it opens') : `From the coverage — ${confidenceWord(answer.confidence)} confidence`;
    embed.description = heading + fitted.text;
    embed.color = inOrder ? COLORS.medium : COLORS[answer.confidence ?? 'low'];
    embed.footer = {
      text: `${first === last ? `Passage ${first}` : `Passages ${first}–${last}`}${inOrder ? '' : ', best first'}${hasMore ? ' · More shows the next' : ''}`,
    };
  } else {
    // Asked within one document, it is that document that does not answer.
    const nothing = answer.within ? `Nothing in “${escapeQuoted(truncate(answer.within, READ_WITH_CHARS))}” answers that` : 'Nothing in the indexed coverage answers that';
    const why = refusalReasonText(answer, (n) => escapeQuoted(n));
    const reason = answer.notEnglish ? `${nothing}. ${NOT_ENGLISH_HINT}` : why ? `${nothing}: ${why}.` : `${nothing}.`;
    const elsewhere = answer.answeredIn ? ` ${answeredInNote(escapeQuoted(truncate(answer.answeredIn, READ_WITH_CHARS)))}` : '';
    const tryInstead = answer.examples?.length && !options.briefRefusal ? `\n\n${TRY_INSTEAD}\n${answer.examples.map((e) => `• ${escapeQuoted(e)}`).join('\n')}` : '';
    const intro = reason + elsewhere + tryInstead;
    const nearestHeader = '\n\n**Nearest passages** (they may not answer it):\n\n';
    const budget = LIMITS.embedDescription - intro.length - nearestHeader.length;
    const fitted = answer.passages.length > 0 && !options.briefRefusal ? fitPassages(answer.passages, options.offset, budget) : { text: '', shown: [] };
    shown = fitted.shown;
    hasMore = false;
    embed.title = NOT_ANSWERED_TITLE;
    embed.description = shown.length > 0 ? intro + nearestHeader + fitted.text : intro;
    embed.color = COLORS.none;
    embed.footer = { text: options.briefRefusal ? BRIEF_REFUSAL_FOOTER : 'Try other words, or /sources to see what the coverage includes.' };
  }

  return {
    payload: {
      content,
      embeds: [embed],
      // A private answer has no message a thread could start on, nor one a member could reply to.
      components: buttons(options.key, { more: hasMore, context: shown.length > 0, followUp: !options.ephemeral }),
      ...(options.ephemeral ? { ephemeral: true } : {}),
    },
    shown,
    hasMore,
  };
}

/**
 * The paragraph around each shown passage, for the Context button (one embed each, within the
 * 6,000-character total). `paragraphs[i]` belongs to `passages[i]`; null when the engine has none.
 */
export function formatContext(passages: readonly Passage[], paragraphs: readonly (string | null)[], offset: number): ReplyPayload {
  if (passages.length === 0) return { content: 'There is no passage to show the context of.', ephemeral: true };
  const perEmbed = Math.floor((LIMITS.embedTotal - 200) / passages.length);
  const embeds: APIEmbed[] = passages.map((passage, i) => {
    const citation = passage.citation;
    const title = truncate(`${offset + i + 1}. ${citation.title}`, LIMITS.embedTitle);
    const footerParts = [citation.section, citation.publisher ?? null, formatSentenceRange(citation.sentences), citation.date ? `as of ${formatDate(citation.date)}` : null];
    const footer = truncate(footerParts.filter(Boolean).join(' · '), LIMITS.footerText);
    const budget = Math.min(LIMITS.embedDescription, perEmbed - title.length - footer.length);
    const paragraph = paragraphs[i];
    const description = paragraph
      ? truncate(renderQuote(paragraph, passage.text.trim(), Math.max(50, budget - 20)), budget)
      : '_No surrounding paragraph is available for this passage._';
    const link = textFragmentUrl(citation.url, passage.focus);
    return { title: escapeQuoted(title), description, footer: { text: footer }, ...(link ? { url: link } : {}) };
  });
  return { content: '**Context** of the passages above:', embeds, ephemeral: true };
}
