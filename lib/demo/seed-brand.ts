import "server-only";
// The demo clinic's colour and logo. The logo is drawn here as an SVG and
// turned into a PNG by the same path as an admin's upload: the SVG is only
// its source, never stored or served.
import sharp from "sharp";
import { updateClinicBrand } from "@/lib/admin/mutations";
import { prepareLogo } from "@/lib/clinic/logo-image";
import { logoStorageKey } from "@/lib/clinic/logo-url";
import { fileStorage } from "@/lib/files/storage";

/** Teal 700: 5.4:1 with white text. */
export const DEMO_BRAND_COLOR = "#0f766e";

// A rounded square with a white cross and a leaf: a clinic's mark, with no text
// (fonts differ between machines; the clinic's name is written beside it).
const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 64 64">
  <rect width="64" height="64" rx="14" fill="${DEMO_BRAND_COLOR}"/>
  <path d="M26 12h12v14h14v12H38v14H26V38H12V26h14z" fill="#ffffff"/>
  <path d="M40 40c8-1 13 4 14 12-8 1-13-4-14-12z" fill="#99f6e4"/>
</svg>`;

export async function seedBrand(clinicId: string): Promise<void> {
  const prepared = await prepareLogo(
    new Uint8Array(await sharp(Buffer.from(LOGO_SVG)).png().toBuffer()),
  );
  if (!prepared.ok) throw new Error(`the demo logo was refused: ${prepared.code}`);
  const logoKey = logoStorageKey(prepared.logo.sha256);
  await fileStorage().put(logoKey, prepared.logo.png);
  await updateClinicBrand(clinicId, { brandColor: DEMO_BRAND_COLOR, logoKey });
}
