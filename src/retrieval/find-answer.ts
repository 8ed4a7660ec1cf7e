/**
 * One question, start to end, on one index snapshot: read it, embed it, rank both searches' candidates,
 * weigh paraphrases among the best ones, build the passages and decide whether they answer it.
 * The engine and the training script share it, so what is learned is what runs.
 */
import type { Quoted, WordRead } from '../engine/types.ts';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Embedder } from '../embedding/embedder.ts';
import type { WordVectors } from '../embedding/word-vectors.ts';
import type { SearchIndex } from '../index/search-index.ts';
import { decide, decisionFeatures, missingFromPassage, namesOnlyElsewhere, namesUnlikeCorpus, neverTogether, onlyNamesShared, thingsAskedAbout, withCorrection, withMissing, type Decision, type DecisionModel } from './answerability.ts';
import { DEFAULT_PROFILES, holderFirst, rerankHead, type FusionProfiles, type Ranked } from './fuse.ts';
import { LEARNED_DECISION } from './learned-weights.ts';
import { backgroundOf, PROBE_QUESTIONS, type Background } from './background.ts';
import type { DenseScale } from './calibration.ts';
import { selectPassages, type BuiltPassage } from './passages.ts';
import { otherSenseDocuments } from './name-senses.ts';
import { asksForLatest, latestFirst } from './latest-first.ts';
import { combineVectors, followUpReading, mayStandAlone, PREVIOUS_WEIGHT, refersBack, termWeights, withPrevious, type FollowUpReading, type FollowUpWeights } from './follow-up.ts';
import { searchWeights } from './term-weights.ts';
import { asMeant, readQuestion, typosRead, withTyposMeant, withTyposMended, type Question, type QuestionWord } from './question.ts';
import { derivationalRelatives } from './derivation.ts';
import { corpusSpellingFor, plainWord, wrongRealWordCorrections } from './real-word-typos.ts';
import { withCorpusCapitals, writtenAsName, writtenInCapitals } from './corpus-names.ts';
import { documentGivesKind, documentGivesLaterDay } from './kind-in-document.ts';
import { asksLaterDay, listsCounted, preciseKind } from './answer-type.ts';
import { verbAskedOfPronoun, verbSaidOf } from './said-of-another.ts';
import { DEFAULT_RETRIEVE, rankCandidates, termEvidence, withWeights, type TermEvidence } from './retrieve.ts';
import { besideSlots, wordsMeet } from './words-apart.ts';
import { storyPeople, storyQuestion, withWordsRead } from './main-story.ts';
import { alsoHolding, questionLookupWords, SOFT_RERANK_DEPTH, softCoverage, softText, wordCredits } from './soft-match.ts';
import { namesByTitle } from './title-alias.ts';
import { documentsVocabulary, indexVocabulary } from './vocabulary.ts';
import { checkFigure, correctedPremise, swappedName, takesVerbsForGranted, verbUses } from './contradiction.ts';
import { verbsAfterSubject } from './question-verbs.ts';
import { phraseTerm, terms, words } from '../index/terms.ts';
import { abbreviationsWrittenOut } from './acronyms.ts';
import { askedRole, firstMentionFirst, identityName, titlesHolder } from './identity-question.ts';
import { wasQuoted } from './what-else.ts';

export interface FoundAnswer {
  question: Question;
  evidence: TermEvidence;
  ranked: Ranked[];
  passages: BuiltPassage[];
  decision: Decision;
  /** How a follow-up was read (null when there was no previous question). */
  followUp: FollowUpReading | null;
  /** The question's own words read as others (`typosRead`), as typed and as the coverage writes them. */
  readAs: WordRead[];
  /** The people the question's "they" was read as, with no question before it (main-story.ts). */
  readAsAbout?: readonly string[];
}

export interface FindOptions {
  /** Passages to build (best first). */
  passages: number;
  fusion?: FusionProfiles;
  decisionModel?: DecisionModel;
  /** What unrelated questions find in this corpus; measure it with `measureBackground`. */
  background: Background;
  /** The cosine scale to use instead of the index's calibrated one (calibration measures it first). */
  denseScale?: DenseScale;
  /** The question this one follows up (follow-up.ts), and how much its words weigh. */
  previous?: string;
  previousWeight?: FollowUpWeights;
  /** The embedding of the question's own text, when already computed (a follow-up read alone); ignored with `previous`. */
  ownVector?: Float32Array;
  /** The member asked how things stand now (latest-first.ts); by default read from `raw`, which may be a request's subject only ("any news on X" → "X"). */
  latest?: boolean;
  /** Only these documents' sentences are candidates (one outlet's, outlet-named.ts); all by default. */
  documents?: ReadonlySet<string>;
  /** Sentences that answered before, not to answer with again ("What else did she say?"): the answer is decided on what is left. */
  leaveOut?: readonly Quoted[];
}

