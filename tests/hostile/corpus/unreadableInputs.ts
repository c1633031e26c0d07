// Runtime: any. Inputs that are not a readable LinkedIn export at all: each must end in one clear
// sentence (which file, what is wrong, what to do), never a stack trace or a half-made report.

import { zipExport } from '../../../shared/sample/zipExport';
import { baseExport, concatBytes, deflatedEntries, utf8 } from './baseExport';
import { FLAG_ENCRYPTED, storedEntry, writeZip } from './zipWriter';
import type { GeneratedFile } from '../../../shared/sample/types';

export interface HostileInput {
  /** The file name the member would have picked. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

const EXPORT_ZIP_NAME = 'Complete_LinkedInDataExport_09-05-2026.zip';

export function textFileInput(): HostileInput {
  return { name: 'LinkedIn export instructions.txt', bytes: utf8('Your LinkedIn data archive is ready.\nDownload it from Settings & Privacy.\n') };
}

/** The first bytes of a PNG (signature and an IHDR chunk), then filler. */
export function pngInput(): HostileInput {
  const signature = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 16, 0, 0, 0, 16, 8, 2, 0, 0, 0]);
  return { name: 'profile-photo.png', bytes: concatBytes(signature, new Uint8Array(200).fill(0x7f)) };
}

export function pdfInput(): HostileInput {
  return { name: 'LinkedIn-export.pdf', bytes: utf8('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n') };
}

/** A zip with no entries: only the end-of-central-directory record. */
export function emptyZipInput(): HostileInput {
  return { name: EXPORT_ZIP_NAME, bytes: writeZip([]) };
}

export function emptyFileInput(): HostileInput {
  return { name: EXPORT_ZIP_NAME, bytes: new Uint8Array(0) };
}

/** The export cut in the middle, as an interrupted download leaves it. */
export async function truncatedZipInput(): Promise<HostileInput> {
  const whole = await zipExport(baseExport());
  return { name: EXPORT_ZIP_NAME, bytes: whole.slice(0, Math.floor(whole.length / 2)) };
}

/** A JPEG's start (SOI, JFIF APP0), invented filler and end marker: enough to look like a photo. */
function jpegBytes(seed: number): Uint8Array {
  const head = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x48, 0x00, 0x48, 0x00, 0x00]);
  const body = new Uint8Array(2048).map((_, i) => (i * 31 + seed * 17) & 0xff);
  return concatBytes(head, body, new Uint8Array([0xff, 0xd9]));
}

/** A folder of holiday photos: what a member might zip, or pick, by mistake. */
export function holidayPhotoFiles(): GeneratedFile[] {
  return [1, 2, 3, 4, 5].map((n) => ({ path: `Holiday 2026/IMG_${String(4820 + n).padStart(4, '0')}.jpg`, bytes: jpegBytes(n) }));
}

export async function holidayPhotosZipInput(): Promise<HostileInput> {
  return { name: 'Holiday 2026.zip', bytes: writeZip(await deflatedEntries(holidayPhotoFiles())) };
}

/**
 * The export with every entry marked encrypted (general-purpose flag bit 0, traditional PKWARE
 * encryption) in both local and central headers. The data is not really enciphered: a reader
 * must refuse on the flag, as it would a real password-protected zip.
 */
export async function encryptedZipInput(): Promise<HostileInput> {
  const entries = (await deflatedEntries(baseExport().files)).map((e) => ({ ...e, flags: FLAG_ENCRYPTED }));
  return { name: EXPORT_ZIP_NAME, bytes: writeZip(entries) };
}

/** The export zipped again: the only entry is LinkedIn's zip. */
export async function nestedZipInput(): Promise<HostileInput> {
  const exp = baseExport();
  const inner = await zipExport(exp);
  return { name: 'LinkedIn data (zipped again).zip', bytes: writeZip([storedEntry(exp.name, inner)]) };
}
