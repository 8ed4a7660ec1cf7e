/** What each phase of the benchmark measures, as plain JSON-able records (children → driver → report). */
import type { LatencySummary } from './stats.ts';
import type { QuestionKind } from './questions.ts';
import type { CorpusSummary } from './corpus.ts';

export type Accuracy = Record<QuestionKind | 'all', number>;

export interface BuildMeasurement {
  sentences: number;
  documents: number;
  /** From reading the folder to a built, calibrated, saved index. */
  seconds: number;
  /** Reading, hashing, parsing and segmenting the corpus files. */
  segmentSeconds: number;
  embedSeconds: number;
  hnswSeconds: number;
  lexicalSeconds: number;
  calibrateSeconds: number;
  saveSeconds: number;
  /** Distinct texts the model ran on (identical sentences are embedded once). */
  embeddedTexts: number;
  indexBytes: number;
  /** Peak resident set of the build process, model included (MB). */
  peakRssMb: number;
}

export interface ServeMeasurement {
  /** createEngine on the saved index with the model already loaded: read, verify, load, compare to the corpus. */
  restartSeconds: number;
  startupLoaded: boolean;
  /** The question the bot asks itself beside its login after a restart (engine.warmUp). */
  warmUpMs: number;
  /** The first question after the restart and its warm-up. */
  firstQuestionMs: number;
  questions: number;
  engine: {
    latency: LatencySummary;
    /** Parts of a question: embedding it, and retrieval (both searches and fusion), measured apart. */
    embedMs: LatencySummary;
    retrieveMs: LatencySummary;
    accuracy: Accuracy;
  };
  minisearch: { buildSeconds: number; latency: LatencySummary; accuracy: Accuracy };
  vectors: {
    hnswMs: LatencySummary;
    exactMs: LatencySummary;
    recallAt10: number;
    /** Recall of the 50 dense candidates retrieval takes. */
    recallAt50: number;
    hnsw: { m: number; efConstruction: number; efSearch: number };
  };
  reindex: {
    docId: string;
    /** Median of `runs`: edit, revert, edit again, each followed by a reindex. */
    seconds: number;
    runs: number[];
    /** Sentences re-embedded, and sentences in the changed document. */
    embedded: number;
    documentSentences: number;
    changed: string[];
    /** The edited sentence is found afterwards. */
    found: boolean;
  };
  /** Peak resident set of the serving process before the peers ran: restart, questions, reindex (MB). */
  peakRssMb: number;
}

/** The engine served again, in a process with the node flags `npm start` gives the bot. */
export interface DeployedMeasurement {
  nodeFlags: string[];
  restartSeconds: number;
  startupLoaded: boolean;
  latency: LatencySummary;
  reindex: ServeMeasurement['reindex'];
  /** Restart, questions, reindex (MB). */
  peakRssMb: number;
}

export interface SizeReport {
  target: number;
  corpus: Omit<CorpusSummary, 'dir'>;
  build: BuildMeasurement;
  serve: ServeMeasurement;
  deployed: DeployedMeasurement;
}
