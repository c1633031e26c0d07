// Runtime: any. Typed access to the few platform APIs that Node, browsers and workers all have.
// shared/ compiles without the DOM library or Node types, so these are declared here, narrowly.

export interface UniversalTextDecoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

export interface UniversalReadableStream<T> {
  getReader(): {
    read(): Promise<{ done: true; value?: undefined } | { done: false; value: T }>;
    cancel(reason?: unknown): Promise<void>;
    releaseLock(): void;
  };
}

export interface UniversalWritableStream<T> {
  getWriter(): {
    write(chunk: T): Promise<void>;
    close(): Promise<void>;
    abort(reason?: unknown): Promise<void>;
    readonly ready: Promise<void>;
  };
}

interface UniversalGlobals {
  TextDecoder: new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => UniversalTextDecoder;
  TextEncoder: new () => { encode(input: string): Uint8Array };
  DecompressionStream?: new (format: string) => {
    readonly readable: UniversalReadableStream<Uint8Array>;
    readonly writable: UniversalWritableStream<Uint8Array>;
  };
}

const globals = globalThis as unknown as UniversalGlobals;

export function createTextDecoder(label: string, ignoreBOM = false): UniversalTextDecoder {
  return new globals.TextDecoder(label, { ignoreBOM });
}

const encoder = new globals.TextEncoder();

export function encodeUtf8(text: string): Uint8Array {
  return encoder.encode(text);
}

export function decompressionStreamConstructor(): UniversalGlobals['DecompressionStream'] {
  return globals.DecompressionStream;
}
