/**
 * The corpus folder → segmented documents. The only file in src/corpus that touches the disk.
 *
 * A bad file never stops the load: it is skipped with one warning and listed in `skipped`, so
 * a moderator can see why an article is missing. Only a missing folder, or a folder with no
 * usable document at all, is an error the user has to fix.
 */
import { createHash } from 'node:crypto';
import type { Dirent, Stats } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { decodeText } from './decode-text.ts';
import { parseDocumentWithProblems } from './parse-document.ts';
import { segmentDocument } from './segment-document.ts';
import type { CorpusLoadResult, SegmentedDocument, SkippedFile } from './types.ts';

export { parseDocument } from './parse-document.ts';

export interface LoadCorpusOptions {
  /** Files larger than this are skipped unread (default 5 MB): a corpus article is ~10 KB. */
  maxFileBytes?: number;
  /**
   * Documents segmented before (e.g. by the index that is serving), looked up by id and content
   * hash: a file whose bytes still hash the same is taken from here instead of being parsed and
   * segmented again, which is most of the cost of reloading a large corpus. Their metadata
   * warnings were given when they were first loaded and are not repeated.
   */
  known?: (docId: string, contentHash: string) => SegmentedDocument | undefined;
  /** Files read and segmented so far, of all the corpus files found. */
  onProgress?: (done: number, total: number) => void;
}

const DEFAULTS = { maxFileBytes: 5 * 1024 * 1024 };

const DOCUMENT_EXTENSION = /\.(?:txt|md|markdown)$/i;
/**
 * Files that are documents in another format: someone meant them to be read, and is told why they
 * are not. Anything else (images beside Markdown, a licence file) is passed over in silence.
 */
const OTHER_DOCUMENT_FORMAT = /\.(html?|pdf|docx?|odt|rtf|epub|pages)$/i;
function otherFormatReason(name: string): string {
  const extension = OTHER_DOCUMENT_FORMAT.exec(name)![1]!.toLowerCase();
  // npm run add and /corpus add read a PDF, a Word document or a page into Markdown; the folder is read as it is.
  if (['pdf', 'docx', 'html', 'htm'].includes(extension)) return `a .${extension} file: only .md and .txt files are read from the folder — add it with npm run add -- FILE, or /corpus add file:, which make it Markdown`;
  return `a .${extension} file: only .md and .txt files are read — save it as text, or add its page with /corpus add`;
}

/** Files read at the same time. */
const READ_CONCURRENCY = 16;

/** `fn` over `items` with at most `limit` running at once; results in the order of `items`. */
async function mapConcurrently<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export async function loadCorpus(dir: string, logger: Logger, options: LoadCorpusOptions = {}): Promise<CorpusLoadResult> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULTS.maxFileBytes;
  const root = path.resolve(dir);
  const rootStats = await stat(root).catch(() => null);
  if (!rootStats?.isDirectory()) throw new UserError('CORPUS_NOT_FOUND', { dir: root });

  const skipped: SkippedFile[] = [];
  const skip = (file: string, reason: string) => {
    skipped.push({ file, reason });
    logger.warn('Skipped a corpus file', { file, reason });
  };

  const documents: SegmentedDocument[] = [];
  const entries = await listDocuments(root);
  // Files are read a few at a time (a large corpus is thousands of small files); outcomes are
  // then taken in docId order, so documents and warnings come in the same order on every run.
  let read = 0;
  options.onProgress?.(0, entries.length);
  const outcomes = await mapConcurrently(entries, READ_CONCURRENCY, async (entry) => {
    const outcome = 'reason' in entry ? entry : await loadOne(path.join(root, ...entry.docId.split('/')), entry.docId, entry.stats, maxFileBytes, options.known);
    options.onProgress?.(++read, entries.length);
    return outcome;
  });
  for (const [i, entry] of entries.entries()) {
    const { docId } = entry;
    const outcome = outcomes[i]!;
    if ('reason' in outcome) {
      skip(docId, outcome.reason);
      continue;
    }
    for (const problem of outcome.problems) logger.warn('Corpus file has unusable metadata', { file: docId, problem });
    documents.push(outcome.document);
  }

  if (documents.length === 0) throw new UserError('EMPTY_CORPUS', { dir: root });
  logger.info('Loaded corpus', {
    dir: root,
    documents: documents.length,
    sentences: documents.reduce((n, d) => n + d.sentences.length, 0),
    skipped: skipped.length,
  });
  return { documents, skipped };
}

