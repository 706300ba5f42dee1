import "server-only";
// GET /api/clinic/logo?v=<hash> — the clinic's logo, for anyone: the login
// page and emails show it before anyone signs in. The address that names the
// current logo's hash is cached for a year (a new logo gets a new address);
// any other (an old email's) gets the current logo, briefly cached.
import { fileStorage } from "@/lib/files/storage";
import { findClinic } from "./data";
import { logoVersion } from "./logo-url";

const YEAR = 365 * 24 * 60 * 60;

export async function logoResponse(requested: string | null): Promise<Response> {
  const clinic = await findClinic();
  const version = logoVersion(clinic?.logoKey ?? null);
  const stream = clinic?.logoKey && version ? await fileStorage().get(clinic.logoKey) : null;
  if (!stream)
    return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  return new Response(stream, {
    headers: {
      "Content-Type": "image/png",
      "Cache-Control":
        requested === version ? `public, max-age=${YEAR}, immutable` : "public, max-age=300",
      ETag: `"${version}"`,
      "X-Content-Type-Options": "nosniff",
      // Mail clients and their image proxies fetch it from elsewhere.
      "Cross-Origin-Resource-Policy": "cross-origin",
    },
  });
}
