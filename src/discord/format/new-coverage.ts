/** The post announcing to members the documents just added to the coverage or updated in it (NEW_COVERAGE_CHANNEL_ID). Pure. */
import type { DocumentInfo } from '../../engine/types.ts';
import { LIMITS, type ReplyPayload } from '../replies.ts';
import { fitLines, plural } from './admin.ts';
import { titleLink } from './corpus.ts';
import { escapeQuoted, formatDate } from './text.ts';

/** One line a document: its title (linked to its page), outlet and date, as a reader picks what to ask about. */
function documentLine(d: DocumentInfo): string {
  const about = [d.publisher ? escapeQuoted(d.publisher) : null, d.date ? formatDate(d.date) : null].filter(Boolean);
  return [`• ${titleLink(d.title, d.url)}`, ...about].join(' · ');
}

/** The announcement, or null when nothing was added or updated (a removal is no news to ask about). */
export function formatNewCoverage(added: readonly DocumentInfo[], updated: readonly DocumentInfo[]): ReplyPayload | null {
  const sections: string[] = [];
  // Each section gets its share of one message: a folder of a hundred documents copied in is one post.
  const budget = Math.floor((LIMITS.content - 250) / (added.length && updated.length ? 2 : 1));
  if (added.length) sections.push(`📰 **New coverage** (${plural(added.length, 'document')}):\n${fitLines(added.map(documentLine), budget, 'document')}`);
  if (updated.length) sections.push(`🔄 **Updated** (${plural(updated.length, 'document')}): answers now quote the new version.\n${fitLines(updated.map(documentLine), budget, 'document')}`);
  if (!sections.length) return null;
  return { content: `${sections.join('\n')}\nAsk about it with \`/ask\`, or mention me with your question.` };
}
