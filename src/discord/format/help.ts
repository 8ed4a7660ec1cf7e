/** The /help reply: how to ask (as a greeting says it), then the commands. Pure. */
import type { Answer } from '../../engine/types.ts';
import { conversationalText } from '../../answer/conversational-reply.ts';
import { CHECK_MESSAGE_COMMAND } from '../questions.ts';
import { LIMITS, type ReplyPayload } from '../replies.ts';
import { DISCORD_HOW_TO } from './answer.ts';
import { escapeQuoted, truncate } from './text.ts';

const MEMBER_COMMANDS = [
  '`/ask question:` — quoted passages with their sources; `source:` asks within one document, `private:` shows the answer to you alone',
  '`/sources` — the documents the answers come from, and how many questions were answered',
  `*${CHECK_MESSAGE_COMMAND}* (a message's menu → Apps) — what the coverage says about what someone wrote`,
  'A DM to me, or a message mentioning me — answered as a reply; edit it and I answer again, delete it and my answer goes too',
];

const MODERATOR_COMMANDS = [
  '`/corpus add | update | list | remove | restore` — keep the coverage current (a link, a file, several links at once; undo from the trash)',
  '`/gaps` — what members asked that the coverage does not answer',
  '`/reindex` — read the corpus folder again',
];

/** `askChannels`: the ask channels (ASK_CHANNEL_IDS) where the member is, where no mention is needed. */
export function formatHelp(answer: Answer, moderator: boolean, askChannels: readonly string[] = []): ReplyPayload {
  // "help" is read as a request for help: should it ever be read otherwise, the commands still say how.
  const intro = answer.conversational ? conversationalText(answer, DISCORD_HOW_TO, escapeQuoted) : DISCORD_HOW_TO.ask;
  const members = askChannels.length ? [...MEMBER_COMMANDS, `In ${askChannels.map((id) => `<#${id}>`).join(', ')} — just ask, no mention needed`] : MEMBER_COMMANDS;
  const lines = [intro, '', '**Commands**', ...members.map((c) => `• ${c}`)];
  if (moderator) lines.push('', '**For moderators**', ...MODERATOR_COMMANDS.map((c) => `• ${c}`));
  return { ephemeral: true, content: truncate(lines.join('\n'), LIMITS.content) };
}
