/** Pure scoring rules of ../shared/eval/README.md: answer strings in the first 600 chars of passages. */

export function normalizeForMatch(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** 1-based rank of the first passage that contains an answer, or null. */
export function hitRank(passages: readonly string[], answers: readonly string[], maxChars = 600): number | null {
  const wanted = answers.map(normalizeForMatch).filter(Boolean);
  for (let i = 0; i < passages.length; i++) {
    const p = normalizeForMatch(passages[i]!.slice(0, maxChars));
    if (wanted.some((a) => p.includes(a))) return i + 1;
  }
  return null;
}

export interface HitStats {
  questions: number;
  hit1: number;
  hit3: number;
}

export function hitStats(ranks: readonly (number | null)[]): HitStats {
  return {
    questions: ranks.length,
    hit1: ranks.filter((r) => r !== null && r <= 1).length / Math.max(1, ranks.length),
    hit3: ranks.filter((r) => r !== null && r <= 3).length / Math.max(1, ranks.length),
  };
}

export function percent(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}
