/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least
 * squares) on standardised features; the weights come back on the original scale. Small and exact
 * for the dozen features the engine learns from. Pure.
 */

export interface LogisticModel {
  intercept: number;
  weights: number[];
}

export interface FitOptions {
  /** L2 penalty on the standardised weights (not the intercept). */
  l2: number;
  /** Fit without an intercept (pairwise ranking: differences of two candidates). */
  noIntercept: boolean;
  iterations: number;
  /** Per-row weights (e.g. to balance classes); 1 when absent. */
  rowWeights?: readonly number[];
}

export const DEFAULT_FIT: FitOptions = { l2: 1, noIntercept: false, iterations: 50 };

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function predict(model: LogisticModel, x: readonly number[]): number {
  let z = model.intercept;
  for (let j = 0; j < model.weights.length; j++) z += model.weights[j]! * x[j]!;
  return sigmoid(z);
}

/** Solves A x = b for a small symmetric positive definite A (Gaussian elimination with pivoting). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    const pivot = m[c]![c]!;
    if (Math.abs(pivot) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / pivot;
      if (f !== 0) for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!));
}

export function fitLogistic(x: readonly (readonly number[])[], y: readonly number[], options: Partial<FitOptions> = {}): LogisticModel {
  const o = { ...DEFAULT_FIT, ...options };
  const n = x.length;
  const d = x[0]?.length ?? 0;
  if (n === 0 || y.length !== n) throw new Error('fitLogistic needs as many labels as rows, and at least one row');
  // Standardise (centre only with an intercept: without one, centring would change the model).
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(1);
  for (let j = 0; j < d; j++) {
    let s = 0;
    for (const row of x) s += row[j]!;
    mean[j] = o.noIntercept ? 0 : s / n;
    let v = 0;
    for (const row of x) v += (row[j]! - mean[j]!) ** 2;
    scale[j] = Math.sqrt(v / n) || 1;
  }
  const z = x.map((row) => row.map((v, j) => (v - mean[j]!) / scale[j]!));
  const p = o.noIntercept ? d : d + 1;
  const beta = new Array<number>(p).fill(0);
  const rw = o.rowWeights ?? new Array<number>(n).fill(1);
  for (let it = 0; it < o.iterations; it++) {
    const grad = new Array<number>(p).fill(0);
    const hess = Array.from({ length: p }, () => new Array<number>(p).fill(0));
    for (let i = 0; i < n; i++) {
      const feats = o.noIntercept ? z[i]! : [1, ...z[i]!];
      let eta = 0;
      for (let j = 0; j < p; j++) eta += beta[j]! * feats[j]!;
      const mu = sigmoid(eta);
      const w = rw[i]! * Math.max(mu * (1 - mu), 1e-9);
      const r = rw[i]! * (y[i]! - mu);
      for (let j = 0; j < p; j++) {
        grad[j]! += r * feats[j]!;
        for (let k = j; k < p; k++) hess[j]![k]! += w * feats[j]! * feats[k]!;
      }
    }
    for (let j = 0; j < p; j++) for (let k = 0; k < j; k++) hess[j]![k] = hess[k]![j]!;
    const first = o.noIntercept ? 0 : 1;
    for (let j = first; j < p; j++) {
      grad[j]! -= o.l2 * beta[j]!;
      hess[j]![j]! += o.l2;
    }
    const step = solve(hess, grad);
    let change = 0;
    for (let j = 0; j < p; j++) {
      beta[j]! += step[j]!;
      change = Math.max(change, Math.abs(step[j]!));
    }
    if (change < 1e-8) break;
  }
  const std = o.noIntercept ? beta : beta.slice(1);
  const weights = std.map((b, j) => b / scale[j]!);
  const intercept = (o.noIntercept ? 0 : beta[0]!) - weights.reduce((s, w, j) => s + w * mean[j]!, 0);
  return { intercept, weights };
}
