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
 * `chartWidth`, where given, keeps centred labels inside the chart: one that would cross an edge
 * (the last month of a time axis) is aligned to its tick from the inside instead of clipped.
 */
export function plainTick(fill: string, format: (value: unknown) => string = (v) => String(v ?? ''), chartWidth?: number) {
  return function PlainTick({ x, y, payload, textAnchor, orientation }: PlainTickProps) {
    const dy = orientation === 'bottom' ? 14 : orientation === 'top' ? -4 : 4;
    const text = format(payload?.value);
    let anchor = textAnchor ?? (orientation === 'left' ? 'end' : orientation === 'right' ? 'start' : 'middle');
    if (chartWidth !== undefined && anchor === 'middle') {
      const half = (text.length * CHARACTER_WIDTH) / 2;
      const at = Number(x ?? 0);
      if (at + half > chartWidth) anchor = 'end';
      else if (at - half < 0) anchor = 'start';
    }
    return (
      <text x={x} y={y} dy={dy} textAnchor={anchor} fill={fill} fontSize={FONT_SIZE}>
        {text}
      </text>
    );
  };
}
