// Runtime: any. Endorsements received and given. 2022 exports carried the received file twice:
// `Endorsement_Received_Info.csv` (UTF-8) and `Endorsement Received Info.csv` (UTF-16, TAB).

import { csvFile, type BuildContext, type BuiltFile } from '../builtFile';
import { slashSecondsUtc } from '../dateShapes';
import { LEGACY_UTF16_OPTIONS } from '../eraStyle';
import { recentWeightedTimes } from '../timeline';
import { SKILLS } from '../vocabulary';

const RECEIVED_HEADER = ['Endorsement Date', 'Skill Name', 'Endorser First Name', 'Endorser Last Name', 'Endorser Public Url', 'Endorsement Status'];
const GIVEN_HEADER = ['Endorsement Date', 'Skill Name', 'Endorsee First Name', 'Endorsee Last Name', 'Endorsee Public Url', 'Endorsement Status'];

function records(ctx: BuildContext, label: string, count: number): { rows: string[][]; times: number[] } {
  const { world } = ctx;
  const rng = world.random(label);
  const times = recentWeightedTimes(rng, count, world.activityStartMs, world.exportMs - 86_400_000);
  const rows = times.map((ms) => {
    const person = rng.pick(world.connections).person;
    return [slashSecondsUtc(ms), rng.pick(SKILLS), person.first, person.last, person.profileUrl, rng.chance(0.9) ? 'ACCEPTED' : 'PENDING'];
  });
  return { rows, times };
}

export function buildEndorsementsReceived(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const { rows, times } = records(ctx, 'endorsements-received', world.size.endorsementsReceived);
  const main = csvFile(world, { base: 'Endorsement_Received_Info', header: RECEIVED_HEADER, rows, itemDates: times });
  if (world.era !== 2022) return [main];
  const copy = csvFile(world, {
    base: 'Endorsement_Received_Info',
    exactName: 'Endorsement Received Info',
    header: RECEIVED_HEADER,
    rows,
    itemDates: times,
    options: LEGACY_UTF16_OPTIONS,
  });
  return [main, { ...copy, duplicateOf: main.path }];
}

export function buildEndorsementsGiven(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const { rows, times } = records(ctx, 'endorsements-given', world.size.endorsementsGiven);
  return [csvFile(world, { base: 'Endorsement_Given_Info', header: GIVEN_HEADER, rows, itemDates: times })];
}
