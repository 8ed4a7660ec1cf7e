/**
 * Reading WordNet's data files (wndb(5WN): one synset per line — offset, lexicographer file, type,
 * word count in hex, words with lexical ids, pointer count, pointers "symbol offset pos source/target").
 * Pure: the files' text in, the pairs out.
 */

interface Synset {
  words: string[];
  /** The words as WordNet writes them: a capital says "name". */
  written: string[];
  pointers: { symbol: string; offset: string; pos: string; source: number; target: number }[];
}

function parseSynsets(text: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('  ')) continue; // the licence header
    const fields = line.split(' | ')[0]!.trim().split(/\s+/);
    const count = parseInt(fields[3]!, 16);
    const written = Array.from({ length: count }, (_, i) => fields[4 + 2 * i]!.replace(/\(.*\)$/, ''));
    const words = written.map((w) => w.toLowerCase());
    let at = 4 + 2 * count;
    const pointerCount = Number(fields[at++]);
    const pointers: Synset['pointers'] = [];
    for (let k = 0; k < pointerCount; k++, at += 4) {
      const st = fields[at + 3]!;
      pointers.push({ symbol: fields[at]!, offset: fields[at + 1]!, pos: fields[at + 2]!, source: parseInt(st.slice(0, 2), 16), target: parseInt(st.slice(2), 16) });
    }
    synsets.set(fields[0]!, { words, written, pointers });
  }
  return synsets;
}

/**
 * Pairs of one-word lemmas, a verb and a noun, that WordNet marks as derivationally related ("+"):
 * [verb, noun], each once, sorted. Adjectives and adverbs are left out: their derivations cross
 * senses too easily ("long" / "longing", "small" / "smallness", "office" / "official").
 */
export function derivationPairs(files: readonly { pos: string; text: string }[]): [string, string][] {
  const verbs = files.find((f) => f.pos === 'verb');
  const nouns = files.find((f) => f.pos === 'noun');
  if (!verbs || !nouns) return [];
  const nounSynsets = parseSynsets(nouns.text);
  const pairs = new Set<string>();
  const oneWord = (w: string) => /^[a-z]+$/.test(w);
  for (const synset of parseSynsets(verbs.text).values()) {
    for (const p of synset.pointers) {
      if (p.symbol !== '+' || p.pos !== 'n' || p.source === 0 || p.target === 0) continue;
      const verb = synset.words[p.source - 1];
      const noun = nounSynsets.get(p.offset)?.words[p.target - 1];
      if (!verb || !noun || verb === noun || !oneWord(verb) || !oneWord(noun)) continue;
      pairs.add(`${verb} ${noun}`);
    }
  }
  return [...pairs].sort().map((p) => p.split(' ') as [string, string]);
}

/** Prefixes that make a word's opposite ("significant" / "insignificant", "approve" / "disapprove"). */
export const NEGATING_PREFIXES = ['un', 'in', 'im', 'il', 'ir', 'dis', 'non', 'a', 'ab', 'de', 'mis', 'anti', 'counter'] as const;

/** The data file a pointer's part of speech lives in ("s", a satellite adjective, is in data.adj). */
const FILE_OF_POS: Record<string, string> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

/**
 * Pairs of one-word lemmas that WordNet marks as antonyms ("!") where one is the other with a
 * negating prefix: [word, prefixed word], each once, sorted. The other antonyms are left out: read
 * against a passage, they are mostly the other item of a pair or scale ("first" / "second", "take" /
 * "give", "have" / "lack") rather than a contradiction of it.
 */
export function antonymPairs(files: readonly { pos: string; text: string }[]): [string, string][] {
  const synsets = new Map(files.map((f) => [f.pos, parseSynsets(f.text)]));
  const pairs = new Set<string>();
  for (const own of synsets.values()) {
    for (const synset of own.values()) {
      for (const p of synset.pointers) {
        if (p.symbol !== '!' || p.source === 0 || p.target === 0) continue;
        const a = synset.words[p.source - 1];
        const b = synsets.get(FILE_OF_POS[p.pos] ?? '')?.get(p.offset)?.words[p.target - 1];
        if (!a || !b) continue;
        const [word, prefixed] = a.length < b.length ? [a, b] : [b, a];
        if (/^[a-z]+$/.test(word) && NEGATING_PREFIXES.some((prefix) => prefixed === prefix + word)) pairs.add(`${word} ${prefixed}`);
      }
    }
  }
  return [...pairs].sort().map((p) => p.split(' ') as [string, string]);
}

