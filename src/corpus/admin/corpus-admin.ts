/**
 * Managing the corpus folder while the bot serves: preview a document from a link or a file
 * (fetched through the guarded fetcher, extracted, segmented with the corpus's own splitter,
 * checked for duplicates), add it (write, record, reindex), replace a document with a newer version
 * of it (keep the old one in the trash, write, record, reindex), list, and remove it (move to the
 * trash, record, reindex). Knows nothing of Discord: the transport passes who is acting.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { formatOf } from '../blocks.ts';
import { loadCorpus } from '../load-corpus.ts';
import { parseDocument } from '../parse-document.ts';
import { segmentDocument } from '../segment-document.ts';
import type { SegmentedDocument } from '../types.ts';
import type { AnswerEngine, DocumentInfo, ReindexReport, SourcesInfo } from '../../engine/types.ts';
import { UserError } from '../../errors.ts';
import { silentLogger } from '../../log.ts';
import { extractArticle, type Article, type DocumentKind } from '../extract/extract-article.ts';
import { fetchDocument } from '../fetch/fetch-url.ts';
import { fileSystemRefusal } from '../../file-system.ts';
import type { FetchPolicy, Resolver } from '../fetch/fetch-policy.ts';
import { checkAttachment, type AttachmentInfo } from './attachment-policy.ts';
import { CorpusChangeLog, latestAdds, type CorpusChange } from './change-log.ts';
import { copyToTrash, documentPath, moveToTrash, replaceDocument, writeNewDocument } from './corpus-files.ts';
import { fileNameFor, renderDocumentFile, type AddedBy } from './document-file.ts';
import { trashedVersions, type TrashedVersion } from './trashed-versions.ts';
import { compareWithCorpus, findDuplicate, normaliseUrl, sentenceChanges, type ComparableDocument, type Duplicate, type SharedSentences } from './duplicates.ts';

export interface CorpusAdminOptions {
  corpusDir: string;
  /** The data folder: the change log and the trash live here. */
  dataDir: string;
  policy: FetchPolicy;
  /** DNS for the fetch guard (default: the system resolver). */
  resolve?: Resolver;
  engine: Pick<AnswerEngine, 'reindex' | 'sources' | 'segmentedDocuments'>;
  now?: () => number;
}

export interface Preview {
  article: Article;
  /** The link or the file name it came from. */
  source: string;
  /** The file that Add writes: its name and text. */
  fileName: string;
  fileText: string;
  /** The sentences the index would hold (headings excluded), in order. */
  sentences: string[];
  duplicate: Duplicate | null;
  /** Not a duplicate, but some of its sentences are in another document (answers will quote them once, citing both). */
  shares: SharedSentences | null;
  /** A newer version of a document in the corpus (it duplicates it, and its sentences differ): what replacing it changes. */
  replaces: Replacement | null;
}

/** What a preview's Add does: add the document, put it in place of the one it is a newer version of, or nothing (it is in the corpus already). */
export type PreviewAction = 'add' | 'replace' | 'none';

export function previewAction(preview: Pick<Preview, 'duplicate' | 'replaces'>): PreviewAction {
  return preview.replaces ? 'replace' : preview.duplicate ? 'none' : 'add';
}

/** The document a previewed newer version would replace, and what it changes. */
export interface Replacement {
  docId: string;
  title: string;
  /** Sentences the new version has and the old one lacks, in order. */
  added: string[];
  /** Sentences of the old version the new one drops, and those it keeps. */
  removed: number;
  kept: number;
  /** The old version's sentences as previewed, fingerprinted: one changed since is not replaced blind. */
  base: string;
}

export interface ReplaceResult {
  /** The new version's id: the old one's, unless it changes format (then the old file goes to the trash). */
  docId: string;
  change: CorpusChange;
  replaced: Replacement;
  sentences: number;
  /** The old version's file in the trash folder. */
  trashedAs: string;
  report: ReindexReport;
  seconds: number;
}

