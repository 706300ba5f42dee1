"use client";
import { useLocale, useTranslations } from "next-intl";
import { useClinicContact } from "./clinic-contact";
import { WhatNext } from "./what-next";

export type RouteErrorProps = { error: Error & { digest?: string }; reset: () => void };

// A generic page: the error's message and stack never reach the browser (AL-8).
/** The body of every error.tsx; `home` is the dashboard of the area it sits in. */
export function RouteError({ error, reset, home }: RouteErrorProps & { home: string }) {
  const t = useTranslations("errors");
  const locale = useLocale();
  return (
    <WhatNext
      text={{
        title: t("title"),
        body: t("body"),
        reference: error.digest ? t("reference", { digest: error.digest }) : undefined,
        whatNext: t("whatNext"),
        back: t("back"),
        home: t("home"),
        call: (name) => t("callClinic", { name }),
        callGeneric: t("callClinicGeneric"),
      }}
      homeHref={`/${locale}${home}`}
      contact={useClinicContact()}
      retry={
        <button
          type="button"
          onClick={reset}
          className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          {t("retry")}
        </button>
      }
    />
  );
}
