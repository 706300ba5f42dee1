import { brandStylesheetUrl, normalizeHexColor, passesWithWhite } from "@/lib/clinic/brand-color";

/**
 * The clinic's colour behind the brand-* classes (app/globals.css), or
 * nothing, which keeps the portal's own palette. A same-origin stylesheet
 * rather than an inline <style>: the page's CSP would want the nonce of the
 * request that drew it, and a refresh after a change draws it with another.
 */
export function BrandStyle({ color }: { color: string | null }) {
  const hex = color ? normalizeHexColor(color) : null;
  // Stored colours were checked on save; one that fails now is never drawn.
  if (!hex || !passesWithWhite(hex)) return null;
  return <link rel="stylesheet" href={brandStylesheetUrl(hex)} />;
}
