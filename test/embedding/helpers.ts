/** Shared by the embedding tests: where the real offline model lives, and a logger that records. */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger, type LogLevel, type Logger } from '../../src/log.ts';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The project's git-ignored models folder: built once (under a lock) and reused across test files and runs. */
export const SHARED_MODELS_DIR = path.join(PROJECT_ROOT, 'models');

export interface LogRecord {
  level: LogLevel;
  msg: string;
  [field: string]: unknown;
}

export function capturingLogger(): { logger: Logger; records: LogRecord[] } {
  const records: LogRecord[] = [];
  return { logger: createLogger('debug', (line) => records.push(JSON.parse(line) as LogRecord)), records };
}

const created: string[] = [];

/** A fresh folder under the OS temp dir, removed by `removeTempDirs` (call it in afterAll). */
export async function tempDir(prefix: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `${prefix}-`));
  created.push(dir);
  return dir;
}

export async function removeTempDirs(): Promise<void> {
  await Promise.all(created.splice(0).map((dir) => fs.rm(dir, { recursive: true, force: true })));
}

export function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

export function norm(a: Float32Array): number {
  return Math.sqrt(dot(a, a));
}
