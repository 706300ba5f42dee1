import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { emailSchema } from "@/lib/auth/email";
import { findAccountForLogin, endAllSessions, upgradePasswordHash, markLoggedIn } from "@/lib/auth/data";
import { needsRehash, verifyAgainstDummy, verifyPassword } from "@/lib/auth/password";
import { now } from "@/lib/clock";
import { env } from "@/lib/env";
import { THROTTLE, throttleKey } from "@/lib/throttle/rules";
import { clearThrottle, hitThrottle, isThrottled } from "@/lib/throttle/throttle";

const credentialsSchema = z.object({
  email: emailSchema,
  // No maximum that would truncate silently (AU-2); 1,000 bounds the hashing cost.
  password: z.string().min(1).max(1000),
});

/** The error code the login form receives when the account or the address is throttled (AU-7). */
export const LOGIN_THROTTLED = "throttled";

/** Eight hours of absolute lifetime; the session gate re-checks the account on every request. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export function authOptions(): NextAuthOptions {
  const { NEXTAUTH_SECRET } = env();
  return {
    secret: NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/en/login" },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(raw, req) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) return null;
          const { email, password } = parsed.data;
          const ip = headerOf(req, "x-client-ip");
          const userAgent = headerOf(req, "user-agent");
          const account = await findAccountForLogin(email);
          // Unknown addresses are throttled under their own key exactly like
          // accounts, so "too many attempts" says nothing about whether an
          // account exists (AU-4 with AU-7). The key of a real account is its
          // id, not a header: a spoofed X-Forwarded-For changes nothing.
          const accountKey = throttleKey.loginAccount(account?.id ?? `unknown:${email}`);
          const ipKey = throttleKey.loginIp(ip ?? "unknown");
          const [accountBlock, ipBlock] = await Promise.all([isThrottled(accountKey), isThrottled(ipKey)]);
          // Same work whether or not the account exists, and one generic
          // failure for every reason (AU-4).
          const ok = account?.passwordHash
            ? await verifyPassword(account.passwordHash, password)
            : await verifyAgainstDummy(password);
          const throttled = accountBlock.blocked || ipBlock.blocked;
          if (throttled || !account || !ok || account.status !== "active") {
            // Blocked attempts are not counted again: the block ends on time.
            const [a, i] = throttled
              ? [accountBlock, ipBlock]
              : await Promise.all([hitThrottle(accountKey, THROTTLE.loginFailuresPerAccount), hitThrottle(ipKey, THROTTLE.loginFailuresPerIp)]);
            const nowBlocked = throttled || a.blocked || i.blocked;
            await recordAudit({
              actorAccountId: account?.id ?? null,
              resourceType: "session",
              action: "login",
              outcome: nowBlocked ? "denied" : "failure",
              ip,
              userAgent,
              ...(nowBlocked ? { detail: { reason: "throttled" } } : {}),
            });
            // next-auth turns a thrown error into `error=<message>` for the form.
            if (nowBlocked) throw new Error(LOGIN_THROTTLED);
            return null;
          }
          // Independent writes, issued together: one round trip of latency on PostgreSQL.
          await Promise.all([
            clearThrottle(accountKey),
            needsRehash(account.passwordHash!) ? upgradePasswordHash(account.id, password) : null,
            markLoggedIn(account.id),
            recordAudit({ actorAccountId: account.id, actorRole: account.role, resourceType: "session", action: "login", ip, userAgent }),
          ]);
          return { id: account.id, role: account.role, sv: account.sessionVersion };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.role = user.role;
          token.sv = user.sv;
          // Login time, for the absolute session lifetime (next-auth's own
          // expiry slides with activity).
          token.at = Math.floor(now().getTime() / 1000);
        }
        return token;
      },
      session({ session, token }) {
        session.user = { id: token.sub ?? "", role: token.role ?? "patient", sv: token.sv ?? -1, authTime: token.at ?? 0 };
        return session;
      },
    },
    events: {
      // Logging out bumps the session version: a copied cookie dies with it (SE-2).
      async signOut({ token }) {
        if (token?.sub) {
          await endAllSessions(token.sub);
          await recordAudit({ actorAccountId: token.sub, actorRole: token.role, resourceType: "session", action: "logout" });
        }
      },
    },
  };
}

function headerOf(req: { headers?: Record<string, unknown> } | undefined, name: string): string | null {
  const value = req?.headers?.[name];
  return typeof value === "string" ? value.slice(0, 300) : null;
}
