import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/corpus/parse-document.ts';
import { segmentDocument } from '../../src/corpus/segment-document.ts';
import { createHash } from 'node:crypto';
import type { Embedder } from '../../src/embedding/embedder.ts';
import { buildIndex } from '../../src/index/build-index.ts';
import { FILES, parseSentenceRecords } from '../../src/index/index-files.ts';
import { buildLexicalIndex } from '../../src/index/search-index.ts';
import { terms } from '../../src/index/terms.ts';
import { UNCALIBRATED } from '../../src/retrieval/calibration.ts';
import { offlineEmbedder } from '../helpers/offline-embedder.ts';

let embedder: Embedder;
let root: string;
beforeAll(async () => {
  embedder = await offlineEmbedder();
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'build-index-'));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** A generation folder for a build to write into. */
function generationDir(name: string): string {
  const dir = path.join(root, name);
  fs.mkdirSync(dir);
  return dir;
}

function doc(docId: string, text: string) {
  return segmentDocument(parseDocument(docId, text, createHash('sha256').update(text).digest('hex')));
}

const A = '# Bridge\n\nThe harbour bridge reopened on Tuesday. Engineers replaced 412 steel cables. The council paid 31 million euros.\n';
const B = '# Library\n\nThe central library closed for two weeks. Volunteers moved 20,000 books. The roof no longer leaks.\n';
const C = 'Ferry\n\nThe ferry to the island runs twice a day. Tickets cost four euros. The harbour bridge is closed to lorries.\n';

describe('buildIndex, incrementally', () => {
  it('GIVEN a changed, a removed and an added document THEN the updated lexical index answers exactly as one rebuilt from its records', async () => {
    const firstDir = generationDir('first');
    const first = await buildIndex([doc('a.md', A), doc('b.md', B)], [], embedder, null, { calibration: UNCALIBRATED, dir: firstDir });
    const second = await buildIndex(
      [doc('a.md', A.replace('412 steel', '398 steel')), doc('c.txt', C)],
      [],
      embedder,
      { index: first.index, dir: firstDir },
      { calibration: UNCALIBRATED, dir: generationDir('second') },
    );
    expect(second).toMatchObject({ changed: ['a.md'], added: ['c.txt'], removed: ['b.md'] });
    expect(second.embedded).toBe(4); // the edited sentence and the three of c.txt

    const rebuilt = buildLexicalIndex(second.index.records);
    expect(second.index.lexical.size).toBe(rebuilt.size);
    for (const question of ['harbour bridge cables', 'library books roof', 'ferry tickets euros', 'how many steel cables']) {
      const q = terms(question);
      expect(second.index.lexical.search(q, 10)).toEqual(rebuilt.search(q, 10));
      for (const t of q) expect(second.index.lexical.idf(t)).toBe(rebuilt.idf(t));
    }
    // The serving index was not touched.
    expect(first.index.lexical.search(terms('library books'), 3)).toEqual(buildLexicalIndex(first.index.records).search(terms('library books'), 3));
  });

  it('GIVEN text beyond ASCII THEN the sentences file of a build, anew or updated, holds exactly its records', async () => {
    const accents = '# Café “Ñandú”\n\nCéloron’s expedition reached Logstown — 200 men 🚣. Ogród Saski reopened in 1870.\n';
    const freshDir = generationDir('non-ascii-fresh');
    const fresh = await buildIndex([doc('d.md', accents)], [], embedder, null, { calibration: UNCALIBRATED, dir: freshDir });
    const written = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, FILES.sentences), 'utf8'));
    expect(written(freshDir)).toEqual(JSON.parse(JSON.stringify(fresh.index.records)));
    expect(fresh.index.records.some((r) => r.text.includes('Céloron’s'))).toBe(true);

    const updatedDir = generationDir('non-ascii-updated');
    const updated = await buildIndex([doc('d.md', accents), doc('a.md', A)], [], embedder, { index: fresh.index, dir: freshDir }, { calibration: UNCALIBRATED, dir: updatedDir });
    expect(updated.added).toEqual(['a.md']);
    expect(written(updatedDir)).toEqual(JSON.parse(JSON.stringify(updated.index.records)));
  });

  it('GIVEN 1,203 sentences THEN the sentences file holds them a part per line, read back a part at a time with turns of the event loop between', async () => {
    const long = `# Almanac\n\n${Array.from({ length: 1200 }, (_, i) => `Entry ${i} records ${i % 7} lanterns lit at dusk.`).join(' ')}\n`;
    const dir = generationDir('parts-per-line');
    const built = await buildIndex([doc('long.md', long), doc('a.md', A)], [], embedder, null, { calibration: UNCALIBRATED, dir });
    const bytes = fs.readFileSync(path.join(dir, FILES.sentences));
    const text = bytes.toString('utf8');
    expect(text.split('\n').length).toBeGreaterThanOrEqual(5); // "[", three parts or more, "]"
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(built.index.records)));

    // Turns of the event loop while it parses (each a `setImmediate`): the serving thread answers meanwhile.
    let turns = 0;
    let counting = true;
    const count = () => {
      if (!counting) return;
      turns++;
      setImmediate(count);
    };
    setImmediate(count);
    // Slices smaller than a line: a line (a part of 500 records) at a time, three turns or more.
    expect(await parseSentenceRecords(bytes, 4096)).toEqual(JSON.parse(text));
    counting = false;
    expect(turns).toBeGreaterThanOrEqual(3);
    // Slices larger than the file: all of it at once.
    expect(await parseSentenceRecords(bytes)).toEqual(JSON.parse(text));
  });

  it('GIVEN a removal that frees most slots THEN the update renumbers copies: the serving index keeps its slots and answers as before', async () => {
    // 1,200 sentences removed against A's three kept: more free slots than live ones, so the update compacts.
    const long = `# Almanac\n\n${Array.from({ length: 1200 }, (_, i) => `Entry ${i} records ${i % 7} lanterns lit at dusk.`).join(' ')}\n`;
    const firstDir = generationDir('before-compaction');
    const first = await buildIndex([doc('long.md', long), doc('a.md', A)], [], embedder, null, { calibration: UNCALIBRATED, dir: firstDir });
    const slotsBefore = first.index.documentSentences('a.md').map((r) => r.slot);
    expect(Math.min(...slotsBefore)).toBeGreaterThan(1000); // a.md comes after the long document

    const second = await buildIndex([doc('a.md', A)], [], embedder, { index: first.index, dir: firstDir }, { calibration: UNCALIBRATED, dir: generationDir('compacted') });
    expect(second.removed).toEqual(['long.md']);
    expect(second.embedded).toBe(0);
    expect(second.index.manifest.slotCount).toBe(second.index.records.length); // renumbered from 0
    expect(first.index.documentSentences('a.md').map((r) => r.slot)).toEqual(slotsBefore);
    const cables = terms('steel cables');
    expect(first.index.lexical.search(cables, 1)[0]!.slot).toBe(first.index.documentSentences('a.md').find((r) => r.text.includes('cables'))!.slot);
    expect(second.index.lexical.search(cables, 1)[0]!.slot).toBe(second.index.documentSentences('a.md').find((r) => r.text.includes('cables'))!.slot);
  });
});

