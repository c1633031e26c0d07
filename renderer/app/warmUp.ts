// The first toLocaleString in a page loads the locale's number data (about 40 ms in Chromium).
// The shared wording uses it for the headline; paying that while the first screen sits idle
// keeps it out of the moment the results appear.

import { formatCount } from '../../shared/report/wording';

export function warmUpWhenIdle(): void {
  const run = () => void formatCount(1000);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}
