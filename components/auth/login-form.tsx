"use client";
import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";

/** Email + password. Every failure shows the same message (SECURITY.md AU-4), except a throttled attempt (AU-7). */
export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("login");
  const locale = useLocale();
  const errorId = useId();
  const [error, setError] = useState<false | "generic" | "throttled">(false);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(false);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    }).catch(() => null);
    if (result?.ok && !result.error) {
      // A full navigation, so the server renders with the new session cookie.
      window.location.assign(callbackUrl || `/${locale}`);
      return;
    }
    setPending(false);
    // Only "too many attempts" is told apart; it is given for unknown
    // addresses too, so it does not reveal whether an account exists.
    setError(result?.error === "throttled" ? "throttled" : "generic");
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-4"
      aria-describedby={error ? errorId : undefined}
    >
      {error && (
        <p
          id={errorId}
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 p-3 text-danger"
        >
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
