"use client";
import { useTranslations } from "next-intl";

// A generic page: the error's message and stack never reach the browser (AL-8).
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("errors");
  return (
    <main id="main" className="mx-auto max-w-xl p-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2">{t("body")}</p>
      {error.digest && (
        <p className="mt-2 text-sm text-muted">{t("reference", { digest: error.digest })}</p>
      )}
      <button
        type="button"
        onClick={reset}
        className="mt-4 min-h-11 rounded-md bg-brand-700 px-4 font-semibold text-white"
      >
        {t("retry")}
      </button>
    </main>
  );
}
