// The clinic's brand on a real database, through the real route handlers and
// next-auth sessions: an admin's colour and logo are saved (the logo resized
// and re-encoded into the file storage, the old one deleted) and audited; a
// refused colour or file changes nothing; plain staff, patients and anonymous
// visitors are refused; the public logo route serves the PNG with a long cache
// on its hashed address, and 404 when there is none.
import { NextRequest } from "next/server";
import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createClinic, createPatient, createStaff } from "@/lib/demo/factories";
import { fileStorage } from "@/lib/files/storage";
import { logoUrl } from "@/lib/clinic/logo-url";
import proxy from "@/proxy";
import { uniqueEmail } from "../harness";
import { signInOn } from "../portal-session";

const request = vi.hoisted(() => ({
  cookies: {} as Record<string, string>,
  origin: "http://localhost:3000",
}));

vi.mock("next-auth", async (original) =>
  (await import("../session-stand-in")).nextAuthReading(await original(), request),
);

vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/headers")>()),
  headers: async () =>
    new Headers({
      host: "localhost:3000",
      origin: request.origin,
      "user-agent": "vitest",
      "x-request-id": "req-brand",
      "x-client-ip": "192.0.2.41",
    }),
}));

const { POST } = await import("@/app/api/admin/clinic/brand/route");
const { GET } = await import("@/app/api/clinic/logo/route");

const PASSWORD = "Brand-test-2026!";
let clinicId: string;
let adminEmail: string;
let staffEmail: string;
let patientEmail: string;

const signIn = (email: string | null) => signInOn(request, email, PASSWORD);

async function picture(format: "png" | "jpeg" | "gif", width: number, height: number) {
  const img = sharp({ create: { width, height, channels: 3, background: "#0f766e" } });
  return new Uint8Array(await img.toFormat(format).toBuffer());
}

async function post(fields: Record<string, string>, logo?: { bytes: Uint8Array; name: string }) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  if (logo) form.set("logo", new File([logo.bytes as BlobPart], logo.name, { type: "image/png" }));
  const response = await POST(
    new Request("http://localhost:3000/api/admin/clinic/brand", { method: "POST", body: form }),
  );
  return {
    status: response.status,
    body: (await response.json()) as {
      ok: boolean;
      code?: string;
      fields?: Record<string, string>;
      data?: { logoKey: string | null };
    },
  };
}

const brand = () =>
  db().clinic.findUniqueOrThrow({
    where: { id: clinicId },
    select: { brandColor: true, logoKey: true },
  });

async function stored(key: string): Promise<Uint8Array | null> {
  const stream = await fileStorage().get(key);
  return stream ? new Uint8Array(await new Response(stream).arrayBuffer()) : null;
}

const getLogo = (v?: string) =>
  GET(new Request(`http://localhost:3000/api/clinic/logo${v ? `?v=${v}` : ""}`));

beforeAll(async () => {
  clinicId = (await createClinic({ name: "Clinique Brand" })).id;
  adminEmail = uniqueEmail("brand-admin").toLowerCase();
  staffEmail = uniqueEmail("brand-staff").toLowerCase();
  patientEmail = uniqueEmail("brand-patient").toLowerCase();
  await createStaff({ email: adminEmail, password: PASSWORD, role: "admin" });
  await createStaff({ email: staffEmail, password: PASSWORD });
  await createPatient(clinicId, { email: patientEmail, password: PASSWORD });
});

