/**
 * `npm run eval`: the three settings of ../shared/eval/README.md — one article per corpus, one mixed
 * corpus of every article, questions with no answer — each printed for the tune and the check half,
 * with the questions of an article asked of the mixed corpus without it,
 * with MiniSearch over the same sentences in the same run; and the project's own: follow-ups, the
 * event article with a reprint of it by another outlet, and claims to check about it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createEmbedder } from '../embedding/transformers-embedder.ts';
import type { Embedder } from '../embedding/embedder.ts';
import { UserError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { DEFAULT_EVAL_DIR, EVENT_ARTICLE, loadEvalSets, type EvalQuestion, type Half } from '../evaluation/eval-sets.ts';
import { MiniSearchPeer } from '../evaluation/minisearch-peer.ts';
import { engineOver, mixedCorpus, mixedCorpusWithout, peerSentences, projectDocuments, type CorpusFile } from '../evaluation/eval-corpora.ts';
import { evaluate, type EvalRecord, type Setting } from '../evaluation/run-eval.ts';
import { figures, figuresLine } from '../evaluation/summary.ts';
import { FOLLOW_UP_SET, isAnswerableKind, loadFollowUpSet } from '../evaluation/follow-up-set.ts';
import { EVENT_QUESTION_SET, loadEventQuestionSet } from '../evaluation/event-question-set.ts';
import { evaluateFollowUps, followUpLines, type FollowUpRecord } from '../evaluation/run-follow-ups.ts';
import { reprintOf } from '../evaluation/reprint.ts';
import { CLAIM_SET, loadClaimSet } from '../evaluation/claim-set.ts';
import { claimLines, evaluateClaims } from '../evaluation/run-claims.ts';
import { agreement, chatStyle } from '../evaluation/chat-style.ts';
import { withKeySlipped } from '../evaluation/key-slip.ts';
import type { EngineConfig } from '../config.ts';
import { EXIT, runCli } from './run-cli.ts';

const USAGE = 'usage: npm run eval -- [--eval-dir DIR] [--setting single|mixed|chat|lacking|follow-ups|reprint|claims|all] [--half tune|check|all] [--follow-ups FILE] [--json FILE] [--verbose]';

function parse(argv: string[]) {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        'eval-dir': { type: 'string' },
        'follow-ups': { type: 'string' },
        setting: { type: 'string', default: 'all' },
        half: { type: 'string', default: 'all' },
        json: { type: 'string' },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    });
    if (!['single', 'mixed', 'chat', 'lacking', 'follow-ups', 'reprint', 'claims', 'all'].includes(values.setting!)) throw new Error(`--setting must be single, mixed, chat, lacking, follow-ups, reprint, claims or all, got "${values.setting}"`);
    if (!['tune', 'check', 'all'].includes(values.half!)) throw new Error(`--half must be tune, check or all, got "${values.half}"`);
    return values;
  } catch (error) {
    throw new UserError('BAD_USAGE', { detail: `${(error as Error).message} (${USAGE})` });
  }
}

async function openEngine(name: string, corpus: readonly CorpusFile[], work: string, config: EngineConfig, embedder: Embedder, logger: Logger) {
  return engineOver(corpus, path.join(work, name), config, embedder, logger);
}

async function runSetting(
  name: string,
  corpus: readonly CorpusFile[],
  questions: readonly EvalQuestion[],
  setting: Setting,
  work: string,
  config: EngineConfig,
  embedder: Embedder,
  logger: Logger,
): Promise<EvalRecord[]> {
  const engine = await openEngine(name, corpus, work, config, embedder, logger);
  const peer = new MiniSearchPeer(peerSentences(corpus));
  return evaluate(engine, questions, peer, setting);
}

await runCli(async (config, logger) => {
  const args = parse(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  const evalDir = path.resolve(args['eval-dir'] ?? DEFAULT_EVAL_DIR);
  // The follow-ups and the claims are the project's own sets (eval/): they need no shared folder.
  const ownSetsOnly = args.setting === 'follow-ups' || args.setting === 'claims';
  const loaded = loadEvalSets(evalDir) ?? (ownSetsOnly ? { dir: evalDir, articles: [], questions: [], missing: [] } : null);
  // One half only: its articles and questions (a mixed corpus then holds that half's articles).
  const sets = loaded && args.half !== 'all'
    ? { ...loaded, articles: loaded.articles.filter((a) => a.half === args.half), questions: loaded.questions.filter((q) => q.half === args.half) }
    : loaded;
  if (!sets) {
    throw new UserError('BAD_USAGE', {
      detail: `no evaluation sets at ${evalDir}: pass --eval-dir DIR, a folder holding seed-qa.json, squad2-dev.json and squad2-more.json (the project's ../shared/eval); --setting follow-ups and --setting claims need none`,
    });
  }
  if (sets.missing.length === 3 && !ownSetsOnly) throw new UserError('BAD_USAGE', { detail: `${evalDir} holds none of seed-qa.json, squad2-dev.json, squad2-more.json (${USAGE})` });

  const embedder = await createEmbedder({ model: config.engine.embeddingModel, modelsDir: config.engine.modelsDir, cacheDir: config.engine.cacheDir, logger });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-'));
  const where = ownSetsOnly ? 'none needed (this setting reads its own file, named below)' : `${evalDir}${sets.missing.length ? ` (missing: ${sets.missing.join(', ')})` : ''}`;
  const out: string[] = [`Evaluation sets: ${where}`, `Model: ${embedder.modelId}`, ''];
  const all: EvalRecord[] = [];
  const event = await projectDocuments(config.engine, logger);
  const offTopic = sets.questions.filter((q) => q.kind === 'off-topic');
  const halves: Half[] = args.half === 'all' ? ['tune', 'check'] : [args.half as Half];
  // More event questions, all of the check half: asked alone and in the mixed corpus, reported apart.
  const extra = halves.includes('check') ? loadEventQuestionSet() : [];
  const extraLines: string[] = [];
  try {
    if (args.setting === 'single' || args.setting === 'all') {
      // 1. One article per corpus; off-topic questions are asked of every corpus.
      const single: EvalRecord[] = [];
      const eventQuestions = sets.questions.filter((q) => q.article === EVENT_ARTICLE);
      const eventRecords = await runSetting('event', event, [...eventQuestions, ...offTopic], 'single', work, config.engine, embedder, logger);
      single.push(...eventRecords);
      if (extra.length) {
        const records = await runSetting('event-extra', event, extra, 'single', work, config.engine, embedder, logger);
        all.push(...records);
        extraLines.push(...figuresLine('event article alone', figures(records), false));
      }
      for (const [n, article] of sets.articles.entries()) {
        const own = sets.questions.filter((q) => q.article === article.file);
        single.push(...(await runSetting(`single-${n}`, [{ file: article.file, text: article.text }], [...own, ...offTopic], 'single', work, config.engine, embedder, logger)));
      }
      all.push(...single);
      const articleCount = (half: Half) => sets.articles.filter((a) => a.half === half).length + (half === 'tune' ? 1 : 0);
      out.push('1. One article per corpus (refusals count as misses; off-topic questions asked of every corpus)');
      out.push(...figuresLine('event article (seed)', figures(eventRecords), false));
      for (const half of halves) out.push(...figuresLine(`${half} (${articleCount(half)} articles)`, figures(single.filter((r) => r.q.half === half)), false));
      out.push('');
    }
    if (args.setting === 'mixed' || args.setting === 'chat' || args.setting === 'all') {
      // 2. One mixed corpus: the event article and every SQuAD article; a hit needs the right document.
      const corpus = mixedCorpus(event, sets.articles);
      const engine = await openEngine('mixed', corpus, work, config.engine, embedder, logger);
      const peer = new MiniSearchPeer(peerSentences(corpus));
      // The chat-style setting alone reports the shared sets only: the further event questions are not asked.
      const asked = await evaluate(engine, [...sets.questions, ...(args.setting === 'chat' ? [] : extra)], peer, 'mixed');
      const mixed = asked.filter((r) => !r.q.extra);
      if (args.setting !== 'chat') {
        all.push(...asked);
        if (extra.length) extraLines.push(...figuresLine('in the mixed corpus', figures(asked.filter((r) => r.q.extra)), true));
        out.push(`2. Mixed corpus: ${corpus.length} documents in one corpus (a hit also needs the passage's own document)`);
        out.push(...figuresLine('event article (seed)', figures(mixed.filter((r) => r.q.article === EVENT_ARTICLE || (r.q.kind === 'off-topic' && r.q.half === 'tune'))), true));
        for (const half of halves) out.push(...figuresLine(half, figures(mixed.filter((r) => r.q.half === half)), true));
        out.push('');
      }
      if (args.setting === 'chat' || args.setting === 'all') {
        // 2b. The same questions as members type them, each way against the questions as written.
        const asTyped = async (heading: string, rewrite: (question: string) => string) => {
          const typed = await evaluate(engine, mixed.map((r) => ({ ...r.q, question: rewrite(r.q.question) })), peer, 'mixed');
          out.push(heading);
          for (const half of halves) {
            const inHalf = typed.filter((r) => r.q.half === half);
            out.push(...figuresLine(half, figures(inHalf), true));
            const same = agreement(mixed.filter((r) => r.q.half === half), inHalf);
            out.push(`                         decided as when written: ${(same.sameDecision * 100).toFixed(1)}%, with the same first passage ${(same.sameFirstPassage * 100).toFixed(1)}%`);
          }
        };
        await asTyped('2b. Typed as in a chat: the same questions of the mixed corpus in lower case, without their question mark', chatStyle);
        await asTyped('    With a key slipped: the same questions, one letter of one word replaced by a key beside it (never making an English word)', withKeySlipped);
        out.push('');
      }
    }
    if (args.setting === 'lacking' || args.setting === 'all') {
      // 2c. Questions about coverage the server does not have: each article's answerable questions
      // asked of the mixed corpus without it, where their words are found in the other documents.
      out.push('2c. Coverage the corpus lacks: each article\'s answerable questions asked of the mixed corpus without that article (all should be refused)');
      for (const half of halves) {
        const lacking: EvalRecord[] = [];
        const questionsOf = (article: string) =>
          [...sets.questions, ...extra].filter((q) => q.article === article && q.kind === 'answerable' && q.half === half).map((q) => ({ ...q, kind: 'off-topic' as const }));
        const articles = [...(half === 'tune' || extra.length ? [EVENT_ARTICLE] : []), ...sets.articles.filter((a) => a.half === half).map((a) => a.file)];
        let asked = 0;
        for (const [n, article] of articles.entries()) {
          const questions = questionsOf(article);
          const corpus = mixedCorpusWithout(event, sets.articles, article);
          if (questions.length === 0 || corpus.length === 0) continue;
          asked++;
          lacking.push(...(await runSetting(`lacking-${half}-${n}`, corpus, questions, 'lacking', work, config.engine, embedder, logger)));
        }
        all.push(...lacking);
        const refused = (records: readonly EvalRecord[]) => (records.length ? `${(figures(records).offTopicRefused * 100).toFixed(1)}% of ${records.length}` : 'none asked');
        const ofEvent = lacking.filter((r) => r.q.article === EVENT_ARTICLE);
        out.push(`  ${half.padEnd(23)}refused ${refused(lacking)} (${asked} ${asked === 1 ? 'article' : 'articles'}; the event article's questions without it: ${refused(ofEvent)})`);
      }
      out.push('');
    }
    if (extraLines.length) {
      const file = path.relative(process.cwd(), EVENT_QUESTION_SET) || EVENT_QUESTION_SET;
      out.push(`More event questions (${file}: ${extra.filter((q) => q.kind === 'answerable').length} answerable, ${extra.filter((q) => q.kind === 'off-topic').length} it does not answer; check half, never tuned on)`, ...extraLines, '');
    }
    if (args.setting !== 'follow-ups' && args.setting !== 'reprint' && args.setting !== 'claims') {
      out.push(
        '3. Questions with no answer: "unanswerable refused" (SQuAD 2.0 questions the text does not answer) and',
        '   "off-topic refused" are printed next to "answered" in every row above.',
        '',
      );
    }
    if (args.setting === 'follow-ups' || args.setting === 'all') {
      // 4. Two-turn exchanges about the shipped article: each follow-up asked alone and with its first turn.
      const file = path.resolve(args['follow-ups'] ?? FOLLOW_UP_SET);
      const cases = loadFollowUpSet(file).filter((c) => halves.includes(c.half));
      const records = await evaluateFollowUps(await openEngine('follow-ups', event, work, config.engine, embedder, logger), cases);
      out.push(`4. Follow-ups: ${cases.length} two-turn exchanges about the event article (${path.relative(process.cwd(), file) || file}); the second turn alone, and read with the first`);
      for (const half of halves) out.push(...followUpLines(half, records.filter((r) => r.c.half === half)));
      out.push('');
      if (args.verbose) {
        for (const r of records) {
          const right = (t: FollowUpRecord['alone']) => (isAnswerableKind(r.c.kind) ? t.answered && t.rank === 1 : !t.answered);
          if (!right(r.withFirst)) {
            out.push(`  [follow-up ${r.c.half} ${r.c.kind}, read ${r.withFirst.reading}] ${r.withFirst.answered ? 'answered' : 'refused'} rank ${r.withFirst.rank ?? '-'}: ${r.c.first} → ${r.c.followUp} → ${r.withFirst.topText?.slice(0, 100) ?? '(none)'}`);
          }
        }
      }
    }
    if (args.setting === 'reprint' || args.setting === 'all') {
      // 5. The same wire story from a second outlet, under its own headline: the event article's
      // questions should be answered as from the article alone, a sentence both print quoted once.
      const questions = [...sets.questions.filter((q) => q.article === EVENT_ARTICLE && q.kind === 'answerable'), ...extra.filter((q) => q.kind === 'answerable')];
      if (questions.length === 0) throw new UserError('BAD_USAGE', { detail: `no answerable event questions for the reprint setting in this half (${USAGE})` });
      const alone = await runSetting('reprint-alone', event, questions, 'single', work, config.engine, embedder, logger);
      const withReprint = await runSetting('reprint', [...event, ...event.map((f) => reprintOf(f))], questions, 'single', work, config.engine, embedder, logger);
      const cited = withReprint.filter((r) => r.copiesCited).length / Math.max(1, withReprint.length);
      out.push(`5. A reprint in the corpus: the event article and the same story from another outlet under its own headline (${questions.length} answerable event questions)`);
      out.push(...figuresLine('the article alone', figures(alone), false));
      out.push(...figuresLine('article + reprint', figures(withReprint), false));
      out.push(`                         first passage also cites the other outlet ("also in"): ${(cited * 100).toFixed(1)}%`, '');
    }
    if ((args.setting === 'claims' || args.setting === 'all') && halves.includes('check')) {
      // 6. Statements members post, checked as "Check with the coverage" checks a message.
      const cases = loadClaimSet();
      const records = await evaluateClaims(await openEngine('claims', event, work, config.engine, embedder, logger), cases);
      out.push(`6. Claims to check: ${cases.length} statements about the event article (${path.relative(process.cwd(), CLAIM_SET) || CLAIM_SET}; check half, never tuned on)`, ...claimLines(records), '');
      if (args.verbose) {
        for (const r of records) out.push(`  [claim] ${r.answered ? 'answered' : 'refused'} rank ${r.rank ?? '-'} corrected ${r.corrected ?? '-'}: ${r.asked}`);
      }
    }
    if (args.verbose) {
      for (const r of all) {
        const miss = r.q.kind === 'answerable' ? r.rank !== 1 || !r.answered : r.answered;
        if (miss) out.push(`  [${r.setting} ${r.q.half} ${r.q.kind}] ${r.answered ? `answered ${r.confidence}` : 'refused'} rank ${r.rank ?? '-'}: ${r.q.question} → ${r.topText?.slice(0, 100) ?? '(none)'}`);
      }
    }
    if (args.json) fs.writeFileSync(args.json, JSON.stringify(all));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  process.stdout.write(out.join('\n') + '\n');
  return EXIT.ok;
});
