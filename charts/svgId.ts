// Unique, url()-safe ids for SVG <pattern>s, stable across renders (React's useId may contain
// characters a `url(#…)` reference cannot hold).

import { useId } from 'react';

export function useSvgId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}
