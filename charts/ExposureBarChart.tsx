// Items per category, stacked as exposed / possibly exposed / not exposed. A pure component of its
// data: fixed size, palette as a prop, animation off on request (reports render it once).

import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { formatCount } from '../shared/text/format';
import { EXPOSURE_KEYS, ExposureLegend, ExposurePatternDefs, patternId } from './exposurePatterns';
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
  /** Default: 34 px per category plus axes. */
  readonly height?: number;
  readonly palette?: ChartPalette;
  readonly animate?: boolean;
}

export function ExposureBarChart({ data, width, height, palette = LIGHT_PALETTE, animate = true }: ExposureBarChartProps) {
  const prefix = useSvgId('exposure');
  const chartHeight = height ?? data.length * 34 + 40;
  const labelWidth = Math.min(230, Math.max(120, width * 0.32));
  return (
    <div className="chart">
      <ExposureLegend palette={palette} />
      <BarChart layout="vertical" width={width} height={chartHeight} data={[...data]} margin={{ top: 4, right: 24, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <ExposurePatternDefs prefix={prefix} palette={palette} />
        <CartesianGrid horizontal={false} stroke={palette.grid} />
        <XAxis type="number" stroke={palette.muted} tick={plainTick(palette.muted, (v) => formatCount(Number(v)))} allowDecimals={false} interval={0} tickCount={6} />
        <YAxis type="category" dataKey="label" width={labelWidth} stroke={palette.muted} tick={plainTick(palette.text)} interval={0} />
        {EXPOSURE_KEYS.map((key) => (
          <Bar
            key={key}
            dataKey={key}
            stackId="exposure"
            fill={`url(#${patternId(prefix, key)})`}
            stroke={palette.background}
            strokeWidth={1}
            isAnimationActive={animate}
          />
        ))}
      </BarChart>
    </div>
  );
}
