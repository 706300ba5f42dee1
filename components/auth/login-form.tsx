"use client";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";

const CALLBACK = "/api/auth/callback/credentials";

/** next-auth's CSRF token for this browser (it also sets the matching cookie). */
async function fetchCsrfToken(): Promise<string | null> {
  const response = await fetch("/api/auth/csrf", { headers: { accept: "application/json" } }).catch(() => null);
  const body = (await response?.json().catch(() => null)) as { csrfToken?: string } | null;
  return body?.csrfToken ?? null;
}

/** One credentials POST, with next-auth's contract: `{ url }`, whose `error` or `csrf` parameter tells a failure. */
async function postCredentials(fields: { email: string; password: string; callbackUrl: string; csrfToken: string }) {
  const response = await fetch(CALLBACK, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...fields, json: "true" }),
  });
  const { url } = (await response.json().catch(() => ({}))) as { url?: string };
  const params = url ? new URL(url, window.location.origin).searchParams : new URLSearchParams();
  return { ok: response.ok && !!url && !params.has("error") && !params.has("csrf"), error: params.get("error"), csrf: params.has("csrf") };
}

/**
 * Email + password. Every failure shows the same message (SECURITY.md AU-4), except a throttled attempt (AU-7).
 * The page renders this browser's CSRF token when it has one, so a login is a
 * single POST; otherwise the token is fetched while the person types.
 */
export function LoginForm({ callbackUrl, csrfToken }: { callbackUrl: string; csrfToken: string | null }) {
  const t = useTranslations("login");
  const locale = useLocale();
  const errorId = useId();
  const [error, setError] = useState<false | "generic" | "throttled">(false);
  const [pending, setPending] = useState(false);
  const token = useRef<Promise<string | null> | null>(csrfToken ? Promise.resolve(csrfToken) : null);

  useEffect(() => {
    token.current ??= fetchCsrfToken();
  }, []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(false);
    const fields = { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? ""), callbackUrl: callbackUrl || `/${locale}` };
    const attempt = async () => postCredentials({ ...fields, csrfToken: (await (token.current ??= fetchCsrfToken())) ?? "" });
    let result = await attempt().catch(() => null);
    if (result?.csrf) {
      // The csrf cookie expired or was never set (e.g. cookies cleared since the page loaded): a fresh token, once.
      token.current = fetchCsrfToken();
      result = await attempt().catch(() => null);
    }
    if (result?.ok) {
      // A full navigation, so the server renders with the new session cookie.
      window.location.assign(fields.callbackUrl);
      return;
    }
    setPending(false);
    // Only "too many attempts" is told apart; it is given for unknown
    // addresses too, so it does not reveal whether an account exists.
    setError(result?.error === "throttled" ? "throttled" : "generic");
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-describedby={error ? errorId : undefined}>
      {error && (
        <p id={errorId} role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-danger">
          {error === "throttled" ? t("throttled") : t("error")}
        </p>
      )}
      <div>
        <label htmlFor="email" className="block font-medium">
          {t("email")}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          className="mt-1 block min-h-11 w-full rounded-md border border-gray-400 px-3"
        />
      </div>
      <div>
        <label htmlFor="password" className="block font-medium">
          {t("password")}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="mt-1 block min-h-11 w-full rounded-md border border-gray-400 px-3"
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="inline-flex min-h-11 w-full items-center justify-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
