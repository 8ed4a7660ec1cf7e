/** Question → both searches → features for every candidate → fused ranking of sentences. */
import { isStopWord, terms as indexTerms, words } from '../index/terms.ts';
import { isSearchable, type SearchIndex } from '../index/search-index.ts';
import { idf as bm25Idf } from '../index/bm25.ts';
import type { PreparedTerms } from '../index/lexical-index.ts';
import { dot } from '../index/vector-index.ts';
import type { SentenceRecord } from '../index/sentence-record.ts';
import { answerTypeMatcher, countsAsked, TYPE_STRENGTH } from './answer-type.ts';
import { IDENTITY_SCALE, scaleDense, type DenseScale } from './calibration.ts';
import { indexVocabulary } from './vocabulary.ts';
import { DEFAULT_PROFILES, rank, rerankTop, type CandidateFeatures, type FusionProfiles, type Ranked } from './fuse.ts';
import { readQuestion, type Question } from './question.ts';
import { searchWeights } from './term-weights.ts';
import { otherSenseDocuments } from './name-senses.ts';
import { memoPerIndex } from './per-index-memo.ts';
import { demonymRelatives } from './derivation.ts';

export interface RetrieveOptions {
  /** Candidates taken from each of the two searches. */
  lexicalCandidates: number;
  phraseCandidates: number;
  denseCandidates: number;
  /** Fusion weights for questions and for quoted wording. */
  fusion: FusionProfiles;
  /** The cosine scale to use instead of the index's calibrated one (calibration measures it first). */
  denseScale?: DenseScale;
  /** Only these documents' sentences are candidates (one outlet's, outlet-named.ts); all by default. */
  documents?: ReadonlySet<string>;
}

export const DEFAULT_RETRIEVE: RetrieveOptions = { lexicalCandidates: 100, phraseCandidates: 50, denseCandidates: 50, fusion: DEFAULT_PROFILES };

/** How the question's terms weigh (IDF) and which of them each document holds. */
export interface TermEvidence {
  terms: readonly string[];
  /** The question's own weight on each term (search weights, a follow-up's borrowed words): `idf` is the corpus's IDF times it. */
  weights: readonly number[];
  idf: readonly number[];
  totalIdf: number;
  /** IDF-weighted share of the terms each document holds anywhere (0, or absent, for documents holding none). */
  documentCoverage: { get(docId: string): number | undefined };
  /** For each term (same order), how many sentences of each document hold it. */
  documentCounts: readonly ReadonlyMap<string, number>[];
  /**
   * log P(document | question) over the corpus's documents, mapped to 0–1, by query likelihood with Dirichlet
   * smoothing: a term that fills a short article ("the call" in a 25-sentence report) says more about
   * it than one mention in a long one. Shares of one, whatever the corpus's size; 1 with one document.
   */
  documentPosterior: { get(docId: string): number | undefined };
  /**
   * IDF-weighted share of the terms each document's title holds (documents whose title holds none are
   * absent): in a corpus of many articles, a question naming one's subject ("the Rhine", "Warsaw",
   * "Sheinbaum") is most often about that one.
   */
  titleCoverage: ReadonlyMap<string, number>;
  /**
   * For each term (same order), the documents (by number) where it is another word than the name the
   * question writes (name-senses.ts): they count as not holding it, and their sentences get nothing for it.
   */
  otherSense?: readonly (ReadonlySet<number> | undefined)[];
}

/** The same evidence with other weights on the terms' IDF (which documents hold them does not change). */
export function withWeights(index: SearchIndex, evidence: TermEvidence, weights: readonly number[]): TermEvidence {
  const w = termWeightsOf(evidence.terms, weights);
  const idf = weightedIdf(index, evidence.terms, w);
  return { ...evidence, weights: w, idf, totalIdf: idf.reduce((a, b) => a + b, 0) };
}

function termWeightsOf(terms: readonly string[], weights?: readonly number[]): number[] {
  return terms.map((_, i) => weights?.[i] ?? 1);
}

function weightedIdf(index: SearchIndex, terms: readonly string[], weights: readonly number[]): number[] {
  return terms.map((t, i) => index.lexical.idf(t) * weights[i]!);
}

