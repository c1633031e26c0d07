// Test support: two archives of one member that hold an entry of every outcome: read, empty,
// unknown, a copy identical to another, a copy with rows of its own (the legacy UTF-16
// endorsements with 29 more), operating-system clutter, a file this app does not read (an image),
// all under a top folder that carries the export's name and date.

import JSZip from 'jszip';
import Papa from 'papaparse';
import { generateExport, writeCsv, type GeneratedExport } from '../../shared/sample';

export interface ZipBytes {
  readonly name: string;
  readonly bytes: Uint8Array;
}

function withLongerLegacyEndorsements(exp: GeneratedExport): GeneratedExport {
  const current = exp.files.find((f) => f.path === 'Endorsement_Received_Info.csv');
  if (!current) return exp;
  const [header, ...rows] = Papa.parse<string[]>(new TextDecoder().decode(current.bytes), { skipEmptyLines: true }).data;
  const extra = Array.from({ length: 29 }, (_, i) => [`2020/0${(i % 9) + 1}/1${i % 10} 10:00:00 UTC`, `Skill ${i}`, 'Ori', `Vale${i}`, `https://www.linkedin.com/in/ori-vale-${i}`, 'ACCEPTED']);
  const legacy = writeCsv(header!, [...rows, ...extra], { encoding: 'utf-16le', delimiter: '\t', quoteAll: true, lineEnding: '\n' });
  return { ...exp, files: exp.files.map((f) => (f.path === 'Endorsement Received Info.csv' ? { ...f, bytes: legacy } : f)) };
}

async function rezipped(exp: GeneratedExport, zipName: string): Promise<ZipBytes> {
  const top = `${exp.name.replace(/\.zip$/, '')} (1)`;
  const zip = new JSZip();
  for (const file of exp.files) zip.file(`${top}/${file.path}`, file.bytes);
  zip.file(`${top}/.DS_Store`, 'Bud1');
  zip.file(`__MACOSX/${top}/._Profile.csv`, 'AppleDouble');
  zip.file(`${top}/profile photo.jpg`, new Uint8Array([0xff, 0xd8, 0xff, 0xe0]));
  return { name: zipName, bytes: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) };
}

/** A 2022 member's Complete and Basic archives, re-zipped, with every kind of entry between them. */
export async function everyEntryExport(): Promise<ZipBytes[]> {
  const complete = withLongerLegacyEndorsements(generateExport({ era: 2022, archive: 'complete' }));
  const basic = generateExport({ era: 2022, archive: 'basic' });
  return [await rezipped(complete, 'linkedin complete.zip'), await rezipped(basic, 'linkedin basic.zip')];
}