/**
 * One-word lemmas that WordNet writes with a capital wherever it has them, in every part of speech:
 * names ("France", "Texas", "Einstein") and peoples' words ("English"), lower-cased and sorted. A word
 * it also writes in lower case ("Bill" / "bill", "Doe" / "doe", "Northern" nowhere) is left out, and
 * so are abbreviations ("TV").
 */
export function properNames(files: readonly { pos: string; text: string }[]): string[] {
  const capitalised = new Set<string>();
  const lowerCase = new Set<string>();
  for (const f of files) {
    for (const synset of parseSynsets(f.text).values()) {
      for (const w of synset.written) {
        if (/^\p{Lu}\p{Ll}+$/u.test(w)) capitalised.add(w.toLowerCase());
        else lowerCase.add(w.toLowerCase());
      }
    }
  }
  return [...capitalised].filter((w) => !lowerCase.has(w) && /^[a-z]+$/.test(w)).sort();
}

/**
 * Pairs of one-word lemmas, a name's adjective and the name, that WordNet marks as pertainyms ("\":
 * "of or relating to"), where both are written with a capital: "American" / "America", "Asian" /
 * "Asia", "Palestinian" / "Palestine". [adjective, name], lower-cased, each once, sorted. Common
 * adjectives' pertainyms are left out: they cross senses ("official" / "office").
 */
export function demonymPairs(files: readonly { pos: string; text: string }[]): [string, string][] {
  const adjectives = files.find((f) => f.pos === 'adj');
  const nouns = files.find((f) => f.pos === 'noun');
  if (!adjectives || !nouns) return [];
  const nounSynsets = parseSynsets(nouns.text);
  const pairs = new Set<string>();
  const name = (w: string | undefined): w is string => w !== undefined && /^\p{Lu}\p{Ll}+$/u.test(w);
  for (const synset of parseSynsets(adjectives.text).values()) {
    for (const p of synset.pointers) {
      if (p.symbol !== '\\' || p.pos !== 'n' || p.source === 0 || p.target === 0) continue;
      const adjective = synset.written[p.source - 1];
      const noun = nounSynsets.get(p.offset)?.written[p.target - 1];
      if (!name(adjective) || !name(noun) || adjective === noun) continue;
      pairs.add(`${adjective.toLowerCase()} ${noun.toLowerCase()}`);
    }
  }
  return [...pairs].sort().map((p) => p.split(' ') as [string, string]);
}

/**
 * WordNet's troponyms ("~": a particular manner of doing it) of each one-word verb's first sense,
 * from data.verb and index.verb (which lists a lemma's senses most frequent first): one line per verb
 * that has any, "verb a,b|c", each group one troponym synset's one-word lemmas, the verb itself left
 * out. Sorted by verb.
 */
export function troponymLines(verbData: string, verbIndex: string): string[] {
  const synsets = parseSynsets(verbData);
  const lines: string[] = [];
  for (const [verb, first] of firstSenses(verbIndex, synsets)) {
    const groups = first.pointers
      .filter((p) => p.symbol === '~')
      .map((p) => (synsets.get(p.offset)?.words ?? []).filter((w) => ONE_WORD.test(w) && w !== verb))
      .filter((g) => g.length > 0);
    if (groups.length) lines.push(`${verb} ${groups.map((g) => g.join(',')).join('|')}`);
  }
  return lines.sort();
}

const ONE_WORD = /^[a-z]+$/;

/** The top three levels below "entity" ("abstraction", "communication", "time", "position") are too broad to stand for a noun. */
const MIN_HYPERNYM_DEPTH = 4;