const titleTables = new WeakMap<SearchIndex, ReadonlyMap<string, readonly string[]>>();
/** Each index term of the documents' titles → the documents whose title holds it. */
function titleTerms(index: SearchIndex): ReadonlyMap<string, readonly string[]> {
  let table = titleTables.get(index);
  if (!table) {
    const byTerm = new Map<string, string[]>();
    for (const d of index.manifest.documents) {
      // A headline names its place by name or by adjective ("Mexican President Rejects…"): a question
      // naming the place ("Who is Mexico's foreign minister?") names it as much.
      const places = words(d.title).flatMap(demonymRelatives).flatMap((w) => indexTerms(w));
      for (const t of new Set([...indexTerms(d.title), ...places])) {
        const docs = byTerm.get(t);
        if (docs) docs.push(d.docId);
        else byTerm.set(t, [d.docId]);
      }
    }
    titleTables.set(index, (table = byTerm));
  }
  return table;
}

/** Dirichlet prior, in sentences: how much a document's own term rates are trusted over the corpus's. */
const DIRICHLET_SENTENCES = 20;
const POSTERIOR_FLOOR = 10;

interface DocumentTable {
  /** Searchable sentences of each document (by document number) and their total. */
  sizes: Int32Array;
  total: number;
  /** log(size + μ), the length part of every document's likelihood. */
  logLength: Float64Array;
  /** The mean length (in index terms) of each document's searchable sentences: BM25's length norm within it. */
  averageLength: Float64Array;
  number: ReadonlyMap<string, number>;
}

const documentTables = new WeakMap<SearchIndex, DocumentTable>();
function documentTable(index: SearchIndex): DocumentTable {
  let table = documentTables.get(index);
  if (!table) {
    const sizes = new Int32Array(index.documentIds.length);
    const averageLength = new Float64Array(index.documentIds.length);
    index.documentIds.forEach((id, d) => {
      const searchable = index.documentSentences(id).filter(isSearchable);
      sizes[d] = searchable.length;
      let total = 0;
      for (const r of searchable) total += index.lexical.lengthOf(r.slot) ?? 0;
      averageLength[d] = total / Math.max(1, searchable.length);
    });
    const logLength = Float64Array.from(sizes, (n) => Math.log(n + DIRICHLET_SENTENCES));
    table = { sizes, total: sizes.reduce((a, b) => a + b, 0), logLength, averageLength, number: new Map(index.documentIds.map((id, d) => [id, d])) };
    documentTables.set(index, table);
  }
  return table;
}

/** A value for each document, computed by document number (once per question) and looked up by id. */
class PerDocument {
  constructor(
    private readonly table: DocumentTable,
    private readonly values: Float64Array,
  ) {}
  get(docId: string): number | undefined {
    const d = this.table.number.get(docId);
    return d === undefined ? undefined : this.values[d];
  }
}

/**
 * `perTerm` holds, for each term, the documents (by number) that hold it and in how many sentences.
 * A document's log-likelihood is Σ log(count + μ·p) − T·log(size + μ); the terms' log(μ·p) for
 * documents without them is the same for every document, so only documents holding a term are visited.
 */
function documentPosterior(table: DocumentTable, perTerm: readonly (readonly (readonly [number, number])[])[]): PerDocument {
  const n = table.sizes.length;
  const logLikelihood = new Float64Array(n);
  if (table.total === 0 || n === 0) return new PerDocument(table, logLikelihood);
  let informative = 0;
  for (const docs of perTerm) {
    let df = 0;
    for (const [, c] of docs) df += c;
    if (df === 0) continue; // a term no document holds says nothing about which one is meant
    informative++;
    const prior = (DIRICHLET_SENTENCES * df) / table.total;
    const none = Math.log(prior);
    for (const [d, c] of docs) logLikelihood[d]! += Math.log(c + prior) - none;
  }
  let best = -Infinity;
  for (let d = 0; d < n; d++) {
    logLikelihood[d]! -= informative * table.logLength[d]!;
    if (logLikelihood[d]! > best) best = logLikelihood[d]!;
  }
  let sum = 0;
  for (let d = 0; d < n; d++) sum += Math.exp(logLikelihood[d]! - best);
  // On a log scale: a document a thousand times less likely than the best must lose to it although both
  // shares are near 0 or 1 on a linear one. 0 at one part in e^10 or less, 1 for a certain document.
  const logSum = Math.log(sum);
  for (let d = 0; d < n; d++) logLikelihood[d] = 1 + Math.max(logLikelihood[d]! - best - logSum, -POSTERIOR_FLOOR) / POSTERIOR_FLOOR;
  return new PerDocument(table, logLikelihood);
}

