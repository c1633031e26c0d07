// Bench support (Node): exports from the project's own generator (shared/sample), scaled up from
// its `sample` size: every file the era's Complete archive holds, in the era's encoding, names
// and headers (2018: UTF-16LE with BOM, TAB, every field quoted). Only the record counts change.

import { SensitiveValues } from '../../shared/sample/builtFile';
import { buildersFor } from '../../shared/sample/manifest';
import { sizeProfile, type SizeProfile } from '../../shared/sample/sizes';
import type { Era } from '../../shared/sample/types';
import { buildWorld } from '../../shared/sample/world';
import { StreamingZipWriter } from './zipWriter';

export interface GeneratedExportPlan {
  readonly era: Era;
  /** Each record count of the generator's `sample` member times this (connections excepted). */
  readonly scale: number;
}

function scaled(profile: SizeProfile, factor: number): SizeProfile {
  return Object.fromEntries(Object.entries(profile).map(([kind, count]) => [kind, Math.max(1, Math.round(count * factor))])) as unknown as SizeProfile;
}

export async function writeGeneratedExport(path: string, plan: GeneratedExportPlan, seed: number): Promise<void> {
  // The world's people are drawn at the sample's size; only how much each of them wrote grows.
  const sample = buildWorld(plan.era, seed, 'complete', 'sample');
  const world = { ...sample, size: scaled(sizeProfile('sample'), plan.scale) };
  const files = buildersFor(plan.era, 'complete').flatMap((build) => build({ world, sensitive: new SensitiveValues() }));
  const zip = new StreamingZipWriter(path, new Date(world.exportMs));
  for (const file of files) await zip.addEntry(file.path, [file.bytes]);
  await zip.close();
}
