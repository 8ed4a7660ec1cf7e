/**
 * scripts/measure-adoption.ts run as an engineer would: on a real saved index (offline model, the
 * shipped article) it prints three runs' figures; with no folder, the usage; on a folder holding no
 * index, one line saying so.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { shippedArticleEngine, type CorpusEngine } from '../helpers/corpus-engine.ts';
import { runCommand, TSX } from '../helpers/run-command.ts';

const run = (args: string[]) => runCommand(TSX, [path.join(PROJECT_ROOT, 'scripts', 'measure-adoption.ts'), ...args], { cwd: PROJECT_ROOT, env: process.env, timeoutMs: 100_000 });

let built: CorpusEngine;
beforeAll(async () => {
  built = await shippedArticleEngine('measure-adoption');
});
afterAll(() => built?.remove());

describe('scripts/measure-adoption.ts', { timeout: 240_000 }, () => {
  it('GIVEN a saved index THEN three runs, each the sentences read and verified, the time and the longest hold of the event loop', async () => {
    const r = await run([path.join(built.root, 'index')]);
    expect(r.status, r.stderr).toBe(0);
    const sentences = built.engine.current().index.answerableCount;
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    lines.forEach((line, i) => expect(line).toMatch(new RegExp(`^run ${i + 1}: ${sentences} sentences read and verified in \\d+ ms; event loop held at most \\d+ ms at a stretch$`)));
  });

  it('GIVEN no folder THEN the usage, exit 2; GIVEN a folder holding no index THEN one line saying so, exit 1', async () => {
    const none = await run([]);
    expect(none.status).toBe(2);
    expect(none.stderr).toBe('usage: npx tsx scripts/measure-adoption.ts <index folder holding an offline-model index>\n');
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'measure-adoption-empty-'));
    try {
      const r = await run([empty]);
      expect(r.status).toBe(1);
      expect(r.stderr).toBe(`error: no usable offline/glove-wink-100d index in ${empty}\n`);
      expect(r.stdout).toBe('');
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