/** A document file found by the walk (docId: path relative to the corpus folder, forward slashes), or why it cannot be read. */
type Candidate = { docId: string; stats: Stats } | { docId: string; reason: string };

/**
 * Every .txt/.md/.markdown file below `root`, sorted by docId in code-unit order (the same on
 * every machine and locale; unreadable ones too, so warnings always come in the same order).
 * Dotfiles and dot-folders are ignored (.git, .DS_Store, editors' swap files). Symbolic links
 * are followed, each real folder visited once so that a link cycle cannot loop; entries are
 * walked in name order so which path reaches a folder first does not depend on the disk.
 */
async function listDocuments(root: string): Promise<Candidate[]> {
  const found: Candidate[] = [];
  const visited = new Set<string>([await realpath(root)]);

  const walk = async (dir: string, prefix: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      found.push({ docId: prefix === '' ? '.' : prefix, reason: `folder unreadable (${errorCode(error)})` });
      return;
    }
    entries.sort((a, b) => byCodeUnit(a.name, b.name));
    for (const e of entries) if (!e.name.startsWith('.') && e.isFile() && OTHER_DOCUMENT_FORMAT.test(e.name)) found.push({ docId: prefix + e.name, reason: otherFormatReason(e.name) });
    const wanted = entries.filter(
      (e) => !e.name.startsWith('.') && (DOCUMENT_EXTENSION.test(e.name) || e.isDirectory() || e.isSymbolicLink()),
    );
    // stat follows links: a link to a folder is walked, a link to a file is read. A folder's
    // entries are stat'ed together; they are then handled one by one, in name order.
    const statted = await Promise.all(
      wanted.map((e) =>
        stat(path.join(dir, e.name)).then(
          (stats) => ({ stats }),
          (error: unknown) => ({ error }),
        ),
      ),
    );
    for (const [i, entry] of wanted.entries()) {
      const full = path.join(dir, entry.name);
      const docId = prefix + entry.name;
      const isDocument = DOCUMENT_EXTENSION.test(entry.name);
      const result = statted[i]!;
      if ('error' in result) {
        if (isDocument) found.push({ docId, reason: `unreadable (${errorCode(result.error)})` });
        continue;
      }
      const { stats } = result;

      if (stats.isDirectory()) {
        const real = await realpath(full).catch(() => null);
        if (real === null || visited.has(real)) continue;
        visited.add(real);
        await walk(full, `${docId}/`);
      } else if (isDocument) {
        // FIFOs, sockets and devices with a document's name would block or never end.
        if (stats.isFile()) found.push({ docId, stats });
        else found.push({ docId, reason: 'not a regular file' });
      }
    }
  };

  await walk(root, '');
  return found.sort((a, b) => byCodeUnit(a.docId, b.docId));
}

/** Not localeCompare: its order depends on the machine's ICU data and locale. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

type LoadOutcome = { document: SegmentedDocument; problems: string[] } | { reason: string };

async function loadOne(
  file: string,
  docId: string,
  stats: Stats,
  maxFileBytes: number,
  known: LoadCorpusOptions['known'],
): Promise<LoadOutcome> {
  // Decided from the size on disk, before reading: the point is not to read it.
  if (stats.size > maxFileBytes) return { reason: `too large (${stats.size} bytes > ${maxFileBytes})` };

  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { reason: `unreadable (${errorCode(error)})` };
  }

  const contentHash = createHash('sha256').update(bytes).digest('hex');
  const seen = known?.(docId, contentHash);
  if (seen) return { document: seen, problems: [] };

  const decoded = decodeText(bytes);
  if ('reason' in decoded) return decoded;
  if (decoded.text.trim() === '') return { reason: 'empty' };

  const { document, problems } = parseDocumentWithProblems(docId, decoded.text, contentHash);
  const segmented = segmentDocument(document);
  if (segmented.sentences.length === 0) return { reason: 'no text after its metadata' };
  return { document: segmented, problems };
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | null)?.code ?? String(error);
}
