/**
 * `tsx scripts/discord-failures.ts`
 *
 * Runs `npm start` (src/main.ts) and `npm run register` (scripts/register-commands.ts) against the
 * local Discord API stand-in told to refuse every token or to hang, and against a closed port, and
 * prints for each: exit code, seconds to exit, stderr line count, and the first stderr line.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.ts';
import { DiscordStandIn } from '../test/discord/stand-in/server.ts';

const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');

function run(script: string, env: Record<string, string>): Promise<{ code: number | null; seconds: number; stderr: string }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(TSX, [path.join(PROJECT_ROOT, script)], { cwd: PROJECT_ROOT, env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, seconds: (performance.now() - started) / 1000, stderr }));
  });
}

async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/api`;
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
