// Runtime: any. Connections.csv: no preamble in 2018; from 2022 a `Notes:` preamble about
// missing e-mail addresses; a URL column from 2024; hidden profiles with only a date in 2026.
// The Basic copy, built minutes before the Complete one, lacks the two newest connections.

import { csvFile, type BuildContext, type BuiltFile } from '../builtFile';
import { dayMonthYear, startOfDay, usShortComma } from '../dateShapes';
import type { Connection } from '../world';

const PREAMBLE = [
  'Notes:',
  '"When exporting your connection data, some e-mail addresses may be missing. Addresses only appear for connections who allow their connections to see or download them, which they choose in their own privacy settings."',
  '',
];

/** The connections a Basic archive holds: all but the two accepted after it was built. */
export function connectionsInArchive(ctx: BuildContext): readonly Connection[] {
  const { world } = ctx;
  return world.archive === 'basic' ? world.connections.slice(2) : world.connections;
}

export function buildConnections(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const era = world.era;
  const connections = connectionsInArchive(ctx);
  const withUrl = era >= 2024;
  const rows = connections.map((c) => {
    const date = era === 2018 ? usShortComma(c.connectedMs) : dayMonthYear(c.connectedMs);
    if (c.hidden && era === 2026) return ['', '', '', '', '', '', date];
    const p = c.person;
    const cells = [p.first, p.last, p.email ?? '', p.company, p.position, date];
    if (withUrl) cells.splice(2, 0, p.profileUrl);
    return cells;
  });
  const header = ['First Name', 'Last Name', 'Email Address', 'Company', 'Position', 'Connected On'];
  if (withUrl) header.splice(2, 0, 'URL');
  for (const c of connections.filter((c) => c.person.email && !c.hidden).slice(0, 2)) ctx.sensitive.add(c.person.email!);
  const options = era === 2018 ? {} : { preamble: PREAMBLE };
  const dates = connections.map((c) => (era === 2018 ? c.connectedMs : startOfDay(c.connectedMs)));
  return [csvFile(world, { base: 'Connections', header, rows, itemDates: dates, options })];
}
