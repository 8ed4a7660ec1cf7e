/**
 * Managing the corpus folder while the bot serves: preview a document from a link or a file
 * (fetched through the guarded fetcher, extracted, segmented with the corpus's own splitter,
 * checked for duplicates), add it (write, record, reindex), list, and remove it (move to the
 * trash, record, reindex). Knows nothing of Discord: the transport passes who is acting.
 */
import path from 'node:path';
import { loadCorpus } from '../load-corpus.ts';
import { parseDocument } from '../parse-document.ts';
import { segmentDocument } from '../segment-document.ts';
import type { SegmentedDocument } from '../types.ts';
import type { AnswerEngine, DocumentInfo, ReindexReport } from '../../engine/types.ts';
import { UserError } from '../../errors.ts';
import { silentLogger } from '../../log.ts';
import { extractArticle, type Article, type DocumentKind } from '../extract/extract-article.ts';
import { fetchDocument } from '../fetch/fetch-url.ts';
import type { FetchPolicy, Resolver } from '../fetch/fetch-policy.ts';
import { checkAttachment, type AttachmentInfo } from './attachment-policy.ts';
import { CorpusChangeLog, latestAdds, type CorpusChange } from './change-log.ts';
import { moveToTrash, writeNewDocument } from './corpus-files.ts';
import { fileNameFor, renderDocumentFile, type AddedBy } from './document-file.ts';
import { compareWithCorpus, findDuplicate, type ComparableDocument, type Duplicate, type SharedSentences } from './duplicates.ts';

export interface CorpusAdminOptions {
  corpusDir: string;
  /** The data folder: the change log and the trash live here. */
  dataDir: string;
  policy: FetchPolicy;
  /** DNS for the fetch guard (default: the system resolver). */
  resolve?: Resolver;
  engine: Pick<AnswerEngine, 'reindex' | 'sources'>;
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

/** A document the index holds, as `/sources` lists it, and who added it. */
export interface ListedDocument extends DocumentInfo {
  /** The change that added it from Discord, if it was. */
  added: CorpusChange | null;
}

function comparable(documents: readonly SegmentedDocument[]): ComparableDocument[] {
  return documents.map((doc) => ({
    docId: doc.docId,
    title: doc.title,
    url: doc.meta.url,
    sentences: doc.sentences.filter((s) => s.kind !== 'heading').map((s) => s.text),
  }));
}

export class CorpusAdmin {
  readonly changeLog: CorpusChangeLog;
  readonly trashDir: string;
  readonly #options: CorpusAdminOptions;
  readonly #now: () => number;
  readonly #fetchOptions: { policy: FetchPolicy; resolve?: Resolver };

  constructor(options: CorpusAdminOptions) {
    this.#options = options;
    this.#fetchOptions = { policy: options.policy, ...(options.resolve ? { resolve: options.resolve } : {}) };
    this.#now = options.now ?? Date.now;
    this.changeLog = new CorpusChangeLog(path.join(options.dataDir, 'corpus-changes.jsonl'));
    this.trashDir = path.join(options.dataDir, 'corpus-trash');
  }

  async previewUrl(link: string, by: AddedBy): Promise<Preview> {
    const fetched = await fetchDocument(link, this.#fetchOptions);
    const article = await extractArticle({ kind: fetched.kind, bytes: fetched.body, charset: fetched.charset, location: fetched.finalUrl, isUrl: true });
    return this.#preview(article, link, by);
  }

  async previewFile(file: AttachmentInfo & { url: string }, by: AddedBy): Promise<Preview> {
    const kind: DocumentKind = checkAttachment(file, this.#options.policy.maxBytes);
    // The download goes through the same guard (Discord's CDN in production); its type was checked above.
    const fetched = await fetchDocument(file.url, { ...this.#fetchOptions, checkType: false });
    const article = await extractArticle({ kind, bytes: fetched.body, charset: fetched.charset, location: file.name, isUrl: false });
    return this.#preview(article, file.name, by);
  }

  /** The documents in the corpus folder now (none is not an error here: the first one is being added). */
  async #documents(): Promise<SegmentedDocument[]> {
    try {
      return (await loadCorpus(this.#options.corpusDir, silentLogger)).documents;
    } catch (error) {
      if (error instanceof UserError && error.code === 'EMPTY_CORPUS') return [];
      throw error;
    }
  }

  async #preview(article: Article, source: string, by: AddedBy): Promise<Preview> {
    const documents = await this.#documents();
    const existing = comparable(documents);
    const fileName = fileNameFor(article.title, article.format, new Set(documents.map((d) => d.docId.toLowerCase())));
    const fileText = renderDocumentFile(article, by, new Date(this.#now()));
    const sentences = segmentDocument(parseDocument(fileName, fileText, ''))
      .sentences.filter((s) => s.kind !== 'heading')
      .map((s) => s.text);
    if (sentences.length === 0) throw new UserError('NOT_AN_ARTICLE', { source, reason: 'no sentence could be read from it' });
    return { article, source, fileName, fileText, sentences, ...compareWithCorpus({ url: article.url, sentences }, existing) };
  }

  /** Write the previewed document, record it, and reindex (only its sentences are embedded). */
  async add(preview: Preview, by: AddedBy): Promise<AddResult> {
    const started = performance.now();
    // Another moderator may have added the same article, or a file of the same name, since the preview.
    const documents = await this.#documents();
    const duplicate = findDuplicate({ url: preview.article.url, sentences: preview.sentences }, comparable(documents));
    if (duplicate) throw new UserError('ALREADY_ADDED', { title: duplicate.title, docId: duplicate.docId });
    const docId = await this.#writeUnderFreeName(preview, new Set(documents.map((d) => d.docId.toLowerCase())));
    const change: CorpusChange = {
      time: new Date(this.#now()).toISOString(),
      action: 'add',
      docId,
      title: preview.article.title,
      url: preview.article.url,
      userId: by.userId,
      userName: by.userName,
      sentences: preview.sentences.length,
    };
    await this.changeLog.append(change);
    const report = await this.#reindexUntil((ids) => ids.has(docId));
    return { docId, change, sentences: preview.sentences.length, report, seconds: (performance.now() - started) / 1000 };
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
  async #reindexUntil(done: (docIds: Set<string>) => boolean): Promise<ReindexReport> {
    for (let attempt = 0; ; attempt++) {
      const report = await this.#options.engine.reindex();
      const ids = new Set(this.#options.engine.sources().documents.map((d) => d.docId));
      if (done(ids) || attempt >= 2) return report;
    }
  }

  async remove(docId: string, by: AddedBy): Promise<RemoveResult> {
    const started = performance.now();
    const indexed = this.#options.engine.sources().documents;
    const document = indexed.find((d) => d.docId === docId);
    if (!document) throw new UserError('DOCUMENT_NOT_FOUND', { docId });
    // The engine cannot serve an empty corpus: the last document stays until another is added.
    if (indexed.length === 1) throw new UserError('LAST_DOCUMENT', { title: document.title });
    const now = new Date(this.#now());
    const trashedAs = await moveToTrash(this.#options.corpusDir, docId, this.trashDir, now).catch((error: NodeJS.ErrnoException) => {
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

  /** The documents the index holds, with who added each from Discord, and the recent changes. */
  async list(): Promise<{ documents: ListedDocument[]; changes: CorpusChange[] }> {
    const changes = await this.changeLog.read();
    const adds = latestAdds(changes);
    const documents = this.#options.engine.sources().documents.map((d) => ({ ...d, added: adds.get(d.docId) ?? null }));
    return { documents, changes };
  }
}
