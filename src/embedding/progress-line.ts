/**
 * A percentage line on stderr for slow steps (building the offline model, downloading a hub
 * model). On a terminal it redraws one line in place; elsewhere (CI logs, npm install output) it
 * prints a plain line at each quarter so the output stays readable.
 */

export interface ProgressOutput {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface ProgressLine {
  /** `fraction` in [0, 1]; `detail` is shown after the percentage. */
  update(fraction: number, detail?: string): void;
  /** Ends the line (shows 100% if it was not reached). */
  done(detail?: string): void;
  /** Ends the line where it is, for a step that failed, so the next output starts on a fresh line. */
  stop(): void;
}

export function formatProgress(label: string, fraction: number, detail?: string): string {
  const percent = Math.floor(Math.min(1, Math.max(0, fraction)) * 100);
  return `${label} ${String(percent).padStart(3)}%${detail ? ` ${detail}` : ''}`;
}

export function createProgressLine(label: string, output: ProgressOutput = process.stderr): ProgressLine {
  const interactive = output.isTTY === true;
  const step = interactive ? 1 : 25;
  let shown = -1;
  let finished = false;
  const show = (percent: number, detail?: string) => {
    shown = percent;
    const line = formatProgress(label, percent / 100, detail);
    output.write(interactive ? `\r${line}\x1b[K` : `${line}\n`);
  };
  return {
    update(fraction, detail) {
      if (finished) return;
      const percent = Math.floor(Math.min(1, Math.max(0, fraction)) * 100);
      const bucket = percent - (percent % step);
      if (bucket > shown) show(bucket, detail);
    },
    done(detail) {
      if (finished) return;
      finished = true;
      if (shown < 100) show(100, detail);
      if (interactive) output.write('\n');
    },
    stop() {
      if (finished) return;
      finished = true;
      if (interactive && shown >= 0) output.write('\n');
    },
  };
}
