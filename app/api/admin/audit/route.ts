import { auditCsvResponse } from "@/lib/audit/loaders";
import { notFoundResponse } from "@/lib/files/download";

export const dynamic = "force-dynamic";

/** The audit log as CSV, with the page's filters; anyone but an admin gets a 404. */
export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  return (await auditCsvResponse(params)) ?? notFoundResponse();
}
