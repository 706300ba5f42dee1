export const dynamic = "force-dynamic";

/**
 * Liveness probe: the process answers, without touching the database (that is
 * /api/health, the readiness probe). Also the cheapest dynamic response of a
 * build, which bench:pages measures every page against.
 */
export function GET() {
  return new Response("ok", { headers: { "Cache-Control": "no-store" } });
}
