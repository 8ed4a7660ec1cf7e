/**
 * The answer engine: loads or builds the index at start, answers questions from the index that is
 * current, and reindexes without holding up the questions (the heavy half of a build runs on a
 * worker thread, see index/build-index.ts), swapping the new index in only once it is complete.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { loadCorpus } from '../corpus/load-corpus.ts';
import type { EngineConfig } from '../config.ts';
import { createEmbedder } from '../embedding/transformers-embedder.ts';
import type { Embedder } from '../embedding/embedder.ts';
import { UserError, isUserError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { composeAnswer } from '../answer/compose.ts';
import { askedKind } from '../retrieval/answer-type.ts';
import { exampleQuestions, matchSuggestions, SuggestionTally, suggestionsFrom } from '../answer/suggestions.ts';
import { conversationalAnswer } from '../answer/conversational-reply.ts';
import { readConversational } from '../retrieval/conversational.ts';
import { findAnswer, measureBackground } from '../retrieval/find-answer.ts';
import type { TermEvidence } from '../retrieval/retrieve.ts';
import type { Background } from '../retrieval/background.ts';
import { DECISION_RECORD } from '../retrieval/calibration.ts';
import { loadEnglishFrequencies } from '../retrieval/english-frequency.ts';
import { WordVectors } from '../embedding/word-vectors.ts';
import { contextAround } from '../retrieval/passages.ts';
import { leadPassages } from '../retrieval/lead-passages.ts';
import { asksToReadOn, passagesAfter } from '../retrieval/read-on.ts';
import { vocabularyFor } from '../retrieval/vocabulary.ts';
import { withoutElse } from '../retrieval/what-else.ts';
import { asksOutlook, readOverviewRequest } from '../retrieval/overview-request.ts';
import { outlookPassages } from '../retrieval/outlook-passages.ts';
import { outletReader, publishersOf } from '../retrieval/outlet-named.ts';
import { documentSetKey, documentsOfKey, memoPerIndex } from '../retrieval/per-index-memo.ts';
import { asksForLatest } from '../retrieval/latest-first.ts';
import { indexVocabulary } from '../retrieval/vocabulary.ts';
import { isSearchable } from '../index/search-index.ts';
import { wordWrittenAsName } from '../retrieval/corpus-names.ts';
import { sourceNamed } from '../retrieval/source-named.ts';
import { documentReader } from '../retrieval/document-named.ts';
import { MAX_QUESTION_LENGTH, validateQuestion } from '../retrieval/validate-question.ts';
import { changesSince, corpusMatches, documentChanges, knownDocuments, loadSavedIndex, pruneGenerations, reindexBase, updateIndex, type LoadedIndex } from './open-index.ts';
import { holdBuildLock } from '../index/build-lock.ts';
import { currentGeneration } from '../index/index-files.ts';
import type { Answer, AnswerEngine, AskOptions, Citation, ConversationalReply, ReindexOptions, ReindexReport, SourcesInfo } from './types.ts';

export const MAX_TOP = 25;

/** Questions offered to a member who greets the bot, asks for help or asks about nothing in particular. */
const EXAMPLES = 3;
/** Records counted for the suggestion list between two turns of the event loop (a few milliseconds' work). */
export const SUGGESTION_CHUNK = 2_000;

/** An index's suggestion list: its titles (offered meanwhile), the list once built, and the build a caller may wait for. */
interface SuggestionList {
  titles: string[];
  ready: string[] | null;
  building: Promise<string[]>;
}

/** An overview is answered from the documents' openings, with no confidence word (types.ts). */
const OVERVIEW_DECISION = { answered: true, confidence: null, notMentioned: [], notEnglish: false, missing: [] };

/** The questions a refusal or a reply in kind offers to try instead, for an index. */
type Offer = (index: LoadedIndex['index']) => Promise<string[]>;

/** Characters of the first title the warm-up question holds (well within a question's length limit). */
const WARM_UP_TITLE = 120;

