import { env } from "@/lib/env";
import { moveTestClock, testClockSchema } from "@/lib/ops/test-clock";
import { isSameOrigin } from "@/lib/security/same-origin";

export const dynamic = "force-dynamic";

const headers = { "Cache-Control": "no-store" };

/** POST /api/test/clock { at: ISO | null } → { now, reminded }. Exists only on the e2e server (TEST_CLOCK=1). */
export async function POST(request: Request) {
  if (!env().testClock) return Response.json({ error: "notFound" }, { status: 404, headers });
  if (!isSameOrigin(request.headers, env().APP_URL))
    return Response.json({ error: "forbidden" }, { status: 403, headers });
  const parsed = testClockSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "invalid" }, { status: 400, headers });
  return Response.json(await moveTestClock(parsed.data.at), { headers });
}
