// What the logo upload accepts, shared by the settings form (client) and the
// upload route (server). Raster types only: an SVG can carry script.

/** The largest logo file accepted: 2 MiB. */
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;

/** Logos are resized to at most this height (the header shows them at 48 px, on 2× screens 96). */
export const LOGO_MAX_HEIGHT = 128;

/** And at most this wide, so a banner-shaped logo still fits a phone's header and the bill's. */
export const LOGO_MAX_WIDTH = 512;

export const LOGO_TYPES = ["image/png", "image/jpeg", "image/webp"] as const;
