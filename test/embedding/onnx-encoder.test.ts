import fs from 'node:fs/promises';
import path from 'node:path';
import ort from 'onnxruntime-node';
import { afterAll, describe, expect, it } from 'vitest';
import { float32LittleEndian, staticEmbeddingModel } from '../../src/embedding/offline-model/embedding-graph.ts';
import { encodeOnnxModel } from '../../src/embedding/offline-model/onnx-encoder.ts';
import { encodeVarint } from '../../src/embedding/offline-model/protobuf.ts';
import { removeTempDirs, tempDir } from './helpers.ts';

afterAll(removeTempDirs);

function table(rows: number, dims: number): Float32Array {
  return Float32Array.from({ length: rows * dims }, (_, i) => Math.fround(i * 0.5 - 3.25));
}

describe('protobuf varints', () => {
  it('encode as base-128 little-endian groups, negatives as ten bytes', () => {
    expect([...encodeVarint(0)]).toEqual([0]);
    expect([...encodeVarint(1)]).toEqual([1]);
    expect([...encodeVarint(300)]).toEqual([0xac, 0x02]);
    expect([...encodeVarint(2n ** 40n)]).toEqual([0x80, 0x80, 0x80, 0x80, 0x80, 0x20]);
    expect(encodeVarint(-1)).toHaveLength(10);
  });
});

describe('encodeOnnxModel', () => {
  it('writes a Gather model that onnxruntime runs, returning the table rows for the ids', async () => {
    const values = table(7, 3);
    const bytes = encodeOnnxModel(staticEmbeddingModel({ vocabularySize: 7, dimensions: 3, values }, { producerVersion: 'test' }));
    const session = await ort.InferenceSession.create(bytes);
    expect(session.inputNames).toEqual(['input_ids']);
    expect(session.outputNames).toEqual(['last_hidden_state']);

    const ids = [6, 0, 3, 3, 1, 5]; // batch 2 × sequence 3
    const input = new ort.Tensor('int64', BigInt64Array.from(ids.map(BigInt)), [2, 3]);
    const { last_hidden_state: output } = await session.run({ input_ids: input });
    expect(output!.dims).toEqual([2, 3, 3]);
    const expected = ids.flatMap((id) => [...values.subarray(id * 3, id * 3 + 3)]);
    expect([...(output!.data as Float32Array)]).toEqual(expected);
  });

  it('accepts any batch and sequence length (symbolic dimensions)', async () => {
    const values = table(4, 2);
    const session = await ort.InferenceSession.create(encodeOnnxModel(staticEmbeddingModel({ vocabularySize: 4, dimensions: 2, values }, { producerVersion: 'test' })));
    for (const [batch, sequence] of [[1, 1], [3, 17]] as const) {
      const input = new ort.Tensor('int64', new BigInt64Array(batch * sequence).fill(2n), [batch, sequence]);
      const { last_hidden_state: output } = await session.run({ input_ids: input });
      expect(output!.dims).toEqual([batch, sequence, 2]);
      expect(output!.data[output!.data.length - 1]).toBe(values[5]);
    }
  });

  it('with the table in a file beside the model, onnxruntime loads it from the path and returns the same rows', async () => {
    const values = table(1000, 3);
    const dir = await tempDir('onnx-external');
    const model = encodeOnnxModel(staticEmbeddingModel({ vocabularySize: 1000, dimensions: 3, values }, { producerVersion: 'test', tableFile: 'table.bin' }));
    expect(model.byteLength).toBeLessThan(values.byteLength); // the table is not in the model file
    await fs.writeFile(path.join(dir, 'model.onnx'), model);
    await fs.writeFile(path.join(dir, 'table.bin'), float32LittleEndian(values));
    const session = await ort.InferenceSession.create(path.join(dir, 'model.onnx'));
    const ids = [999, 0, 2];
    const { last_hidden_state: output } = await session.run({ input_ids: new ort.Tensor('int64', BigInt64Array.from(ids.map(BigInt)), [1, 3]) });
    expect([...(output!.data as Float32Array)]).toEqual(ids.flatMap((id) => [...values.subarray(id * 3, id * 3 + 3)]));
  });

  it('is deterministic and independent of metadata key order', () => {
    const values = table(3, 2);
    const a = encodeOnnxModel(staticEmbeddingModel({ vocabularySize: 3, dimensions: 2, values }, { producerVersion: '1', metadata: { a: '1', b: '2' } }));
    const b = encodeOnnxModel(staticEmbeddingModel({ vocabularySize: 3, dimensions: 2, values }, { producerVersion: '1', metadata: { b: '2', a: '1' } }));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('refuses a tensor whose data does not match its dimensions', () => {
    expect(() =>
      encodeOnnxModel({
        irVersion: 8,
        opsetImports: [{ domain: '', version: 13 }],
        producerName: 'test',
        graph: {
          name: 'g',
          nodes: [],
          initializers: [{ name: 't', elementType: 'float32', dims: [2, 2], rawData: new Uint8Array(12) }],
          inputs: [],
          outputs: [],
        },
      }),
    ).toThrow(/holds 12 bytes/);
    expect(() =>
      encodeOnnxModel({
        irVersion: 8,
        opsetImports: [{ domain: '', version: 13 }],
        producerName: 'test',
        graph: {
          name: 'g',
          nodes: [],
          initializers: [{ name: 't', elementType: 'float32', dims: [2, 2], externalData: { location: 't.bin', offset: 0, byteLength: 8 } }],
          inputs: [],
          outputs: [],
        },
      }),
    ).toThrow(/holds 8 bytes/);
  });
});
