/**
 * `npm run add`'s confirmation, in process: the real engine (offline model, index on disk), the real
 * CorpusAdmin and real files; only the person at the terminal is played, by the answers given.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDocuments } from '../../src/cli/add-documents.ts';
import { CorpusAdmin } from '../../src/corpus/admin/corpus-admin.ts';
import { DEFAULT_FETCH_POLICY } from '../../src/corpus/fetch/fetch-policy.ts';
import { shippedArticleEngine, type CorpusEngine } from '../helpers/corpus-engine.ts';

const BRIEFING = '# Briefing on arms tracing\n\nOfficials said the tracing of seized firearms will be shared weekly between both police agencies from March onwards.\n';

let built: CorpusEngine;
let admin: CorpusAdmin;
let briefing: string;

beforeAll(async () => {
  built = await shippedArticleEngine('add-documents');
  admin = new CorpusAdmin({ corpusDir: path.join(built.root, 'corpus'), dataDir: path.join(built.root, 'data'), policy: DEFAULT_FETCH_POLICY, engine: built.engine });
  briefing = path.join(built.root, 'briefing.md');
  fs.writeFileSync(briefing, BRIEFING);
});
afterAll(() => built?.remove());

/** addDocuments with the terminal's answers given in turn; what it wrote, and the questions it asked. */
async function add(answers: string[]) {
  const asked: string[] = [];
  let out = '';
  let err = '';
  const result = await addDocuments({
    admin,
    sources: [briefing],
    by: { userId: 'command-line', userName: 'tester' },
    yes: false,
    confirm: async (question) => {
      asked.push(question);
      return answers.shift() ?? '';
    },
    write: (text) => (out += text),
    warn: (text) => (err += text),
  });
  return { ...result, asked, out, err };
}

describe('npm run add at a terminal', () => {
  test('GIVEN "n" (or nothing) THEN not added; GIVEN "y" THEN added and answered from', async () => {
    const declined = await add(['n']);
    expect(declined.asked).toEqual(['Add it to the corpus? [y/N] ']);
    expect(declined.out).toContain('Briefing on arms tracing');
    expect(declined.out).toContain('Not added.');
    expect(fs.existsSync(path.join(built.root, 'corpus', 'briefing-on-arms-tracing.md'))).toBe(false);

    expect((await add([''])).out).toContain('Not added.');

    const accepted = await add(['y']);
    expect(accepted).toMatchObject({ failed: 0, err: '' });
    expect(accepted.out).toMatch(/Added briefing-on-arms-tracing\.md \(1 sentence/);
    const answer = await built.engine.ask('How often will the tracing of seized firearms be shared?');
    expect(answer.passages[0]?.citation.docId).toBe('briefing-on-arms-tracing.md');
  });

  test('GIVEN the same file once it is in the corpus THEN nothing is asked', async () => {
    const again = await add(['y']);
    expect(again.asked).toEqual([]);
    expect(again.out).toContain('Already in the corpus as “Briefing on arms tracing”');
  });

  test('GIVEN a newer version of it and "n" THEN asked whether to replace it, and not replaced', async () => {
    fs.writeFileSync(briefing, `${BRIEFING}\nThe first exchange of tracing records took place on Monday.\n`);
    const declined = await add(['n']);
    expect(declined.asked).toEqual(['Replace “Briefing on arms tracing” with it? [y/N] ']);
    expect(declined.out).toContain('“The first exchange of tracing records took place on Monday.”');
    expect(declined.out).toContain('Not replaced.');
    expect(fs.readFileSync(path.join(built.root, 'corpus', 'briefing-on-arms-tracing.md'), 'utf8')).not.toContain('first exchange');
  });
});
