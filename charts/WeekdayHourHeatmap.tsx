// Logins by weekday (rows, Monday first) and hour of day (columns, UTC): a plain SVG grid.
// Darker means more; each cell's count is also in its <title> and in the table alternative.

import { WEEKDAYS, formatCount } from '../shared/text/format';
import { LIGHT_PALETTE, type ChartPalette } from './palette';

export { WEEKDAYS };

export interface WeekdayHourHeatmapProps {
  /** [weekday 0 = Monday][hour 0–23]. */
  readonly counts: readonly (readonly number[])[];
  readonly width: number;
  readonly palette?: ChartPalette;
}

function mix(a: string, b: string, t: number): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16);
  const parts = [0, 1, 2].map((i) => Math.round(channel(a, i) + (channel(b, i) - channel(a, i)) * t));
  return `#${parts.map((p) => p.toString(16).padStart(2, '0')).join('')}`;
}

export function WeekdayHourHeatmap({ counts, width, palette = LIGHT_PALETTE }: WeekdayHourHeatmapProps) {
  const labelWidth = 40;
  const top = 20;
  const cell = Math.max(8, Math.floor((width - labelWidth) / 24));
  const height = top + cell * 7 + 4;
  const max = Math.max(1, ...counts.flat());
  return (
    <svg className="heatmap" width={labelWidth + cell * 24} height={height} role="presentation" aria-hidden="true" focusable="false">
      {Array.from({ length: 24 }, (_, hour) =>
        hour % 3 === 0 ? (
          <text key={`h${hour}`} x={labelWidth + hour * cell + cell / 2} y={top - 6} textAnchor="middle" fontSize="11" fill={palette.muted}>
            {String(hour).padStart(2, '0')}
          </text>
        ) : null,
      )}
      {WEEKDAYS.map((day, row) => (
        <g key={day}>
          <text x={labelWidth - 6} y={top + row * cell + cell / 2 + 4} textAnchor="end" fontSize="11" fill={palette.muted}>
            {day.slice(0, 3)}
          </text>
          {Array.from({ length: 24 }, (_, hour) => {
            const n = counts[row]?.[hour] ?? 0;
            const fill = n === 0 ? palette.heatEmpty : mix(palette.heatLow, palette.heatHigh, Math.sqrt(n / max));
            return (
              <rect key={hour} data-weekday={row} data-hour={hour} data-count={n} x={labelWidth + hour * cell} y={top + row * cell} width={cell - 2} height={cell - 2} rx="2" fill={fill}>
                <title>{`${day} ${String(hour).padStart(2, '0')}:00–${String(hour).padStart(2, '0')}:59 UTC: ${formatCount(n)} login${n === 1 ? '' : 's'}`}</title>
              </rect>
            );
          })}
        </g>
      ))}
    </svg>
  );
}
