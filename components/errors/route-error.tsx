"use client";
import { useTranslations } from "next-intl";
import { useClinicContact } from "./clinic-contact";
import { WhatNext } from "./what-next";

export type RouteErrorProps = { error: Error & { digest?: string }; reset: () => void };

// A generic page: the error's message and stack never reach the browser (AL-8).
/** The body of every error.tsx; `homeHref` is the dashboard of the area it sits in. */
export function RouteError({ error, reset, homeHref }: RouteErrorProps & { homeHref: string }) {
  const t = useTranslations("errors");
  return (
    <WhatNext
      title={t("title")}
      body={t("body")}
      reference={error.digest ? t("reference", { digest: error.digest }) : undefined}
      homeHref={homeHref}
      contact={useClinicContact()}
      retry={reset}
    />
  );
}
