// The Content-Security-Policy the production build must work under: no inline script or style, no
// eval, nothing from another origin. data: images stay allowed: index.html's empty favicon is one.
// scripts/serve.mjs sends it at /csp/; tests/e2e/csp.spec.ts checks the app breaks none of it.
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:";
