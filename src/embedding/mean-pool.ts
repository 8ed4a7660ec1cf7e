/**
 * Mean pooling over the tokens the attention mask marks, then L2 normalisation: what transformers.js's
 * feature-extraction pipeline does for `{ pooling: 'mean', normalize: true }`, on the raw arrays.
 * Its own loop converts every BigInt mask value and reads every element through the tensor's Proxy
 * once per dimension; with the offline model that was 85% of embedding time. Pure.
 */

/** `hidden` is [rows, tokens, width] row-major; `mask` is [rows, tokens], 1 for a real token. */
export function meanPoolNormalized(
  hidden: ArrayLike<number>,
  dims: readonly number[],
  mask: ArrayLike<number | bigint>,
): Float32Array[] {
  if (dims.length !== 3) throw new Error(`expected token embeddings of shape [rows, tokens, width], got [${dims.join(', ')}]`);
  const [rows, tokens, width] = dims as [number, number, number];
  if (hidden.length !== rows * tokens * width || mask.length !== rows * tokens) {
    throw new Error(`token embeddings (${hidden.length}) or mask (${mask.length}) do not match shape [${dims.join(', ')}]`);
  }
  const out: Float32Array[] = [];
  const sum = new Float64Array(width);
  for (let r = 0; r < rows; r++) {
    sum.fill(0);
    let count = 0;
    for (let t = 0; t < tokens; t++) {
      if (Number(mask[r * tokens + t]) === 0) continue;
      count++;
      const base = (r * tokens + t) * width;
      for (let k = 0; k < width; k++) sum[k] = sum[k]! + hidden[base + k]!;
    }
    const vector = new Float32Array(width);
    // A text without a single token (empty, for the offline model) is similar to nothing: all zeros.
    if (count > 0) {
      let norm = 0;
      for (let k = 0; k < width; k++) norm += sum[k]! * sum[k]!;
      norm = Math.sqrt(norm);
      if (norm > 0) for (let k = 0; k < width; k++) vector[k] = sum[k]! / norm;
    }
    out.push(vector);
  }
  return out;
}
