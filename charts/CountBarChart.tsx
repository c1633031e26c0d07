// One series of counts as bars: logins per week or month, reactions by type, devices.

import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { formatCount } from '../shared/text/format';
import { LIGHT_PALETTE, type ChartPalette } from './palette';
import { edgeRoom, plainTick } from './plainTick';

export interface CountDatum {
  readonly label: string;
  readonly count: number;
}

export interface CountBarChartProps {
  readonly data: readonly CountDatum[];
  readonly width: number;
  readonly height: number;
  /** `columns`: labels along the bottom (time); `rows`: labels on the left (kinds). */
  readonly orientation?: 'columns' | 'rows';
  readonly palette?: ChartPalette;
  readonly colour?: string;
  readonly animate?: boolean;
}

export function CountBarChart({ data, width, height, orientation = 'columns', palette = LIGHT_PALETTE, colour, animate = true }: CountBarChartProps) {
  const fill = colour ?? palette.single;
  const countTick = plainTick(palette.muted, (v) => formatCount(Number(v)));
  if (orientation === 'rows') {
    return (
      <div className="chart">
        <BarChart layout="vertical" width={width} height={height} data={[...data]} margin={{ top: 4, right: 24, bottom: 4, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke={palette.grid} />
          <XAxis type="number" allowDecimals={false} stroke={palette.muted} tick={countTick} interval={0} tickCount={6} />
          <YAxis type="category" dataKey="label" width={Math.min(200, width * 0.35)} interval={0} stroke={palette.muted} tick={plainTick(palette.text)} />
          <Bar dataKey="count" name="Count" fill={fill} isAnimationActive={animate} label={{ position: 'right', fill: palette.text, fontSize: 12, formatter: (v: unknown) => formatCount(Number(v)) }} />
        </BarChart>
      </div>
    );
  }
  const tickEvery = Math.max(1, Math.ceil(data.length / Math.max(1, Math.floor(width / 80))));
  return (
    <div className="chart">
      <BarChart width={width} height={height} data={[...data]} margin={{ top: 8, right: edgeRoom(data.map((d) => d.label)), bottom: 4, left: 4 }} barCategoryGap={1} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke={palette.grid} />
        <XAxis dataKey="label" interval={tickEvery - 1} stroke={palette.muted} tick={plainTick(palette.muted)} />
        <YAxis allowDecimals={false} width={56} stroke={palette.muted} tick={countTick} interval={0} tickCount={6} />
        <Bar dataKey="count" name="Count" fill={fill} isAnimationActive={animate} />
      </BarChart>
    </div>
  );
}