describe('SearchIndex.sentenceAt', () => {
  it('GIVEN a document THEN each of its sentences by number, and none before the first or after the last', async () => {
    const built = await buildIndex([doc('a.md', A), doc('b.md', B)], [], embedder, null, { calibration: UNCALIBRATED, dir: generationDir('numbers') });
    for (const docId of ['a.md', 'b.md']) {
      const sentences = built.index.documentSentences(docId);
      expect(sentences.length).toBeGreaterThan(2);
      sentences.forEach((s, i) => expect(built.index.sentenceAt(docId, i + 1)).toBe(s));
      expect(built.index.sentenceAt(docId, 0)).toBeUndefined();
      expect(built.index.sentenceAt(docId, sentences.length + 1)).toBeUndefined();
    }
    expect(built.index.sentenceAt('missing.md', 1)).toBeUndefined();
  });

  it('GIVEN an index updated with an edited, a removed and an added document THEN besideOf gives the sentence before and after, as numbered', async () => {
    const firstDir = generationDir('beside-first');
    const first = await buildIndex([doc('a.md', A), doc('b.md', B)], [], embedder, null, { calibration: UNCALIBRATED, dir: firstDir });
    const edited = A.replace('Engineers replaced 412 steel cables.', 'Engineers replaced 398 steel cables. Divers checked the piers.');
    const updated = await buildIndex([doc('c.txt', C), doc('a.md', edited)], [], embedder, { index: first.index, dir: firstDir }, { calibration: UNCALIBRATED, dir: generationDir('beside-second') });
    for (const index of [first.index, updated.index]) {
      for (const r of index.records) {
        expect(index.besideOf(r, -1)).toBe(index.sentenceAt(r.docId, r.index - 1));
        expect(index.besideOf(r, 1)).toBe(index.sentenceAt(r.docId, r.index + 1));
      }
    }
    // The edited document's sentences no longer all sit in consecutive slots.
    const slots = updated.index.documentSentences('a.md').map((r) => r.slot);
    expect(slots.some((slot, i) => i > 0 && slot !== slots[i - 1]! + 1)).toBe(true);
  });
});
