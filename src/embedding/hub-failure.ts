/**
 * A hub model that could not be loaded is remembered for a while (a small file in the model cache),
 * so that every `npm run ask` does not wait on an unreachable or silent hub again: within the hour
 * the offline model is used at once, and the hub is tried again after it.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface HubFailure {
  model: string;
  /** ISO time of the failure. */
  at: string;
  reason: string;
}

export const HUB_RETRY_AFTER_MS = 60 * 60 * 1000;

export function hubFailureFile(cacheDir: string): string {
  return path.join(cacheDir, 'hub-unreachable.json');
}

/** The remembered failure of this model, if it happened less than `retryAfterMs` before `now`. Pure but for the read. */
export function recentHubFailure(file: string, model: string, now: number, retryAfterMs = HUB_RETRY_AFTER_MS): HubFailure | null {
  let failure: Partial<HubFailure>;
  try {
    failure = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<HubFailure>;
  } catch {
    return null;
  }
  const at = Date.parse(failure.at ?? '');
  if (failure.model !== model || Number.isNaN(at) || now - at >= retryAfterMs || now < at) return null;
  return { model, at: failure.at!, reason: String(failure.reason ?? '') };
}

/** Best effort: a cache that cannot be written only means the hub is tried again next time. */
export function rememberHubFailure(file: string, failure: HubFailure): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(failure));
    fs.renameSync(tmp, file);
  } catch {
    // Nothing to do: the file is a convenience.
  }
}

export function forgetHubFailure(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // A stale file only means one more run uses the offline model.
  }
}
