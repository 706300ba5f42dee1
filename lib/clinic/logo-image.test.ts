import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { isAcceptedLogoType, prepareLogo } from "./logo-image";
import { LOGO_MAX_BYTES } from "./logo-limits";

const encode = (text: string) => new TextEncoder().encode(text);

async function image(
  format: "png" | "jpeg" | "webp" | "gif",
  width: number,
  height: number,
): Promise<Uint8Array> {
  const img = sharp({ create: { width, height, channels: 3, background: "#0f766e" } });
  return new Uint8Array(await img.toFormat(format).toBuffer());
}

describe("isAcceptedLogoType", () => {
  it("accepts PNG, JPEG and WebP by their content", async () => {
    for (const format of ["png", "jpeg", "webp"] as const)
      expect(await isAcceptedLogoType(await image(format, 20, 10)), format).toBe(true);
  });

  it("refuses SVG, GIF, a text file named logo.png, and nothing at all", async () => {
    const svg = encode(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
    );
    expect(await isAcceptedLogoType(svg)).toBe(false);
    expect(await isAcceptedLogoType(await image("gif", 20, 10))).toBe(false);
    // Only the bytes are read: the name a browser sends never reaches this check.
    expect(await isAcceptedLogoType(encode("not an image, whatever its name says"))).toBe(false);
    expect(await isAcceptedLogoType(new Uint8Array(0))).toBe(false);
  });
});

describe("prepareLogo", () => {
  it("resizes a tall upload to 128 px high, keeping its proportions, as a PNG", async () => {
    const result = await prepareLogo(await image("jpeg", 1200, 600));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const meta = await sharp(result.logo.png).metadata();
    expect(meta.format).toBe("png");
    expect(meta.height).toBe(128);
    expect(meta.width).toBe(256);
    expect(result.logo).toMatchObject({ width: 256, height: 128 });
    expect(result.logo.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("fits a banner-shaped logo within 512 px wide", async () => {
    const result = await prepareLogo(await image("png", 4000, 100));
    if (!result.ok) throw new Error(result.code);
    expect(result.logo).toMatchObject({ width: 512, height: 13 });
  });

  it("keeps a small logo's size (no enlargement) and still writes it anew", async () => {
    const original = await image("webp", 90, 40);
    const result = await prepareLogo(original);
    if (!result.ok) throw new Error(result.code);
    const meta = await sharp(result.logo.png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["png", 90, 40]);
  });

  it("drops what the original file carried (its metadata, bytes after the image)", async () => {
    const tagged = await sharp(await image("png", 300, 300))
      .withMetadata({ exif: { IFD0: { Copyright: "secret-marker" } } })
      .png()
      .toBuffer();
    const withTrailer = new Uint8Array([...tagged, ...encode("<script>trailer-marker</script>")]);
    const result = await prepareLogo(withTrailer);
    if (!result.ok) throw new Error(result.code);
    const stored = Buffer.from(result.logo.png).toString("latin1");
    expect(stored).not.toContain("secret-marker");
    expect(stored).not.toContain("trailer-marker");
  });

  it("refuses a file over 2 MiB, a GIF and a corrupt PNG with their codes", async () => {
    const big = new Uint8Array(LOGO_MAX_BYTES + 1);
    big.set(await image("png", 10, 10));
    expect(await prepareLogo(big)).toEqual({ ok: false, code: "logoTooLarge" });
    expect(await prepareLogo(await image("gif", 10, 10))).toEqual({ ok: false, code: "logoType" });
    const cut = (await image("png", 200, 200)).slice(0, 60);
    expect(await prepareLogo(cut)).toEqual({ ok: false, code: "logoUnreadable" });
  });
});
