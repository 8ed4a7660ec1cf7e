/** /sources and /reindex replies (pure). */
import type { APIEmbed } from 'discord.js';
import type { ReindexReport, SourcesInfo } from '../../engine/types.ts';
import type { QuestionTotals } from '../../question-log/question-log.ts';
import { LIMITS, type ReplyPayload } from '../replies.ts';
import { escapeLinkLabel, escapeQuoted, formatDate, safeHttpUrl, truncate } from './text.ts';
import { pageButtons, pageFooter, pageWithin, splitIntoPages } from './pages.ts';
import { plural } from '../../answer/plural.ts';

/** Discord renders `<t:unix:f>` in each reader's own time zone. */
export function discordTimestamp(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return escapeQuoted(iso);
  const unix = Math.floor(ms / 1000);
  return `<t:${unix}:f> (<t:${unix}:R>)`;
}

/** Lines joined while they fit in `budget`, then "…and N more". */
export function fitLines(lines: readonly string[], budget: number, noun: string): string {
  const out: string[] = [];
  let used = 0;
  for (const [i, line] of lines.entries()) {
    const remaining = lines.length - i;
    const tail = `\n…and ${plural(remaining, noun)} more`;
    const rendered = truncate(line, budget);
    const cost = rendered.length + (out.length > 0 ? 1 : 0);
    const needsTail = i < lines.length - 1;
    if (used + cost + (needsTail ? tail.length : 0) > budget && out.length > 0) {
      out.push(tail.trimStart());
      return out.join('\n');
    }
    out.push(rendered);
    used += cost;
  }
  return out.join('\n');
}

/** The question log's totals for /sources: how many asked, the share answered, the votes. */
export interface SourcesTotals extends QuestionTotals {
  days: number;
}

/** Under the list of several documents: how to ask within one. */
export const SOURCE_HINT = 'To ask within one document: /ask question:… source:… (offered by title as you type).';

export function formatSources(info: SourcesInfo, totals: SourcesTotals | null, page = 0): ReplyPayload {
  const lines = info.documents.map((doc, i) => {
    const url = safeHttpUrl(doc.url);
    const title = url ? `[${escapeLinkLabel(doc.title)}](${url})` : `**${escapeQuoted(doc.title)}**`;
    const date = doc.date ? ` · as of ${formatDate(doc.date)}` : '';
    const publisher = doc.publisher ? ` · ${escapeQuoted(doc.publisher)}` : '';
    return `**${i + 1}.** ${title}${publisher} — ${plural(doc.sentences, 'sentence')}${date}`;
  });
  const pages = splitIntoPages(lines, LIMITS.embedDescription);
  const shown = pageWithin(page, pages.length);
  const description = lines.length > 0 ? pages[shown]!.join('\n') : '_The index holds no documents._';
  const fields: NonNullable<APIEmbed['fields']> = [
    { name: 'Model', value: `\`${info.model.replace(/`/g, "'")}\``, inline: true },
    { name: 'Last indexed', value: discordTimestamp(info.indexedAt), inline: true },
  ];
  if (totals) {
    const share = totals.asked > 0 ? ` · ${Math.round((100 * totals.answered) / totals.asked)}% answered` : '';
    fields.push(
      { name: `Questions (last ${plural(totals.days, 'day')})`, value: `${plural(totals.asked, 'question')} asked${share}`, inline: true },
      { name: 'Feedback', value: `👍 ${totals.up} · 👎 ${totals.down}`, inline: true },
    );
  }
  const sentences = info.documents.reduce((sum, d) => sum + d.sentences, 0);
  // With several, a member may want one: /ask's `source` option offers them by title.
  const footer = [pageFooter(shown, pages.length), info.documents.length > 1 ? SOURCE_HINT : null].filter((x) => x !== null).join(' · ');
  return {
    embeds: [
      {
        title: `Sources — ${plural(info.documents.length, 'document')}, ${plural(sentences, 'sentence')}`,
        description,
        fields,
        ...(footer ? { footer: { text: footer } } : {}),
      },
    ],
    components: pageButtons({ list: 'sources', ...(totals ? { days: totals.days } : {}) }, shown, pages.length),
  };
}

function fileList(files: readonly string[]): string {
  return fitLines(files.map((f) => `• ${escapeQuoted(f)}`), LIMITS.fieldValue, 'file');
}

/** What a running /reindex shows while its moderator waits: the phase, and how far it is. */
export function formatReindexProgress(phase: string, done: number, total: number): ReplyPayload {
  const share = total > 0 ? ` (${Math.min(100, Math.floor((100 * done) / total))}%)` : '';
  const count = total > 1 ? `: ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}${share}` : '';
  return { ephemeral: true, content: `⏳ Reindexing — ${phase}${count}. Answers keep coming from the current index meanwhile.` };
}

/** The corpus files a reading passed over, each with why: in /reindex's report and /corpus list. */
export function skippedFilesField(name: string, skipped: readonly { file: string; reason: string }[]): { name: string; value: string } {
  return { name: `${name} (${skipped.length})`, value: fitLines(skipped.map((s) => `• ${escapeQuoted(s.file)}: ${escapeQuoted(s.reason)}`), LIMITS.fieldValue, 'file') };
}

export function formatReindexReport(report: ReindexReport): ReplyPayload {
  const changedDocs = report.added.length + report.changed.length + report.removed.length;
  const fields: NonNullable<APIEmbed['fields']> = [];
  if (report.added.length) fields.push({ name: `Added (${report.added.length})`, value: fileList(report.added) });
  if (report.changed.length) fields.push({ name: `Changed (${report.changed.length})`, value: fileList(report.changed) });
  if (report.removed.length) fields.push({ name: `Removed (${report.removed.length})`, value: fileList(report.removed) });
  if (report.skipped.length) fields.push(skippedFilesField('Skipped', report.skipped));
  const summary =
    changedDocs === 0
      ? `No document changed; the index is current (${plural(report.unchanged, 'document')}).`
      : `${plural(changedDocs, 'document')} changed, ${report.unchanged} unchanged.`;
  return {
    embeds: [
      {
        title: `Reindexed in ${report.seconds.toFixed(1)} s`,
        description: `${summary}\nEmbedded ${plural(report.embedded, 'sentence')}; the index now holds ${plural(report.totalSentences, 'sentence')}.`,
        fields,
        color: 0x2e7d32,
      },
    ],
    ephemeral: true,
  };
}
