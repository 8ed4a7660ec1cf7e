/**
 * The node flags the deployed bot runs with: `npm start`'s, read from package.json, so that the
 * benchmark's "as deployed" phase cannot drift from what a server runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.ts';

/** The flags between `node` (or a path to it) and the script of a command line. Pure. */
export function nodeFlagsOf(command: string): string[] {
  const words = command.trim().split(/\s+/);
  if (!/(^|\/)node$/.test(words[0] ?? '')) throw new Error(`not a node command: ${command}`);
  const flags: string[] = [];
  for (const word of words.slice(1)) {
    if (!word.startsWith('--')) break;
    flags.push(word);
  }
  return flags;
}

export function deployedNodeFlags(root: string = PROJECT_ROOT): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: { start: string } };
  return nodeFlagsOf(pkg.scripts.start);
}
