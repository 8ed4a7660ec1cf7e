import { describe, expect, it } from 'vitest';
import { createPhaseProgress, createProgressLine, formatProgress } from '../../src/embedding/progress-line.ts';

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

describe('createPhaseProgress', () => {
  /** A clock the test moves by hand. */
  function clock() {
    let t = 0;
    return { now: () => t, advance: (ms: number) => (t += ms) };
  }

  it('GIVEN a phase that lasts over a second off a terminal THEN quarter lines, then its end with the same counts', () => {
    const { writes, output } = sink(false);
    const c = clock();
    const progress = createPhaseProgress(output, { now: c.now });
    progress('Embedding', 0, 29_084);
    c.advance(1500);
    for (let done = 1000; done <= 29_084; done += 1000) progress('Embedding', done, 29_084);
    progress('Embedding', 29_084, 29_084);
    progress.end();
    // The first report past a second says the phase is running; then each quarter; then its end.
    expect(writes).toEqual([
      'Embedding: 3% (1,000/29,084)\n',
      'Embedding: 27% (8,000/29,084)\n',
      'Embedding: 51% (15,000/29,084)\n',
      'Embedding: 75% (22,000/29,084)\n',
      'Embedding: 100% (29,084/29,084) in 1.5 s\n',
    ]);
  });

  it('GIVEN phases shorter than a second off a terminal THEN nothing is printed', () => {
    const { writes, output } = sink(false);
    const progress = createPhaseProgress(output, { now: clock().now });
    progress('Reading the corpus', 0, 3);
    progress('Reading the corpus', 3, 3);
    progress('Writing the index files', 0, 1);
    progress('Writing the index files', 1, 1);
    progress.end();
    expect(writes).toEqual([]);
  });

  it('GIVEN a one-step phase on a terminal THEN its name while it runs, then how long it took', () => {
    const { writes, output } = sink(true);
    const c = clock();
    const progress = createPhaseProgress(output, { now: c.now });
    progress('Writing the index files', 0, 1);
    c.advance(2000);
    progress('Writing the index files', 1, 1);
    progress('Measuring', 0, 1);
    progress.end();
    expect(writes).toEqual([
      '\rWriting the index files: …\x1b[K',
      '\rWriting the index files: done\x1b[K',
      '\rWriting the index files: done in 2.0 s\x1b[K\n',
      '\rMeasuring: …\x1b[K',
      '\r\x1b[K',
    ]);
  });

  it('GIVEN keep false on a terminal THEN even a long phase is cleared when it ends', () => {
    const { writes, output } = sink(true);
    const c = clock();
    const progress = createPhaseProgress(output, { now: c.now, keep: false });
    progress('Loading', 0, 1);
    c.advance(5000);
    progress.end();
    expect(writes).toEqual(['\rLoading: …\x1b[K', '\r\x1b[K']);
  });

  it('GIVEN a failure THEN stop ends the line where it stands', () => {
    const { writes, output } = sink(true);
    const progress = createPhaseProgress(output, { now: clock().now });
    progress('Embedding', 5, 10);
    progress.stop();
    progress.end();
    expect(writes).toEqual(['\rEmbedding: 50% (5/10)\x1b[K', '\n']);
  });
});
