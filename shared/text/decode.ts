// Runtime: any. Sniffs a file's encoding from its first bytes and decodes a stream of chunks,
// correct across chunk boundaries (a character split between two chunks).

import { createTextDecoder } from '../platform/universalGlobals';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface SniffedEncoding {
  readonly encoding: TextEncodingName;
  readonly bom: boolean;
}

/** Needs at least 4 bytes to tell UTF-16 without a BOM from UTF-8 (fewer: assume UTF-8). */
export function sniffEncoding(head: Uint8Array): SniffedEncoding {
  const [b0, b1, b2, b3] = [head[0], head[1], head[2], head[3]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', bom: true };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bom: true };
  // ASCII text in UTF-16 without a BOM: every other byte is zero.
  if (head.length >= 4 && b0 !== 0 && b1 === 0 && b2 !== 0 && b3 === 0) return { encoding: 'utf-16le', bom: false };
  if (head.length >= 4 && b0 === 0 && b1 !== 0 && b2 === 0 && b3 !== 0) return { encoding: 'utf-16be', bom: false };
  return { encoding: 'utf-8', bom: false };
}

/** A stateful decoder of one file: keeps a character split between chunks for the next one. */
export interface StreamDecoder {
  decode(chunk: Uint8Array): string;
  end(): string;
}

/**
 * Hosts may supply a faster decoder (Node's StringDecoder decodes UTF-8 about twice as fast as
 * its TextDecoder in streaming mode); null falls back to the platform's TextDecoder.
 */
export type StreamDecoderFactory = (encoding: TextEncodingName) => StreamDecoder | null;

const BOM_BYTES: Readonly<Record<TextEncodingName, number>> = { 'utf-8': 3, 'utf-16le': 2, 'utf-16be': 2 };

function textDecoderStream(encoding: TextEncodingName): StreamDecoder {
  // The BOM is skipped by ChunkDecoder itself, so every decoder sees the same bytes.
  const decoder = createTextDecoder(encoding, true);
  return {
    decode: (chunk) => decoder.decode(chunk, { stream: true }),
    end: () => decoder.decode(),
  };
}

export interface DecodeStats {
  /** U+FFFD produced for bytes that are not valid in the file's encoding (not a U+FFFD the file holds as text). */
  invalidSequences: number;
  /** NUL characters, removed from the text. */
  nulCharacters: number;
}

/** Decodes a file's chunks into text, counting what could not be decoded. */
export class ChunkDecoder {
  readonly stats: DecodeStats = { invalidSequences: 0, nulCharacters: 0 };
  private readonly decoder: StreamDecoder;
  private bomLeft: number;
  /** The last two bytes of the previous UTF-8 chunk: a literal U+FFFD may straddle chunks. */
  private before1 = -1;
  private before2 = -1;

  constructor(
    readonly sniffed: SniffedEncoding,
    factory?: StreamDecoderFactory,
  ) {
    this.decoder = factory?.(sniffed.encoding) ?? textDecoderStream(sniffed.encoding);
    this.bomLeft = sniffed.bom ? BOM_BYTES[sniffed.encoding] : 0;
  }

  decode(chunk: Uint8Array): string {
    if (this.bomLeft > 0) {
      const skip = Math.min(this.bomLeft, chunk.length);
      this.bomLeft -= skip;
      chunk = chunk.subarray(skip);
    }
    // In UTF-8 a zero byte is only ever U+0000, so NULs are dropped as bytes: a run of millions
    // (a zip bomb of zeros) then costs one pass, where removing them from text cost 50 ms a MB.
    if (this.sniffed.encoding !== 'utf-8') return this.clean(this.decoder.decode(chunk), 0);
    if (chunk.indexOf(0) !== -1) chunk = this.dropNulBytes(chunk);
    const text = this.decoder.decode(chunk);
    // LinkedIn's own exports hold U+FFFD as text (valid bytes EF BF BD): those are not errors.
    const literal = text.indexOf('\uFFFD') === -1 ? 0 : this.literalReplacementCharacters(chunk);
    this.before1 = chunk.length >= 2 ? chunk[chunk.length - 2]! : chunk.length === 1 ? this.before2 : this.before1;
    this.before2 = chunk.length >= 1 ? chunk[chunk.length - 1]! : this.before2;
    return this.clean(text, literal);
  }

  end(): string {
    return this.clean(this.decoder.end(), 0);
  }

  /** EF BF BD sequences that end in this chunk (their first bytes may end the previous one). */
  private literalReplacementCharacters(chunk: Uint8Array): number {
    let count = 0;
    for (let i = chunk.indexOf(0xbd); i !== -1; i = chunk.indexOf(0xbd, i + 1)) {
      const b1 = i >= 1 ? chunk[i - 1] : this.before2;
      const b0 = i >= 2 ? chunk[i - 2] : i === 1 ? this.before2 : this.before1;
      if (b0 === 0xef && b1 === 0xbf) count++;
    }
    return count;
  }

  private dropNulBytes(chunk: Uint8Array): Uint8Array {
    const kept = new Uint8Array(chunk.length);
    let length = 0;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      if (byte !== 0) kept[length++] = byte;
    }
    this.stats.nulCharacters += chunk.length - length;
    return kept.subarray(0, length);
  }

  private clean(text: string, literalReplacements: number): string {
    if (text.indexOf('\uFFFD') !== -1) this.stats.invalidSequences += countChar(text, '\uFFFD') - literalReplacements;
    if (text.indexOf('\0') === -1) return text;
    // UTF-16: runs of NULs go in one match each, so a file of zeros is not split per character.
    const cleaned = text.replace(NUL_RUNS, '');
    this.stats.nulCharacters += text.length - cleaned.length;
    return cleaned;
  }
}

const NUL_RUNS = /\0+/g;

function countChar(text: string, char: string): number {
  let count = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) count++;
  return count;
}
