/**
 * Each measured phase runs in a Node process of its own, so that its peak RSS is its own and a
 * restart really starts cold. The driver passes the input as JSON and reads the result from a file.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';

export interface PhaseOptions {
  /** Extra Node flags, e.g. ["--cpu-prof", "--cpu-prof-dir=…"]. */
  nodeFlags?: readonly string[];
}

export function runPhase<T>(script: string, input: unknown, resultFile: string, options: PhaseOptions = {}): Promise<T> {
  fs.rmSync(resultFile, { force: true });
  return new Promise<T>((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeFlags ?? []), '--import', 'tsx', script, JSON.stringify(input), resultFile], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code !== 0) return reject(new Error(`${script} failed (${signal ?? `exit code ${code}`})`));
      try {
        resolve(JSON.parse(fs.readFileSync(resultFile, 'utf8')) as T);
      } catch (error) {
        reject(error as Error);
      }
    });
  });
}

/** The child's side: runs `main` on the input and writes its result where the driver reads it. */
export function phaseMain<I, O>(main: (input: I) => Promise<O>): void {
  const [inputJson, resultFile] = process.argv.slice(2);
  if (!inputJson || !resultFile) {
    process.stderr.write('This is a phase of `npm run bench`, started by scripts/bench.ts.\n');
    process.exitCode = 2;
    return;
  }
  main(JSON.parse(inputJson) as I).then(
    (out) => fs.writeFileSync(resultFile, JSON.stringify(out)),
    (error: unknown) => {
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

/** Peak resident set size of this process so far, in MB. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}
