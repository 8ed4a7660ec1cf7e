/**
 * The ONNX graph of a static embedding model: one Gather that looks each token id up in a
 * [vocabulary, dimensions] table, named the way transformers.js expects an encoder to be:
 * input `input_ids` (int64 [batch, sequence]) → output `last_hidden_state` (float32
 * [batch, sequence, dimensions]). transformers.js feeds only the inputs a session declares, so no
 * `attention_mask` input is needed: the pipeline applies the mask itself when it mean-pools.
 * The table can live in a file beside the model (`tableFile`): loaded from its path, onnxruntime
 * then maps it into memory, and only the rows looked up become resident, instead of the whole
 * table being copied into memory (twice while the session is created).
 */
import type { OnnxModel } from './onnx-encoder.ts';

export interface EmbeddingTable {
  vocabularySize: number;
  dimensions: number;
  /** Row-major [vocabularySize, dimensions]. */
  values: Float32Array;
}

/** ONNX stores raw tensor data little-endian whatever the host is. */
export function float32LittleEndian(values: Float32Array): Uint8Array {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] === 1) return bytes;
  const out = new Uint8Array(values.byteLength);
  const view = new DataView(out.buffer);
  values.forEach((v, i) => view.setFloat32(i * 4, v, true));
  return out;
}

export function staticEmbeddingModel(
  table: EmbeddingTable,
  info: {
    producerVersion: string;
    metadata?: Record<string, string>;
    /** Refer to the table in this file (relative to the model file; the caller writes `float32LittleEndian(values)` there) rather than embed it. */
    tableFile?: string;
  },
): OnnxModel {
  if (table.values.length !== table.vocabularySize * table.dimensions) {
    throw new Error(`Embedding table holds ${table.values.length} values, expected ${table.vocabularySize}×${table.dimensions}.`);
  }
  return {
    irVersion: 8,
    opsetImports: [{ domain: '', version: 13 }],
    producerName: 'event-qa-bot offline-model builder',
    producerVersion: info.producerVersion,
    graph: {
      name: 'static_embeddings',
      nodes: [{ opType: 'Gather', name: 'lookup', inputs: ['embeddings', 'input_ids'], outputs: ['last_hidden_state'], attributes: [{ name: 'axis', type: 'int', value: 0 }] }],
      initializers: [
        {
          name: 'embeddings',
          elementType: 'float32',
          dims: [table.vocabularySize, table.dimensions],
          ...(info.tableFile
            ? { externalData: { location: info.tableFile, offset: 0, byteLength: table.values.byteLength } }
            : { rawData: float32LittleEndian(table.values) }),
        },
      ],
      inputs: [{ name: 'input_ids', elementType: 'int64', shape: ['batch', 'sequence'] }],
      outputs: [{ name: 'last_hidden_state', elementType: 'float32', shape: ['batch', 'sequence', table.dimensions] }],
    },
    ...(info.metadata ? { metadata: info.metadata } : {}),
  };
}