/**
 * The documents holding a term and in how many sentences, by number and by id: the same for every
 * question on an index, and a common term has thousands of postings to count.
 */
const documentsHolding = memoPerIndex((index: SearchIndex, term: string) => {
  const perDoc = new Map<number, number>();
  const docOfSlot = index.docOfSlot;
  for (const slot of index.lexical.postingSlots(term)) {
    const d = docOfSlot[slot] ?? -1;
    if (d >= 0) perDoc.set(d, (perDoc.get(d) ?? 0) + 1);
  }
  const byNumber: readonly (readonly [number, number])[] = [...perDoc];
  const byId: ReadonlyMap<string, number> = new Map(byNumber.map(([d, c]) => [index.documentIds[d]!, c]));
  return { byNumber, byId };
});

/** `weights` scale each term's IDF (same order as `terms`; 1 when absent): a follow-up's previous question weighs less. */
export function termEvidence(index: SearchIndex, terms: readonly string[], weights?: readonly number[], otherSense?: readonly (ReadonlySet<number> | undefined)[]): TermEvidence {
  const termWeights = termWeightsOf(terms, weights);
  const idf = weightedIdf(index, terms, termWeights);
  const totalIdf = idf.reduce((a, b) => a + b, 0);
  const shareOf = (i: number) => idf[i]! / Math.max(totalIdf, 1e-9);
  const table = documentTable(index);
  // By document number: a common term is held by hundreds of documents, and this runs for every question.
  const coverage = new Float64Array(index.documentIds.length);
  const perTerm: (readonly (readonly [number, number])[])[] = [];
  const documentCounts = terms.map((t, i) => {
    const other = otherSense?.[i];
    const held = documentsHolding(index, t);
    const byNumber = other ? held.byNumber.filter(([d]) => !other.has(d)) : held.byNumber;
    perTerm.push(byNumber);
    const share = shareOf(i);
    for (const [d] of byNumber) coverage[d]! += share;
    return other ? new Map(byNumber.map(([d, c]) => [index.documentIds[d]!, c])) : held.byId;
  });
  const titleCoverage = new Map<string, number>();
  const titles = titleTerms(index);
  const documents = index.documentIds.length;
  terms.forEach((t, i) => {
    const titled = titles.get(t);
    if (!titled) return;
    // A title word counts as far as it tells its document from the others: a word every document's
    // text holds ("Mexico" in two reports of the same call) names no one of them.
    const held = documentCounts[i]!;
    const telling = documents > 1 ? Math.log(documents / Math.max(1, held.size)) / Math.log(documents) : 0;
    if (telling <= 0) return;
    // A title says what its text is about, and a text as much about the word is about it too: another
    // outlet's report of the same event is named by a headline it does not share.
    const density = (d: number, count: number) => count / Math.max(1, table.sizes[d]!);
    const titledDensities = titled.map((id) => density(table.number.get(id)!, held.get(id) ?? 0)).filter((x) => x > 0);
    const named = new Set(titled);
    if (titledDensities.length) {
      const least = Math.min(...titledDensities);
      for (const [d, c] of perTerm[i]!) if (density(d, c) >= least) named.add(index.documentIds[d]!);
    }
    for (const d of named) titleCoverage.set(d, (titleCoverage.get(d) ?? 0) + shareOf(i) * telling);
  });
  return { terms, weights: termWeights, idf, totalIdf, documentCoverage: new PerDocument(table, coverage), documentCounts, documentPosterior: documentPosterior(table, perTerm), titleCoverage, ...(otherSense?.some(Boolean) ? { otherSense } : {}) };
}