export interface AddResult {
  docId: string;
  /** What was recorded in the change log. */
  change: CorpusChange;
  sentences: number;
  report: ReindexReport;
  /** From the moderator pressing Add to the index answering from it. */
  seconds: number;
}

export interface RemoveResult {
  docId: string;
  change: CorpusChange;
  title: string;
  trashedAs: string;
  report: ReindexReport;
  seconds: number;
}

/** A version the trash keeps, read back: what restoring it brings back and what it takes the place of. */
export interface RestorePreview {
  version: TrashedVersion;
  /** Its title and sentences (headings excluded), as the index would read them. */
  title: string;
  sentences: number;
  /** The document it takes the place of (the one with its id, or an update's renamed successor), which goes to the trash. */
  displaces: DocumentInfo | null;
}

export interface RestoreResult {
  docId: string;
  change: CorpusChange;
  title: string;
  sentences: number;
  displaced: DocumentInfo | null;
  /** Where the displaced document was kept, in the trash folder. */
  trashedAs: string | null;
  report: ReindexReport;
  seconds: number;
}

/** One link of a /corpus add with several: its preview, or why it has none (`previewUrls`). */
export type BatchItem =
  | { link: string; preview: Preview; /** The position in the list of an earlier link to the same article: this one adds nothing. */ sameAsEarlier: number | null }
  | { link: string; error: string };

/** The most links one /corpus add takes: each is fetched in turn, and the preview lists them all. */
export const MAX_BATCH_LINKS = 10;

export interface BatchAddResult {
  added: { docId: string; title: string; url: string | null; sentences: number; change: CorpusChange }[];
  /** Previews that were already in the corpus when Add was pressed (added by someone else since). */
  skipped: { title: string; duplicateOf: { docId: string; title: string } }[];
  /**
   * Why the adding stopped before the end (a folder refusing writes: its message; anything else: the
   * error, to log), the documents before it added and indexed all the same; else null.
   */
  stopped: { message: string; error: unknown } | null;
  report: ReindexReport | null;
  seconds: number;
}

/** A document whose link now serves a newer version of it (`newerVersions`). */
export interface NewerVersion {
  docId: string;
  title: string;
  url: string;
  /** What replacing it would change. */
  added: number;
  removed: number;
  kept: number;
  /** The newer version's sentences, fingerprinted: the same newer version is reported once. */
  version: string;
}

/** Who previews what the update check fetches: nobody adds it, so nobody is recorded. */
const UPDATE_CHECK: AddedBy = { userId: '0', userName: 'update check' };

/** A document the index holds, as `/sources` lists it, and who added it. */
export interface ListedDocument extends DocumentInfo {
  /** The change that added it from Discord, if it was. */
  added: CorpusChange | null;
}

/** What the change log records of a previewed document written into the corpus as `docId`. */
function previewChange(action: 'add' | 'update', preview: Preview, docId: string, by: AddedBy, time: Date): CorpusChange {
  const { title, url } = preview.article;
  return { time: time.toISOString(), action, docId, title, url, userId: by.userId, userName: by.userName, sentences: preview.sentences.length };
}

/**
 * A write the file system refused (a read-only mount, permissions, a full disk) as the message that
 * names the folder — the data folder when the failed path is in it, else the corpus folder — and
 * the setting that moves it; null for any other error.
 */
export function folderNotWritable(error: unknown, folders: { corpusDir: string; dataDir: string }): UserError | null {
  const reason = fileSystemRefusal(error);
  if (!reason) return null;
  const { corpusDir, dataDir } = folders;
  const failed = path.resolve((error as NodeJS.ErrnoException).path ?? corpusDir);
  const inData = failed === path.resolve(dataDir) || failed.startsWith(path.resolve(dataDir) + path.sep);
  return new UserError('FOLDER_NOT_WRITABLE', inData
    ? { folder: 'data', dir: dataDir, reason, hint: ', or set DATA_DIR to a folder it can write' }
    : { folder: 'corpus', dir: corpusDir, reason, hint: ', or set CORPUS_DIR to a folder it can write (in Docker, one in the /app/var volume)' });
}