/**
 * WordNet's hypernyms ("@": the more general word) of each one-word noun's senses that its sense-tagged
 * corpus has seen (index.noun's tagsense_cnt, most frequent first; the first sense where none is):
 * one line per noun that has any, "noun a,b|c", each group the one-word lemmas of one sense's
 * hypernym synsets, the noun itself left out ("murder homicide"; "deal transaction|agreement,understanding").
 * Nouns WordNet writes only with a capital (names) are left out, and so are hypernyms among the top
 * levels of the hierarchy ("communication" of "language", "quality" of "popularity"): a category so
 * broad that the coverage's use of it says nothing of the thing asked. Sorted by noun.
 */
export function hypernymLines(nounData: string, nounIndex: string): string[] {
  const synsets = parseSynsets(nounData);
  const writtenLowerCase = new Set([...synsets.values()].flatMap((s) => s.written.filter((w) => w === w.toLowerCase())));
  const depths = new Map<string, number>();
  // Levels below "entity", by the shortest way up (instances included): 1 "abstraction", 2 "communication", 3 "written communication".
  const depth = (offset: string): number => {
    const known = depths.get(offset);
    if (known !== undefined) return known;
    depths.set(offset, 0); // a cycle, should WordNet hold one, ends here
    const up = (synsets.get(offset)?.pointers ?? []).filter((p) => p.symbol === '@' || p.symbol === '@i');
    const d = up.length === 0 ? 0 : 1 + Math.min(...up.map((p) => depth(p.offset)));
    depths.set(offset, d);
    return d;
  };
  const lines: string[] = [];
  for (const [noun, offsets, tagged] of lemmaSenses(nounIndex)) {
    if (!writtenLowerCase.has(noun)) continue;
    const groups = offsets
      .slice(0, Math.max(1, tagged))
      .map((offset) => [
        ...new Set(
          (synsets.get(offset)?.pointers ?? [])
            .filter((p) => p.symbol === '@' && depth(p.offset) >= MIN_HYPERNYM_DEPTH)
            .flatMap((p) => (synsets.get(p.offset)?.written ?? []).filter((w) => ONE_WORD.test(w) && w !== noun)),
        ),
      ])
      .filter((g) => g.length > 0);
    if (groups.length) lines.push(`${noun} ${groups.map((g) => g.join(',')).join('|')}`);
  }
  return lines.sort();
}

/**
 * Each one-word lemma of an index file with the offsets of its senses, most frequent first (as the
 * index lists them), and how many of them WordNet's sense-tagged corpus has seen.
 */
function* lemmaSenses(index: string): Generator<[string, string[], number]> {
  for (const line of index.split('\n')) {
    if (!line || line.startsWith(' ')) continue; // the licence header
    // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
    const fields = line.trim().split(/\s+/);
    const lemma = fields[0]!;
    const senses = Number(fields[2]);
    if (ONE_WORD.test(lemma) && senses >= 1) yield [lemma, fields.slice(fields.length - senses), Number(fields[fields.length - senses - 1])];
  }
}

/** Each one-word lemma of an index file with the synset of its first sense. */
function* firstSenses(index: string, synsets: ReadonlyMap<string, Synset>): Generator<[string, Synset]> {
  for (const [lemma, offsets] of lemmaSenses(index)) {
    const first = synsets.get(offsets[0]!);
    if (first) yield [lemma, first];
  }
}

/** WordNet's lexicographer file of nouns that name a person (noun.person). */
const NOUN_PERSON = 18;

/**
 * The kinds of person WordNet's nouns name, as two lists of lines for person-kinds.ts:
 * - `words`: "word id,id", each one-word noun whose first sense names a person ("secretary",
 *   "husband", "ambassador") and that WordNet writes in lower case somewhere (not a name), with the
 *   ids of its senses that name one;
 * - `parents`: "id parent,parent", each such sense (and each sense above one) with its hypernyms
 *   ("@", "@i") that name a person too: "ambassador" → "diplomat" → "official".
 * Ids number the synsets in WordNet's order, in base 36. From data.noun and index.noun (a lemma's
 * senses most frequent first).
 */
