import { getLocale, getTranslations } from "next-intl/server";
import { WhatNext } from "@/components/errors/what-next";
import { loadClinic } from "@/lib/clinic/loaders";

export default async function NotFound() {
  const [t, locale] = await Promise.all([getTranslations("errors"), getLocale()]);
  // The clinic's phone where it can be read; a page that is not found must still show when it cannot.
  const clinic = await loadClinic().catch(() => null);
  return (
    <main id="main" className="px-4 py-8">
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
        contact={clinic && { name: clinic.name, phone: clinic.phone }}
      />
    </main>
  );
}
