/**
 * /gaps [days] — moderators only, enforced twice like /reindex: the questions of the period that the
 * coverage did not serve (refused, voted 👎, or answered about a thing it never mentions), grouped by
 * topic, largest first — what to add next.
 * In a server it covers that server's questions; in a DM (owners) every question.
 */
import {
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from 'discord.js';
import { groupQuestions, type GroupingOptions } from '../../question-log/group-questions.ts';
import { nearQuestionCosine } from '../../question-log/near-questions.ts';
import { lastDays, type GapQuestion } from '../../question-log/question-log.ts';
import type { BotContext } from '../context.ts';
import { formatGaps } from '../format/gaps.ts';
import { deferInteraction, replyToInteraction } from '../replies.ts';
import type { Command } from './command.ts';
import { requireModerator } from './reindex.ts';

export const DEFAULT_GAP_DAYS = 7;
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

export const gaps = {
  data: new SlashCommandBuilder()
    .setName('gaps')
    .setDescription('Moderators: what members asked that the coverage did not answer, grouped by topic.')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .addIntegerOption((option) =>
      option.setName('days').setDescription(`How many days back to look (default ${DEFAULT_GAP_DAYS})`).setMinValue(1).setMaxValue(3650),
    ),

  async execute(interaction, ctx) {
    requireModerator(interaction, ctx, '/gaps');
    const days = Math.min(interaction.options.getInteger('days') ?? DEFAULT_GAP_DAYS, ctx.questionLog.retentionDays);
    await deferInteraction(interaction, true);
    const started = ctx.now();
    const { questions, total } = ctx.questionLog.gapQuestions(lastDays(days, started, interaction.inGuild() ? interaction.guildId : undefined), MAX_GROUPED_QUESTIONS);
    const options: GroupingOptions = { ...(await meaningOf(questions, ctx)), ...(ctx.covers ? { covered: ctx.covers } : {}) };
    const groups = groupQuestions(questions, options);
    ctx.logger.info('gaps', { questions: questions.length, groups: groups.length, days, ms: ctx.now() - started });
    await replyToInteraction(interaction, formatGaps({ days, groups, omitted: total - questions.length, byMeaning: options.vectors !== undefined }));
  },
} satisfies Command;
