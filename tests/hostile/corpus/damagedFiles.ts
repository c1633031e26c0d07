// Runtime: any. Exports in which one file is hostile or damaged and every other file is intact:
// the damaged file must be reported, the rest read with their true record counts, and the whole
// read must stay within bounded time and memory.

import Papa from 'papaparse';
import { createTextDecoder } from '../../../shared/platform/universalGlobals';
import { csvText } from '../../../shared/sample/csvWriter';
import type { GeneratedExport } from '../../../shared/sample/types';
import { baseExport, concatBytes, deflatedEntry, exportZipWith, fileOf, pathStartingWith, rowsOf, utf8 } from './baseExport';
import { zeroBombDeflate } from './deflate';
import { crc32, METHOD_DEFLATE, storedEntry } from './zipWriter';

export interface DamagedExportCase {
  /** The zip's name, as LinkedIn names it. */
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The export the zip was made from: every file but `damagedPath` is intact. */
  readonly base: GeneratedExport;
  /** The hostile or damaged entry, as the reader names it. */
  readonly damagedPath: string;
  /** Records a reader can honestly count in the damaged file (those before the damage). */
  readonly damagedRows: number;
}

async function withReplaced(path: string, content: Uint8Array, damagedRows: number, store = false): Promise<DamagedExportCase> {
  const base = baseExport();
  const entry = store ? storedEntry(path, content) : await deflatedEntry(path, content);
  return { name: base.name, bytes: await exportZipWith(base, [entry], [path]), base, damagedPath: path, damagedRows };
}

const GIB = 1024 ** 3;

/**
 * A zip bomb: the comments file's real records, then `zeroBytes` (default 4 GiB) of zeros in a
 * 4 MB entry. Its headers claim only the records' size (hiding the bomb), or, with
 * `claimsItsSize`, all it inflates to (as far as 32-bit fields go), which only the ratio reveals.
 */
export async function zipBombCase(zeroBytes = 4 * GIB, claimsItsSize = false): Promise<DamagedExportCase> {
  const base = baseExport();
  const path = pathStartingWith(base, 'Comments_');
  const records = fileOf(base, path).bytes;
  const data = zeroBombDeflate(zeroBytes, records);
  const uncompressedSize = claimsItsSize ? Math.min(records.length + zeroBytes, 0xfffffffe) : records.length;
  const entry = { name: path, data, method: METHOD_DEFLATE, uncompressedSize, crc32: crc32(records) };
  return { name: base.name, bytes: await exportZipWith(base, [entry], [path]), base, damagedPath: path, damagedRows: rowsOf(base, path) };
}

/** Logins.csv intact, but both headers claim it inflates to almost 4 GiB. */
export async function claimedHugeSizeCase(): Promise<DamagedExportCase> {
  const base = baseExport();
  const path = 'Logins.csv';
  const entry = { ...(await deflatedEntry(path, fileOf(base, path).bytes)), uncompressedSize: 0xfffffffe };
  return { name: base.name, bytes: await exportZipWith(base, [entry], [path]), base, damagedPath: path, damagedRows: rowsOf(base, path) };
}

export interface ManyEntriesCase extends DamagedExportCase {
  readonly tinyEntries: number;
}

/** The export plus `count` tiny articles (a few bytes each), each one a file to read. */
export async function manyTinyEntriesCase(count = 10_000): Promise<ManyEntriesCase> {
  const base = baseExport();
  const tiny = Array.from({ length: count }, (_, i) =>
    storedEntry(`Articles/Articles/note-${String(i).padStart(5, '0')}.html`, utf8(`<html><title>Note ${i}</title><p>Word ${i}</p></html>`)),
  );
  return { name: base.name, bytes: await exportZipWith(base, tiny), base, damagedPath: tiny[0]!.name, damagedRows: 1, tinyEntries: count };
}

/**
 * The posts file's header and records, then one line of `chars` characters (default 50 MB) with
 * no newline. Stored, not deflated, so the record cap and not the zip-bomb ratio stops it.
 */
