/** The shipped article as a second outlet reprints a wire story: another headline, outlet and date, light house-style edits, a sentence of its own. */
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULTS } from '../../src/config.ts';

export const SHIPPED_ARTICLE = fs.readFileSync(path.join(DEFAULTS.corpusDir, 'sheinbaum-trump-call.md'), 'utf8');

export const REPRINT_TITLE = 'Sheinbaum says Mexico needs no foreign troops';

/** A sentence of the reprint's own, in its own words: no copy of any of the article's. */
export const REPRINT_OWN_SENTENCE = "According to Sheinbaum, Trump understood that Mexico's constitution rules out any foreign intervention.";

export function reprintOfShippedArticle(): string {
  const body = SHIPPED_ARTICLE.replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^# .*$/m, `# ${REPRINT_TITLE}`)
    .replace('phone call on Monday, January 12', 'phone call Monday, January 12')
    .replace(/[“”]/g, '"')
    .replace(
      "Sheinbaum said she clearly communicated Mexico's constitutional stance against foreign interventions, a point she emphasized was understood by Trump.",
      REPRINT_OWN_SENTENCE,
    );
  return `---\nsource: https://gazette.example/world/sheinbaum-trump\ndate: 2026-01-13\n---\n${body}`;
}

/** Another outlet's report that gives the call's length differently (and is otherwise the reprint). */
export function conflictingReportOfShippedArticle(): string {
  return reprintOfShippedArticle().replace('15-minute', '20-minute').replace('gazette.example', 'courier.example');
}
