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

export function plainTick(fill: string, format: (value: unknown) => string = (v) => String(v ?? '')) {
  return function PlainTick({ x, y, payload, textAnchor, orientation }: PlainTickProps) {
    const dy = orientation === 'bottom' ? 14 : orientation === 'top' ? -4 : 4;
    const anchor = textAnchor ?? (orientation === 'left' ? 'end' : orientation === 'right' ? 'start' : 'middle');
    return (
      <text x={x} y={y} dy={dy} textAnchor={anchor} fill={fill} fontSize={12}>
        {format(payload?.value)}
      </text>
    );
  };
}