export async function longLineCase(chars = 50 * 1024 * 1024): Promise<DamagedExportCase> {
  const base = baseExport();
  const path = pathStartingWith(base, 'Shares_');
  const line = new Uint8Array(chars).fill(0x61); // "aaaa…"
  return withReplaced(path, concatBytes(fileOf(base, path).bytes, line), rowsOf(base, path), true);
}

/** Comments with bytes that are not UTF-8 (a lone continuation byte, 0xFF, a cut sequence). */
export async function invalidUtf8Case(): Promise<DamagedExportCase> {
  const base = baseExport();
  const path = pathStartingWith(base, 'Comments_');
  const text = fileOf(base, path).bytes;
  const firstRowEnd = text.indexOf(0x0a, text.indexOf(0x0a) + 1);
  const bad = new Uint8Array([0x20, 0x80, 0xff, 0xc3, 0x28, 0xe2, 0x82]);
  // Inside the first record's message, just before its end of line (a quoted field stays quoted).
  const at = text[firstRowEnd - 1] === 0x22 ? firstRowEnd - 1 : firstRowEnd;
  return withReplaced(path, concatBytes(text.subarray(0, at), bad, text.subarray(at)), rowsOf(base, path));
}

/** Connections.csv with NUL bytes scattered through its records. */
export async function nulBytesCase(): Promise<DamagedExportCase> {
  const base = baseExport();
  const path = 'Connections.csv';
  const text = fileOf(base, path).bytes;
  const out: number[] = [];
  text.forEach((byte, i) => {
    out.push(byte);
    if (i % 97 === 50 && byte !== 0x0a && byte !== 0x22) out.push(0, 0);
  });
  return withReplaced(path, Uint8Array.from(out), rowsOf(base, path));
}

/** Invitations.csv whose last record opens a quoted message that never closes. */
export async function unterminatedQuoteCase(): Promise<DamagedExportCase> {
  const base = baseExport();
  const path = 'Invitations.csv';
  const intact = fileOf(base, path).bytes;
  const open = utf8('Invented Sender,Invented Recipient,"9/1/26, 1:12 AM","Hi, I would like to add you\nto my network, and then the file ends');
  return withReplaced(path, concatBytes(intact, open), rowsOf(base, path) + 1);
}

/**
 * messages.csv whose deflated bytes are cut short (the headers agree with the cut length, so
 * the zip itself opens): the entry cannot be inflated to its end.
 */
export async function cutEntryCase(): Promise<DamagedExportCase> {
  const base = baseExport();
  const path = 'messages.csv';
  const whole = await deflatedEntry(path, fileOf(base, path).bytes);
  const entry = { ...whole, data: whole.data.slice(0, Math.floor(whole.data.length * 0.6)) };
  const [, ...rows] = parsedRows(fileOf(base, path).bytes);
  // Some records come before the cut; how many depends on the compressor, so this is an upper bound.
  return { name: base.name, bytes: await exportZipWith(base, [entry], [path]), base, damagedPath: path, damagedRows: rows.length };
}

/** Skills.csv as a 0-byte entry (an empty file, as any zipper writes it). */
export function emptyEntryCase(): Promise<DamagedExportCase> {
  return withReplaced('Skills.csv', new Uint8Array(0), 0, true);
}

/** Skills.csv with its header and nothing else. */
export function headerOnlyCase(): Promise<DamagedExportCase> {
  return withReplaced('Skills.csv', utf8('Name\n'), 0);
}

/** The posts file after a format change: the date column renamed, two columns added. */
export async function changedColumnsCase(): Promise<DamagedExportCase> {
  const base = baseExport();
  const path = pathStartingWith(base, 'Shares_');
  const [header, ...rows] = parsedRows(fileOf(base, path).bytes);
  const renamed = header!.map((column) => (column === 'Date' ? 'Posted At' : column));
  const text = csvText([...renamed, 'Reach', 'Audience Language'], rows.map((row) => [...row, '1204', 'en']));
  return withReplaced(path, utf8(text), rows.length);
}

/** A generated UTF-8 CSV back to its rows (the generator's own output, so well-formed). */
function parsedRows(bytes: Uint8Array): string[][] {
  const parsed = Papa.parse<string[]>(createTextDecoder('utf-8').decode(bytes), { skipEmptyLines: true });
  return parsed.data;
}