export interface EngineOptions {
  /** Use this embedder instead of loading the configured model (tests, benchmarks). */
  embedder?: Embedder;
  /** Progress of each phase of loading or building that can take a while (e.g. a terminal progress line). */
  onProgress?: (phase: string, done: number, total: number) => void;
}

export interface Engine extends AnswerEngine {
  readonly embedder: Embedder;
  /** What happened at start: loaded as saved, or built/updated (with its report). */
  readonly startup: { loaded: boolean; report: ReindexReport | null };
  /** The index currently serving (for diagnostics and benchmarks). */
  current(): LoadedIndex;
  /** Whether the serving corpus uses an index term (a stem, as `terms` makes them). */
  covers(term: string): boolean;
  /**
   * Asks one question of the serving index and drops its answer, so that the first member's question
   * does not pay for what is built or compiled on first use. For long-lived processes (the bot, the
   * chat); never fails.
   */
  warmUp(): Promise<void>;
}

/** The engine's own phases at start, as the words a progress line shows (the build reports its own). */
export const ENGINE_PHASES = {
  savedIndex: 'Reading the saved index',
  corpus: 'Reading the corpus',
  background: 'Measuring unrelated questions (background)',
  otherBuild: 'Waiting for another process building this index',
} as const;


export async function createEngine(config: EngineConfig, logger: Logger, options: EngineOptions = {}): Promise<Engine> {
  const embedder =
    options.embedder ??
    (await createEmbedder({ model: config.embeddingModel, modelsDir: config.modelsDir, cacheDir: config.cacheDir, logger }));

  // Single-word vectors (paraphrase evidence), cached for the engine's life and shared with its builds.
  const wordVectors = new WordVectors(embedder);
  const refresh = async (
    previous: LoadedIndex | null,
    caller?: ReindexOptions['onProgress'],
    /** The current generation when `previous` was read (its own, or one that could not be read). */
    seen: string | null = previous?.dir ?? null,
  ): Promise<{ loaded: LoadedIndex; report: ReindexReport | null }> => {
    const started = performance.now();
    const own = options.onProgress;
    const onProgress = own && caller ? (phase: string, done: number, total: number) => (own(phase, done, total), caller(phase, done, total)) : (own ?? caller);
    // Files the serving index already holds unchanged are not parsed and segmented again.
    const corpus = await loadCorpus(config.corpusDir, logger, {
      ...(previous ? { known: knownDocuments(previous.index) } : {}),
      ...(onProgress ? { onProgress: (done: number, total: number) => onProgress(ENGINE_PHASES.corpus, done, total) } : {}),
    });
    if (previous && corpusMatches(previous.index, corpus)) {
      const report: ReindexReport = {
        added: [],
        changed: [],
        removed: [],
        unchanged: corpus.documents.length,
        embedded: 0,
        totalSentences: previous.index.answerableCount,
        seconds: (performance.now() - started) / 1000,
        skipped: corpus.skipped,
      };
      return { loaded: previous, report };
    }
    // One build at a time in this index folder (build-lock.ts). Another process that built since
    // `previous` was read (while this one waited, or just before) has made its generation current:
    // taken as it is when it holds this corpus, else the build starts from it, and either way what
    // changed is told against what this engine had.
    const lock = await holdBuildLock(config.indexDir, {
      onWait: () => {
        logger.info('another process is building the index in this folder; waiting for it', { indexDir: config.indexDir });
        onProgress?.(ENGINE_PHASES.otherBuild, 0, 1);
      },
      onUnavailable: (problem) => logger.warn('the index folder cannot be locked: another process may build it at the same time', { indexDir: config.indexDir, problem }),
    });
    try {
      let base = previous;
      if (lock.waited) onProgress?.(ENGINE_PHASES.otherBuild, 1, 1);
      const current = currentGeneration(config.indexDir, embedder.modelId);
      if (current !== seen) {
        base = previous ? await reindexBase(config.indexDir, previous, embedder, logger, current) : await loadSavedIndex(config.indexDir, embedder, logger, current);
        if (base && base !== previous && corpusMatches(base.index, corpus)) {
          const report: ReindexReport = {
            ...changesSince(previous, base),
            embedded: 0,
            totalSentences: base.index.answerableCount,
            seconds: (performance.now() - started) / 1000,
            skipped: corpus.skipped,
          };
          return { loaded: base, report };
        }
      }
      const result = await updateIndex(config.indexDir, corpus, embedder, base, logger, onProgress, wordVectors);
      const loaded = { index: result.index, dir: result.dir };
      return {
        loaded,
        report: {
          added: result.added,
          changed: result.changed,
          removed: result.removed,
          unchanged: result.unchanged,
          ...(base !== previous ? changesSince(previous, loaded) : {}),
          embedded: result.embedded,
          embeddedTexts: result.embeddedTexts,
          totalSentences: result.index.answerableCount,
          seconds: (performance.now() - started) / 1000,
          skipped: result.skipped,
        },
      };
    } finally {
      lock.release();
    }
  };

  // Each index's background (what unrelated questions find in it) is measured at build and saved;
  // an index built for other learned weights has it measured again, once, before it serves.
  const backgrounds = new WeakMap<LoadedIndex['index']['records'], Promise<Background>>();
  const backgroundFor = (index: LoadedIndex['index']): Promise<Background> => {
    const c = index.manifest.calibration;
    if (c.decision === DECISION_RECORD && c.background) return Promise.resolve(c.background);
    let b = backgrounds.get(index.records);
    if (!b) backgrounds.set(index.records, (b = measureBackground(index, embedder, wordVectors)));
    return b;
  };
  // A question asked within some documents (one, or an outlet's) is decided against what unrelated
  // questions find in them: the corpus-wide background, measured where other documents answer
  // everything, refused questions they alone answer. Measured at their first question, kept with the index.
  const withinBackgrounds = memoPerIndex((index, key) => measureBackground(index, embedder, wordVectors, { documents: documentsOfKey(key) }));
  const backgroundWithin = (index: LoadedIndex['index'], documents: ReadonlySet<string>): Promise<Background> =>
    documents.size >= index.documentIds.length ? backgroundFor(index) : withinBackgrounds(index, documentSetKey(documents));
  const phase = (name: string, done: number) => options.onProgress?.(name, done, 1);
  phase(ENGINE_PHASES.savedIndex, 0);
  const seenAtStart = currentGeneration(config.indexDir, embedder.modelId);
  const saved = await loadSavedIndex(config.indexDir, embedder, logger, seenAtStart);
  phase(ENGINE_PHASES.savedIndex, 1);
  loadEnglishFrequencies();
  const first = await refresh(saved, undefined, saved?.dir ?? seenAtStart);
  phase(ENGINE_PHASES.background, 0);
  await backgroundFor(first.loaded.index);
  phase(ENGINE_PHASES.background, 1);
  let live = first.loaded;
  let skipped = first.report?.skipped ?? [];
  pruneGenerations(config.indexDir, embedder.modelId, logger);
  const startup = { loaded: first.loaded === saved, report: first.loaded === saved ? null : first.report };
  let running: Promise<ReindexReport> | null = null;
  const reindexed = new Set<(report: ReindexReport) => void>();
  // Each index's suggestion list (autocomplete, and the examples a refusal or a greeting offers):
  // built once, a part at a time, so that a large corpus does not hold up other questions meanwhile.
  const suggestionLists = new WeakMap<LoadedIndex['index']['records'], SuggestionList>();

  // The outlets a question may name, read off each index once ("According to the Polar Herald, …").
  const outletsOf = memoPerIndex((index) => outletReader(publishersOf(index.manifest.documents)));
  // And the documents it may name by title ("In the oil crisis article, …").
  const documentsOf = memoPerIndex((index) => documentReader(index.manifest.documents));

  const suggestionsFor = (index: LoadedIndex['index']): SuggestionList => {
    const known = suggestionLists.get(index.records);
    if (known) return known;
    const titles = index.manifest.documents.map((d) => d.title);
    const asName = (word: string) => wordWrittenAsName(index, word);
    const list: Omit<SuggestionList, 'building'> = { titles, ready: null };
    // A corpus of one chunk is counted at once: its list is ready before this returns.
    const building = (async () => {
      const tally = new SuggestionTally();
      const records = index.records;
      for (let i = 0; i < records.length; i++) {
        if (i > 0 && i % SUGGESTION_CHUNK === 0) await nextTurn();
        tally.add(records[i]!);
      }
      return (list.ready = suggestionsFrom(titles, tally, asName));
    })().catch((error: unknown) => {
      logger.error('the suggestion list could not be built; only the titles are offered', { error });
      return (list.ready = titles);
    });
    // The same object the build fills in: `ready` is read from it.
    const made: SuggestionList = Object.assign(list, { building });
    suggestionLists.set(index.records, made);
    return made;
  };
  const examplesOf = async (index: LoadedIndex['index']): Promise<string[]> => {
    const { ready, building } = suggestionsFor(index);
    return exampleQuestions(ready ?? (await building), EXAMPLES);
  };
  /** A reply in kind, with the examples it offers (thanks offers none). */
  const inKind = async (question: string, kind: ConversationalReply, index: LoadedIndex['index'], offer: Offer): Promise<Answer> => {
    const offered = kind === 'thanks' ? [] : await offer(index);
    return conversationalAnswer(question, kind, () => offered);
  };

  /**
   * A question about the coverage as a whole, answered with passages of each document in rounds, most
   * recent first: its openings (`leadPassages`), or what it says lies ahead for "What happens next?"
   * (`outlookPassages`). One more passage than the page is taken, so that the answer knows there is more.
   */
  const overviewAnswer = (q: string, index: LoadedIndex['index'], page: { offset: number; top: number }, documents: ReadonlySet<string> | undefined, outlook = false): Answer => {
    const passages = (outlook ? outlookPassages : leadPassages)(index, page.offset + page.top + 1, documents);
    return { ...composeAnswer(q, passages, OVERVIEW_DECISION, index.manifest.documents, page), overview: true, ...(outlook ? { outlook: true as const } : {}) };
  };

  /** A question's answer; `offer` gives the questions a refusal or a reply in kind suggests instead. */
  const answerOf = async (question: string, opts: AskOptions, offer: Offer): Promise<Answer> => {
    const q = validateQuestion(question);
    const top = Math.min(MAX_TOP, Math.max(1, Math.floor(opts.top ?? 3)));
    const offset = Math.max(0, Math.floor(opts.offset ?? 0));
    const { index } = live; // one snapshot for the whole question, even if a swap happens meanwhile
    const smallTalk = readConversational(q);
    if (smallTalk) return inKind(q, smallTalk, index, offer);
    if (asksToReadOn(q)) {
      // Without the passage, the previous question's answer is found again for it.
      const before = !opts.readFrom && opts.previous ? await answerOf(opts.previous, { top: 1 }, offer) : null;
      const from = opts.readFrom ?? (before?.answered ? before.passages[0]?.citation : undefined);
      const document = from && index.document(from.docId);
      // Nothing was quoted before (or its document is gone): "what's next?" asks what the coverage
      // says comes next; "and then?", as "more" with no answer before it.
      if ((!from || !document) && asksOutlook(q)) return overviewAnswer(q, index, { offset, top }, undefined, true);
      if (!from || !document) return inKind(q, 'more', index, offer);
      const readOn = { title: document.title };
      const after = passagesAfter(index, from.docId, from.sentences[1], offset + top + 1);
      if (after.length <= offset) return { ...conversationalAnswer(q, 'read-to-end', () => []), readOn };
      return { ...composeAnswer(q, after, OVERVIEW_DECISION, index.manifest.documents, { offset, top }), readOn };
    }
    // Asked within one document (`/ask source:`), or naming one ("In the oil crisis article, …"): it
    // alone is searched for the rest, whatever outlet the question names.
    const titled = opts.within === undefined ? documentsOf(index, '')(q) : null;
    const within = opts.within !== undefined ? sourceNamed(index.manifest.documents, opts.within) : (titled?.document ?? null);
    // "According to the Polar Herald, …": that outlet's documents are searched for the rest.
    const outlet = within ? null : outletsOf(index, '')(q);
    const only = within ? { within: within.title } : outlet ? { outlet: outlet.publisher } : {};
    const documents = within
      ? new Set([within.docId])
      : outlet
        ? new Set(index.manifest.documents.filter((d) => d.meta.publisher === outlet.publisher).map((d) => d.docId))
        : undefined;
    if ((outlet && !outlet.rest) || (titled && !titled.rest)) {
      return { ...overviewAnswer(q, index, { offset, top }, documents), ...only };
    }
    // "What else did she say?": the same search without its "else", leaving out what was quoted.
    const searched = outlet ? outlet.rest : titled ? titled.rest : q;
    const besides = withoutElse(searched);
    const asked = besides ?? searched;
    const leaveOut = besides !== null && opts.quoted?.length ? { leaveOut: opts.quoted } : {};
    // "Who else was involved?" asks past what was quoted, not for how the coverage opens.
    const request = readOverviewRequest(asked);
    const reading = besides !== null && request.overview ? { overview: false, subject: null } : request;
    // A question before that asked what else is read without its "else" too.
    const previous = opts.previous && (withoutElse(opts.previous) ?? opts.previous).replace(/\s+/g, ' ').trim().slice(0, MAX_QUESTION_LENGTH);
    // "any updates?" after a question asks for the latest on it; with nothing before it, on everything.
    const latestOnPrevious = reading.overview && previous !== undefined && asksForLatest(asked);
    if (asksOutlook(asked)) return { ...overviewAnswer(q, index, { offset, top }, documents, true), ...only };
    if (reading.overview && !latestOnPrevious) {
      return { ...overviewAnswer(q, index, { offset, top }, documents), ...only };
    }
    const background = documents ? await backgroundWithin(index, documents) : await backgroundFor(index);
    const found = await findAnswer(index, latestOnPrevious ? previous : (reading.subject ?? asked), embedder, wordVectors, {
      passages: offset + top + 1,
      background,
      latest: asksForLatest(asked),
      ...(documents ? { documents } : {}),
      ...(previous && !latestOnPrevious ? { previous } : {}),
      ...leaveOut,
    });
    const { passages, decision, question: read, evidence, readAs, readAsAbout } = found;
    const followUp = latestOnPrevious ? 'with-previous' : found.followUp;
    // "What is it?" with nothing before it: whatever the ranking put first would be a guess.
    if (!previous && read.content.length === 0) return inKind(q, 'no-subject', index, offer);
    const answer = composeAnswer(q, passages, decision, index.manifest.documents, { offset, top }, askedKind(read.type, read.text, idfOf(evidence)));
    const besidesQuoted = leaveOut.leaveOut ? { besidesQuoted: true as const } : {};
    const about = readAsAbout ? { readAsAbout: [...readAsAbout] } : {};
    // Refused within one document: whether another answers, so that the member knows where to ask
    // (a question that named the document is asked without naming it, of the whole coverage).
    const everywhere = within && !answer.answered && index.documentIds.length > 1 ? await answerOf(titled ? titled.rest : question, { ...opts, within: undefined, top: 1, offset: 0 }, offer) : null;
    const other = everywhere?.answered && everywhere.passages[0] && everywhere.passages[0].citation.docId !== within?.docId ? { answeredIn: everywhere.passages[0].citation.title } : {};
    // A refusal says what the coverage does answer, as a greeting does: the member asks again from
    // there — or, when another document answers, there.
    const tryInstead = answer.answered || other.answeredIn ? {} : { examples: await offer(index) };
    return { ...answer, ...(followUp ? { followUp } : {}), ...(readAs.length ? { readAs } : {}), ...about, ...only, ...besidesQuoted, ...tryInstead, ...other };
  };

  // Started now, not at the first greeting or refusal, which would wait for it. After a reindex it
  // starts at its first use: built at once, it would slow a reindex that follows (three documents
  // added one after another) by as much.
  suggestionsFor(first.loaded.index);

  const engine: Engine = {
    embedder,
    startup,
    current: () => live,
    covers: (term: string) => indexVocabulary(live.index).has(term),

    ask: (question: string, opts: AskOptions = {}): Promise<Answer> => answerOf(question, opts, examplesOf),

    async warmUp(): Promise<void> {
      // The first question after a start took 0.1–0.5 s at 100k sentences against ~5 ms for the next:
      // the dictionary's lexicon is parsed on first use and the retrieval code runs uncompiled. A
      // question made of the first title goes the whole way (search, paraphrases, decision).
      const title = live.index.manifest.documents[0]?.title;
      if (!title) return;
      const started = performance.now();
      try {
        // Else built by the first question with a word the index lacks: a pass over every sentence.
        vocabularyFor(live.index);
        const vocabularyMs = Math.round(performance.now() - started);
        // Without the examples a refusal offers: they wait for the suggestion list, built meanwhile.
        const answer = await answerOf(`When was ${title.slice(0, WARM_UP_TITLE)} reported?`, {}, async () => []);
        // Searched: not read as small talk or as a request for an overview, which skip the search.
        const searched = !answer.conversational && !answer.overview;
        logger.debug('warmed up', { ms: Math.round(performance.now() - started), searched, vocabularyMs });
      } catch (error) {
        logger.warn('the warm-up question failed; the first question will take longer', { error });
      }
    },

    segmentedDocuments() {
      return knownDocuments(live.index);
    },

    context(citation: Pick<Citation, 'docId' | 'sentences'>): string | null {
      return contextAround(live.index, citation.docId, citation.sentences[0]);
    },

    suggest(prefix: string, limit = 25): string[] {
      // While a large corpus's list is being built, the titles are offered.
      const { ready, titles } = suggestionsFor(live.index);
      return matchSuggestions(ready ?? titles, prefix, limit);
    },

    sources(): SourcesInfo {
      const { index } = live;
      const counts = new Map<string, number>();
      for (const r of index.records) if (isSearchable(r)) counts.set(r.docId, (counts.get(r.docId) ?? 0) + 1);
      return {
        documents: index.manifest.documents.map((d) => ({
          docId: d.docId,
          title: d.title,
          sentences: counts.get(d.docId) ?? 0,
          url: d.meta.url,
          date: d.meta.date,
          ...(d.meta.publisher ? { publisher: d.meta.publisher } : {}),
        })),
        model: index.manifest.model,
        indexedAt: index.manifest.updatedAt,
        skipped,
      };
    },

    reindex(reindexOptions: ReindexOptions = {}): Promise<ReindexReport> {
      // Two reindexes at once run once: the second caller shares the first one's result.
      running ??= (async () => {
        try {
          const base = await reindexBase(config.indexDir, live, embedder, logger);
          const built = await refresh(base, reindexOptions.onProgress);
          // Started from another process's generation, or anew: what changed is told against what this engine served.
          const next = base === live ? built : { ...built, report: { ...built.report!, ...documentChanges(live.index, built.loaded.index) } };
          await backgroundFor(next.loaded.index);
          live = next.loaded;
          skipped = next.report?.skipped ?? [];
          pruneGenerations(config.indexDir, embedder.modelId, logger);
          for (const listener of reindexed) {
            try {
              listener(next.report!);
            } catch (error) {
              logger.error('a reindex listener failed', { error });
            }
          }
          return next.report!;
        } catch (error) {
          logger.error('reindex failed; the previous index keeps serving', { error });
          throw new UserError('REINDEX_FAILED', { detail: isUserError(error) ? error.message : (error as Error).message });
        } finally {
          running = null;
        }
      })();
      return running;
    },

    onReindexed(listener) {
      reindexed.add(listener);
      return () => void reindexed.delete(listener);
    },
  };
  return engine;
}

/** A question term's IDF in this corpus (1 for a word it does not weigh). */
function idfOf(evidence: TermEvidence): (stem: string) => number {
  const idf = new Map(evidence.terms.map((t, i) => [t, evidence.idf[i]!]));
  return (stem) => idf.get(stem) ?? 1;
}
