// Runtime: Node. Node's StringDecoder decodes UTF-8 and UTF-16LE about twice as fast as its
// TextDecoder in streaming mode (measured: 230 ms against 530 ms for 232 MB), and also keeps a
// character split between chunks for the next one.

import { StringDecoder } from 'node:string_decoder';
import type { StreamDecoderFactory } from '../../shared/text/decode';

export const nodeTextDecoder: StreamDecoderFactory = (encoding) => {
  if (encoding === 'utf-16be') return null;
  const decoder = new StringDecoder(encoding === 'utf-8' ? 'utf8' : 'utf16le');
  return {
    decode: (chunk) => decoder.write(chunk as Buffer),
    end: () => decoder.end(),
  };
};
