/** The one list of slash commands: read by the dispatcher and by the registration script. */
import { ask } from './ask.ts';
import type { Command } from './command.ts';
import { corpus } from './corpus.ts';
import { gaps } from './gaps.ts';
import { reindex } from './reindex.ts';
import { sources } from './sources.ts';

export const commands: readonly Command[] = [ask, sources, reindex, gaps, corpus];

export const commandsByName: ReadonlyMap<string, Command> = new Map(commands.map((command) => [command.data.name, command]));

/** The JSON bodies to register with Discord. */
export function commandDefinitions() {
  return commands.map((command) => command.data.toJSON());
}
