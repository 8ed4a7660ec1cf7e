/**
 * `npm run health` (in the Docker image: `node dist/scripts/healthcheck.js`, its HEALTHCHECK): whether
 * the bot running with this data folder is well, from the heartbeat it writes there. Prints one line;
 * exits 0 when healthy, 1 when not (what Docker and monitoring tools expect), 2 on a usage error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { printedUsage } from '../src/cli/args.ts';
import { parseDataDir } from '../src/config.ts';
import { HEARTBEAT_FILE, judgeHealth, parseHeartbeat } from '../src/discord/health.ts';
import { failureText } from '../src/errors.ts';

function main(): number {
  if (printedUsage(process.argv.slice(2), 'usage: npm run health   (is the bot running with DATA_DIR well? exit 0 yes, 1 no; settings come from .env)')) return 0;
  loadDotenv({ quiet: true });
  const file = path.join(parseDataDir(process.env), HEARTBEAT_FILE);
  let text: string | null = null;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    // No file (or none readable): the verdict says there is no heartbeat.
  }
  const verdict = judgeHealth(text === null ? null : parseHeartbeat(text), Date.now());
  process.stdout.write(`${verdict.line}${verdict.healthy ? '' : ` [${file}]`}\n`);
  return verdict.healthy ? 0 : 1;
}

try {
  process.exitCode = main();
} catch (error) {
  process.stderr.write(`${failureText(error)}\n`);
  process.exitCode = 2;
}
