/**
 * `tsx scripts/discord-failures.ts`
 *
 * Runs `npm start` (src/main.ts) and `npm run register` (scripts/register-commands.ts) against the
 * local Discord API stand-in told to refuse every token or to hang, and against a closed port, and
 * prints for each: exit code, seconds to exit, stderr line count, and the first stderr line.
 */
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.ts';
import { closedPortUrl } from '../test/discord/stand-in/closed-port.ts';
import { DiscordStandIn } from '../test/discord/stand-in/server.ts';
import { runCommand, TSX } from '../test/helpers/run-command.ts';
import { scriptOptions } from './lib/script-options.ts';

scriptOptions({ options: {}, strict: true }, 'usage: npx tsx scripts/discord-failures.ts   (takes no options)');

async function run(script: string, env: Record<string, string>): Promise<{ code: number | null; seconds: number; stderr: string }> {
  const started = performance.now();
  const result = await runCommand(TSX, [path.join(PROJECT_ROOT, script)], { cwd: PROJECT_ROOT, env: { ...process.env, LOG_LEVEL: 'warn', ...env } });
  return { code: result.status, seconds: (performance.now() - started) / 1000, stderr: result.stderr };
}

async function main(): Promise<void> {
  for (const [name, script] of [
    ['npm start', 'src/main.ts'],
    ['npm run register', 'scripts/register-commands.ts'],
  ] as const) {
    for (const fault of ['401', 'hang', 'refused'] as const) {
      const standIn = await DiscordStandIn.start();
      if (fault === '401') standIn.refuseTokens();
      if (fault === 'hang') standIn.hang();
      const apiUrl = fault === 'refused' ? await closedPortUrl() : standIn.apiUrl;
      const result = await run(script, { DISCORD_TOKEN: standIn.token, DISCORD_CLIENT_ID: standIn.applicationId, DISCORD_API_URL: apiUrl, DISCORD_GUILD_ID: '' });
      await standIn.stop();
      const lines = result.stderr.trim().split('\n');
      process.stdout.write(`${`${name}, ${fault}`.padEnd(28)} exit ${result.code}  ${result.seconds.toFixed(1).padStart(5)} s  ${lines.length} line(s): ${lines[0]}\n`);
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
