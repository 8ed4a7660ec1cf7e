/**
 * `npm run add -- LINK_OR_FILE...`: coverage added from the command line, as `/corpus add` adds it
 * from Discord (the same CorpusAdmin: fetched through the same guard, read into Markdown, checked
 * for duplicates, written, recorded in the change log as added from the command line, indexed).
 * Each is previewed and added once confirmed (add-documents.ts; `--yes`: without asking; input
 * that is no terminal is never asked). A bot running on the same folder reads the new file by its
 * corpus watch.
 */
import os from 'node:os';
import { createInterface } from 'node:readline/promises';
import { parseCorpusSettings } from '../config.ts';
import { CorpusAdmin } from '../corpus/admin/corpus-admin.ts';
import { COMMAND_LINE_USER_ID } from '../corpus/admin/document-file.ts';
import { DEFAULT_FETCH_POLICY } from '../corpus/fetch/fetch-policy.ts';
import { isUserError } from '../errors.ts';
import { addDocuments } from './add-documents.ts';
import { firstDocumentEngine } from './first-document-engine.ts';
import { ADD_USAGE, parseAddArgs } from './args.ts';
import { openEngine, withFolders } from './open-engine.ts';
import { EXIT, runCli } from './run-cli.ts';

await runCli(async (config, logger) => {
  const args = parseAddArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(`${ADD_USAGE}\n`);
    return EXIT.ok;
  }
  const settings = parseCorpusSettings(process.env);
  const engineConfig = withFolders(config.engine, args);
  const open = () => openEngine(engineConfig, logger, { onModel: (model) => process.stderr.write(`Model: ${model}\n`), keepProgress: false });
  // An empty corpus folder is where a server's own coverage starts: its first document opens the engine.
  const engine = await open().catch((error: unknown) => {
    if (isUserError(error) && error.code === 'EMPTY_CORPUS') return firstDocumentEngine(open);
    throw error;
  });
  const admin = new CorpusAdmin({
    corpusDir: engineConfig.corpusDir,
    dataDir: settings.dataDir,
    policy: { ...DEFAULT_FETCH_POLICY, allowHosts: settings.fetchAllowHosts },
    engine,
  });
  // The question goes to stderr: stdout holds the previews, and may be a file.
  const terminal = args.yes || !process.stdin.isTTY ? null : createInterface({ input: process.stdin, output: process.stderr });
  try {
    const { failed } = await addDocuments({
      admin,
      sources: args.sources,
      // Recorded as "alice (command-line)": who ran it, and from where.
      by: { userId: COMMAND_LINE_USER_ID, userName: os.userInfo().username },
      yes: args.yes,
      confirm: terminal ? (question) => terminal.question(question) : null,
      write: (text) => process.stdout.write(text),
      warn: (text) => process.stderr.write(text),
    });
    return failed > 0 ? EXIT.failure : EXIT.ok;
  } finally {
    terminal?.close();
  }
});
