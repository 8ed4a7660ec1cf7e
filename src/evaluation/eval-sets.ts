/**
 * The evaluation sets of ../shared/eval (see its README), read into one shape: articles (each its own
 * document) and the questions asked about them, each marked tune or check. Tune: the seed set,
 * squad2-dev, the first six articles of squad2-more and the project's tune off-topic questions;
 * check: the rest of squad2-more and the project's own held-out off-topic questions. Pure apart from
 * reading the files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import { OFF_TOPIC_CHECK_BY_KIND } from './off-topic-check.ts';
import { OFF_TOPIC_TUNE_BY_KIND } from './off-topic-tune.ts';

export type Half = 'tune' | 'check';
export type QuestionKind = 'answerable' | 'unanswerable' | 'off-topic';
/** What the project's own off-topic questions are about, reported apart. */
export type OffTopicKind = 'general' | 'everyday' | 'near the event' | 'near an article';

export interface EvalQuestion {
  question: string;
  /** Strings of which one must appear in a cited passage (answerable questions only). */
  answers: string[];
  kind: QuestionKind;
  /** The article the question is about (null for off-topic questions). */
  article: string | null;
  half: Half;
  /** From the project's own set of more event questions (eval/event-questions.json), reported apart. */
  extra?: true;
  /** For the project's own off-topic lists: what the question is about. */
  offTopicKind?: OffTopicKind;
}

export interface EvalArticle {
  /** File name of the article in a corpus folder (also its document id). */
  file: string;
  title: string;
  /** The document's text, as written into a corpus folder. */
  text: string;
  half: Half;
}

export interface EvalSets {
  dir: string;
  articles: EvalArticle[];
  questions: EvalQuestion[];
  /** Files of the README that were not found (the rest is still evaluated). */
  missing: string[];
}

interface SeedCase {
  question: string;
  answers?: string[];
}
interface SquadArticle {
  title: string;
  paragraphs: { context: string; qas: { question: string; answers: { text: string }[]; is_impossible?: boolean }[] }[];
}

/** Where the evaluation sets are unless a command is told otherwise: the shared folder beside the project. */
export const DEFAULT_EVAL_DIR = path.join(PROJECT_ROOT, '..', 'shared', 'eval');

/** The files of the evaluation folder's README, each a set `loadEvalSets` reads. */
export const EVAL_SET_FILES = ['seed-qa.json', 'squad2-dev.json', 'squad2-more.json'] as const;

/** Articles of squad2-more.json that belong to the tune half (the README's split). */
export const SQUAD_MORE_TUNE_ARTICLES = 6;

/**
 * The seed questions' article: the project's own corpus (the event article), which a mixed corpus
 * holds under this folder.
 */
export const EVENT_ARTICLE = 'event/';

/** The folder of a mixed corpus that holds the SQuAD articles. */
export const SQUAD_FOLDER = 'squad/';

/** Whether a document of the mixed corpus is the question's own article. */
export function isArticleDocument(docId: string, article: string): boolean {
  return article === EVENT_ARTICLE ? docId.startsWith(EVENT_ARTICLE) : docId === `${SQUAD_FOLDER}${article}`;
}

/** Whether a cited document counts for a question: any in a one-article corpus, its own article in a mixed one. */
export function countsFor(q: Pick<EvalQuestion, 'article'>, docId: string, mixed: boolean): boolean {
  return !mixed || (q.article !== null && isArticleDocument(docId, q.article));
}

export function squadArticleText(article: SquadArticle): { title: string; text: string } {
  const title = article.title.replace(/_/g, ' ');
  const body = article.paragraphs.map((p) => p.context.trim()).join('\n\n');
  return { title, text: `${title}\n\n${body}\n` };
}

function squadFileName(title: string): string {
  return `${title.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase()}.txt`;
}

function squadQuestions(article: SquadArticle, file: string, half: Half): EvalQuestion[] {
  return article.paragraphs.flatMap((p) =>
    p.qas.map((qa) => ({
      question: qa.question,
      answers: qa.is_impossible ? [] : qa.answers.map((a) => a.text),
      kind: qa.is_impossible ? ('unanswerable' as const) : ('answerable' as const),
      article: file,
      half,
    })),
  );
}

/** Reads the sets from `dir`; null when the folder does not exist. */
export function loadEvalSets(dir: string): EvalSets | null {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) return null;
  const missing: string[] = [];
  const articles: EvalArticle[] = [];
  const questions: EvalQuestion[] = [];
  const read = <T>(name: string): T | null => {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) {
      missing.push(name);
      return null;
    }
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  };

  const seed = read<{ cases: SeedCase[] }>('seed-qa.json');
  for (const c of seed?.cases ?? []) {
    const on = Boolean(c.answers?.length);
    questions.push({ question: c.question, answers: c.answers ?? [], kind: on ? 'answerable' : 'off-topic', article: on ? EVENT_ARTICLE : null, half: 'tune' });
  }
  for (const [name, tuneCount] of [['squad2-dev.json', Infinity], ['squad2-more.json', SQUAD_MORE_TUNE_ARTICLES]] as const) {
    const set = read<{ data: SquadArticle[] }>(name);
    set?.data.forEach((a, i) => {
      const half: Half = i < tuneCount ? 'tune' : 'check';
      const { title, text } = squadArticleText(a);
      const file = squadFileName(title);
      articles.push({ file, title, text, half });
      questions.push(...squadQuestions(a, file, half));
    });
  }
  for (const [half, lists] of [['tune', OFF_TOPIC_TUNE_BY_KIND], ['check', OFF_TOPIC_CHECK_BY_KIND]] as const) {
    for (const [offTopicKind, list] of Object.entries(lists) as [OffTopicKind, readonly string[]][]) {
      for (const q of list) questions.push({ question: q, answers: [], kind: 'off-topic', article: null, half, offTopicKind });
    }
  }
  return { dir, articles, questions, missing };
}
