// Runtime: Electron main. The Content-Security-Policy sent with every response of the app's
// scheme, and the stricter one for a report being printed (JavaScript is off there anyway).

function policy(directives: Record<string, string>): string {
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/**
 * The UI: only its own files. Styles: the built CSS files, plus inline `style` attributes (React
 * and the charts set element styles; `'unsafe-inline'` for styles cannot run code). No `eval`,
 * no inline scripts, no plugins, nothing may frame or be framed, and no form posts anywhere.
 */
export const APP_CSP = policy({
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'connect-src': "'self'",
  'worker-src': "'self' blob:",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-src': "'none'",
  'frame-ancestors': "'none'",
});

/** A report is one self-contained HTML document: inline styles and embedded images only. */
export const REPORT_CSP = policy({
  'default-src': "'none'",
  'style-src': "'unsafe-inline'",
  'img-src': 'data:',
  'font-src': 'data:',
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
});

/** Headers every response of ours carries. */
export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
}
