import { getTranslations } from "next-intl/server";
import { whatNextMessages } from "@/components/errors/messages";
import { WhatNext } from "@/components/errors/what-next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { loadClinic } from "@/lib/clinic/loaders";

export default async function NotFound() {
  const t = await getTranslations("errors");
  // The clinic's phone where it can be read; a page that is not found must still show when it cannot.
  const clinic = await loadClinic().catch(() => null);
  return (
    <main id="main" className="px-4 py-8">
      <ClientMessages namespaces={whatNextMessages}>
        <WhatNext
          title={t("notFoundTitle")}
          body={t("notFoundBody")}
          homeHref="/"
          contact={clinic && { name: clinic.name, phone: clinic.phone }}
        />
      </ClientMessages>
    </main>
  );
}
