// Where the clinic's logo lives (its storage key) and the address it is served
// at. Both carry the PNG's content hash: a new logo gets a new address, so
// browsers and mail clients may keep the old one cached for a year.

export const LOGO_PATH = "/api/clinic/logo";

const KEY = /^clinic\/logo\/([0-9a-f]{64})\.png$/;

export function logoStorageKey(sha256: string): string {
  return `clinic/logo/${sha256}.png`;
}

/** The logo's content hash, read from its storage key; null for any other key. */
export function logoVersion(logoKey: string | null): string | null {
  return (logoKey && KEY.exec(logoKey)?.[1]) || null;
}

/** The logo's address, relative, or absolute under `origin` (emails); null when there is no logo. */
export function logoUrl(logoKey: string | null, origin = ""): string | null {
  const version = logoVersion(logoKey);
  return version ? `${origin.replace(/\/$/, "")}${LOGO_PATH}?v=${version}` : null;
}