/** Ranks candidate sentences for a question (raw text, or already read with `readQuestion`). */
export function retrieve(
  index: SearchIndex,
  question: string | Question,
  questionVector: Float32Array,
  options: RetrieveOptions = DEFAULT_RETRIEVE,
): Ranked[] {
  const q = typeof question === 'string' ? readQuestion(question, indexVocabulary(index)) : question;
  return rankCandidates(index, q, questionVector, termEvidence(index, q.terms, searchWeights(q), otherSenseDocuments(index, [typeof question === 'string' ? question : q.text], q.terms)), options);
}

/** `retrieve` with the question read and its term evidence measured already (the engine reuses both). */
export function rankCandidates(index: SearchIndex, q: Question, questionVector: Float32Array, evidence: TermEvidence, options: RetrieveOptions = DEFAULT_RETRIEVE): Ranked[] {
  const queryTerms = q.terms;
  // The terms weigh as the evidence says: IDF times their search weight (term-weights.ts).
  const prepared = { ...index.lexical.prepare(queryTerms), idf: [...evidence.idf], totalIdf: evidence.totalIdf };
  const preparedPhrases = index.lexical.prepare(q.phrases);
  // A sentence's own evidence is weighed within its document; which document is meant, by the document features.
  const local = localTerms(index, evidence, prepared);
  const lexicalOf = (slot: number, docId: string) => {
    const p = local(docId);
    return p.totalIdf > 0 ? index.lexical.scorePrepared(slot, p) / p.totalIdf : 0;
  };
  const coverageOf = (slot: number, docId: string) => index.lexical.coveragePrepared(slot, local(docId));
  const phraseOf = (slot: number) => index.lexical.coveragePrepared(slot, preparedPhrases);

  const weights = options.fusion[q.form];
  const functionWordsOf = weights.functionWords > 0 ? functionWordShare(q.text) : () => 0;

  const denseScale = options.denseScale ?? index.manifest.calibration?.dense ?? IDENTITY_SCALE;
  const holdsType = answerTypeMatcher(q.type, q.text);
  const typeStrength = q.type ? TYPE_STRENGTH[q.type] : 0;
  const slots = new Set<number>();
  for (const h of index.lexical.search(queryTerms, options.lexicalCandidates)) slots.add(h.slot);
  // Quoted wording asks for its own sentence, not for a kind of answer.
  if (typeStrength >= 1 && q.form === 'question') for (const slot of sentencesOfKind(index, evidence, holdsType)) slots.add(slot);
  if (q.phrases.length) for (const h of index.lexical.search(q.phrases, options.phraseCandidates)) slots.add(h.slot);
  for (const h of index.vectorIndex.search(questionVector, options.denseCandidates)) slots.add(h.slot);
  const only = options.documents;
  if (only) {
    // The corpus-wide searches may find none of these documents' sentences: those holding a word of
    // the question are candidates too, and no other document's are.
    for (const slot of slots) if (!only.has(index.documentIds[index.docOfSlot[slot] ?? -1] ?? '')) slots.delete(slot);
    for (const t of queryTerms) for (const slot of index.lexical.postingSlots(t)) if (only.has(index.documentIds[index.docOfSlot[slot] ?? -1] ?? '')) slots.add(slot);
  }

  const features: CandidateFeatures[] = [];
  for (const slot of slots) {
    const r = index.record(slot);
    if (!r || !isSearchable(r)) continue;
    const around = [index.besideOf(r, -1), index.besideOf(r, 1)].filter((n): n is SentenceRecord => n !== undefined && isSearchable(n));
    let neighbour = 0;
    let neighbourCoverage = 0;
    for (const n of around) {
      if (n.block !== r.block) continue;
      neighbour = Math.max(neighbour, lexicalOf(n.slot, r.docId));
      neighbourCoverage = Math.max(neighbourCoverage, coverageOf(n.slot, r.docId));
    }
    const coverage = coverageOf(slot, r.docId);
    const lexical = lexicalOf(slot, r.docId);
    features.push({
      slot,
      lexical,
      dense: scaleDense(dot(questionVector, index.vectorOf(slot)), denseScale),
      neighbour,
      phrase: phraseOf(slot),
      answerType: typeStrength > 0 && holdsType(r.text) ? typeStrength : 0,
      // They only add to a sentence's own words (featureVector): not read where it has none.
      functionWords: lexical > 0 ? functionWordsOf(r.text) : 0,
      // Measured for the best candidates only (below).
      inOrder: 0,
      coverage,
      neighbourCoverage,
      documentCoverage: evidence.documentCoverage.get(r.docId) ?? 0,
      // Measured with paraphrases only for the best candidates (find-answer.ts); until then, exact coverage.
      softCoverage: coverage,
      documentPosterior: evidence.documentPosterior.get(r.docId) ?? 0,
      titleCoverage: evidence.titleCoverage.get(r.docId) ?? 0,
      // Whatever the paragraphs: news paragraphs are a sentence or two, an encyclopedia's ten, and a
      // feature that read whole paragraphs would favour the latter.
      nearbyCoverage: index.lexical.coverageOfSlots([slot, ...around.map((n) => n.slot)], local(r.docId)),
    });
  }
  const counts = q.type === 'number' ? countsAsked(q.text) : null;
  if (counts) fewerForOtherCounts(features, (slot) => counts(index.record(slot)?.text ?? ''));
  const ranked = rank(features, weights);
  if (weights.inOrder <= 0) return ranked;
  const inOrderOf = inOrderShare(q.text);
  return rerankTop(ranked, IN_ORDER_DEPTH, (r) => ({ ...r.features, inOrder: inOrderOf(index.record(r.slot)?.text ?? '') }), weights);
}

