// The three exposure classes differ by pattern as well as colour: solid, diagonal stripes,
// dots. The same patterns appear in legends, bars and table cells' swatches.

import { EXPOSURE_LABELS, type ExposureKey } from '../shared/report/wording';
import type { ChartPalette } from './palette';
import { useSvgId } from './svgId';

export { EXPOSURE_LABELS, type ExposureKey };

export const EXPOSURE_KEYS: readonly ExposureKey[] = ['exposed', 'possiblyExposed', 'notExposed'];

export function patternId(prefix: string, key: ExposureKey): string {
  return `${prefix}-${key}`;
}

/** `<pattern>` definitions; `prefix` keeps ids unique when several charts share a page. */
export function ExposurePatternDefs({ prefix, palette }: { prefix: string; palette: ChartPalette }) {
  return (
    <defs>
      <pattern id={patternId(prefix, 'exposed')} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" fill={palette.exposed} />
      </pattern>
      <pattern id={patternId(prefix, 'possiblyExposed')} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="8" height="8" fill={palette.background} />
        <rect width="4" height="8" fill={palette.possiblyExposed} />
      </pattern>
      <pattern id={patternId(prefix, 'notExposed')} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill={palette.notExposed} opacity="0.35" />
        <circle cx="3" cy="3" r="1.4" fill={palette.notExposed} />
      </pattern>
    </defs>
  );
}

/** A small legend swatch with the class's pattern. */
export function ExposureSwatch({ kind, palette, size = 14 }: { kind: ExposureKey; palette: ChartPalette; size?: number }) {
  const prefix = useSvgId(`swatch-${kind}`);
  return (
    <svg width={size} height={size} aria-hidden="true" focusable="false" className="swatch">
      <ExposurePatternDefs prefix={prefix} palette={palette} />
      <rect width={size} height={size} fill={`url(#${patternId(prefix, kind)})`} stroke={palette.muted} strokeWidth="1" />
    </svg>
  );
}

export function ExposureLegend({ palette, keys = EXPOSURE_KEYS }: { palette: ChartPalette; keys?: readonly ExposureKey[] }) {
  return (
    <ul className="chart-legend" aria-hidden="true">
      {keys.map((key) => (
        <li key={key}>
          <ExposureSwatch kind={key} palette={palette} />
          {EXPOSURE_LABELS[key]}
        </li>
      ))}
    </ul>
  );
}
