/**
 * engine.warmUp: the question the bot asks itself at start, so that the first member's question does
 * not pay for what is built or compiled on first use. Real engine, offline model, index on disk.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/create-engine.ts';
import { createLogger } from '../../src/log.ts';
import { corpusEngine, type CorpusEngine } from '../helpers/corpus-engine.ts';

interface Line {
  level: string;
  msg: string;
  searched?: boolean;
  vocabularyMs?: number;
}

const built: CorpusEngine[] = [];
afterEach(() => {
  for (const b of built.splice(0)) b.remove();
});

async function engineWithLog(documents: Record<string, string>): Promise<{ engine: Engine; lines: Line[] }> {
  const lines: Line[] = [];
  const b = await corpusEngine('warm-up', documents, createLogger('debug', (line) => lines.push(JSON.parse(line) as Line)));
  built.push(b);
  return { engine: b.engine, lines };
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
    // The corpus's vocabulary is built then, not by the first question with a word the index lacks.
    expect(lines.find((l) => l.msg === 'warmed up')?.vocabularyMs).toBeGreaterThanOrEqual(0);
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
