/**
 * `npm run --silent measure:gaps -- [--questions 1000] [--seed 1]`
 *
 * Logs N varied questions (about the shipped article and, mostly, about what it does not cover, some
 * with chat spellings and typos) into a temporary question log, each answered or refused by the real
 * engine (offline model, seed corpus), with a 👎 on a tenth of the answered ones; then times what
 * /gaps does — read the period's unserved questions, embed them, group them — and prints the times
 * and the database's size. Progress goes to stderr, the figures to stdout.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createProgressLine } from '../src/embedding/progress-line.ts';
import { DEFAULTS } from '../src/config.ts';
import { exitWithUsage, scriptOptions } from './lib/script-options.ts';
import { createEmbedder } from '../src/embedding/transformers-embedder.ts';
import { createEngine } from '../src/engine/create-engine.ts';
import { silentLogger } from '../src/log.ts';
import { groupQuestions } from '../src/question-log/group-questions.ts';
import { MAX_GROUPED_QUESTIONS } from '../src/discord/gaps-report.ts';
import { nearQuestionCosine } from '../src/question-log/near-questions.ts';
import { DAY_MS, lastDays, QuestionLog } from '../src/question-log/question-log.ts';
import { seededRandom } from './bench/random.ts';

// Topics members might ask about an event's coverage that one article does not hold.
const TOPICS = [
  'tariffs on steel', 'the World Cup', 'Canada', 'the border wall', 'fentanyl seizures', 'remittances', 'oil prices',
  'the peso', 'avocado exports', 'migrant caravans', 'the embassy', 'the Supreme Court', 'judicial reform', 'water treaty',
  'the Sinaloa cartel', 'extraditions', 'drone strikes', 'the National Guard', 'gun trafficking', 'Texas', 'the G20 summit',
  'elections in the United States', 'Pemex', 'lithium mining', 'the USMCA review', 'car factories', 'tourism', 'Cuba',
  'Greenland', 'Panama Canal', 'Ukraine', 'China', 'the Pope', 'hurricane season', 'the Olympics', 'Claudia Sheinbaum\'s approval rating',
  'the opposition parties', 'journalists killed', 'the Gulf of Mexico name', 'deportation flights',
];
const TEMPLATES = [
  'What did Trump say about {t}?', 'Did they discuss {t}?', 'What is the latest on {t}?', 'How does {t} affect Mexico?',
  'Will {t} come up again?', 'Why was {t} not mentioned?', 'whats happening with {t}', 'Is there news about {t}?',
  'What did Sheinbaum say about {t}?', 'tell me about {t}', 'Any update on {t} after the call?', 'how bad is {t} now',
];
// Questions the article answers, so that a share of the log is answered.
const ANSWERABLE = [
  'How long was the call?', 'Who did Marco Rubio speak with?', 'What did Sheinbaum say about Venezuela?',
  'Did Trump offer military help?', 'When did the call happen?', 'What did Rubio ask for?', 'Who is Mexico\'s foreign minister?',
  'Did Sheinbaum accept US troops?', 'What did Sheinbaum call the conversation?', 'What did Trump say about the cartels?',
];

function typo(text: string, random: () => number): string {
  // Swap two neighbouring letters of one longer word, or drop one, as fast typing does.
  const long = text.match(/\b[a-z]{6,}\b/g) ?? [];
  if (long.length === 0) return text;
  const word = long[Math.floor(random() * long.length)]!;
  const i = 1 + Math.floor(random() * (word.length - 3));
  const typed = random() < 0.5 ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) : word.slice(0, i) + word.slice(i + 1);
  return text.replace(word, typed);
}

const USAGE = 'usage: npm run measure:gaps -- [--questions N] [--seed S]';

function readArgs(argv: string[]): { questions: number; seed: number } {
  const { values } = scriptOptions({ args: argv, options: { questions: { type: 'string' }, seed: { type: 'string' } }, strict: true }, USAGE);
  const questions = Number(values.questions ?? 1000);
  const seed = Number(values.seed ?? 1);
  if (!Number.isInteger(questions) || questions < 1) exitWithUsage(`--questions needs a whole number of at least 1, got ${values.questions}`, USAGE);
  if (!Number.isInteger(seed)) exitWithUsage(`--seed needs a whole number, got ${values.seed}`, USAGE);
  return { questions, seed };
}

async function main(): Promise<void> {
  const args = readArgs(process.argv.slice(2));
  const random = seededRandom(args.seed);
  const work = mkdtempSync(path.join(os.tmpdir(), 'measure-gaps-'));
  try {
    const embedder = await createEmbedder({ model: 'offline', modelsDir: DEFAULTS.modelsDir, cacheDir: DEFAULTS.cacheDir, logger: silentLogger, progressOutput: null });
    const engine = await createEngine(
      { corpusDir: DEFAULTS.corpusDir, indexDir: path.join(work, 'index'), modelsDir: DEFAULTS.modelsDir, cacheDir: DEFAULTS.cacheDir, embeddingModel: 'offline' },
      silentLogger,
      { embedder },
    );
    const file = path.join(work, 'bot.sqlite');
    const log = QuestionLog.open(file, { keepUserIds: false, retentionDays: 30 });
    const now = Date.now();
    const progress = createProgressLine('asking and logging');
    let answered = 0;
    for (let i = 0; i < args.questions; i++) {
      let text =
        random() < 0.2
          ? ANSWERABLE[Math.floor(random() * ANSWERABLE.length)]!
          : TEMPLATES[Math.floor(random() * TEMPLATES.length)]!.replace('{t}', TOPICS[Math.floor(random() * TOPICS.length)]!);
      if (random() < 0.15) text = typo(text, random);
      const answer = await engine.ask(text);
      const askedAt = now - Math.floor(random() * 6 * DAY_MS);
      const id = log.recordQuestion({
        text,
        askedAt,
        source: random() < 0.7 ? 'slash' : 'dm',
        answered: answer.answered,
        confidence: answer.confidence,
        documents: answer.answered ? [...new Set(answer.passages.map((p) => p.citation.docId))] : [],
        userId: '123456789012345678',
        guildId: '222222222222222222',
      });
      if (answer.answered) {
        answered++;
        if (random() < 0.1) {
          log.recordVote({ questionId: id, vote: 'down', votedAt: askedAt + 60_000, question: text, answered: true, confidence: answer.confidence, offset: 0, documents: [], userId: '1', guildId: '222222222222222222' });
        }
      }
      progress.update((i + 1) / args.questions, `${i + 1}/${args.questions}`);
    }
    progress.done();

    // What /gaps does, timed step by step; the near cosine is measured once per process (first /gaps).
    const t0 = performance.now();
    const gaps = log.gapQuestions(lastDays(7, now, '222222222222222222'), MAX_GROUPED_QUESTIONS).questions;
    const t1 = performance.now();
    const nearCosine = await nearQuestionCosine(embedder);
    const t2 = performance.now();
    const vectors = await embedder.embedQueries(gaps.map((q) => q.text));
    const t3 = performance.now();
    const covered = (term: string) => engine.covers(term);
    const groups = groupQuestions(gaps, { vectors, nearCosine, covered });
    const t4 = performance.now();
    const wordsOnly = groupQuestions(gaps, { covered });
    const t5 = performance.now();
    log.close(); // checkpoints the WAL into the database file
    const bytes = statSync(file).size;

    const ms = (x: number) => `${x.toFixed(1)} ms`;
    process.stdout.write(
      [
        `questions logged:        ${args.questions} (${answered} answered, ${args.questions - answered} refused)`,
        `unserved in 7 days:      ${gaps.length} (refused or 👎)`,
        `read from the database:  ${ms(t1 - t0)}`,
        `near cosine (once):      ${ms(t2 - t1)} (${nearCosine.toFixed(3)}, model ${embedder.modelId})`,
        `embed the questions:     ${ms(t3 - t2)}`,
        `group (words + vectors): ${ms(t4 - t3)} → ${groups.length} topics, largest ${groups.slice(0, 5).map((g) => g.questions.length).join(', ')}`,
        `group (words only):      ${ms(t5 - t4)} → ${wordsOnly.length} topics`,
        `/gaps in all:            ${ms(t4 - t0)} (${ms(t4 - t0 - (t2 - t1))} once the near cosine is known)`,
        `database size:           ${(bytes / 1024).toFixed(0)} KiB (${(bytes / args.questions).toFixed(0)} bytes per question)`,
        'largest topics:',
        ...groups.slice(0, 5).map((g) => `  ${g.questions.length}× ${g.words.join(', ')} — e.g. "${g.example.text}"`),
        '',
      ].join('\n'),
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
