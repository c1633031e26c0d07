// Runtime: any. Raw-deflate streams for the corpus, made without node:zlib: ordinary data through
// jszip's own compressor, and a zip bomb written bit by bit, which no compressor would emit.

import JSZip from 'jszip';

/** Deflates `content` the way an archiver would (jszip, level 6) and returns the raw stream. */
export async function deflateRaw(content: Uint8Array): Promise<Uint8Array> {
  const zip = await new JSZip()
    .file('x', content, { binary: true })
    .generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  // One entry, sizes in the local header (jszip does not stream here): read it back from there.
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const compressedSize = view.getUint32(18, true);
  const start = 30 + view.getUint16(26, true) + view.getUint16(28, true);
  return zip.slice(start, start + compressedSize);
}

/** Writes bits least-significant first, as deflate packs them. */
class BitWriter {
  private position = 0;

  constructor(private readonly out: Uint8Array) {}

  bits(value: number, count: number): void {
    for (let i = 0; i < count; i++) {
      if ((value >>> i) & 1) this.out[this.position >>> 3]! |= 1 << (this.position & 7);
      this.position++;
    }
  }

  /** Huffman codes go most-significant bit first. */
  code(value: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) this.bits((value >>> i) & 1, 1);
  }

  /** Moves past bits already in the buffer: zeros left as they are, or bytes copied in whole. */
  advance(count: number): void {
    this.position += count;
  }

  alignToByte(): void {
    this.position = (this.position + 7) & ~7;
  }

  get byteLength(): number {
    return (this.position + 7) >>> 3;
  }
}

/** Order in which a dynamic block lists its code-length code lengths (RFC 1951, 3.2.7). */
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
const MAX_STORED_BLOCK = 65_535;

/** Stored (uncompressed) blocks for `prefix`, none of them final. */
function storedBlocks(writer: BitWriter, prefix: Uint8Array, out: Uint8Array): void {
  for (let offset = 0; offset < prefix.length; offset += MAX_STORED_BLOCK) {
    const piece = prefix.subarray(offset, offset + MAX_STORED_BLOCK);
    writer.bits(0, 1); // not final
    writer.bits(0, 2); // stored
    writer.alignToByte();
    writer.bits(piece.length, 16);
    writer.bits(~piece.length & 0xffff, 16);
    const at = writer.byteLength;
    out.set(piece, at);
    writer.advance(piece.length * 8);
  }
}

/**
 * A raw-deflate stream that inflates to `prefix` followed by at least `zeroBytes` zero bytes, at
 * about 1,030 to 1: one dynamic-Huffman block whose only codes are the literal 0, "copy 258
 * bytes from distance 1" (one bit each) and end-of-block. 4 GiB of zeros take 4 MB.
 */
export function zeroBombDeflate(zeroBytes: number, prefix: Uint8Array = new Uint8Array(0)): Uint8Array {
  const repeats = Math.max(0, Math.ceil((zeroBytes - 1) / 258));
  const prefixBits = Math.ceil(prefix.length / MAX_STORED_BLOCK) * 48 + prefix.length * 8 + 8;
  const out = new Uint8Array(Math.ceil((prefixBits + 200 + 2 * repeats) / 8) + 16);
  const writer = new BitWriter(out);
  storedBlocks(writer, prefix, out);

  writer.bits(1, 1); // final block
  writer.bits(2, 2); // dynamic Huffman
  writer.bits(286 - 257, 5); // literal/length codes 0..285
  writer.bits(0, 5); // one distance code
  writer.bits(18 - 4, 4); // code-length code lengths listed up to symbol 1
  // Code-length alphabet: 18 (a run of zeros) has a 1-bit code, lengths 1 and 2 have 2-bit codes.
  const codeLengthBits: Record<number, number> = { 18: 1, 1: 2, 2: 2 };
  for (const symbol of CODE_LENGTH_ORDER.slice(0, 18)) writer.bits(codeLengthBits[symbol] ?? 0, 3);
  const REPEAT_ZEROS = { code: 0b0, length: 1 };
  const LENGTH_ONE = { code: 0b10, length: 2 };
  const LENGTH_TWO = { code: 0b11, length: 2 };
  const zeros = (run: number) => {
    writer.code(REPEAT_ZEROS.code, REPEAT_ZEROS.length);
    writer.bits(run - 11, 7);
  };
  // Literal 0: length 2; literals 1..255: none; end-of-block 256: 2; lengths 257..284: none;
  // length 285 (258 bytes): 1; then the one distance code (distance 1): 1.
  writer.code(LENGTH_TWO.code, LENGTH_TWO.length);
  zeros(138);
  zeros(117);
  writer.code(LENGTH_TWO.code, LENGTH_TWO.length);
  zeros(28);
  writer.code(LENGTH_ONE.code, LENGTH_ONE.length);
  writer.code(LENGTH_ONE.code, LENGTH_ONE.length);

  // Canonical codes: 285 → 0, literal 0 → 10, end-of-block → 11; distance 1 → 0.
  writer.code(0b10, 2);
  // Each repeat is two zero bits (length 285, distance 1): the buffer is zero already.
  writer.advance(2 * repeats);
  writer.code(0b11, 2);
  return out.slice(0, writer.byteLength);
}
