// The Content-Security-Policy of the site: scripts, styles and everything else only from the
// site itself; no inline script, no inline style, no eval. The server sends it as a header; the
// prerendered pages carry it in a <meta> too, so a plain static host enforces it as well
// (frame-ancestors only works as a header, so the meta version leaves it out).
const directives = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'self'",
};

const join = (entries) => entries.map(([k, v]) => `${k} ${v}`).join('; ');

/** The policy sent as an HTTP header. */
export const CSP_HEADER = join([...Object.entries(directives), ['frame-ancestors', "'none'"]]);

/** The policy for a <meta http-equiv> element. */
export const CSP_META = join(Object.entries(directives));
