import NextAuth from "next-auth";
import { credentialsLogin } from "@/lib/auth/login-route";
import { authOptions } from "@/lib/auth/options";
import { env } from "@/lib/env";
import { isSameOrigin } from "@/lib/security/same-origin";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built per request: they read the validated environment, which
// must not be read at build time.
async function handler(req: Request, context: Context) {
  return NextAuth(req as never, context as never, authOptions());
}

/** Sign-in and sign-out refuse cross-site requests (CS-1..3) before any CSRF token check. */
async function post(req: Request, context: Context) {
  if (!isSameOrigin(req.headers, env().APP_URL)) return Response.json({ error: "forbidden" }, { status: 403 });
  // The credentials login, the one hot path, is answered by a lean handler
  // with next-auth's contract (lib/auth/login-route.ts); the rest is next-auth's.
  const { nextauth } = await context.params;
  if (nextauth.length === 2 && nextauth[0] === "callback" && nextauth[1] === "credentials") return credentialsLogin(req);
  return handler(req, context);
}

export { handler as GET, post as POST };
