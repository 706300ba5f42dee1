/**
 * Montréal's zone: what the first-run setup suggests, and what times are shown
 * in before any clinic exists (the setup page, an email sent before setup).
 * Once set up, the clinic's own zone is used everywhere.
 */
export const DEFAULT_TIME_ZONE = "America/Toronto";
