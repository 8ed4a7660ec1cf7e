/** Pure: an Answer as the CLI prints it — readable text, or the one-line JSON contract. */
import type { Answer } from '../engine/types.ts';
import { formatLocation } from './compose.ts';

export interface JsonAnswer {
  question: string;
  answered: boolean;
  confidence: string | null;
  passages: { text: string; source: string; location: string; score: number; url: string | null }[];
  /** When not answered: the question's words the coverage never mentions (why), if any. */
  notMentioned?: string[];
}

export function toJsonAnswer(a: Answer): JsonAnswer {
  return {
    question: a.question,
    answered: a.answered,
    confidence: a.confidence,
    ...(a.notMentioned?.length ? { notMentioned: a.notMentioned } : {}),
    passages: a.passages.map((p) => ({
      text: p.text,
      source: p.citation.title,
      location: formatLocation(p.citation),
      score: p.score,
      url: p.citation.url,
    })),
  };
}

export function formatReadable(a: Answer): string {
  const lines: string[] = [`Q: ${a.question}`];
  if (!a.answered) {
    const names = a.notMentioned?.length ? ` (it never mentions ${a.notMentioned.join(', ')})` : '';
    lines.push(`The coverage in the corpus doesn't answer this${names}.`);
    if (a.passages.length) lines.push('', 'Nearest passages (not an answer):');
  } else {
    lines.push(`Confidence: ${a.confidence}`);
  }
  a.passages.forEach((p, i) => {
    const c = p.citation;
    const source = [c.title, formatLocation(c), c.date ? `as of ${c.date}` : null].filter(Boolean).join(' — ');
    lines.push('', `${i + 1}. "${p.text}"`, `   — ${source}${c.url ? `\n     ${c.url}` : ''}`);
  });
  return lines.join('\n');
}
