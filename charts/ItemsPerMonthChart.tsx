// Items per month, stacked by series (the exposure classes, drawn with their patterns, or any
// series with a colour), with vertical markers for policy dates and the member's opt-out date,
// and its legend inside the SVG (the reports take the SVG alone). Pure: data, size and palette
// in; no app state.

import { Bar, BarChart, CartesianGrid, ReferenceLine, XAxis, YAxis } from 'recharts';
import { formatCount } from '../shared/text/format';
import { LIGHT_PALETTE, type ChartPalette } from './palette';
import { edgeRoom, plainTick } from './plainTick';
import { EXPOSURE_KEYS, ExposurePatternDefs, patternId, type ExposureKey } from './exposurePatterns';
import { LEGEND_ROW_HEIGHT, SvgLegend, layoutLegend, type LegendEntry } from './svgLegend';
import { useSvgId } from './svgId';

export interface MonthSeries {
  /** An exposure class's key (`exposed`…) draws with that class's pattern. */
  readonly key: string;
  readonly label: string;
  readonly colour: string;
  /** One value per month of `months`. */
  readonly values: readonly number[];
}

export interface MonthMarker {
  /** `YYYY-MM`, one of `months`. */
  readonly month: string;
  readonly label: string;
  readonly kind: 'policy' | 'opt-out';
  /** What happened, for the text beside the chart. */
  readonly note?: string;
}

