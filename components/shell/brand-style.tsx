import { headers } from "next/headers";
import { brandPalette, normalizeHexColor, passesWithWhite } from "@/lib/clinic/brand-color";

/**
 * The clinic's colour as the custom properties behind the brand-* classes
 * (app/globals.css), or nothing, which keeps the portal's own palette. A
 * <style> element with the request's nonce: the page's CSP refuses inline
 * style attributes.
 */
export async function BrandStyle({ color }: { color: string | null }) {
  const hex = color ? normalizeHexColor(color) : null;
  // Stored colours were checked on save; one that fails now is never drawn.
  if (!hex || !passesWithWhite(hex)) return null;
  const { brand, dark, tint } = brandPalette(hex);
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <style
      nonce={nonce}
    >{`:root{--brand:${brand};--brand-dark:${dark};--brand-tint:${tint}}`}</style>
  );
}
