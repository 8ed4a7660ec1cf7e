/**
 * The event article as a second outlet reprints a wire story: another headline, outlet and date,
 * "Monday" for "on Monday", straight quotes, the last paragraph cut. The setting of `npm run eval`
 * and `scripts/measure-reprints.ts` where a server adds the same story from another outlet. Pure.
 */
import type { CorpusFile } from './eval-corpora.ts';

export const REPRINT_HEADLINE = 'Sheinbaum tells Trump Mexico does not need US troops';

/** `ownHeadline`: under a headline of its own (else the article's). */
export function reprintOf(file: CorpusFile, ownHeadline = true): CorpusFile {
  const body = file.text.replace(/^---\n[\s\S]*?\n---\n/, '');
  const paragraphs = body.trim().split(/\n\s*\n/);
  const edited = paragraphs
    .slice(0, -1)
    .join('\n\n')
    .replace(/^# .*$/m, (heading) => (ownHeadline ? `# ${REPRINT_HEADLINE}` : heading))
    .replace(/\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, '$1')
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'");
  return { file: `reprint/${file.file.split('/').at(-1)}`, text: `---\nsource: https://gazette.example/world/sheinbaum-trump\ndate: 2026-01-13\n---\n${edited}\n` };
}