export function personKindLines(nounData: string, nounIndex: string): { words: string[]; parents: string[] } {
  const lexFile = new Map<string, number>();
  for (const line of nounData.split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const fields = line.split(' ', 2);
    lexFile.set(fields[0]!, Number(fields[1]));
  }
  const synsets = parseSynsets(nounData);
  const writtenLowerCase = new Set([...synsets.values()].flatMap((s) => s.written.filter((w) => w === w.toLowerCase())));
  const isPerson = (offset: string) => lexFile.get(offset) === NOUN_PERSON;
  const personHypernyms = (offset: string) => (synsets.get(offset)?.pointers ?? []).filter((p) => (p.symbol === '@' || p.symbol === '@i') && isPerson(p.offset)).map((p) => p.offset);
  const words: [string, string[]][] = [];
  const reached = new Set<string>();
  const visit = (offset: string) => {
    if (reached.has(offset)) return;
    reached.add(offset);
    personHypernyms(offset).forEach(visit);
  };
  for (const [word, offsets] of lemmaSenses(nounIndex)) {
    // A name ("Rhine", the parapsychologist; "British") is no kind of person: WordNet writes it with a capital wherever it has it.
    if (!isPerson(offsets[0]!) || !writtenLowerCase.has(word)) continue;
    const people = offsets.filter(isPerson);
    people.forEach(visit);
    words.push([word, people]);
  }
  // Numbered in WordNet's order, so the same dict always gives the same module.
  const ordered = [...reached].sort();
  const ids = new Map(ordered.map((offset, n) => [offset, n.toString(36)]));
  const idOf = (offset: string) => ids.get(offset)!;
  const parents: string[] = [];
  for (const offset of ordered) {
    const up = [...new Set(personHypernyms(offset).map(idOf))];
    if (up.length) parents.push(`${idOf(offset)} ${up.join(',')}`);
  }
  return { words: words.map(([w, o]) => `${w} ${o.map(idOf).join(',')}`), parents };
}

/**
 * The synonyms of each one-word verb's first sense, from data.verb and index.verb (a lemma's senses
 * most frequent first): one line per verb that has any, "verb a,b", one-word lemmas only, the verb
 * itself left out ("speak talk,utter,mouth,verbalize,verbalise"). Sorted by verb.
 */
export function verbSynonymLines(verbData: string, verbIndex: string): string[] {
  const lines: string[] = [];
  for (const [verb, first] of firstSenses(verbIndex, parseSynsets(verbData))) {
    const synonyms = first.words.filter((w) => ONE_WORD.test(w) && w !== verb);
    if (synonyms.length) lines.push(`${verb} ${[...new Set(synonyms)].join(',')}`);
  }
  return lines.sort();
}

/** Small words a name's initials leave out ("Federal Bureau OF Investigation": FBI). */
const INITIAL_SKIPPED = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'a', 'an']);

/**
 * English initialisms and the words they stand for, where one noun meaning writes both and the
 * words' initials spell it: "ceo chief,executive,officer", "gdp gross,domestic,product". Lower-cased,
 * one per line, sorted; an initialism that stands for two things ("AA") is left out. Pure.
 */
export function initialismLines(nounData: string): string[] {
  const meanings = new Map<string, Set<string>>();
  for (const synset of parseSynsets(nounData).values()) {
    const short = synset.written.filter((w) => /^[A-Z]{2,6}$/.test(w));
    if (short.length === 0) continue;
    for (const long of synset.written) {
      const parts = long.split(/[_-]/).filter(Boolean);
      if (parts.length < 2) continue;
      const initials = parts.filter((p) => !INITIAL_SKIPPED.has(p.toLowerCase())).map((p) => p[0]!.toUpperCase()).join('');
      for (const s of short) {
        if (initials !== s) continue;
        const set = meanings.get(s.toLowerCase()) ?? new Set<string>();
        set.add(parts.join(',').toLowerCase());
        meanings.set(s.toLowerCase(), set);
      }
    }
  }
  return [...meanings].filter(([, longs]) => longs.size === 1).map(([s, longs]) => `${s} ${[...longs][0]}`).sort();
}
