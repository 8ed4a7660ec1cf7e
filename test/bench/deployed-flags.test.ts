import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deployedNodeFlags, nodeFlagsOf } from '../../scripts/bench/deployed-flags.ts';
import { PROJECT_ROOT } from '../../src/config.ts';

describe('the node flags the deployed bot runs with', () => {
  it('GIVEN a command line THEN the flags between node and the script are read, and nothing after the script', () => {
    expect(nodeFlagsOf('node --optimize-for-size --max-semi-space-size=1 scripts/launch.mjs --compiled src/main.ts')).toEqual(['--optimize-for-size', '--max-semi-space-size=1']);
    expect(nodeFlagsOf('/usr/bin/node dist/src/main.js --verbose')).toEqual([]);
    expect(() => nodeFlagsOf('tsx src/main.ts')).toThrow(/not a node command/);
  });

  it('GIVEN npm start, the Docker image and the systemd unit THEN all three run node with the flags the benchmark measures', () => {
    const flags = deployedNodeFlags();
    expect(flags.length).toBeGreaterThan(0);
    const dockerCmd = fs.readFileSync(path.join(PROJECT_ROOT, 'Dockerfile'), 'utf8').match(/exec (node [^"]*)"/)?.[1];
    const unit = fs.readFileSync(path.join(PROJECT_ROOT, 'deploy', 'event-qa-bot.service'), 'utf8').match(/^ExecStart=(.*)$/m)?.[1];
    expect(dockerCmd).toBeDefined();
    expect(unit).toBeDefined();
    expect(nodeFlagsOf(dockerCmd!)).toEqual(flags);
    expect(nodeFlagsOf(unit!)).toEqual(flags);
  });
});
