/** wink-lexicon's data as wink-lemmatizer loads it (the package is wink-lemmatizer's dependency). */
import { createRequire } from 'node:module';
import type { WinkLexiconSource } from '../../src/lexicon/wordnet-lexicon.ts';

const fromLemmatizer = () => createRequire(createRequire(import.meta.url).resolve('wink-lemmatizer'));

export function readWinkLexicon(): WinkLexiconSource {
  const require = fromLemmatizer();
  return {
    words: require('wink-lexicon/src/wn-words.js') as WinkLexiconSource['words'],
    senses: require('wink-lexicon/src/wn-word-senses.js') as WinkLexiconSource['senses'],
    nounExceptions: require('wink-lexicon/src/wn-noun-exceptions.js') as WinkLexiconSource['nounExceptions'],
    verbExceptions: require('wink-lexicon/src/wn-verb-exceptions.js') as WinkLexiconSource['verbExceptions'],
    adjectiveExceptions: require('wink-lexicon/src/wn-adjective-exceptions.js') as WinkLexiconSource['adjectiveExceptions'],
    tags: require('wink-lexicon/src/lexicon.js') as WinkLexiconSource['tags'],
  };
}

export function winkLexiconVersion(): string {
  return (fromLemmatizer()('wink-lexicon/package.json') as { version: string }).version;
}
