/**
 * engine.warmUp: the question the bot asks itself at start, so that the first member's question does
 * not pay for what is built or compiled on first use. Real engine, offline model, index on disk.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/config.ts';
import { createEngine, type Engine } from '../../src/engine/create-engine.ts';
import { createLogger } from '../../src/log.ts';
import { offlineEmbedder } from '../helpers/offline-embedder.ts';

interface Line {
  level: string;
  msg: string;
  searched?: boolean;
}

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) fs.rmSync(r, { recursive: true, force: true });
});

async function engineWithLog(documents: Record<string, string>): Promise<{ engine: Engine; lines: Line[] }> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'warm-up-'));
  roots.push(root);
  fs.mkdirSync(path.join(root, 'corpus'));
  for (const [file, text] of Object.entries(documents)) fs.writeFileSync(path.join(root, 'corpus', file), text);
  const lines: Line[] = [];
  const logger = createLogger('debug', (line) => lines.push(JSON.parse(line) as Line));
  const config = { corpusDir: path.join(root, 'corpus'), indexDir: path.join(root, 'index'), modelsDir: DEFAULTS.modelsDir, cacheDir: DEFAULTS.cacheDir, embeddingModel: 'offline' };
  const engine = await createEngine(config, logger, { embedder: await offlineEmbedder() });
  return { engine, lines };
}

const BRIDGE = '# Harbour bridge reopens\n\nThe harbour bridge reopened on Tuesday after a two-year repair. The mayor said the work cost 40 million euros.\n';

describe('warming the engine up', () => {
  it('GIVEN a corpus WHEN it warms up THEN a question went through the search, nothing was said wrong, and answers are as before', async () => {
    const { engine, lines } = await engineWithLog({ 'bridge.md': BRIDGE });
    const before = await engine.ask('How much did the repair cost?');
    lines.length = 0;
    await engine.warmUp();
    expect(lines.filter((l) => l.level === 'warn' || l.level === 'error')).toEqual([]);
    expect(lines.find((l) => l.msg === 'warmed up')?.searched).toBe(true);
    expect(await engine.ask('How much did the repair cost?')).toEqual(before);
  });

  it.each([
    ['a greeting', 'Hello'],
    ['a request for an overview', 'Summary'],
    ['a title longer than a question may be', 'Bridge '.repeat(200).trim()],
  ])('GIVEN a first title that is %s THEN the warm-up question still goes through the search', async (_, title) => {
    const { engine, lines } = await engineWithLog({ 'first.md': `# ${title}\n\n${BRIDGE.split('\n\n')[1]}` });
    await engine.warmUp();
    expect(lines.filter((l) => l.level === 'warn' || l.level === 'error')).toEqual([]);
    expect(lines.find((l) => l.msg === 'warmed up')?.searched).toBe(true);
  });
});
