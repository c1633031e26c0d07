// Runtime: any (pure strings). The headers every response of ours carries, from Electron's
// app:// and report schemes and from `npm run web`'s server alike.

/** The policy (shared/security/contentSecurityPolicy.ts) and the headers that go with it. */
export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
}
