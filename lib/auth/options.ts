import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { recordAudit } from "@/lib/audit/mutations";
import { endAllSessions } from "@/lib/auth/data";
import { attemptLogin } from "@/lib/auth/login";
import { SESSION_MAX_AGE_SECONDS, sessionClaims } from "@/lib/auth/session-token";
import { env } from "@/lib/env";

/** The error code the login form receives when the account or the address is throttled (AU-7). */
export const LOGIN_THROTTLED = "throttled";

export { SESSION_MAX_AGE_SECONDS };

export function authOptions(): NextAuthOptions {
  const { NEXTAUTH_SECRET } = env();
  return {
    secret: NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/en/login" },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: {
          email: { type: "email" },
          password: { type: "password" },
        },
        // The one login: the throttle, the argon2 check, the audit event and
        // the session version are all in attemptLogin (lib/auth/login.ts).
        async authorize(raw, req) {
          const result = await attemptLogin(raw, {
            ip: headerOf(req, "x-client-ip"),
            userAgent: headerOf(req, "user-agent"),
            requestId: headerOf(req, "x-request-id"),
          });
          if (result.ok) return result.data;
          // next-auth turns a thrown error into `error=<message>` for the form.
          if (result.code === "throttled") throw new Error(LOGIN_THROTTLED);
          return null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        return user ? { ...token, ...sessionClaims(user) } : token;
      },
      session({ session, token }) {
        session.user = {
          id: token.sub ?? "",
          role: token.role ?? "patient",
          sv: token.sv ?? -1,
          authTime: token.at ?? 0,
        };
        return session;
      },
    },
    events: {
      // Logging out bumps the session version: a copied cookie dies with it (SE-2).
      async signOut({ token }) {
        if (token?.sub) {
          await endAllSessions(token.sub);
          await recordAudit({
            actorAccountId: token.sub,
            actorRole: token.role,
            resourceType: "session",
            action: "logout",
          });
        }
      },
    },
  };
}

function headerOf(
  req: { headers?: Record<string, unknown> } | undefined,
  name: string,
): string | null {
  const value = req?.headers?.[name];
  return typeof value === "string" ? value.slice(0, 300) : null;
}
