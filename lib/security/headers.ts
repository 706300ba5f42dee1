// Security headers (SECURITY.md HD-*). The CSP carries a per-request nonce, so
// it is set in proxy.ts; everything static is set for every path here.

export function staticSecurityHeaders(): { key: string; value: string }[] {
  return [
    { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}

/** The page CSP. `unsafe-eval` only in development (React's dev tooling needs it). */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self'${dev ? " 'unsafe-inline'" : ` 'nonce-${nonce}'`}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * The local mailbox's email preview is its own document (an iframe's src), so
 * the email's inline styles need not loosen the page CSP: they are allowed
 * here, and nothing else is — no script, no request, no form; the `sandbox`
 * directive holds even when the preview is opened outside its iframe.
 */
export const EMAIL_PREVIEW_PATH = /^\/api\/dev\/mailbox\/[^/]+\/html$/;

/** Stored files and bill PDFs: `Content-Security-Policy: sandbox` (lib/files/download.ts), not the page CSP. */
export const FILE_DOWNLOAD_PATH = /^\/api\/(attachments|bills)\/[^/]+$/;

/** Responses that carry a CSP of their own, which the proxy must not replace. */
export function hasOwnSecurityPolicy(pathname: string): boolean {
  return EMAIL_PREVIEW_PATH.test(pathname) || FILE_DOWNLOAD_PATH.test(pathname);
}

export const emailPreviewSecurityPolicy = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  // The clinic's logo comes from the portal itself (/api/clinic/logo), as in the email.
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
  "sandbox",
].join("; ");
