/**
 * A callbackUrl is honoured only when it is a path inside the portal
 * (/en/… or /fr/…); anything else (another origin, "//host", "/\host",
 * javascript:) falls back to the default, so login cannot redirect off-site.
 */
export function safeCallbackUrl(value: string | null | undefined, fallback: string): string {
  if (!value) return fallback;
  if (!/^\/(en|fr)(\/|$|\?)/.test(value)) return fallback;
  if (/[\\\s]/.test(value) || value.includes("//")) return fallback;
  return value;
}
