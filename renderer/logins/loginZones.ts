// Logins by weekday and hour in a chosen time zone, from the per-hour UTC counts the scan keeps:
// each hour is moved by the zone's offset at that moment (summer time included), as the runtime's
// time-zone data (Intl) gives it. Offsets are looked up once per day, and per hour only on a day
// whose offset changes.

const HOUR_MS = 3_600_000;
const DAY_HOURS = 24;

export const UTC = 'UTC';

/** The zone the computer is set to (Intl's resolved zone), or UTC where the runtime does not say. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || UTC;
}

/** Every IANA zone the runtime knows, UTC first. */
export function knownTimeZones(): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [UTC, ...zones.filter((z) => z !== UTC)];
}

/** The zone's offset from UTC at `ms`, in minutes (east positive). */
export function offsetMinutes(format: Intl.DateTimeFormat, ms: number): number {
  const parts = Object.fromEntries(format.formatToParts(ms).map((p) => [p.type, p.value]));
  const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour) % 24, Number(parts.minute));
  return Math.round((local - Math.floor(ms / 60_000) * 60_000) / 60_000);
}

function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' });
}

/**
 * [weekday 0 = Monday][hour 0–23] in `timeZone`. A login counted in a UTC hour lands in the local
 * hour that hour starts in (zones with a half-hour offset: the earlier of the two it spans).
 */
export function weekdayHourIn(hourly: { readonly hours: readonly number[]; readonly counts: readonly number[] }, timeZone: string): number[][] {
  const grid = Array.from({ length: 7 }, () => new Array<number>(DAY_HOURS).fill(0));
  const format = zoneFormat(timeZone);
  const dayOffsets = new Map<number, [number, number]>();
  hourly.hours.forEach((hour, i) => {
    const day = Math.floor(hour / DAY_HOURS);
    let ends = dayOffsets.get(day);
    if (!ends) dayOffsets.set(day, (ends = [offsetMinutes(format, day * DAY_HOURS * HOUR_MS), offsetMinutes(format, (day * DAY_HOURS + DAY_HOURS - 1) * HOUR_MS)]));
    const offset = ends[0] === ends[1] ? ends[0] : offsetMinutes(format, hour * HOUR_MS);
    const local = new Date(hour * HOUR_MS + offset * 60_000);
    grid[(local.getUTCDay() + 6) % 7]![local.getUTCHours()]! += hourly.counts[i]!;
  });
  return grid;
}
