/**
 * The protobuf wire format, just enough to write ONNX files: varints, fixed-size floats and
 * length-delimited fields. A message is kept as a list of byte chunks plus its length, so a large
 * payload (an 80 MB embedding table) is copied once, when the whole file is joined, not once per
 * nesting level.
 *
 * Field values are written in the order given; callers skip fields that hold the default value
 * (proto3 semantics), which also keeps the output byte-for-byte deterministic.
 */

export interface EncodedMessage {
  readonly chunks: readonly Uint8Array[];
  readonly byteLength: number;
}

const WIRE_VARINT = 0;
const WIRE_LENGTH_DELIMITED = 2;
const WIRE_FIXED32 = 5;

const textEncoder = new TextEncoder();

/** Base-128 varint; negative int64 values take ten bytes (two's complement), as protobuf requires. */
export function encodeVarint(value: number | bigint): Uint8Array {
  let v = BigInt.asUintN(64, BigInt(value));
  const bytes: number[] = [];
  do {
    let byte = Number(v & 0x7fn);
    v >>= 7n;
    if (v !== 0n) byte |= 0x80;
    bytes.push(byte);
  } while (v !== 0n);
  return Uint8Array.from(bytes);
}

function tag(fieldNumber: number, wireType: number): Uint8Array {
  return encodeVarint((fieldNumber << 3) | wireType);
}

/** Builds one message field by field. */
export class MessageWriter {
  private readonly chunks: Uint8Array[] = [];
  private length = 0;

  private push(bytes: Uint8Array): void {
    this.chunks.push(bytes);
    this.length += bytes.byteLength;
  }

  /** int32, int64, enum and bool fields. */
  varint(fieldNumber: number, value: number | bigint): this {
    this.push(tag(fieldNumber, WIRE_VARINT));
    this.push(encodeVarint(value));
    return this;
  }

  /** A `float` field (little-endian IEEE 754 single). */
  float(fieldNumber: number, value: number): this {
    const bytes = new Uint8Array(4);
    new DataView(bytes.buffer).setFloat32(0, value, true);
    this.push(tag(fieldNumber, WIRE_FIXED32));
    this.push(bytes);
    return this;
  }

  bytes(fieldNumber: number, value: Uint8Array): this {
    this.push(tag(fieldNumber, WIRE_LENGTH_DELIMITED));
    this.push(encodeVarint(value.byteLength));
    this.push(value);
    return this;
  }

  string(fieldNumber: number, value: string): this {
    return this.bytes(fieldNumber, textEncoder.encode(value));
  }

  message(fieldNumber: number, value: EncodedMessage): this {
    this.push(tag(fieldNumber, WIRE_LENGTH_DELIMITED));
    this.push(encodeVarint(value.byteLength));
    for (const chunk of value.chunks) this.push(chunk);
    return this;
  }

  /** A packed repeated varint field (proto3's default encoding for repeated scalars). */
  packedVarints(fieldNumber: number, values: readonly (number | bigint)[]): this {
    if (values.length === 0) return this;
    const encoded = values.map((v) => encodeVarint(v));
    const total = encoded.reduce((sum, b) => sum + b.byteLength, 0);
    this.push(tag(fieldNumber, WIRE_LENGTH_DELIMITED));
    this.push(encodeVarint(total));
    for (const b of encoded) this.push(b);
    return this;
  }

  finish(): EncodedMessage {
    return { chunks: [...this.chunks], byteLength: this.length };
  }
}

/** Joins a message's chunks into one buffer (the only copy of large payloads). */
export function toBytes(message: EncodedMessage): Uint8Array {
  const out = new Uint8Array(message.byteLength);
  let offset = 0;
  for (const chunk of message.chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
