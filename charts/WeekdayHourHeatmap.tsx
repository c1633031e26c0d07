// Logins by weekday (rows, Monday first) and hour of day (columns) in a time zone the chart
// names: a plain SVG grid with its colour scale (swatches with the counts they stand for) drawn
// inside it, so a report that takes the SVG alone has both. Darker means more; each cell's count
// is also in its <title> and in the table alternative.

import { WEEKDAYS, formatCount } from '../shared/text/format';
import { LIGHT_PALETTE, type ChartPalette } from './palette';

export { WEEKDAYS };

export interface WeekdayHourHeatmapProps {
  /** [weekday 0 = Monday][hour 0–23], in `timeZone`. */
  readonly counts: readonly (readonly number[])[];
  readonly width: number;
  readonly palette?: ChartPalette;
  /** The zone the hours are in, said on the chart (IANA name). */
  readonly timeZone?: string;
}

function mix(a: string, b: string, t: number): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16);
  const parts = [0, 1, 2].map((i) => Math.round(channel(a, i) + (channel(b, i) - channel(a, i)) * t));
  return `#${parts.map((p) => p.toString(16).padStart(2, '0')).join('')}`;
}

/** A cell's colour: none for 0, then from light to dark by the square root of its share of the most. */
export function heatColour(n: number, max: number, palette: ChartPalette): string {
  return n === 0 ? palette.heatEmpty : mix(palette.heatLow, palette.heatHigh, Math.sqrt(n / Math.max(1, max)));
}

/** The scale's steps: 0, 1 and counts at a quarter, half, three quarters and all of the colour range. */
export function heatScaleSteps(max: number): number[] {
  const steps = [0, 1, ...[0.25, 0.5, 0.75].map((t) => Math.round(t * t * max)), max];
  return [...new Set(steps)].filter((n) => n <= max).sort((a, b) => a - b);
}

const FONT = 11;
const SCALE_SWATCH = 22;

export function WeekdayHourHeatmap({ counts, width, palette = LIGHT_PALETTE, timeZone = 'UTC' }: WeekdayHourHeatmapProps) {
  const labelWidth = 40;
  const zoneRow = 18;
  const top = zoneRow + 20;
  const cell = Math.max(8, Math.floor((width - labelWidth) / 24));
  const gridBottom = top + cell * 7;
  const max = Math.max(0, ...counts.flat());
  const steps = heatScaleSteps(max);
  const scaleTop = gridBottom + 14;
  const height = scaleTop + SCALE_SWATCH + 20;
  const stepWidth = Math.max(SCALE_SWATCH + 18, Math.ceil(String(formatCount(max)).length * 7 + 10));
  return (
    <svg className="heatmap" width={labelWidth + cell * 24} height={height} role="presentation" aria-hidden="true" focusable="false">
      <text x={0} y={13} fontSize={12} fill={palette.text} data-testid="heatmap-zone">
        {`Hours in ${timeZone}`}
      </text>
      {Array.from({ length: 24 }, (_, hour) =>
        hour % 3 === 0 ? (
          <text key={`h${hour}`} x={labelWidth + hour * cell + cell / 2} y={top - 6} textAnchor="middle" fontSize={FONT} fill={palette.muted}>
            {String(hour).padStart(2, '0')}
          </text>
        ) : null,
      )}
      {WEEKDAYS.map((day, row) => (
        <g key={day}>
          <text x={labelWidth - 6} y={top + row * cell + cell / 2 + 4} textAnchor="end" fontSize={FONT} fill={palette.muted}>
            {day.slice(0, 3)}
          </text>
          {Array.from({ length: 24 }, (_, hour) => {
            const n = counts[row]?.[hour] ?? 0;
            return (
              <rect key={hour} data-weekday={row} data-hour={hour} data-count={n} x={labelWidth + hour * cell} y={top + row * cell} width={cell - 2} height={cell - 2} rx="2" fill={heatColour(n, max, palette)}>
                <title>{`${day} ${String(hour).padStart(2, '0')}:00–${String(hour).padStart(2, '0')}:59 (${timeZone}): ${formatCount(n)} login${n === 1 ? '' : 's'}`}</title>
              </rect>
            );
          })}
        </g>
      ))}
      <g className="heat-scale" data-testid="heatmap-scale">
        <text x={0} y={scaleTop + SCALE_SWATCH / 2 + 4} fontSize={FONT} fill={palette.muted}>
          Logins
        </text>
        {steps.map((n, i) => (
          <g key={n} transform={`translate(${labelWidth + 12 + i * stepWidth},${scaleTop})`}>
            <rect width={SCALE_SWATCH} height={SCALE_SWATCH * 0.6} rx="2" fill={heatColour(n, max, palette)} stroke={palette.grid} data-step={n} />
            <text x={SCALE_SWATCH / 2} y={SCALE_SWATCH * 0.6 + 13} textAnchor="middle" fontSize={FONT} fill={palette.text}>
              {formatCount(n)}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
