/**
 * A quick check, before the slow part of start-up (the model and the index), that Discord answers
 * and accepts the token: a wrong token or an unreachable API is reported in seconds, in one line.
 */
import { REST, Routes } from 'discord.js';
import type { DiscordConfig } from '../config.ts';
import { explainConnectionError } from './connection-errors.ts';

/** Discord's own REST client, for one-off calls that should fail fast rather than wait through retries. */
export function createOneShotRest(apiUrl: string, timeoutMs: number): REST {
  return new REST({ api: apiUrl, timeout: timeoutMs, retries: 0 });
}

/** Resolves with the bot's user name; throws a UserError saying what to fix. */
export async function checkDiscordAccess(config: Pick<DiscordConfig, 'token' | 'apiUrl'>, timeoutMs = 10_000): Promise<string> {
  const rest = createOneShotRest(config.apiUrl, timeoutMs).setToken(config.token);
  try {
    const user = (await rest.get(Routes.user('@me'))) as { username: string };
    return user.username;
  } catch (error) {
    throw explainConnectionError(error, { apiUrl: config.apiUrl, timeoutMs });
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}