describe("the clinic's brand", () => {
  it("serves 404 while the clinic has no logo", async () => {
    await signIn(null);
    const response = await getLogo();
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("saves an admin's colour and logo, resized to 128 px high as a PNG, and audits it", async () => {
    await signIn(adminEmail);
    const { status, body } = await post(
      { brandColor: "#0F766E" },
      { bytes: await picture("jpeg", 900, 300), name: "logo.jpg" },
    );
    expect(status).toBe(200);
    const after = await brand();
    expect(after.brandColor).toBe("#0f766e");
    expect(after.logoKey).toMatch(/^clinic\/logo\/[0-9a-f]{64}\.png$/);
    expect(body.data?.logoKey).toBe(after.logoKey);
    const meta = await sharp((await stored(after.logoKey!))!).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["png", 384, 128]);
    const event = await db().auditEvent.findFirstOrThrow({
      where: { action: "settings.brand", resourceId: clinicId },
      orderBy: { seq: "desc" },
    });
    expect(event).toMatchObject({ outcome: "success", actorRole: "admin" });
    expect(event.detail).toMatchObject({
      brandColor: { before: null, after: "#0f766e" },
      logo: "replaced",
    });
  });

  it("serves the logo: a year's cache on its hashed address, a short one elsewhere", async () => {
    await signIn(null);
    const { logoKey } = await brand();
    const version = new URL(logoUrl(logoKey)!, "http://x").searchParams.get("v")!;
    const response = await getLogo(version);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(bytes).toEqual(await stored(logoKey!));
    const old = await getLogo("0".repeat(64));
    expect(old.status).toBe(200);
    expect(old.headers.get("cache-control")).toBe("public, max-age=300");
  });

  it("replacing the logo deletes the old file; keeping it leaves it alone", async () => {
    await signIn(adminEmail);
    const before = (await brand()).logoKey!;
    await post(
      { brandColor: "#0f766e" },
      { bytes: await picture("png", 200, 100), name: "new.png" },
    );
    const replaced = (await brand()).logoKey!;
    expect(replaced).not.toBe(before);
    expect(await stored(before)).toBeNull();
    expect(await stored(replaced)).not.toBeNull();
    expect((await post({ brandColor: "#1d4ed8" })).status).toBe(200);
    expect(await brand()).toEqual({ brandColor: "#1d4ed8", logoKey: replaced });
  });

  it("refuses a low-contrast colour or a bad file with a field code, changing nothing", async () => {
    await signIn(adminEmail);
    const before = await brand();
    const events = await db().auditEvent.count({ where: { action: "settings.brand" } });
    const png = { bytes: await picture("png", 50, 50), name: "logo.png" };
    expect(await post({ brandColor: "#ffff00" }, png)).toMatchObject({
      status: 400,
      body: { ok: false, fields: { brandColor: "lowContrast" } },
    });
    expect(await post({ brandColor: "blue" })).toMatchObject({
      body: { fields: { brandColor: "colorFormat" } },
    });
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(await post({ brandColor: "#0f766e" }, { bytes: svg, name: "logo.png" })).toMatchObject({
      status: 400,
      body: { fields: { logo: "logoType" } },
    });
    expect(
      await post({ brandColor: "#0f766e" }, { bytes: await picture("gif", 9, 9), name: "a.png" }),
    ).toMatchObject({ body: { fields: { logo: "logoType" } } });
    expect(await brand()).toEqual(before);
    expect(await db().auditEvent.count({ where: { action: "settings.brand" } })).toBe(events);
  });

  it("removes the logo on request, after which the route answers 404", async () => {
    await signIn(adminEmail);
    const { logoKey } = await brand();
    expect((await post({ brandColor: "", removeLogo: "on" })).status).toBe(200);
    expect(await brand()).toEqual({ brandColor: null, logoKey: null });
    expect(await stored(logoKey!)).toBeNull();
    expect((await getLogo()).status).toBe(404);
  });

  it("refuses plain staff, patients, anonymous visitors and other sites, changing nothing", async () => {
    const before = await brand();
    const png = { bytes: await picture("png", 50, 50), name: "logo.png" };
    for (const email of [staffEmail, patientEmail]) {
      await signIn(email);
      expect(await post({ brandColor: "#7c2d12" }, png)).toMatchObject({
        status: 404,
        body: { ok: false, code: "notFound" },
      });
    }
    await signIn(null);
    expect((await post({ brandColor: "#7c2d12" }, png)).status).toBe(401);
    await signIn(adminEmail);
    request.origin = "https://evil.example";
    try {
      expect((await post({ brandColor: "#7c2d12" }, png)).status).toBe(403);
    } finally {
      request.origin = "http://localhost:3000";
    }
    expect(await brand()).toEqual(before);
    expect(
      await db().auditEvent.count({ where: { action: "settings.brand", outcome: "denied" } }),
    ).toBeGreaterThanOrEqual(2);
  });

  it("lets the proxy pass a 2 MiB logo to the brand route and refuse more", async () => {
    const sized = (bytes: number) =>
      proxy(
        new NextRequest("http://localhost:3000/api/admin/clinic/brand", {
          method: "POST",
          headers: { "content-length": String(bytes), origin: "http://localhost:3000" },
        }),
      );
    expect((await sized(2 * 1024 * 1024 + 2000)).status).not.toBe(413);
    expect((await sized(3 * 1024 * 1024)).status).toBe(413);
  });
});
