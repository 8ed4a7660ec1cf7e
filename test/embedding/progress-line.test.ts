import { describe, expect, it } from 'vitest';
import { createProgressLine, formatProgress } from '../../src/embedding/progress-line.ts';

function sink(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, output: { isTTY, write: (text: string) => writes.push(text) } };
}

describe('createProgressLine', () => {
  it('prints a plain line per quarter when stderr is not a terminal', () => {
    const { writes, output } = sink(false);
    const line = createProgressLine('building:', output);
    for (let i = 0; i <= 100; i++) line.update(i / 100);
    line.done();
    expect(writes).toEqual(['building:   0%\n', 'building:  25%\n', 'building:  50%\n', 'building:  75%\n', 'building: 100%\n']);
  });

  it('redraws one line in place on a terminal and ends it once', () => {
    const { writes, output } = sink(true);
    const line = createProgressLine('downloading:', output);
    line.update(0.5, '(1.0 / 2.0 MB)');
    line.update(0.5);
    line.done();
    line.done();
    expect(writes).toEqual(['\rdownloading:  50% (1.0 / 2.0 MB)\x1b[K', '\rdownloading: 100%\x1b[K', '\n']);
  });

  it('ends a failed step where it stood, without claiming 100%', () => {
    const { writes, output } = sink(true);
    const line = createProgressLine('downloading:', output);
    line.update(0.4);
    line.stop();
    line.done();
    expect(writes).toEqual(['\rdownloading:  40%\x1b[K', '\n']);
  });
});

describe('formatProgress', () => {
  it('clamps the fraction', () => {
    expect(formatProgress('x', 1.7)).toBe('x 100%');
    expect(formatProgress('x', -1)).toBe('x   0%');
  });
});
