import { defineConfig } from 'vitest/config';

// Tests must pass with both cores of a two-core machine busy. Nothing here retries or hides a failure:
// the limits below only give slow-but-correct work room to finish. Tests must not run synchronous child
// processes (spawnSync/execSync/execFileSync): they block the worker past vitest's fixed 60 s RPC
// deadline ("Timeout calling onTaskUpdate") — use test/helpers/run-command.ts.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The real model and real native index are loaded in many files; two cores.
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    // A test that embeds with the real model, or a cold tsx start, can take tens of seconds under load.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // How long a worker (holding the model and a native index) gets to exit before vitest reports
    // "Failed to terminate worker"; the 10 s default is tight on a loaded machine.
    teardownTimeout: 60_000,
  },
});
