// Runtime: any. UTF-16LE with a byte-order mark, the encoding of 2018 exports and of two 2022
// files. Code units are written as they are, so surrogate pairs (emoji) stay valid.

export function encodeUtf16LeWithBom(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[2 + i * 2] = unit & 0xff;
    out[3 + i * 2] = unit >>> 8;
  }
  return out;
}