export async function findAnswer(index: SearchIndex, raw: string, embedder: Embedder, wordVectors: WordVectors, options: FindOptions): Promise<FoundAnswer> {
  // Asked within some documents, the question is read against their words, as if they were the coverage.
  const vocabulary = options.documents ? documentsVocabulary(index, options.documents) : indexVocabulary(index);
  // How the corpus writes a corrected word, looked up once for the embedded text and the reply.
  const spellings = new Map<string, string | null>();
  const spellingOf = (term: string) => {
    if (!spellings.has(term)) spellings.set(term, corpusSpellingFor(index, term));
    return spellings.get(term)!;
  };
  const corpusWord = (term: string) => plainWord(spellingOf(term), term);
  const isName = (term: string) => writtenAsName(index, term);
  const used = (word: string) => terms(word).every((t) => vocabulary.has(t));
  const together = (a: string, b: string) => vocabulary.hasPhrase?.(phraseTerm(a, b)) ?? false;
  const read = async (typed: string) => {
    const { text, written } = abbreviationsWrittenOut(index, withCorpusCapitals(typed, isName, (term) => writtenInCapitals(index, term)), used, together);
    const first = readQuestion(text, vocabulary, { writtenOut: written });
    const asTyped = await wrongRealWordCorrections(index, first, wordVectors);
    return withTyposMeant(asTyped.size ? readQuestion(text, vocabulary, { asTyped, writtenOut: written }) : first, corpusWord);
  };
  const typed = await read(raw);
  // "How long did they talk?" on its own: read with the people of the latest story (main-story.ts);
  // "When did they speak?", of a coverage that never says "speak", as "talk" first.
  const verbsRead = options.previous ? null : storyQuestion(typed, isName, vocabulary);
  const people = verbsRead ? storyPeople(index) : [];
  const rewritten = people.length && verbsRead?.length ? await read(withWordsRead(raw, verbsRead)) : null;
  const readVerbs = rewritten !== null && rewritten.content.every((c) => c.known);
  const own = readVerbs ? rewritten : typed;
  const story = verbsRead && (verbsRead.length === 0 || readVerbs) ? people : [];
  const previousText = options.previous ?? (story.length ? story.join(' and ') : undefined);
  const previous = previousText ? await read(previousText) : null;
  const followUp = previous ? followUpReading(own, previous) : null;
  const withPreviousText = followUp === 'with-previous';
  // One embedding call for both texts; the question's own vector also serves its reading alone.
  const [ownVector, previousVector] = options.ownVector && !withPreviousText
    ? [options.ownVector]
    : await embedder.embedQueries((withPreviousText ? [own, previous!] : [own]).map((q) => asMeant(q)));
  // A follow-up that could be a question of its own, however short, and finds a confident answer
  // alone changed subject. Not one opening as a continuation does ("and the utility?"), which reading drops.
  if (withPreviousText && mayStandAlone(own) && !refersBack(raw)) {
    const found = await findAnswer(index, raw, embedder, wordVectors, { ...options, previous: undefined, ownVector });
    if (found.decision.answered && found.decision.confidence !== 'low') return { ...found, followUp: 'new-subject' };
  }
  const weight = options.previousWeight ?? PREVIOUS_WEIGHT;
  const question = withPreviousText ? withPrevious(own, previous!, weight.ranking) : own;
  const vector = previousVector ? combineVectors(ownVector!, previousVector, weight.ranking) : ownVector;
  // Only the member's own capitals say "name": the question as typed, and the one before it.
  const senses = otherSenseDocuments(index, withPreviousText ? [raw, previousText!] : [raw], question.terms);
  const evidence = termEvidence(index, question.terms, searchWeights(question), senses);
  const fusion = options.fusion ?? DEFAULT_PROFILES;
  let ranked = rankCandidates(index, question, vector!, evidence, {
    ...DEFAULT_RETRIEVE,
    fusion,
    ...(options.denseScale ? { denseScale: options.denseScale } : {}),
    ...(options.documents ? { documents: options.documents } : {}),
  });
  // Left out before the paraphrase re-ranking measures its candidates: what answered before takes
  // none of their places.
  const leaveOut = options.leaveOut ?? [];
  if (leaveOut.length) ranked = ranked.filter((r) => {
    const record = index.record(r.slot);
    return !record || !wasQuoted(leaveOut, record);
  });

  // Paraphrases are looked for among the best candidates of a question (a quote keeps its wording).
  // A question's names are held by a sentence calling them by the title its document gives them ("the U.S. president").
  const names = question.form === 'question' ? question.content.filter((c) => c.known && isName(c.term)) : [];
  const softOf = (text: string, docId: string | undefined) => {
    const soft = softText(text);
    if (names.length === 0 || docId === undefined) return soft;
    const titled = new Set(namesByTitle(index, docId, text, names.map((c) => c.term)));
    return alsoHolding(soft, names.filter((c) => titled.has(c.term)));
  };
  const head = new Map(ranked.slice(0, SOFT_RERANK_DEPTH).map((r) => {
    const record = index.record(r.slot);
    return [r.slot, softOf(record?.text ?? '', record?.docId)] as const;
  }));
  if (question.form === 'question') await wordVectors.ensure([...questionLookupWords(question), ...[...head.values()].flatMap((h) => h.content)]);
  // Measured once per (word, sentence): the re-ranking and the decision ask about the same candidates.
  const credit = wordCredits((w) => wordVectors.get(w), await wordVectors.cutoff(), new Set(questionLookupWords(question)));
  if (question.form === 'question') {
    ranked = rerankHead(ranked, SOFT_RERANK_DEPTH, (slot) => softCoverage(question, evidence, head.get(slot)!, credit), fusion.question);
    // A name typed with a slip is the name meant ("Who is Sheinbaun?").
    const ownText = withTyposMended(own, 'names').text;
    const name = question === own ? identityName(ownText) : null;
    if (name) ranked = [...firstMentionFirst(index, ranked, name)];
    const role = question === own ? askedRole(ownText) : null;
    if (role) ranked = [...holderFirst(ranked, SOFT_RERANK_DEPTH, (r) => titlesHolder(index.record(r.slot)?.text ?? '', role))];
    // "What did they agree on?" takes the agreeing for granted: a first candidate that only denies it
    // ("we do not agree with interventions") gives way to the best one saying it was done.
    const verbs = takesVerbsForGranted(ownText) ? verbsAfterSubject(ownText) : new Set<string>();
    const uses = (r: Ranked) => new Set(verbUses(verbs, index.record(r.slot)?.text ?? '').values());
    if (ranked[0] && verbs.size > 0 && uses(ranked[0]).has('denied')) {
      ranked = [...holderFirst(ranked, SOFT_RERANK_DEPTH, (r) => {
        const u = uses(r);
        return u.has('affirmed') && !u.has('denied');
      })];
    }
  }
  // "When did she die?" asks of her, not of "Her husband" whose death a sentence also dates.
  const verbOfPronoun = question.form === 'question' ? verbAskedOfPronoun(own.text) : null;
  if (verbOfPronoun !== null && ranked[0]) {
    const saidOf = (r: Ranked) => verbSaidOf(index.record(r.slot)?.text ?? '', verbOfPronoun);
    if (saidOf(ranked[0]) === 'another') ranked = [...holderFirst(ranked, SOFT_RERANK_DEPTH, (r) => saidOf(r) === 'subject')];
  }
  // The ranking tested each candidate for the kind asked for already (its answerType feature).
  if (withPreviousText && question.form === 'question' && preciseKind(own.type)) ranked = [...holderFirst(ranked, SOFT_RERANK_DEPTH, (r) => r.features.answerType > 0)];
  const selected = selectPassages(index, ranked, options.passages);
  const passages = (options.latest ?? asksForLatest(raw)) ? latestFirst(selected, (docId) => index.document(docId)?.meta.date ?? null) : selected;
  const top = passages[0];
  // The passage's words outside the best candidates (its neighbour sentences) count by their dictionary
  // forms only: embedding them would cost every question another model call.
  const soft = { credit, passage: softOf(top?.text ?? '', top?.focus.docId), head: [...head.values()] };
  // A follow-up is decided with the previous question weighing less still: what is asked decides.
  const decided = followUp === 'with-previous' ? withPrevious(own, previous!, weight.decision) : question;
  // The decision weighs the question's words by the corpus's IDF alone: its English-specificity
  // features already say how specific each word is (and it was learned so).
  const decidedEvidence = decided === question ? withWeights(index, evidence, termWeights(decided)) : termEvidence(index, decided.terms, termWeights(decided), decided.terms.map((t) => senses[question.terms.indexOf(t)]));
  // Its names and figures are read as meant: a name typed with a slip ("Mdxico") is no other name.
  const meant = withTyposMended(decided, 'names');
  // Another document's copy of the first sentence (a reprint) is no rival to it: the lead is measured
  // over the candidates that say something else.
  const copies = new Set(top?.alsoIn?.map((r) => r.slot));
  const rivals = copies.size ? ranked.filter((r) => !copies.has(r.slot)) : ranked;
  const features = decisionFeatures(meant, decidedEvidence, rivals, top?.text ?? '', top?.focus.docId, options.background, soft);
  // A word of the same family counts here ("discussed" / "the discussion"), though not as a paraphrase
  // in the ranking: the passage is about what is asked, whether or not it answers.
  const related = (c: QuestionWord) => derivationalRelatives(c.word).some((r) => soft.passage.lemmas.has(r));
  const holdsQuestion = features.typeHeld === 1 || meant.content.some((c) => credit(c, soft.passage) > 0 || related(c));
  const swapped = correctedPremise(meant.text, top?.text ?? '');
  const figure = swapped ? null : checkFigure(meant.text, top?.text ?? '');
  const premise = swapped ?? (figure && 'corrected' in figure ? figure.corrected : null);
  // A bound the passage's figure keeps within ("more than 10 minutes" of a 15-minute call) is answered as a corrected premise is, with no correction.
  const checked = premise?.asked ?? (figure && 'borneOut' in figure ? figure.borneOut : null);
  // The passage answers a premise when it also holds the rest of what the question names ("call").
  const asked = new Set(checked ? words(checked) : []);
  const rest = meant.content.filter((c) => c.known && !asked.has(c.word));
  const answersPremise = checked !== null && rest.length > 0 && rest.every((c) => credit(c, soft.passage) > 0);
  const kind = preciseKind(meant.type);
  // "When is the next call?" of a report whose days are all its own or earlier: it never says.
  const laterNeverGiven = top !== undefined && asksLaterDay(meant.type, meant.text) && !documentGivesLaterDay(index, top.focus.docId);
  // The question's own words (not a follow-up's borrowed ones) that the corpus holds.
  const ownWords = [...new Map(meant.content.filter((c) => c.known && (c.weight ?? 1) === 1).map((c) => [c.term, c])).values()];
  const inDocument = (c: QuestionWord) => top !== undefined && (decidedEvidence.documentCounts[decidedEvidence.terms.indexOf(c.term)]?.has(top.focus.docId) ?? false);
  const meet = () => wordsMeet(ownWords.map((c) => index.lexical.postingSlots(c.term)), besideSlots(index));
  const verdict = decide(meant, features, options.decisionModel ?? LEARNED_DECISION, {
    holdsQuestion,
    premise: checked !== null ? { asked: checked, answered: answersPremise } : null,
    namesElsewhere: namesOnlyElsewhere(meant.text, decidedEvidence, top?.focus.docId, isName),
    kindNeverGiven: laterNeverGiven ? 'later-date' : kind && top && !documentGivesKind(index, top.focus.docId, kind) && !(kind === 'number' && listsCounted(meant.text, top.text)) ? kind : null,
    onlyNamesShared: onlyNamesShared(meant, isName, soft),
    neverTogether: neverTogether(ownWords, thingsAskedAbout(meant), (c) => credit(c, soft.passage) > 0, inDocument, meet),
    unlikeNames: namesUnlikeCorpus(meant, vocabulary),
  });
  // Only an answer carries notes: what the coverage never names, and what the first passage says instead.
  // A figure the question states to check is no thing the coverage never mentions: the passage gives its own.
  let decision = asked.size && !verdict.answered ? { ...verdict, notMentioned: verdict.notMentioned.filter((w) => !words(w).every((x) => asked.has(x))) } : verdict;
  if (verdict.answered) {
    // The figure a premise states is not "never used" by the coverage: the correction says what is.
    const missing = missingFromPassage(meant, soft).filter((w) => !words(w).every((x) => asked.has(x)));
    const swap = features.nameSwapped === 1 ? swappedName(meant.text, top?.text ?? '') : null;
    decision = withCorrection(withMissing(verdict, missing), premise, swap);
  }
  const aboutStory = story.length && followUp === 'with-previous' ? { readAsAbout: story } : {};
  const readAs = [...(readVerbs && verbsRead ? verbsRead : []), ...typosRead(question, spellingOf)];
  return { question, evidence, ranked, passages, decision, followUp: options.previous ? followUp : null, readAs, ...aboutStory };
}

/** The background of an index: its probe questions' mean evidence. */
export async function measureBackground(
  index: SearchIndex,
  embedder: Embedder,
  wordVectors: WordVectors,
  /** `documents`: the probes asked of these documents only, as a question asked within them is. */
  options: { fusion?: FusionProfiles; denseScale?: DenseScale; documents?: ReadonlySet<string> } = {},
): Promise<Background> {
  const probes = [];
  for (const q of PROBE_QUESTIONS) {
    // A turn of the event loop between probes: a rebuild measures this while the old index serves.
    if (probes.length > 0) await nextTurn();
    const found = await findAnswer(index, q, embedder, wordVectors, { passages: 1, background: backgroundOf([]), ...options });
    probes.push(found.decision.features);
  }
  return backgroundOf(probes);
}
