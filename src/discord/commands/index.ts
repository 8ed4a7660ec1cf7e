/** The one list of application commands: read by the dispatcher and by the registration script. */
import { ask } from './ask.ts';
import { checkMessage } from './check-message.ts';
import type { Command, MessageCommand } from './command.ts';
import { corpus } from './corpus.ts';
import { gaps } from './gaps.ts';
import { help } from './help.ts';
import { reindex } from './reindex.ts';
import { sources } from './sources.ts';

export const commands: readonly Command[] = [ask, help, sources, reindex, gaps, corpus];

/** Commands of a message's menu (Apps → …). */
export const messageCommands: readonly MessageCommand[] = [checkMessage];

export const commandsByName: ReadonlyMap<string, Command> = new Map(commands.map((command) => [command.data.name, command]));

export const messageCommandsByName: ReadonlyMap<string, MessageCommand> = new Map(messageCommands.map((command) => [command.data.name, command]));

/** The JSON bodies to register with Discord: the slash commands, then the message commands. */
export function commandDefinitions() {
  return [...commands.map((command) => command.data.toJSON()), ...messageCommands.map((command) => command.data.toJSON())];
}
