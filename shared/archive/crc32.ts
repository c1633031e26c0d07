// Runtime: any. CRC-32 as zip computes it (polynomial 0xEDB88320), for hosts without a native
// one (browsers; Node passes zlib.crc32). Eight tables in one array, eight bytes a step
// ("slicing-by-8"): measured about 4 times faster than a byte at a time (700-800 MB/s against
// 170 in Node 20, on a loaded machine), so checking every entry costs little.

import type { Crc32 } from './types';

/** Table t (0..7) at [t * 256, t * 256 + 256): t = 0 is the classic byte table. */
const TABLE: Int32Array = (() => {
  const table = new Int32Array(8 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  for (let t = 1; t < 8; t++) {
    for (let n = 0; n < 256; n++) {
      const previous = table[((t - 1) << 8) | n]!;
      table[(t << 8) | n] = (previous >>> 8) ^ table[previous & 0xff]!;
    }
  }
  return table;
})();

export const jsCrc32: Crc32 = (bytes, previous) => {
  const t = TABLE;
  let crc = ~previous;
  let i = 0;
  const end8 = bytes.length - 8;
  for (; i <= end8; i += 8) {
    const low = crc ^ (bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24));
    crc =
      t[1792 | (low & 0xff)]! ^
      t[1536 | ((low >>> 8) & 0xff)]! ^
      t[1280 | ((low >>> 16) & 0xff)]! ^
      t[1024 | (low >>> 24)]! ^
      t[768 | bytes[i + 4]!]! ^
      t[512 | bytes[i + 5]!]! ^
      t[256 | bytes[i + 6]!]! ^
      t[bytes[i + 7]!]!;
  }
  for (; i < bytes.length; i++) crc = t[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return ~crc >>> 0;
};
