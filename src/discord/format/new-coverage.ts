/** The post announcing to members the documents just added to the coverage or updated in it (NEW_COVERAGE_CHANNEL_ID). Pure. */
import type { DocumentInfo } from '../../engine/types.ts';
import { LIMITS, type ReplyPayload } from '../replies.ts';
import { fitLines } from './admin.ts';
import { plural } from '../../answer/plural.ts';
import { titleLink } from './corpus.ts';
import { escapeQuoted, formatDate } from './text.ts';

/** One line a document: its title (linked to its page), outlet and date, as a reader picks what to ask about. */
function documentLine(d: DocumentInfo): string {
  const about = [d.publisher ? escapeQuoted(d.publisher) : null, d.date ? formatDate(d.date) : null].filter(Boolean);
  return [`• ${titleLink(d.title, d.url)}`, ...about].join(' · ');
}

/** What a reindex brought members: documents new to the coverage, back in it (restored after a removal), updated, and put back to an earlier version. */
export interface CoverageNews {
  added: readonly DocumentInfo[];
  back: readonly DocumentInfo[];
  updated: readonly DocumentInfo[];
  restored: readonly DocumentInfo[];
}

/** The announcement, or null when nothing was added or updated (a removal is no news to ask about). */
export function formatNewCoverage(news: CoverageNews): ReplyPayload | null {
  const parts = [
    [news.added, '📰 **New coverage**', ''],
    [news.back, '↩️ **Back in the coverage**', ''],
    [news.updated, '🔄 **Updated**', ' answers now quote the new version.'],
    [news.restored, '↩️ **An earlier version restored**', ' answers now quote it again.'],
  ] as const;
  const present = parts.filter(([documents]) => documents.length > 0);
  if (!present.length) return null;
  // Each section gets its share of one message: a folder of a hundred documents copied in is one post.
  const budget = Math.floor((LIMITS.content - 250) / present.length);
  const sections = present.map(
    ([documents, heading, after]) => `${heading} (${plural(documents.length, 'document')}):${after}\n${fitLines(documents.map(documentLine), budget, 'document')}`,
  );
  return { content: `${sections.join('\n')}\nAsk about it with \`/ask\`, or mention me with your question.` };
}
