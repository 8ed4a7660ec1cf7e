/**
 * `npm run backup -- DESTINATION` (in the Docker image: `node dist/scripts/backup.js DESTINATION`):
 * the corpus and the data folder, the question log through SQLite's online backup, into a new
 * folder of DESTINATION named by the time. Safe while the bot runs. Steps go to stderr; stdout
 * gets what was made. Exit 0 done, 1 refused or failed (with why), 2 usage.
 */
import { config as loadDotenv } from 'dotenv';
import { parseBackupArgs, BACKUP_USAGE } from '../src/cli/args.ts';
import { backUp, type BackupReport } from '../src/backup.ts';
import { parseDataDir, parseEngineConfig } from '../src/config.ts';
import { formatBytes } from '../src/corpus/fetch/fetch-policy.ts';
import { failureText, isUserError } from '../src/errors.ts';

// Not the Discord formatter's plural: importing it loads discord.js into a script that needs none.
const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

function summary(report: BackupReport): string[] {
  const log = report.questionLog;
  const lines = [`Backed up to ${report.folder} (${formatBytes(report.bytes)}):`, `  corpus: ${plural(report.corpusFiles, 'file')}`];
  if (report.dataFiles === null) lines.push('  data folder: none yet (the bot has not run with this DATA_DIR)');
  else lines.push(`  data folder: ${plural(report.dataFiles, 'file')} besides the question log`);
  if (log.kind === 'copied') lines.push(`  question log: ${plural(log.questions, 'question')}, ${plural(log.votes, 'vote')} (checked)`);
  if (log.kind === 'unreadable') lines.push(`  question log: copied as it is — SQLite could not read it (${log.reason}); the bot would set it aside and start a new one`);
  return lines;
}

async function main(): Promise<number> {
  const args = parseBackupArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(`${BACKUP_USAGE}\n`);
    return 0;
  }
  loadDotenv({ quiet: true });
  const { engine } = parseEngineConfig(process.env);
  const report = await backUp({
    corpusDir: engine.corpusDir,
    dataDir: parseDataDir(process.env),
    destination: args.destination!,
    now: new Date(),
    onStep: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${summary(report).join('\n')}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${failureText(error)}\n`);
    process.exitCode = isUserError(error) && error.code === 'BAD_USAGE' ? 2 : 1;
  },
);