function versionOf(sentences: readonly string[]): string {
  return createHash('sha256').update(sentences.join('\n')).digest('hex').slice(0, 16);
}

function comparable(documents: readonly SegmentedDocument[]): ComparableDocument[] {
  return documents.map((doc) => ({
    docId: doc.docId,
    title: doc.title,
    url: doc.meta.url,
    sentences: doc.sentences.filter((s) => s.kind !== 'heading').map((s) => s.text),
  }));
}

/** A previewed document as the duplicate check compares it, under `docId`. */
function comparableOf(preview: Preview, docId: string): ComparableDocument {
  return { docId, title: preview.article.title, url: preview.article.url, sentences: preview.sentences };
}

export class CorpusAdmin {
  readonly changeLog: CorpusChangeLog;
  readonly trashDir: string;
  readonly #options: CorpusAdminOptions;
  readonly #now: () => number;
  /** Documents a change from Discord is writing or indexing now, with how many such changes. */
  readonly #changing = new Map<string, number>();
  readonly #fetchOptions: { policy: FetchPolicy; resolve?: Resolver };

  constructor(options: CorpusAdminOptions) {
    this.#options = options;
    this.#fetchOptions = { policy: options.policy, ...(options.resolve ? { resolve: options.resolve } : {}) };
    this.#now = options.now ?? Date.now;
    this.changeLog = new CorpusChangeLog(path.join(options.dataDir, 'corpus-changes.jsonl'));
    this.trashDir = path.join(options.dataDir, 'corpus-trash');
  }

  /**
   * Whether a change made through this admin (/corpus) is writing or indexing `docId` now: a reindex
   * that finds it changed found this change, not one made by hand in the folder.
   */
  isChanging(docId: string): boolean {
    return this.#changing.has(docId);
  }

  /** Runs `work`, the documents it marks counted as changing (`isChanging`) until it ends. */
  async #changingDocuments<T>(work: (mark: (docId: string) => void) => Promise<T>): Promise<T> {
    const marked: string[] = [];
    const mark = (docId: string) => {
      marked.push(docId);
      this.#changing.set(docId, (this.#changing.get(docId) ?? 0) + 1);
    };
    try {
      return await work(mark);
    } finally {
      for (const docId of marked) {
        const left = (this.#changing.get(docId) ?? 1) - 1;
        if (left > 0) this.#changing.set(docId, left);
        else this.#changing.delete(docId);
      }
    }
  }

  async previewUrl(link: string, by: AddedBy): Promise<Preview> {
    return this.#preview(await this.#articleAt(link), link, by);
  }

  /** The article at a link, fetched through the guard and extracted. */
  async #articleAt(link: string): Promise<Article> {
    const fetched = await fetchDocument(link, this.#fetchOptions);
    return extractArticle({ kind: fetched.kind, bytes: fetched.body, charset: fetched.charset, location: fetched.finalUrl, isUrl: true });
  }

