/**
 * Encodes an ONNX model (onnx.proto, IR version 8) from plain data. Only the parts a small,
 * hand-built inference graph needs: nodes with scalar attributes, initializers stored as raw
 * little-endian bytes (in the model file, or in a file beside it), and typed graph inputs/outputs
 * whose dimensions are numbers or symbolic names.
 *
 * Field numbers follow https://github.com/onnx/onnx/blob/main/onnx/onnx.proto.
 */
import { MessageWriter, toBytes, type EncodedMessage } from './protobuf.ts';

export type OnnxElementType = 'float32' | 'float16' | 'int32' | 'int64';

/** TensorProto.DataType */
const DATA_TYPE: Record<OnnxElementType, number> = { float32: 1, int32: 6, int64: 7, float16: 10 };
const BYTES_PER_ELEMENT: Record<OnnxElementType, number> = { float32: 4, int32: 4, int64: 8, float16: 2 };

/** AttributeProto.AttributeType */
const ATTRIBUTE_TYPE = { float: 1, int: 2, string: 3, ints: 7 } as const;

interface OnnxTensorHeader {
  name: string;
  elementType: OnnxElementType;
  dims: readonly number[];
}

/**
 * An initializer. Its little-endian, row-major element bytes are either in the model file
 * (`rawData`) or in a file beside it (`externalData`: the caller writes them there). onnxruntime
 * maps an external file into memory when the model is loaded from its path, rather than copying it.
 */
export type OnnxTensor = OnnxTensorHeader &
  ({ rawData: Uint8Array } | { externalData: { location: string; offset: number; byteLength: number } });

export interface OnnxValueInfo {
  name: string;
  elementType: OnnxElementType;
  /** A number is a fixed size; a string is a symbolic (dynamic) dimension such as "batch". */
  shape: readonly (number | string)[];
}

export type OnnxAttribute =
  | { name: string; type: 'int'; value: number }
  | { name: string; type: 'float'; value: number }
  | { name: string; type: 'string'; value: string }
  | { name: string; type: 'ints'; value: readonly number[] };

export interface OnnxNode {
  opType: string;
  inputs: readonly string[];
  outputs: readonly string[];
  name?: string;
  /** Empty for the default ONNX operator set. */
  domain?: string;
  attributes?: readonly OnnxAttribute[];
}

export interface OnnxGraph {
  name: string;
  nodes: readonly OnnxNode[];
  initializers: readonly OnnxTensor[];
  inputs: readonly OnnxValueInfo[];
  outputs: readonly OnnxValueInfo[];
  docString?: string;
}

export interface OnnxModel {
  irVersion: number;
  opsetImports: readonly { domain: string; version: number }[];
  producerName: string;
  producerVersion?: string;
  docString?: string;
  graph: OnnxGraph;
  /** Free-form key/value pairs stored in the file (ModelProto.metadata_props). */
  metadata?: Readonly<Record<string, string>>;
}

/** TensorProto.DataLocation */
const EXTERNAL = 1;

function encodeTensor(tensor: OnnxTensor): EncodedMessage {
  const expected = tensor.dims.reduce((n, d) => n * d, 1) * BYTES_PER_ELEMENT[tensor.elementType];
  const byteLength = 'rawData' in tensor ? tensor.rawData.byteLength : tensor.externalData.byteLength;
  if (byteLength !== expected) {
    throw new Error(`Tensor "${tensor.name}" holds ${byteLength} bytes but dims [${tensor.dims.join(', ')}] of ${tensor.elementType} need ${expected}.`);
  }
  const w = new MessageWriter().packedVarints(1, tensor.dims).varint(2, DATA_TYPE[tensor.elementType]).string(8, tensor.name);
  if ('rawData' in tensor) return w.bytes(9, tensor.rawData).finish();
  const { location, offset, byteLength: length } = tensor.externalData;
  for (const [key, value] of [['location', location], ['offset', String(offset)], ['length', String(length)]]) {
    w.message(13, new MessageWriter().string(1, key!).string(2, value!).finish());
  }
  return w.varint(14, EXTERNAL).finish();
}

function encodeValueInfo(info: OnnxValueInfo): EncodedMessage {
  const shape = new MessageWriter();
  for (const dim of info.shape) {
    const dimension = new MessageWriter();
    if (typeof dim === 'number') dimension.varint(1, dim);
    else dimension.string(2, dim);
    shape.message(1, dimension.finish());
  }
  const tensorType = new MessageWriter().varint(1, DATA_TYPE[info.elementType]).message(2, shape.finish());
  const type = new MessageWriter().message(1, tensorType.finish());
  return new MessageWriter().string(1, info.name).message(2, type.finish()).finish();
}

function encodeAttribute(attribute: OnnxAttribute): EncodedMessage {
  const w = new MessageWriter().string(1, attribute.name);
  switch (attribute.type) {
    case 'float':
      w.float(2, attribute.value);
      break;
    case 'int':
      w.varint(3, attribute.value);
      break;
    case 'string':
      w.string(4, attribute.value);
      break;
    case 'ints':
      w.packedVarints(8, attribute.value);
      break;
  }
  return w.varint(20, ATTRIBUTE_TYPE[attribute.type]).finish();
}

function encodeNode(node: OnnxNode): EncodedMessage {
  const w = new MessageWriter();
  for (const input of node.inputs) w.string(1, input);
  for (const output of node.outputs) w.string(2, output);
  if (node.name) w.string(3, node.name);
  w.string(4, node.opType);
  for (const attribute of node.attributes ?? []) w.message(5, encodeAttribute(attribute));
  if (node.domain) w.string(7, node.domain);
  return w.finish();
}

function encodeGraph(graph: OnnxGraph): EncodedMessage {
  const w = new MessageWriter();
  for (const node of graph.nodes) w.message(1, encodeNode(node));
  w.string(2, graph.name);
  for (const tensor of graph.initializers) w.message(5, encodeTensor(tensor));
  if (graph.docString) w.string(10, graph.docString);
  for (const input of graph.inputs) w.message(11, encodeValueInfo(input));
  for (const output of graph.outputs) w.message(12, encodeValueInfo(output));
  return w.finish();
}

/** The bytes of a `.onnx` file for the model. Pure: the same model always gives the same bytes. */
export function encodeOnnxModel(model: OnnxModel): Uint8Array {
  const w = new MessageWriter().varint(1, model.irVersion).string(2, model.producerName);
  if (model.producerVersion) w.string(3, model.producerVersion);
  if (model.docString) w.string(6, model.docString);
  w.message(7, encodeGraph(model.graph));
  for (const opset of model.opsetImports) {
    const entry = new MessageWriter();
    if (opset.domain) entry.string(1, opset.domain);
    w.message(8, entry.varint(2, opset.version).finish());
  }
  // Sorted so that key order in the caller's object never changes the bytes.
  for (const [key, value] of Object.entries(model.metadata ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    w.message(14, new MessageWriter().string(1, key).string(2, value).finish());
  }
  return toBytes(w.finish());
}
