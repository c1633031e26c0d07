// Axis labels drawn as plain <text>. Recharts' own tick component measures every label in the
// DOM to wrap it (a forced layout per word), which made a chart's first draw take hundreds of
// milliseconds; our labels are short and never need wrapping.

export interface PlainTickProps {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly payload?: { readonly value?: unknown };
  readonly textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  readonly orientation?: string;
}

const FONT_SIZE = 12;
/** A generous average advance of the system sans-serif fonts, per character, at FONT_SIZE. */
const CHARACTER_WIDTH = 7.2;

/**
 * Room a chart keeps beside its plot so that a label centred on the first or last tick of a
 * category axis is not clipped at the chart's edge.
 */
export function edgeRoom(labels: readonly string[], least = 16): number {
  const longest = labels.reduce((most, label) => Math.max(most, label.length), 0);
  return Math.max(least, Math.ceil((longest * CHARACTER_WIDTH) / 2));
}

export function plainTick(fill: string, format: (value: unknown) => string = (v) => String(v ?? '')) {
  return function PlainTick({ x, y, payload, textAnchor, orientation }: PlainTickProps) {
    const dy = orientation === 'bottom' ? 14 : orientation === 'top' ? -4 : 4;
    const anchor = textAnchor ?? (orientation === 'left' ? 'end' : orientation === 'right' ? 'start' : 'middle');
    return (
      <text x={x} y={y} dy={dy} textAnchor={anchor} fill={fill} fontSize={FONT_SIZE}>
        {format(payload?.value)}
      </text>
    );
  };
}
