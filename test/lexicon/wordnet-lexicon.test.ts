import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { adjectiveLemma, lemma, nounLemma, verbLemma } from '../../src/lexicon/lemma.ts';
import * as shipped from '../../src/lexicon/wordnet-lexicon-data.ts';
import { lexiconText, mostOftenNoun, mostOftenVerb, namesExtent, wordnetLexicon } from '../../src/lexicon/wordnet-lexicon.ts';
import { readWinkLexicon } from '../../scripts/wordnet-lexicon/wink-lexicon.ts';

const wink = createRequire(import.meta.url)('wink-lemmatizer') as Record<'noun' | 'verb' | 'adjective', (word: string) => string>;
const source = readWinkLexicon();

/** Words to compare on: every irregular form, every fifth WordNet word with each suffix Morphy strips, and the shipped corpus's words. */
function probeWords(): string[] {
  const out = new Set<string>();
  for (const exceptions of [source.nounExceptions, source.verbExceptions, source.adjectiveExceptions]) for (const form of Object.keys(exceptions)) out.add(form);
  Object.keys(source.words).forEach((word, i) => {
    if (i % 5 !== 0) return;
    out.add(word);
    for (const suffix of ['s', 'es', 'ies', 'ed', 'ing', 'er', 'est', 'men']) out.add(word + suffix);
  });
  const corpusDir = path.join(PROJECT_ROOT, 'corpus');
  for (const file of fs.readdirSync(corpusDir)) {
    for (const word of fs.readFileSync(path.join(corpusDir, file), 'utf8').toLowerCase().match(/[a-z]+/g) ?? []) out.add(word);
  }
  return [...out];
}

describe('the WordNet lexicon', () => {
  it('GIVEN the installed wink-lexicon THEN the generated module holds exactly its data (else run scripts/build-wordnet-lexicon.ts)', () => {
    const fresh = lexiconText(source);
    for (const key of Object.keys(fresh) as (keyof typeof fresh)[]) expect(shipped[key].trim(), key).toBe(fresh[key]);
  });

  it('GIVEN any word THEN each part of speech gets the lemma wink-lemmatizer gives', () => {
    const words = probeWords();
    expect(words.length).toBeGreaterThan(100_000);
    const lexicon = wordnetLexicon();
    const differ = (fn: (w: string) => string, reference: (w: string) => string) => words.filter((w) => fn(w) !== reference(w));
    expect(differ((w) => nounLemma(w, lexicon), wink.noun)).toEqual([]);
    expect(differ((w) => verbLemma(w, lexicon), wink.verb)).toEqual([]);
    expect(differ((w) => adjectiveLemma(w, lexicon), wink.adjective)).toEqual([]);
  });

  it('GIVEN a word THEN it is most often a noun as wink-lexicon tags it, or as a word it does not know', () => {
    for (const noun of ['population', 'tariffs', 'end', 'presidents', 'fentanyl', 'sheinbaum']) expect(mostOftenNoun(noun), noun).toBe(true);
    for (const other of ['speak', 'came', 'together', 'two', 'the', 'quickly']) expect(mostOftenNoun(other), other).toBe(false);
  });

  it('GIVEN a word THEN it is most often a verb as wink-lexicon tags it', () => {
    for (const verb of ['speak', 'turns', 'hold', 'measured']) expect(mostOftenVerb(verb), verb).toBe(true);
    for (const other of ['border', 'operation', 'upper', 'sheinbaum']) expect(mostOftenVerb(other), other).toBe(false);
  });

  it('GIVEN a noun THEN it names an extent in space when no sense of it is an event or a time, nor an act or a work for a made thing', () => {
    for (const noun of ['river', 'coastline', 'valley', 'tunnel', 'wall', 'rhine']) expect(namesExtent(noun), noun).toBe(true);
    for (const other of ['call', 'meeting', 'war', 'term', 'flight', 'film', 'trip', 'sheinbaum']) expect(namesExtent(other), other).toBe(false);
  });

  it('GIVEN a word that is an Object property name THEN it is not taken for an irregular form', () => {
    expect(lemma('constructor')).toBe('constructor');
    expect(lemma('__proto__')).toBe('__proto__');
  });
});