export interface ItemsPerMonthChartProps {
  /** `YYYY-MM`, consecutive. */
  readonly months: readonly string[];
  readonly series: readonly MonthSeries[];
  readonly markers: readonly MonthMarker[];
  readonly width: number;
  readonly height: number;
  readonly palette?: ChartPalette;
  readonly animate?: boolean;
  readonly formatMonth?: (month: string) => string;
  /** Off where the page shows the series elsewhere; the markers' kinds are always in the legend. */
  readonly seriesLegend?: boolean;
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function shortMonth(month: string): string {
  return `${SHORT_MONTHS[Number(month.slice(5, 7)) - 1] ?? ''} ${month.slice(0, 4)}`;
}

const MARKER_FONT_SIZE = 11;
/** A generous average advance per character at MARKER_FONT_SIZE. */
const MARKER_CHARACTER_WIDTH = 6.6;
const LABEL_ROW_HEIGHT = 13;
const LABEL_GAP = 8;
const Y_AXIS_WIDTH = 56;

interface LabelPlace {
  readonly anchor: 'start' | 'middle' | 'end';
  /** 0 is the row just above the plot. */
  readonly row: number;
}

/**
 * Where the markers' labels go above the plot: centred on their line, or ending (starting) at it
 * where centred they would cross the chart's right (left) edge; each in the lowest row where it
 * overlaps no other. Positions are estimated from the band scale recharts lays months out on.
 */
export function placeMarkerLabels(markers: readonly MonthMarker[], months: readonly string[], width: number, margin: { left: number; right: number }): LabelPlace[] {
  const plotLeft = margin.left + Y_AXIS_WIDTH;
  const band = (width - plotLeft - margin.right) / Math.max(1, months.length);
  const rows: [number, number][][] = [];
  return markers.map((marker) => {
    const x = plotLeft + (Math.max(0, months.indexOf(marker.month)) + 0.5) * band;
    const length = marker.label.length * MARKER_CHARACTER_WIDTH;
    const anchor = x + length / 2 > width ? 'end' : x - length / 2 < 0 ? 'start' : 'middle';
    const from = anchor === 'end' ? x - length : anchor === 'start' ? x : x - length / 2;
    const span: [number, number] = [from - LABEL_GAP / 2, from + length + LABEL_GAP / 2];
    let row = rows.findIndex((taken) => taken.every(([a, b]) => span[1] <= a || span[0] >= b));
    if (row === -1) row = rows.push([]) - 1;
    rows[row]!.push(span);
    return { anchor, row };
  });
}

function markerLabel(text: string, fill: string, place: LabelPlace) {
  return function MarkerLabel({ viewBox }: { viewBox?: { x?: number; y?: number } }) {
    return (
      <text x={viewBox?.x ?? 0} y={(viewBox?.y ?? 0) - 6 - place.row * LABEL_ROW_HEIGHT} textAnchor={place.anchor} fill={fill} fontSize={MARKER_FONT_SIZE}>
        {text}
      </text>
    );
  };
}

const MARKER_KIND_LABEL = { policy: 'LinkedIn policy change in your region', 'opt-out': 'Your opt-out' } as const;

function isExposureKey(key: string): key is ExposureKey {
  return (EXPOSURE_KEYS as readonly string[]).includes(key);
}

function markerStroke(kind: MonthMarker['kind'], palette: ChartPalette) {
  return { stroke: kind === 'opt-out' ? palette.optOutMarker : palette.marker, strokeWidth: 2, strokeDasharray: kind === 'opt-out' ? '6 3' : '2 3' };
}

function legendEntries(series: readonly MonthSeries[], markers: readonly MonthMarker[], fillOf: (s: MonthSeries) => string, palette: ChartPalette): LegendEntry[] {
  const entries: LegendEntry[] = series.map((s) => ({ key: s.key, label: s.label, swatch: <rect width="14" height="14" fill={fillOf(s)} stroke={palette.muted} strokeWidth="1" /> }));
  for (const kind of ['policy', 'opt-out'] as const) {
    if (markers.some((m) => m.kind === kind)) entries.push({ key: `marker-${kind}`, label: MARKER_KIND_LABEL[kind], swatch: <line x1="7" x2="7" y1="0" y2="14" {...markerStroke(kind, palette)} /> });
  }
  return entries;
}

export function ItemsPerMonthChart({ months, series, markers, width, height, palette = LIGHT_PALETTE, animate = true, formatMonth = shortMonth, seriesLegend = true }: ItemsPerMonthChartProps) {
  const prefix = useSvgId('timeline');
  const fillOf = (s: MonthSeries) => (isExposureKey(s.key) ? `url(#${patternId(prefix, s.key)})` : s.colour);
  const data = months.map((month, i) => {
    const row: Record<string, number | string> = { month };
    for (const s of series) row[s.key] = s.values[i] ?? 0;
    return row;
  });
  // About one tick per 70 px.
  const tickEvery = Math.max(1, Math.ceil(months.length / Math.max(1, Math.floor(width / 70))));
  const margin = { left: 4, right: edgeRoom(months.map(formatMonth)), bottom: 4 };
  const places = placeMarkerLabels(markers, months, width, margin);
  const labelRows = Math.max(1, ...places.map((p) => p.row + 1));
  const legend = layoutLegend(legendEntries(seriesLegend ? series : [], markers, fillOf, palette), width);
  const legendHeight = legend.rows * LEGEND_ROW_HEIGHT + 6;
  return (
    <div className="chart">
      <BarChart width={width} height={height + legendHeight} data={data} margin={{ top: legendHeight + 11 + labelRows * LABEL_ROW_HEIGHT, ...margin }} barCategoryGap={1} accessibilityLayer={false}>
        <ExposurePatternDefs prefix={prefix} palette={palette} />
        <SvgLegend placed={legend.placed} palette={palette} />
        <CartesianGrid vertical={false} stroke={palette.grid} />
        <XAxis dataKey="month" interval={tickEvery - 1} stroke={palette.muted} tick={plainTick(palette.muted, (v) => formatMonth(String(v)))} />
        <YAxis allowDecimals={false} width={Y_AXIS_WIDTH} stroke={palette.muted} tick={plainTick(palette.muted, (v) => formatCount(Number(v)))} interval={0} tickCount={6} />
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} stackId="items" fill={fillOf(s)} isAnimationActive={animate} />
        ))}
        {markers.map((m, i) => (
          <ReferenceLine key={`${m.kind}-${m.month}`} x={m.month} {...markerStroke(m.kind, palette)} label={markerLabel(m.label, palette.text, places[i]!)} ifOverflow="extendDomain" />
        ))}
      </BarChart>
    </div>
  );
}
