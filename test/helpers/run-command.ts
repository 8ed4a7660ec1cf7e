/**
 * Runs a command as an asynchronous child process, for tests. Never run a child process synchronously
 * in tests (the *Sync functions of node:child_process): a synchronous child blocks the vitest worker,
 * and on a loaded machine the worker then misses its RPC deadline ("Timeout calling onTaskUpdate")
 * and the run fails although every test passed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.ts';

/** tsx's launcher, for running a TypeScript entry point or script as a child, as `npx tsx` does. */
export const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');

export interface RunCommandOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Written to the child's stdin, which is then closed. Without it stdin is closed at once. */
  input?: string;
  /** Keeps stdin open for `RunningCommand.type` (a member answering a prompt); `input` is ignored. */
  interactive?: boolean;
  /** After this long the child (and everything it started) is killed with SIGKILL. Default 120 s. */
  timeoutMs?: number;
}

export interface RunCommandResult {
  /** Exit code, or null when the child was ended by a signal. */
  status: number | null;
  signal: NodeJS.Signals | null;
  /** True when the child was killed because it outlived timeoutMs. */
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

const GROUP_KILL = process.platform !== 'win32';

/** Children still running, killed if the test worker exits first so none outlive the run. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) kill(child);
});

function kill(child: ChildProcess): void {
  try {
    // The child leads its own process group, so this also reaches what it started (tsx runs the
    // script in a second node process, which would otherwise keep the pipes open after its parent died).
    if (GROUP_KILL && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    else child.kill('SIGKILL');
  } catch {
    // Already gone.
  }
}

/** A child process still running: its output so far, a wait for a line of it, a signal, and its end. */
export interface RunningCommand {
  /** The whole output when the child ends (or is killed after timeoutMs). */
  readonly result: Promise<RunCommandResult>;
  /** What the child wrote to stderr so far. */
  stderr(): string;
  /** Resolves with stderr once it matches `pattern`; rejects if the child ends first. */
  stderrMatching(pattern: RegExp): Promise<string>;
  /** The same for stdout (where `script` shows a terminal's whole screen). */
  stdoutMatching(pattern: RegExp): Promise<string>;
  /** Writes to the stdin of an `interactive` child, closing it after when `last`. */
  type(text: string, last?: boolean): void;
  /** Sends a signal to the child and everything it started (tsx runs the script in a second process). */
  signal(name: NodeJS.Signals): void;
}

export function startCommand(command: string, args: readonly string[], options: RunCommandOptions): RunningCommand {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: GROUP_KILL,
  });
  running.add(child);
  let stdout = '';
  let stderr = '';
  let timedOut = false;
  const watchers = new Set<() => void>();
  const timer = setTimeout(() => {
    timedOut = true;
    kill(child);
  }, timeoutMs);

  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    for (const watch of watchers) watch();
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    for (const watch of watchers) watch();
  });
  // A child that exits without reading its input (e.g. a usage error) makes the write fail with EPIPE;
  // that is the child's business, its exit status tells the test what happened.
  child.stdin!.on('error', () => {});
  if (!options.interactive) child.stdin!.end(options.input ?? '');

  const result = new Promise<RunCommandResult>((resolve, reject) => {
    let settled = false;
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      running.delete(child);
      settle();
      for (const watch of watchers) watch();
    };
    child.on('error', (error) => finish(() => reject(error)));
    child.on('close', (status, signal) => {
      if (timedOut) stderr += `\n[runCommand] killed with SIGKILL after ${timeoutMs} ms: ${command} ${args.join(' ')}\n`;
      finish(() => resolve({ status, signal, timedOut, stdout, stderr }));
    });
  });

  const outputMatching = (name: string, output: () => string, pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const watch = () => {
        if (pattern.test(output())) {
          watchers.delete(watch);
          resolve(output());
        } else if (!running.has(child)) {
          watchers.delete(watch);
          reject(new Error(`the command ended before its ${name} matched ${pattern}:\n${output()}`));
        }
      };
      watchers.add(watch);
      watch();
    });

  return {
    result,
    stderr: () => stderr,
    stderrMatching: (pattern) => outputMatching('stderr', () => stderr, pattern),
    stdoutMatching: (pattern) => outputMatching('stdout', () => stdout, pattern),
    type: (text, last = false) => {
      if (last) child.stdin!.end(text);
      else child.stdin!.write(text);
    },
    signal: (name) => {
      try {
        if (GROUP_KILL && child.pid !== undefined) process.kill(-child.pid, name);
        else child.kill(name);
      } catch {
        // Already gone.
      }
    },
  };
}

export function runCommand(command: string, args: readonly string[], options: RunCommandOptions): Promise<RunCommandResult> {
  return startCommand(command, args, options).result;
}
