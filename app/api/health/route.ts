import { checkDatabase } from "@/lib/ops/health";

export const dynamic = "force-dynamic";

/** Load balancer probe: 200 when the database answers, 503 otherwise. */
export async function GET() {
  const database = await checkDatabase();
  return Response.json(
    { status: database ? "ok" : "unavailable", database: database ? "ok" : "unreachable" },
    { status: database ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
