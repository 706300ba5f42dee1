import "server-only";
// A logo as the portal keeps it: the upload's type read from its content
// (never its name or the browser's claim), then decoded, resized and written
// anew as a PNG, so nothing of the original file (metadata, a payload hidden
// after the image data, other frames) is ever stored or served.
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import { sha256Hex } from "@/lib/files/checksum";
import { LOGO_MAX_BYTES, LOGO_MAX_HEIGHT, LOGO_MAX_WIDTH, LOGO_TYPES } from "./logo-limits";

export type LogoRefusal = "logoTooLarge" | "logoType" | "logoUnreadable";

export type PreparedLogo = { png: Uint8Array; sha256: string; width: number; height: number };

// A 2 MiB file can still declare a huge canvas (a decompression bomb): a logo
// never needs more than this many pixels to decode.
const MAX_INPUT_PIXELS = 40_000_000;

/** Whether the bytes are a PNG, JPEG or WebP, by their content. */
export async function isAcceptedLogoType(bytes: Uint8Array): Promise<boolean> {
  const type = await fileTypeFromBuffer(bytes);
  return type !== undefined && (LOGO_TYPES as readonly string[]).includes(type.mime);
}

/** The upload as the PNG to store, or why it is refused. */
export async function prepareLogo(
  bytes: Uint8Array,
): Promise<{ ok: true; logo: PreparedLogo } | { ok: false; code: LogoRefusal }> {
  if (bytes.byteLength > LOGO_MAX_BYTES) return { ok: false, code: "logoTooLarge" };
  if (!(await isAcceptedLogoType(bytes))) return { ok: false, code: "logoType" };
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS })
      .rotate()
      .resize({
        height: LOGO_MAX_HEIGHT,
        width: LOGO_MAX_WIDTH,
        fit: "inside",
        withoutEnlargement: true,
      })
      .png()
      .toBuffer({ resolveWithObject: true });
    const png = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    return {
      ok: true,
      logo: { png, sha256: sha256Hex(png), width: info.width, height: info.height },
    };
  } catch {
    // A truncated or corrupt image that its first bytes made look valid.
    return { ok: false, code: "logoUnreadable" };
  }
}
