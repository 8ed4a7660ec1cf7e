/**
 * `npm run add -- LINK_OR_FILE...`: coverage added from the command line, as `/corpus add` adds it
 * from Discord (the same CorpusAdmin: fetched through the same guard, read into Markdown, checked
 * for duplicates, written, recorded in the change log as added from the command line, indexed).
 * Each is previewed and added once confirmed (`--yes`: without asking; input that is no terminal
 * is never asked). A newer version of a document in the corpus replaces it, the old one kept in the
 * trash folder. A bot running on the same folder reads the new file by its corpus watch.
 */
import os from 'node:os';
import { createInterface } from 'node:readline/promises';
import { parseCorpusSettings } from '../config.ts';
import { CorpusAdmin, type Preview } from '../corpus/admin/corpus-admin.ts';
import type { AddedBy } from '../corpus/admin/document-file.ts';
import { DEFAULT_FETCH_POLICY } from '../corpus/fetch/fetch-policy.ts';
import { isUserError } from '../errors.ts';
import { ADD_USAGE, parseAddArgs } from './args.ts';
import { formatPreviewForTerminal, previewAction } from './format-preview.ts';
import { openEngine, withFolders } from './open-engine.ts';
import { EXIT, runCli } from './run-cli.ts';

const isLink = (source: string) => /^https?:\/\//i.test(source);

await runCli(async (config, logger) => {
  const args = parseAddArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(`${ADD_USAGE}\n`);
    return EXIT.ok;
  }
  const settings = parseCorpusSettings(process.env);
  const engineConfig = withFolders(config.engine, args);
  const engine = await openEngine(engineConfig, logger, { onModel: (model) => process.stderr.write(`Model: ${model}\n`), keepProgress: false });
  const admin = new CorpusAdmin({
    corpusDir: engineConfig.corpusDir,
    dataDir: settings.dataDir,
    policy: { ...DEFAULT_FETCH_POLICY, allowHosts: settings.fetchAllowHosts },
    engine,
  });
  // Recorded as "alice (command-line)": who ran it, and from where.
  const by: AddedBy = { userId: 'command-line', userName: os.userInfo().username };
  const ask = args.yes || !process.stdin.isTTY ? null : createInterface({ input: process.stdin, output: process.stderr });
  let failed = 0;
  try {
    for (const source of args.sources) {
      try {
        const preview = isLink(source) ? await admin.previewUrl(source, by) : await admin.previewLocalFile(source, by);
        process.stdout.write(`\n${formatPreviewForTerminal(preview)}\n`);
        await addPreviewed(preview);
      } catch (error) {
        if (!isUserError(error) && !isMissingFile(error)) throw error;
        failed++;
        process.stderr.write(`error: ${isUserError(error) ? error.message : `no file ${source}: give a link starting with http:// or https://, or the path of a .md, .txt, .html, .pdf or .docx file`}\n`);
      }
    }
  } finally {
    ask?.close();
  }
  return failed > 0 ? EXIT.failure : EXIT.ok;

  async function addPreviewed(preview: Preview): Promise<void> {
    const action = previewAction(preview);
    if (action === 'none') return;
    if (!args.yes) {
      if (!ask) {
        process.stdout.write(`Not ${action === 'replace' ? 'replaced' : 'added'}: run again with --yes to ${action} it.\n`);
        return;
      }
      const answer = await ask.question(action === 'replace' ? `Replace “${preview.replaces!.title}” with it? [y/N] ` : 'Add it to the corpus? [y/N] ');
      if (!/^y(?:es)?$/i.test(answer.trim())) {
        process.stdout.write('Not added.\n');
        return;
      }
    }
    if (action === 'replace') {
      const replaced = await admin.replace(preview, by);
      process.stdout.write(`Replaced ${replaced.replaced.docId} with ${replaced.docId} (${replaced.sentences} sentences; the old version is in the trash folder as ${replaced.trashedAs}), indexed in ${replaced.seconds.toFixed(1)} s.\n`);
    } else {
      const added = await admin.add(preview, by);
      process.stdout.write(`Added ${added.docId} (${added.sentences} sentences), indexed in ${added.seconds.toFixed(1)} s.\n`);
    }
  }
});

function isMissingFile(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
}
