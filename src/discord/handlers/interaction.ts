/**
 * The interaction dispatcher and its error policy: commands from the one static list, their
 * autocomplete, and our buttons. A typed user error is answered with its own message; anything
 * else is logged and answered with a short apology (edit of a deferred reply, follow-up after a
 * reply). Nothing thrown here reaches the process.
 */
import { DiscordAPIError, RESTJSONErrorCodes, type AutocompleteInteraction, type Interaction } from 'discord.js';
import type { Command, MessageCommand } from '../commands/command.ts';
import type { BotContext } from '../context.ts';
import { UserError } from '../../errors.ts';
import { respondWithChoices } from '../replies.ts';
import { answerError } from './answer-error.ts';
import { handleButton } from './buttons.ts';
import { handleCorpusButton } from './corpus-buttons.ts';
import { handlePageButton } from './page-buttons.ts';
import { servesGuild } from '../served-servers.ts';

export function createInteractionHandler(
  ctx: BotContext,
  commands: ReadonlyMap<string, Command>,
  messageCommands: ReadonlyMap<string, MessageCommand>,
): (interaction: Interaction) => Promise<void> {
  let warnedAt = -Infinity;
  const sawAnsweredElsewhere = (what: string) => {
    const at = ctx.now();
    const repeat = at - warnedAt >= ANSWERED_ELSEWHERE_WARN_EVERY_MS;
    if (repeat) warnedAt = at;
    ctx.logger[repeat ? 'warn' : 'debug']('another connection answered this interaction first: is a second bot running with this token?', {
      what,
      fix: 'stop the other process (another machine, container or data folder), or give it its own bot token: it answers every direct message a second time',
    });
  };
  return async (interaction) => {
    const served = servesGuild(interaction.guildId, ctx.config.allowedGuildIds);
    if (interaction.isAutocomplete()) {
      if (served) await runAutocomplete(interaction, ctx, commands);
      else await respondWithChoices(interaction, []).catch((error: unknown) => ctx.logger.debug('autocomplete failed', { error }));
      return;
    }
    if (!interaction.isChatInputCommand() && !interaction.isMessageContextMenuCommand() && !interaction.isButton()) {
      ctx.logger.debug('ignored interaction', { type: interaction.type });
      return;
    }
    const what = interaction.isChatInputCommand()
      ? `/${interaction.commandName}`
      : interaction.isMessageContextMenuCommand()
        ? `menu "${interaction.commandName}"`
        : `button ${interaction.customId}`;
    try {
      // Sent before the bot left a server it does not serve (or while it could not).
      if (!served) throw new UserError('NOT_SERVED_HERE');
      if (interaction.isChatInputCommand()) {
        await known(commands, interaction.commandName, ctx).execute(interaction, ctx);
      } else if (interaction.isMessageContextMenuCommand()) {
        await known(messageCommands, interaction.commandName, ctx).execute(interaction, ctx);
      } else if (interaction.customId.startsWith('corpus:')) {
        await handleCorpusButton(interaction, ctx);
      } else if (interaction.customId.startsWith('page:')) {
        await handlePageButton(interaction, ctx);
      } else {
        await handleButton(interaction, ctx);
      }
    } catch (error) {
      if (answeredElsewhere(error)) sawAnsweredElsewhere(what);
      else await answerError(interaction, error, what, ctx);
    }
  };
}

/** How often the second-process warning is repeated while it goes on: once is missed in a busy log, every time floods it. */
export const ANSWERED_ELSEWHERE_WARN_EVERY_MS = 60 * 60 * 1000;

/**
 * Discord's "already acknowledged" on the first response to an interaction: another connection with
 * this bot's token answered it first (this bot answers each interaction once). There is nothing to
 * apologise for to the member, who has an answer; the operator is told, since such a twin answers
 * every direct message a second time. Two processes with one data folder cannot start
 * (instance-lock.ts); this is what is left to see of two with different folders or machines.
 */
function answeredElsewhere(error: unknown): boolean {
  return error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged;
}

/** The command of that name; a UserError for one no longer in the list (a client with an old registration). */
function known<C>(commands: ReadonlyMap<string, C>, name: string, ctx: BotContext): C {
  const command = commands.get(name);
  if (command) return command;
  ctx.logger.warn('unknown command', { command: name });
  throw new UserError('UNKNOWN_COMMAND');
}

async function runAutocomplete(
  interaction: AutocompleteInteraction,
  ctx: BotContext,
  commands: ReadonlyMap<string, Command>,
): Promise<void> {
  try {
    const command = commands.get(interaction.commandName);
    if (!command?.autocomplete) {
      await respondWithChoices(interaction, []);
      return;
    }
    await command.autocomplete(interaction, ctx);
  } catch (error) {
    ctx.logger.error('autocomplete failed', { command: interaction.commandName, error });
    try {
      await respondWithChoices(interaction, []);
    } catch (replyError) {
      ctx.logger.warn('could not send empty autocomplete', { error: replyError });
    }
  }
}
