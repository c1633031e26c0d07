// Exposed and possibly exposed items per category, one row per category, most exposed first, each
// row with its figures written beside the bar, so a category of three items reads as clearly as
// one of thousands (the scale stays linear; a non-zero segment is never thinner than a few
// pixels). Categories with nothing exposed or possibly exposed (what LinkedIn says it does not
// use: messages, network…) are not bars: they are listed under the plot, apart, inside the SVG
// (the reports take the SVG alone). A pure
// component of its data: fixed size, palette as a prop, animation off on request.

import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { formatCount } from '../shared/text/format';
import { ExposureLegend, ExposurePatternDefs, patternId } from './exposurePatterns';
import { LIGHT_PALETTE, type ChartPalette } from './palette';
import { plainTick } from './plainTick';
import { useSvgId } from './svgId';

export interface ExposureBarDatum {
  readonly label: string;
  readonly exposed: number;
  readonly possiblyExposed: number;
  readonly notExposed: number;
}

export interface ExposureBarChartProps {
  readonly data: readonly ExposureBarDatum[];
  readonly width: number;
  /** Default: 34 px per charted category plus axes. */
  readonly height?: number;
  readonly palette?: ChartPalette;
  readonly animate?: boolean;
}

const ROW_HEIGHT = 34;
/** The thinnest a non-zero segment is drawn, in pixels. */
export const MIN_SEGMENT = 4;
const FONT_SIZE = 12;
/** A generous average advance per character at FONT_SIZE. */
const CHARACTER_WIDTH = 7.2;

/** What the row's figures say beside its bar: "120 exposed, 3 possibly". */
export function exposureValueLabel(d: ExposureBarDatum): string {
  const parts = [d.exposed > 0 ? `${formatCount(d.exposed)} exposed` : null, d.possiblyExposed > 0 ? `${formatCount(d.possiblyExposed)} possibly` : null];
  return parts.filter(Boolean).join(', ');
}

/** Rows to draw (most exposed first, then most possibly exposed) and the categories left apart. */
export function exposureRows(data: readonly ExposureBarDatum[]): { charted: ExposureBarDatum[]; apart: ExposureBarDatum[] } {
  const charted = data.filter((d) => d.exposed + d.possiblyExposed > 0).sort((a, b) => b.exposed - a.exposed || b.possiblyExposed - a.possiblyExposed);
  const apart = data.filter((d) => d.exposed + d.possiblyExposed === 0 && d.notExposed > 0).sort((a, b) => b.notExposed - a.notExposed);
  return { charted, apart };
}

const minSize = (value: unknown) => (Number(value) > 0 ? MIN_SEGMENT : 0);
const APART_LINE_HEIGHT = 17;

/** Words into lines of at most `width` px, by the generous estimate of a character's advance. */
export function wrapWords(text: string, width: number): string[] {
  const perLine = Math.max(10, Math.floor(width / CHARACTER_WIDTH));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

export function apartText(apart: readonly ExposureBarDatum[]): string {
  return `Nothing exposed or possibly exposed: ${apart.map((d) => `${d.label} (${formatCount(d.notExposed)} ${d.notExposed === 1 ? 'item' : 'items'})`).join(', ')}.`;
}

export function ExposureBarChart({ data, width, height, palette = LIGHT_PALETTE, animate = true }: ExposureBarChartProps) {
  const prefix = useSvgId('exposure');
  const { charted, apart } = exposureRows(data);
  const labels = charted.map(exposureValueLabel);
  const apartLines = apart.length > 0 ? wrapWords(apartText(apart), width - 8) : [];
  const apartHeight = apartLines.length > 0 ? apartLines.length * APART_LINE_HEIGHT + 8 : 0;
  const chartHeight = (height ?? charted.length * ROW_HEIGHT + 40) + apartHeight;
  const labelWidth = Math.min(160, Math.max(90, width * 0.22));
  const valueRoom = Math.ceil(Math.max(0, ...labels.map((l) => l.length)) * CHARACTER_WIDTH) + 12;
  const rows = charted.map((d, i) => ({ ...d, valueLabel: labels[i]! }));
  function ValueLabel(props: { x?: number | string; y?: number | string; width?: number | string; height?: number | string; index?: number }) {
    const x = Number(props.x ?? 0) + Number(props.width ?? 0);
    const y = Number(props.y ?? 0) + Number(props.height ?? 0) / 2;
    return (
      <text x={x + 6} y={y} dy={4} fontSize={FONT_SIZE} fill={palette.text} className="bar-value">
        {rows[props.index ?? 0]?.valueLabel}
      </text>
    );
  }
  return (
    <div className="chart">
      {rows.length > 0 && <ExposureLegend palette={palette} keys={['exposed', 'possiblyExposed']} />}
      {rows.length > 0 && (
        <BarChart layout="vertical" width={width} height={chartHeight} data={rows} margin={{ top: 4, right: valueRoom, bottom: 4 + apartHeight, left: 4 }} accessibilityLayer={false}>
          <ExposurePatternDefs prefix={prefix} palette={palette} />
          {apartLines.length > 0 && (
            <text className="exposure-apart" data-testid="exposure-apart" fontSize={FONT_SIZE} fill={palette.text}>
              {apartLines.map((line, i) => (
                <tspan key={i} x={4} y={chartHeight - apartHeight + 8 + (i + 1) * APART_LINE_HEIGHT - 4}>
                  {line}
                </tspan>
              ))}
            </text>
          )}
          <CartesianGrid horizontal={false} stroke={palette.grid} />
          <XAxis type="number" stroke={palette.muted} tick={plainTick(palette.muted, (v) => formatCount(Number(v)))} allowDecimals={false} interval={0} tickCount={5} />
          <YAxis type="category" dataKey="label" width={labelWidth} stroke={palette.muted} tick={plainTick(palette.text)} interval={0} />
          <Bar dataKey="exposed" stackId="exposure" fill={`url(#${patternId(prefix, 'exposed')})`} stroke={palette.background} strokeWidth={1} minPointSize={minSize} isAnimationActive={animate} />
          <Bar dataKey="possiblyExposed" stackId="exposure" fill={`url(#${patternId(prefix, 'possiblyExposed')})`} stroke={palette.background} strokeWidth={1} minPointSize={minSize} isAnimationActive={animate} label={ValueLabel} />
        </BarChart>
      )}
      {rows.length === 0 && (
        <p className="chart-empty" data-testid="exposure-apart">
          No item is exposed or possibly exposed under these settings{apart.length > 0 ? `: ${apartText(apart).replace(/^Nothing exposed or possibly exposed: /, '')}` : '.'}
        </p>
      )}
    </div>
  );
}
