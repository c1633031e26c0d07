// A legend drawn inside a chart's SVG, so a report that takes the SVG alone (HTML, PDF) shows
// it too. Entries flow left to right and wrap at the chart's width; text widths are estimated
// generously (no DOM measurement: reports draw in jsdom).

import type { ReactNode } from 'react';
import type { ChartPalette } from './palette';

export interface LegendEntry {
  readonly key: string;
  readonly label: string;
  /** Drawn in a 14×14 box at (0, 0). */
  readonly swatch: ReactNode;
}

export const LEGEND_ROW_HEIGHT = 20;
const FONT_SIZE = 12;
/** A generous average advance per character at FONT_SIZE. */
const CHARACTER_WIDTH = 7.2;
const SWATCH = 14;
const ENTRY_GAP = 18;

interface Placed {
  readonly entry: LegendEntry;
  readonly x: number;
  readonly row: number;
}

export function layoutLegend(entries: readonly LegendEntry[], width: number, left = 4): { placed: Placed[]; rows: number } {
  const placed: Placed[] = [];
  let x = left;
  let row = 0;
  for (const entry of entries) {
    const length = SWATCH + 6 + entry.label.length * CHARACTER_WIDTH;
    if (x > left && x + length > width) {
      row++;
      x = left;
    }
    placed.push({ entry, x, row });
    x += length + ENTRY_GAP;
  }
  return { placed, rows: entries.length === 0 ? 0 : row + 1 };
}

export function SvgLegend({ placed, palette, top = 0 }: { placed: readonly Placed[]; palette: ChartPalette; top?: number }) {
  return (
    <g className="svg-legend">
      {placed.map(({ entry, x, row }) => (
        <g key={entry.key} transform={`translate(${x},${top + row * LEGEND_ROW_HEIGHT + 2})`}>
          {entry.swatch}
          <text x={SWATCH + 6} y={SWATCH - 2} fontSize={FONT_SIZE} fill={palette.text}>
            {entry.label}
          </text>
        </g>
      ))}
    </g>
  );
}
