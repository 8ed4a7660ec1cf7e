/**
 * What members asked that the coverage did not serve in a period, grouped by topic: what /gaps shows
 * a moderator and the gaps digest posts in the log channel. In one server's questions, or every one.
 */
import { groupQuestions, type GroupingOptions } from '../question-log/group-questions.ts';
import { nearQuestionCosine } from '../question-log/near-questions.ts';
import { lastDays, type GapQuestion } from '../question-log/question-log.ts';
import type { BotContext } from './context.ts';
import type { GapsReport } from './format/gaps.ts';

/** Grouping compares every pair: beyond this many questions only the most recent are grouped. */
export const MAX_GROUPED_QUESTIONS = 2000;

/** Vectors for the questions from the engine's embedder, or words alone when there is none or it fails. */
async function meaningOf(questions: readonly GapQuestion[], ctx: BotContext): Promise<GroupingOptions> {
  if (!ctx.embedder || questions.length < 2) return {};
  try {
    const [vectors, nearCosine] = await Promise.all([
      ctx.embedder.embedQueries(questions.map((q) => q.text)),
      nearQuestionCosine(ctx.embedder),
    ]);
    return { vectors, nearCosine };
  } catch (error) {
    ctx.logger.warn('gaps: could not embed the questions; grouping by words only', { error });
    return {};
  }
}

/** The gaps of the last `days` days before `now`, of one server's questions (`guildId`) or of all. */
export async function gapsReport(ctx: BotContext, days: number, now: number, guildId: string | undefined): Promise<GapsReport> {
  const started = ctx.now();
  const { questions, total } = ctx.questionLog.gapQuestions(lastDays(days, now, guildId), MAX_GROUPED_QUESTIONS);
  const options: GroupingOptions = { ...(await meaningOf(questions, ctx)), ...(ctx.covers ? { covered: ctx.covers } : {}) };
  const groups = groupQuestions(questions, options);
  ctx.logger.info('gaps', { questions: questions.length, groups: groups.length, days, ms: ctx.now() - started });
  return { days, groups, omitted: total - questions.length, byMeaning: options.vectors !== undefined };
}
