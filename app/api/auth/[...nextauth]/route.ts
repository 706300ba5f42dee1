import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { env } from "@/lib/env";
import { isSameOrigin } from "@/lib/security/same-origin";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built per request: they read the validated environment, which
// must not be read at build time.
async function handler(req: Request, context: Context) {
  const response: Response = await NextAuth(req as never, context as never, authOptions());
  // Every answer here is per visitor (a session, a CSRF token, a Set-Cookie): never stored.
  response.headers.set("Cache-Control", "no-store");
  return response;
}

/** Sign-in and sign-out refuse cross-site requests (CS-1..3) before next-auth's own CSRF token check. */
async function post(req: Request, context: Context) {
  if (!isSameOrigin(req.headers, env().APP_URL))
    return Response.json({ error: "forbidden" }, { status: 403 });
  return handler(req, context);
}

export { handler as GET, post as POST };