// How much a figure counting something other than what "how many" names is worth, of a full answer-type match.
const UNCOUNTED = 0.5;

/**
 * "How many customers were affected?": when some candidate gives a figure counting customers ("4.2
 * million customers"), one whose figure counts something else ("two years") holds the answer less
 * surely. When none does, every figure is as good a guess as before.
 */
function fewerForOtherCounts(features: CandidateFeatures[], counts: (slot: number) => boolean): void {
  const holding = features.filter((f) => f.answerType > 0);
  const counting = new Set(holding.filter((f) => counts(f.slot)).map((f) => f.slot));
  if (counting.size === 0) return;
  for (const f of holding) if (!counting.has(f.slot)) f.answerType *= UNCOUNTED;
}

/**
 * A question asking for a figure, a date, a duration, an age or a weekday also takes as candidates the
 * sentences holding its words and such an answer, whatever the corpus-wide search finds: in a corpus
 * where manuals say "call" a thousand times, "How long was the call?" found none of the report's
 * sentences among BM25's hundred best, and never saw "a 15-minute phone call". The sentences holding
 * the most of the question are tested first, document by document (the most likely first, a few of
 * each: one long manual must not use up the tests), at most `KIND_TESTS` in all.
 */
const KIND_POSTINGS = 20_000;
const KIND_CANDIDATES = 50;
const KIND_TESTS = 1_000;
const KIND_TESTS_PER_DOCUMENT = 5;

function sentencesOfKind(index: SearchIndex, evidence: TermEvidence, holds: (sentence: string) => boolean): number[] {
  const held = new Map<number, number>();
  let read = 0;
  evidence.terms.forEach((t, i) => {
    const idf = evidence.idf[i]!;
    const other = evidence.otherSense?.[i];
    if (!(idf > 0)) return;
    for (const slot of index.lexical.postingSlots(t)) {
      if (read++ >= KIND_POSTINGS) return;
      if (!other?.has(index.docOfSlot[slot]!)) held.set(slot, (held.get(slot) ?? 0) + idf);
    }
  });
  const byDocument = new Map<number, [number, number][]>();
  for (const [slot, idf] of held) {
    const d = index.docOfSlot[slot]!;
    const list = byDocument.get(d);
    if (list) list.push([slot, idf]);
    else byDocument.set(d, [[slot, idf]]);
  }
  const posterior = (d: number) => evidence.documentPosterior.get(index.documentIds[d]!) ?? 0;
  const best = new Map<number, number>();
  for (const [d, list] of byDocument) {
    list.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    best.set(d, list[0]![1]);
  }
  const documents = [...byDocument.keys()].sort((a, b) => best.get(b)! - best.get(a)! || posterior(b) - posterior(a) || a - b);
  const out: number[] = [];
  let tested = 0;
  for (const d of documents) {
    for (const [slot] of byDocument.get(d)!.slice(0, KIND_TESTS_PER_DOCUMENT)) {
      const text = index.record(slot)?.text;
      if (text !== undefined && holds(text)) out.push(slot);
      if (out.length >= KIND_CANDIDATES || ++tested >= KIND_TESTS) return out;
    }
  }
  return out;
}

