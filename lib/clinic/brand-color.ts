// The clinic's primary colour. White text sits on it (buttons), and it is the
// colour of links on white: both need WCAG's 4.5:1 for normal text, and the
// contrast of a colour with white is the same number either way round.

/** The portal's own colour, used until the clinic sets one. */
export const DEFAULT_BRAND_COLOR = "#1d4ed8";

/** WCAG 2.2 AA for normal-size text. */
export const MIN_CONTRAST = 4.5;

const HEX = /^#[0-9a-f]{6}$/;

/** "#1D4ED8" or "1d4ed8" as stored ("#1d4ed8"), or null when it is not a 6-digit hex colour. */
export function normalizeHexColor(value: string): string | null {
  const v = value.trim().toLowerCase();
  const hex = v.startsWith("#") ? v : `#${v}`;
  return HEX.test(hex) ? hex : null;
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a "#rrggbb" colour: 0 for black, 1 for white. */
export function relativeLuminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  );
}

/** WCAG contrast ratio of two "#rrggbb" colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [relativeLuminance(a), relativeLuminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The ratio as people read it: rounded down to 2 decimals, so 4.4999 never shows as 4.5. */
export function formatRatio(ratio: number): string {
  return (Math.floor(ratio * 100) / 100).toFixed(2);
}

/** Whether white text on this colour (and this colour on white) is readable. */
export function passesWithWhite(hex: string): boolean {
  return contrastRatio(hex, "#ffffff") >= MIN_CONTRAST;
}

function mix(hex: string, other: string, weight: number): string {
  const a = Number.parseInt(hex.slice(1), 16);
  const b = Number.parseInt(other.slice(1), 16);
  const part = (shift: number) =>
    Math.round(((a >> shift) & 255) * weight + ((b >> shift) & 255) * (1 - weight));
  return `#${[16, 8, 0].map((s) => part(s).toString(16).padStart(2, "0")).join("")}`;
}

/**
 * The three shades the portal's classes use (brand-700, -800, -50), from one
 * colour that passes with white: the darker one for hover and for text on the
 * pale one, which stays readable (4.5:1) even at the lightest accepted colour.
 */
export function brandPalette(hex: string): { brand: string; dark: string; tint: string } {
  return { brand: hex, dark: mix(hex, "#000000", 0.8), tint: mix(hex, "#ffffff", 0.08) };
}

export const BRAND_STYLESHEET_PATH = "/api/clinic/theme";

/** The address of the stylesheet that sets this colour: the colour is in it, so it never goes stale. */
export function brandStylesheetUrl(hex: string): string {
  return `${BRAND_STYLESHEET_PATH}?color=${hex.slice(1)}`;
}

/** The custom properties behind the brand-* classes (app/globals.css), for one accepted colour. */
export function brandCss(hex: string): string {
  const { brand, dark, tint } = brandPalette(hex);
  return `:root{--brand:${brand};--brand-dark:${dark};--brand-tint:${tint}}\n`;
}
