import { logoResponse } from "@/lib/clinic/logo-response";

export const dynamic = "force-dynamic";

/** The clinic's logo (PNG), public: the login page and emails show it. */
export async function GET(request: Request) {
  return logoResponse(new URL(request.url).searchParams.get("v"));
}