/** How many of the best candidates a quote's word order is measured on: it decides among sentences that share its words. */
const IN_ORDER_DEPTH = 50;

/**
 * The question's terms weighed by their IDF among the sentences of one document, for the sentences
 * of that document: which of its sentences answers is then judged as if it were the only document
 * (a word rare in the corpus, "Mexico", can be in every sentence of the one article about it), and
 * which document is asked about is left to the document features.
 */
function localTerms(index: SearchIndex, evidence: TermEvidence, prepared: PreparedTerms): (docId: string) => PreparedTerms {
  const table = documentTable(index);
  const byDocument = new Map<string, PreparedTerms>();
  return (docId) => {
    let p = byDocument.get(docId);
    if (!p) {
      const d = table.number.get(docId);
      const size = d === undefined ? 1 : Math.max(1, table.sizes[d]!);
      const idf = evidence.terms.map((_, i) => (d !== undefined && evidence.otherSense?.[i]?.has(d) ? 0 : bm25Idf(evidence.documentCounts[i]?.get(docId) ?? 0, size) * evidence.weights[i]!));
      const averageLength = d === undefined ? prepared.averageLength : table.averageLength[d]!;
      byDocument.set(docId, (p = { ...prepared, idf, totalIdf: idf.reduce((a, b) => a + b, 0), averageLength }));
    }
    return p;
  };
}

/** The share of the query's distinct function words a sentence holds, prepared once per query. */
function functionWordShare(query: string): (sentence: string) => number {
  const wanted = new Set(words(query).filter(isStopWord));
  if (wanted.size === 0) return () => 0;
  // Function words are plain ASCII, so the lower-cased sentence's runs of ASCII letters are its words
  // as `words` would find them, without its accent folding. One pattern finds the wanted ones among
  // them: this runs on every candidate, and splitting every candidate into words cost more.
  const findable = [...wanted].filter((w) => /^[a-z]+$/.test(w));
  if (findable.length === 0) return () => 0;
  const pattern = new RegExp(`(?<![a-z])(?:${findable.join('|')})(?![a-z])`, 'g');
  return (sentence) => {
    const found = new Set<string>();
    for (const m of sentence.toLowerCase().matchAll(pattern)) {
      found.add(m[0]);
      if (found.size === findable.length) break;
    }
    return found.size / wanted.size;
  };
}

/** Lower-cased words as `functionWordShare` splits them: no accent folding (this runs on every candidate). */
function plainWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The share of the query's words, function words included, that a sentence holds in the same order
 * (their longest common subsequence), prepared once per query. A half-remembered line with a word or
 * two left out ("spake unto Moses, saying, the children") is held in order, as written, by the line
 * it comes from and only in part by the many that share its words.
 */
function inOrderShare(query: string): (sentence: string) => number {
  const wanted = plainWords(query);
  if (wanted.length === 0) return () => 0;
  const row = new Int32Array(wanted.length + 1);
  return (sentence) => {
    row.fill(0);
    for (const w of plainWords(sentence)) {
      // One row of the LCS table, updated in place left to right; `diagonal` keeps the previous row's cell.
      let diagonal = 0;
      for (let i = 1; i <= wanted.length; i++) {
        const above = row[i]!;
        row[i] = wanted[i - 1] === w ? diagonal + 1 : Math.max(above, row[i - 1]!);
        diagonal = above;
      }
    }
    return row[wanted.length]! / wanted.length;
  };
}