  async previewFile(file: AttachmentInfo & { url: string }, by: AddedBy): Promise<Preview> {
    const kind: DocumentKind = checkAttachment(file, this.#options.policy.maxBytes);
    // The download goes through the same guard (Discord's CDN in production); its type was checked above.
    const fetched = await fetchDocument(file.url, { ...this.#fetchOptions, checkType: false });
    const article = await extractArticle({ kind, bytes: fetched.body, charset: fetched.charset, location: file.name, isUrl: false });
    return this.#preview(article, file.name, by);
  }

  /** A file on this machine (`npm run add`), accepted as an attachment is: by its extension and size. */
  async previewLocalFile(filePath: string, by: AddedBy): Promise<Preview> {
    const name = path.basename(filePath);
    const found = await stat(filePath).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') throw new UserError('LOCAL_FILE_NOT_FOUND', { path: filePath });
      throw error;
    });
    const kind: DocumentKind = checkAttachment({ name, size: found.size, contentType: null }, this.#options.policy.maxBytes);
    const article = await extractArticle({ kind, bytes: await readFile(filePath), location: name, isUrl: false });
    return this.#preview(article, name, by);
  }

  /**
   * Several links at once, fetched one after the other through the same guard; each previewed against
   * the corpus as read once, and against the links before it (two links to one article add it once).
   * A link that cannot be fetched or read is listed with why, and the others still are.
   */
  async previewUrls(links: readonly string[], by: AddedBy): Promise<BatchItem[]> {
    if (links.length > MAX_BATCH_LINKS) throw new UserError('TOO_MANY_LINKS', { count: links.length, max: MAX_BATCH_LINKS });
    const documents = await this.#documents();
    const items: BatchItem[] = [];
    for (const link of links) {
      try {
        const preview = await this.#preview(await this.#articleAt(link), link, by, undefined, documents);
        const earlier = items.findIndex((item, k) => 'preview' in item && findDuplicate({ url: preview.article.url, sentences: preview.sentences }, [comparableOf(item.preview, String(k))]) !== null);
        items.push({ link, preview, sameAsEarlier: earlier >= 0 ? earlier : null });
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        items.push({ link, error: error.message });
      }
    }
    return items;
  }

  /**
   * The documents in the corpus folder now (none is not an error here: the first one is being added).
   * Read, not segmented: a file the serving index holds unchanged is taken from it (a preview and its
   * Add each read the folder, and segmenting a large corpus takes seconds).
   */
  async #documents(): Promise<SegmentedDocument[]> {
    try {
      return (await loadCorpus(this.#options.corpusDir, silentLogger, { known: this.#options.engine.segmentedDocuments() })).documents;
    } catch (error) {
      if (error instanceof UserError && error.code === 'EMPTY_CORPUS') return [];
      throw error;
    }
  }

  /**
   * A newer version of `docId`, fetched from the link it was added from (its front matter's `url` or
   * `source`): previewed as its replacement. Unchanged there, nothing is offered.
   */
  async previewUpdate(docId: string, by: AddedBy): Promise<Preview> {
    return this.#previewUpdate(docId, by, await this.#documents());
  }

  /** `previewUpdate` against the corpus folder's documents as read once (the update check reads them once for all). */
  async #previewUpdate(docId: string, by: AddedBy, documents: SegmentedDocument[]): Promise<Preview> {
    const document = this.#options.engine.sources().documents.find((d) => d.docId === docId);
    if (!document) throw new UserError('DOCUMENT_NOT_FOUND', { docId });
    if (!document.url) throw new UserError('NO_LINK_TO_UPDATE', { title: document.title, docId });
    const preview = await this.#preview(await this.#articleAt(document.url), document.url, by, docId, documents);
    if (!preview.replaces) throw new UserError('UNCHANGED_DOCUMENT', { title: document.title, docId, url: document.url });
    return preview;
  }

  /**
   * The documents whose link now serves a newer version, one link at a time (each is an outlet's
   * page, fetched through the same guard as /corpus add); a link that fails is reported to `failed`
   * and skipped. Nothing is written.
   */
  async newerVersions(failed: (docId: string, error: unknown) => void = () => {}): Promise<NewerVersion[]> {
    const found: NewerVersion[] = [];
    // Read once: each preview compares with every document, and a large corpus takes a while to read.
    const documents = await this.#documents();
    for (const document of this.#options.engine.sources().documents) {
      if (!document.url) continue;
      try {
        const { replaces, sentences } = await this.#previewUpdate(document.docId, UPDATE_CHECK, documents);
        if (!replaces) continue;
        found.push({ docId: document.docId, title: document.title, url: document.url, added: replaces.added.length, removed: replaces.removed, kept: replaces.kept, version: versionOf(sentences) });
      } catch (error) {
        if (error instanceof UserError && error.code === 'UNCHANGED_DOCUMENT') continue;
        failed(document.docId, error);
      }
    }
    return found;
  }

  /** `target`: the document this is a new version of, whether or not it would be found a duplicate of it. */
  async #preview(article: Article, source: string, by: AddedBy, target?: string, read?: SegmentedDocument[]): Promise<Preview> {
    const documents = read ?? (await this.#documents());
    const existing = comparable(documents);
    const taken = new Set(documents.map((d) => d.docId.toLowerCase()));
    const newName = fileNameFor(article.title, article.format, taken);
    const fileText = renderDocumentFile(article, by, new Date(this.#now()));
    const sentences = segmentDocument(parseDocument(newName, fileText, ''))
      .sentences.filter((s) => s.kind !== 'heading')
      .map((s) => s.text);
    if (sentences.length === 0) throw new UserError('NOT_AN_ARTICLE', { source, reason: 'no sentence could be read from it' });
    const compared = compareWithCorpus({ url: article.url, sentences }, existing);
    // A newer version is at the document's own link, or either has none (a file): the same text at
    // another link is another outlet's copy, not a version to replace the first with.
    const sameLink = (doc: ComparableDocument) => !doc.url || !article.url || normaliseUrl(doc.url) === normaliseUrl(article.url);
    const old = existing.find((d) => d.docId === (target ?? compared.duplicate?.docId) && (target !== undefined || sameLink(d)));
    const changes = old ? sentenceChanges(sentences, old.sentences) : null;
    const replaces = old && changes && (changes.added.length > 0 || changes.removed > 0) ? { docId: old.docId, title: old.title, ...changes, base: versionOf(old.sentences) } : null;
    // A new version keeps its document's id (answers' citations, /sources, the question log go on
    // naming it), unless it changes format: Markdown is not read right from a .txt file.
    const fileName = replaces && formatOf(replaces.docId) === article.format ? replaces.docId : newName;
    return { article, source, fileName, fileText, sentences, ...compared, replaces };
  }

  /** Write the previewed document, record it, and reindex (only its sentences are embedded). */
  async add(preview: Preview, by: AddedBy): Promise<AddResult> {
    // Another moderator may have added the same article, or a file of the same name, since the preview.
    const result = await this.addMany([preview], by);
    const skipped = result.skipped[0];
    if (skipped) throw new UserError('ALREADY_ADDED', { title: skipped.duplicateOf.title, docId: skipped.duplicateOf.docId });
    // One preview, not skipped: added (a failed write throws), and so indexed.
    const { docId, change, sentences } = result.added[0]!;
    return { docId, change, sentences, report: result.report!, seconds: result.seconds };
  }

  /**
   * Write several previewed documents, record each, and reindex once (only their sentences are
   * embedded). One added by someone else since the preview is skipped; a write refused part way
   * stops there, and the documents written before it are indexed all the same.
   */
  async addMany(previews: readonly Preview[], by: AddedBy): Promise<BatchAddResult> {
    return this.#changingDocuments((mark) => this.#addMany(previews, by, mark));
  }

  async #addMany(previews: readonly Preview[], by: AddedBy, mark: (docId: string) => void): Promise<BatchAddResult> {
    const started = performance.now();
    const documents = await this.#documents();
    const existing = comparable(documents);
    const taken = new Set(documents.map((d) => d.docId.toLowerCase()));
    const added: BatchAddResult['added'] = [];
    const skipped: BatchAddResult['skipped'] = [];
    let stopped: BatchAddResult['stopped'] = null;
    for (const preview of previews) {
      const duplicate = findDuplicate({ url: preview.article.url, sentences: preview.sentences }, existing);
      if (duplicate) {
        skipped.push({ title: preview.article.title, duplicateOf: { docId: duplicate.docId, title: duplicate.title } });
        continue;
      }
      try {
        const { docId, change } = await this.#addFile(preview, by, taken);
        mark(docId);
        taken.add(docId.toLowerCase());
        existing.push(comparableOf(preview, docId));
        added.push({ docId, title: preview.article.title, url: preview.article.url, sentences: preview.sentences.length, change });
      } catch (error) {
        if (added.length === 0) throw error;
        stopped = { message: error instanceof UserError ? error.message : "something went wrong writing it (the bot's log says what)", error };
        break;
      }
    }
    const report = added.length ? await this.#reindexUntil((ids) => added.every((a) => ids.has(a.docId))) : null;
    return { added, skipped, stopped, report, seconds: (performance.now() - started) / 1000 };
  }

  /** The previewed file written under a free name and recorded; unrecorded, it is taken out again. */
  async #addFile(preview: Preview, by: AddedBy, taken: Set<string>): Promise<{ docId: string; change: CorpusChange }> {
    const docId = await this.#writing(() => this.#writeUnderFreeName(preview, taken));
    const change = previewChange('add', preview, docId, by, new Date(this.#now()));
    // Unrecorded, the document would be in the corpus with no one named as having added it.
    await this.#writing(() => this.changeLog.append(change)).catch(async (error: unknown) => {
      await unlink(documentPath(this.#options.corpusDir, docId)).catch(() => {});
      throw error;
    });
    return { docId, change };
  }

  /**
   * Put a previewed newer version in its document's place: the old file is kept in the trash, the
   * new one written over it in one step, the change recorded, and the index updated (only the new
   * version's sentences are embedded). Refused when the document changed or went since the preview.
   */
  async replace(preview: Preview, by: AddedBy): Promise<ReplaceResult> {
    return this.#changingDocuments((mark) => this.#replace(preview, by, mark));
  }

  async #replace(preview: Preview, by: AddedBy, mark: (docId: string) => void): Promise<ReplaceResult> {
    const started = performance.now();
    const target = preview.replaces;
    if (!target) throw new Error('replace() needs the preview of a newer version of a document');
    mark(target.docId);
    const documents = await this.#documents();
    const current = comparable(documents).find((d) => d.docId === target.docId);
    if (!current || versionOf(current.sentences) !== target.base) throw new UserError('VERSION_CHANGED', { title: target.title, docId: target.docId });
    const now = new Date(this.#now());
    const { corpusDir } = this.#options;
    const trashedAs = await this.#writing(() => copyToTrash(corpusDir, target.docId, this.trashDir, now));
    let docId = preview.fileName;
    if (docId === target.docId) await this.#writing(() => replaceDocument(corpusDir, docId, preview.fileText));
    else {
      // The new file first: a reindex in between sees both versions for a moment, never neither.
      docId = await this.#writing(() => this.#writeUnderFreeName(preview, new Set(documents.map((d) => d.docId.toLowerCase()))));
      mark(docId);
      await unlink(documentPath(corpusDir, target.docId));
    }
    const change: CorpusChange = {
      ...previewChange('update', preview, docId, by, now),
      trashedAs: path.posix.join('corpus-trash', trashedAs),
      ...(docId !== target.docId ? { replacedDocId: target.docId } : {}),
    };
    await this.changeLog.append(change);
    const report = await this.#reindexUntil((ids, run) => (run.changed.includes(docId) || run.added.includes(docId)) && !(docId !== target.docId && ids.has(target.docId)));
    return { docId, change, replaced: target, sentences: preview.sentences.length, trashedAs, report, seconds: (performance.now() - started) / 1000 };
  }

  /**
   * A write to the corpus or data folder; a refusal only whoever runs the bot can fix (a read-only
   * mount, permissions, a full disk) becomes a message naming the folder, not an apology.
   */
  async #writing<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      throw folderNotWritable(error, this.#options) ?? error;
    }
  }

  async #writeUnderFreeName(preview: Preview, taken: Set<string>): Promise<string> {
    for (let attempt = 0; ; attempt++) {
      const name = attempt === 0 && !taken.has(preview.fileName.toLowerCase()) ? preview.fileName : fileNameFor(preview.article.title, preview.article.format, taken);
      try {
        await writeNewDocument(this.#options.corpusDir, name, preview.fileText);
        return name;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 5) throw error;
        taken.add(name.toLowerCase());
      }
    }
  }

  /**
   * Reindex until the index reflects the change: a reindex already running when the file was
   * written is shared by the engine and may have read the folder before it changed.
   */
  async #reindexUntil(done: (docIds: Set<string>, report: ReindexReport) => boolean): Promise<ReindexReport> {
    for (let attempt = 0; ; attempt++) {
      const report = await this.#options.engine.reindex();
      const ids = new Set(this.#options.engine.sources().documents.map((d) => d.docId));
      if (done(ids, report) || attempt >= 2) return report;
    }
  }

  async remove(docId: string, by: AddedBy): Promise<RemoveResult> {
    return this.#changingDocuments((mark) => {
      mark(docId);
      return this.#remove(docId, by);
    });
  }

  async #remove(docId: string, by: AddedBy): Promise<RemoveResult> {
    const started = performance.now();
    const indexed = this.#options.engine.sources().documents;
    const document = indexed.find((d) => d.docId === docId);
    if (!document) throw new UserError('DOCUMENT_NOT_FOUND', { docId });
    // The engine cannot serve an empty corpus: the last document stays until another is added.
    if (indexed.length === 1) throw new UserError('LAST_DOCUMENT', { title: document.title });
    const now = new Date(this.#now());
    const trashedAs = await this.#writing(() => moveToTrash(this.#options.corpusDir, docId, this.trashDir, now)).catch((error: NodeJS.ErrnoException) => {
      // Indexed but gone from the folder (removed by hand): a reindex is what it needs.
      if (error.code === 'ENOENT') throw new UserError('DOCUMENT_NOT_FOUND', { docId });
      throw error;
    });
    const change: CorpusChange = {
      time: now.toISOString(),
      action: 'remove',
      docId,
      title: document.title,
      url: document.url,
      userId: by.userId,
      userName: by.userName,
      sentences: document.sentences,
      trashedAs: path.posix.join('corpus-trash', trashedAs),
    };
    await this.changeLog.append(change);
    const report = await this.#reindexUntil((ids) => !ids.has(docId));
    return { docId, change, title: document.title, trashedAs, report, seconds: (performance.now() - started) / 1000 };
  }

  /** The versions of documents the trash folder keeps (removed, or replaced by an update or a restore), newest first. */
  async trashedVersions(): Promise<TrashedVersion[]> {
    // One listing of the (flat) trash folder, not a look-up per version: autocomplete asks at every keystroke.
    const [changes, names] = await Promise.all([this.changeLog.read(), readdir(this.trashDir).catch(() => [] as string[])]);
    const inTrash = new Set(names.map((name) => path.join(path.resolve(this.trashDir), name)));
    return trashedVersions(changes).filter((v) => {
      try {
        return inTrash.has(this.#trashFile(v));
      } catch {
        return false; // placed outside the trash folder by a hand-edited log
      }
    });
  }

  /** The trash file of a version; one the log places outside the trash folder (a hand-edited log) is none. */
  #trashFile(version: TrashedVersion): string {
    const file = path.resolve(this.#options.dataDir, ...version.trashedAs.split('/'));
    if (!file.startsWith(path.resolve(this.trashDir) + path.sep)) throw new UserError('NOT_IN_TRASH');
    return file;
  }

  /** The trashed version recorded by the change log's line `change`, read back; refused when the log or the trash no longer holds it. */
  async #trashed(change: number): Promise<{ version: TrashedVersion; text: string; title: string; sentences: number; displaces: DocumentInfo | null }> {
    const version = trashedVersions(await this.changeLog.read()).find((v) => v.change === change);
    if (!version) throw new UserError('NOT_IN_TRASH');
    const text = await readFile(this.#trashFile(version), 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') throw new UserError('NOT_IN_TRASH');
      throw error;
    });
    const segmented = segmentDocument(parseDocument(version.docId, text, ''));
    const indexed = this.#options.engine.sources().documents;
    const displaces = indexed.find((d) => d.docId === version.docId) ?? indexed.find((d) => d.docId === version.successorId) ?? null;
    const sentences = segmented.sentences.filter((x) => x.kind !== 'heading').length;
    return { version, text, title: segmented.title, sentences, displaces };
  }

  /** What restoring a trashed version would do; refused when the corpus holds that very text already. */
  async previewRestore(change: number): Promise<RestorePreview> {
    const { version, text, title, sentences, displaces } = await this.#trashed(change);
    if (displaces && (await readFile(documentPath(this.#options.corpusDir, displaces.docId), 'utf8').catch(() => null)) === text) {
      throw new UserError('ALREADY_CURRENT', { title: displaces.title, docId: displaces.docId });
    }
    return { version, title, sentences, displaces };
  }

  /**
   * Put a trashed version back under the id it had: the document now in its place (same id, or an
   * update's renamed successor) is kept in the trash first, so a restore can be undone the same way;
   * the change is recorded and the index updated. Refused when the place changed since the preview.
   */
  async restore(preview: RestorePreview, by: AddedBy): Promise<RestoreResult> {
    return this.#changingDocuments((mark) => this.#restore(preview, by, mark));
  }

  async #restore(preview: RestorePreview, by: AddedBy, mark: (docId: string) => void): Promise<RestoreResult> {
    const started = performance.now();
    const read = await this.#trashed(preview.version.change);
    if ((read.displaces?.docId ?? null) !== (preview.displaces?.docId ?? null)) throw new UserError('RESTORE_CHANGED', { title: read.title, docId: read.version.docId });
    const { corpusDir } = this.#options;
    const docId = read.version.docId;
    const now = new Date(this.#now());
    const displaced = read.displaces;
    mark(docId);
    if (displaced) mark(displaced.docId);
    const trashedAs = displaced ? await this.#writing(() => copyToTrash(corpusDir, displaced.docId, this.trashDir, now)) : null;
    if (displaced?.docId === docId) await this.#writing(() => replaceDocument(corpusDir, docId, read.text));
    else {
      await this.#writing(() => writeNewDocument(corpusDir, docId, read.text)).catch((error: NodeJS.ErrnoException) => {
        // Written by hand since the preview: the place is not what the moderator saw.
        if (error.code === 'EEXIST') throw new UserError('RESTORE_CHANGED', { title: read.title, docId });
        throw error;
      });
      if (displaced) await unlink(documentPath(corpusDir, displaced.docId));
    }
    const change: CorpusChange = {
      time: now.toISOString(),
      action: 'restore',
      docId,
      title: read.title,
      url: read.version.url,
      userId: by.userId,
      userName: by.userName,
      sentences: read.sentences,
      restoredFrom: read.version.trashedAs,
      ...(trashedAs ? { trashedAs: path.posix.join('corpus-trash', trashedAs) } : {}),
      ...(displaced && displaced.docId !== docId ? { replacedDocId: displaced.docId } : {}),
    };
    await this.changeLog.append(change);
    const report = await this.#reindexUntil((ids, run) => ids.has(docId) && (run.changed.includes(docId) || run.added.includes(docId)) && !(displaced && displaced.docId !== docId && ids.has(displaced.docId)));
    return { docId, change, title: read.title, sentences: read.sentences, displaced, trashedAs, report, seconds: (performance.now() - started) / 1000 };
  }

  /** The documents the index holds, with who added each from Discord; the changes made from Discord; the files of the folder its last reading passed over. */
  async list(): Promise<{ documents: ListedDocument[]; changes: CorpusChange[]; skipped: SourcesInfo['skipped'] }> {
    const changes = await this.changeLog.read();
    const adds = latestAdds(changes);
    const sources = this.#options.engine.sources();
    const documents = sources.documents.map((d) => ({ ...d, added: adds.get(d.docId) ?? null }));
    return { documents, changes, skipped: sources.skipped };
  }
}
