/**
 * The project's one progress display, on stderr: a percentage line for one slow step (building the
 * offline model, downloading a hub model) and, built on it, a line per phase of loading or building
 * an index (the CLI's `index` and `ask`). On a terminal a line redraws in place; elsewhere (CI logs,
 * npm install output) it is a plain line at each quarter so the output stays readable.
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

export interface PhaseProgressOptions {
  /** A phase that ends sooner leaves no trace: its line is cleared, or never printed off a terminal. */
  showAfterMs?: number;
  /**
   * Keep the line of a phase that lasted showAfterMs or more once it ends, with its time (default
   * true: a record of a build). False for a command whose output is something else (`ask`): on a
   * terminal every line is cleared when its phase ends; elsewhere only a phase that printed
   * progress prints its end.
   */
  keep?: boolean;
  now?: () => number;
}

/** Progress of named phases, one after another: `(phase, done, total)`; `end()` closes the last one. */
export interface PhaseProgress {
  (phase: string, done: number, total: number): void;
  end(): void;
  /** Ends the line where it stands (the work failed), so an error starts on a fresh line. */
  stop(): void;
}

/** Counts as people read them: 29,084. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/**
 * One line per phase that lasts `showAfterMs` (default 1 s) or more. A phase of one step
 * (`total` 1: e.g. writing files) shows its name while it runs, then how long it took; a phase of
 * many shows its percentage and counts, the counts being the ones the phase reports.
 */
export function createPhaseProgress(output: ProgressOutput = process.stderr, options: PhaseProgressOptions = {}): PhaseProgress {
  const interactive = output.isTTY === true;
  const showAfterMs = options.showAfterMs ?? 1000;
  const keep = options.keep ?? true;
  const now = options.now ?? (() => performance.now());
  let current: { phase: string; started: number; shown: number; drawn: boolean; done: number; total: number } | null = null;

  const text = (done: number, total: number) =>
    total === 1 ? (done >= 1 ? 'done' : '…') : `${formatProgress('', done / Math.max(1, total)).trim()} (${formatCount(done)}/${formatCount(total)})`;
  const finish = () => {
    if (!current) return;
    const elapsed = now() - current.started;
    const { phase, done, total } = current;
    if (elapsed >= showAfterMs && (keep || (!interactive && current.shown >= 0))) {
      const line = `${phase}: ${text(Math.max(done, total === 1 ? 1 : done), total)} in ${seconds(elapsed)}`;
      output.write(interactive ? `\r${line}\x1b[K\n` : `${line}\n`);
    } else if (interactive && current.drawn) {
      output.write('\r\x1b[K');
    }
    current = null;
  };
  const report = ((phase: string, done: number, total: number) => {
    if (current?.phase !== phase) {
      finish();
      current = { phase, started: now(), shown: -1, drawn: false, done, total };
    }
    current.done = done;
    current.total = total;
    const percent = total > 0 ? Math.floor((Math.min(done, total) / total) * 100) : 100;
    if (interactive) {
      if (percent === current.shown) return;
      current.shown = percent;
      current.drawn = true;
      output.write(`\r${phase}: ${text(done, total)}\x1b[K`);
    } else {
      const quarter = percent - (percent % 25);
      if (quarter <= current.shown || done >= total || now() - current.started < showAfterMs) return;
      current.shown = quarter;
      output.write(`${phase}: ${text(done, total)}\n`);
    }
  }) as PhaseProgress;
  report.end = finish;
  report.stop = () => {
    if (current && interactive && current.drawn) output.write('\n');
    current = null;
  };
  return report;
}
