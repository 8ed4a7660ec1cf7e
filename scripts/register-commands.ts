/**
 * `npm run register`: register the application commands (slash and message menu) with Discord — to DISCORD_GUILD_ID when set
 * (instant, for testing), globally otherwise (may take up to an hour to appear everywhere).
 */
import { config as loadDotenv } from 'dotenv';
import { printedUsage } from '../src/cli/args.ts';
import { parseBotConfig } from '../src/config.ts';
import { registerCommands, registrationReport } from '../src/discord/register.ts';
import { isUserError } from '../src/errors.ts';

async function main(): Promise<void> {
  if (printedUsage(process.argv.slice(2), 'usage: npm run register   (registers the slash commands; settings come from .env, see .env.example)')) return;
  loadDotenv({ quiet: true });
  const { discord } = parseBotConfig(process.env);
  const result = await registerCommands(discord);
  process.stdout.write(`${registrationReport(result, discord).join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${isUserError(error) ? error.message : error instanceof Error ? error.message : String(error)}\n`);
  // A usage error exits 2, as `npm run backup` and `npm run health` do.
  process.exit(isUserError(error) && error.code === 'BAD_USAGE' ? 2 : 1);
});
