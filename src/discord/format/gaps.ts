/** The /gaps reply (pure): the topics members asked about that the coverage did not serve, largest first. */
import type { GapQuestion, QuestionTotals } from '../../question-log/question-log.ts';
import type { QuestionGroup } from '../../question-log/group-questions.ts';
import { LIMITS, type ReplyPayload } from '../replies.ts';
import { fitLines } from './admin.ts';
import { plural } from '../../answer/plural.ts';
import { escapeQuoted, truncate } from './text.ts';
import { kindPhrase } from '../../answer/refusal.ts';

export interface GapsReport {
  days: number;
  groups: readonly QuestionGroup<GapQuestion>[];
  /** Gap questions left out because the period held more than can be grouped at once. */
  omitted: number;
  /** False when the questions were grouped by words only (no embedder, or it failed). */
  byMeaning: boolean;
}

const EXAMPLE_CHARS = 200;
const MAX_UNMENTIONED = 5;
const MAX_APART = 3;

function why(questions: readonly GapQuestion[]): string {
  const refused = questions.filter((q) => q.unanswered).length;
  const disliked = questions.filter((q) => q.disliked).length;
  const unmentioned = [...new Set(questions.flatMap((q) => q.missing))];
  const parts = [];
  if (refused) parts.push(`${refused} unanswered`);
  if (disliked) parts.push(`${disliked} 👎`);
  // What to add: the things members asked about that no document mentions.
  if (unmentioned.length) parts.push(`never mentioned: ${unmentioned.slice(0, MAX_UNMENTIONED).map(escapeQuoted).join(', ')}`);
  // What members asked for that the passages did not give: an age, a date.
  const kinds = [...new Set(questions.flatMap((q) => (q.notGiven ? [q.notGiven] : [])))];
  if (kinds.length) parts.push(`not given: ${kinds.map(kindPhrase).join(', ')}`);
  // What to link: things the coverage mentions, but never in one place.
  const apart = [...new Set(questions.filter((q) => q.neverTogether.length > 1).map((q) => q.neverTogether.map(escapeQuoted).join(' + ')))];
  if (apart.length) parts.push(`never together: ${apart.slice(0, MAX_APART).join('; ')}`);
  return parts.join(', ');
}

export function formatGaps(report: GapsReport): ReplyPayload {
  const period = `the last ${plural(report.days, 'day')}`;
  const questions = report.groups.reduce((sum, g) => sum + g.questions.length, 0);
  if (questions === 0) {
    return { content: `No unanswered or 👎 questions in ${period}, nor any about things the coverage never mentions or answered without what they asked for: it served every question asked.`, ephemeral: true };
  }
  const lines = report.groups.map((g, i) => {
    const label = g.words.length ? ` — ${g.words.map((w) => `*${escapeQuoted(w)}*`).join(', ')}` : '';
    const example = escapeQuoted(truncate(g.example.text, EXAMPLE_CHARS));
    return `**${i + 1}.** ${g.questions.length}×${label} (${why(g.questions)})\n> ${example}`;
  });
  const notes = [
    report.byMeaning ? 'Grouped by shared words and by meaning.' : 'Grouped by shared words.',
    report.omitted ? `The ${report.omitted} oldest were left out; ask for fewer days.` : '',
  ].filter(Boolean);
  return {
    embeds: [
      {
        title: truncate(`Coverage gaps — ${plural(questions, 'question')} in ${plural(report.groups.length, 'topic')}`, LIMITS.embedTitle),
        description: fitLines(lines, LIMITS.embedDescription, 'topic'),
        footer: { text: `Unanswered, 👎, asking about what the coverage never mentions (or only apart), or answered without the date or figure asked for: ${period}, largest topic first. ${notes.join(' ')}` },
      },
    ],
    ephemeral: true,
  };
}

/**
 * The gaps digest posted in the log channel every GAPS_DIGEST_DAYS (pure): the period's questions,
 * the share answered and the votes, then the same topics as /gaps. For the moderators reading that
 * channel, not private.
 */
export function formatGapsDigest(totals: QuestionTotals, report: GapsReport): ReplyPayload {
  const answered = totals.asked ? Math.round((100 * totals.answered) / totals.asked) : 0;
  const head = `📊 **The last ${plural(report.days, 'day')}**: ${plural(totals.asked, 'question')} asked, ${answered}% answered, 👍 ${totals.up} / 👎 ${totals.down}.`;
  const gaps = formatGaps(report);
  // No topics: the /gaps line saying every question was served.
  if (report.groups.length === 0) return { content: `${head} ${gaps.content}` };
  return { content: `${head} What the coverage did not serve, largest topic first (add coverage with \`/corpus add\`; any period with \`/gaps\`):`, ...(gaps.embeds ? { embeds: gaps.embeds } : {}) };
}
