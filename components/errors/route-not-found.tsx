"use client";
import { useLocale, useTranslations } from "next-intl";
import { useClinicContact } from "./clinic-contact";
import { WhatNext } from "./what-next";

/**
 * The not-found page's body. A client component on purpose: Next sends the
 * not-found boundary's element with every page of its layout, and a server
 * component would travel there as its whole markup; this one is a reference,
 * drawn from the `errors` messages and the clinic's contact every page already
 * has (the root layout's providers).
 */
export function RouteNotFound() {
  const t = useTranslations("errors");
  const locale = useLocale();
  return (
    <WhatNext
      text={{
        title: t("notFoundTitle"),
        body: t("notFoundBody"),
        whatNext: t("whatNext"),
        back: t("back"),
        home: t("home"),
        call: (name) => t("callClinic", { name }),
        callGeneric: t("callClinicGeneric"),
      }}
      homeHref={`/${locale}`}
      contact={useClinicContact()}
    />
  );
}
