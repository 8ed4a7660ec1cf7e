/**
 * Reading WordNet's data files (wndb(5WN): one synset per line — offset, lexicographer file, type,
 * word count in hex, words with lexical ids, pointer count, pointers "symbol offset pos source/target").
 * Pure: the files' text in, the pairs out.
 */

interface Synset {
  words: string[];
  pointers: { symbol: string; offset: string; pos: string; source: number; target: number }[];
}

const FILE_OF: Record<string, string> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

function parseSynsets(text: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('  ')) continue; // the licence header
    const fields = line.split(' | ')[0]!.trim().split(/\s+/);
    const count = parseInt(fields[3]!, 16);
    const words = Array.from({ length: count }, (_, i) => fields[4 + 2 * i]!.toLowerCase().replace(/\(.*\)$/, ''));
    let at = 4 + 2 * count;
    const pointerCount = Number(fields[at++]);
    const pointers: Synset['pointers'] = [];
    for (let k = 0; k < pointerCount; k++, at += 4) {
      const st = fields[at + 3]!;
      pointers.push({ symbol: fields[at]!, offset: fields[at + 1]!, pos: fields[at + 2]!, source: parseInt(st.slice(0, 2), 16), target: parseInt(st.slice(2), 16) });
    }
    synsets.set(fields[0]!, { words, pointers });
  }
  return synsets;
}

/** Pairs of one-word lemmas WordNet marks as derivationally related ("+"), each once, sorted. */
export function derivationPairs(files: readonly { pos: string; text: string }[]): [string, string][] {
  const byFile = new Map(files.map((f) => [f.pos, parseSynsets(f.text)]));
  const pairs = new Set<string>();
  const oneWord = (w: string) => /^[a-z]+$/.test(w);
  for (const synsets of byFile.values()) {
    for (const synset of synsets.values()) {
      for (const p of synset.pointers) {
        if (p.symbol !== '+' || p.source === 0 || p.target === 0) continue;
        const a = synset.words[p.source - 1];
        const b = byFile.get(FILE_OF[p.pos] ?? '')?.get(p.offset)?.words[p.target - 1];
        if (!a || !b || a === b || !oneWord(a) || !oneWord(b)) continue;
        pairs.add(a < b ? `${a} ${b}` : `${b} ${a}`);
      }
    }
  }
  return [...pairs].sort().map((p) => p.split(' ') as [string, string]);
}
