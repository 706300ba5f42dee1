import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LanguageSwitch } from "./language-switch";
import { LogoutButton } from "./logout-button";
import { languageSwitchMessages, logoutButtonMessages } from "./messages";

/** The language switch and logout: in the header on wide screens, in the phone menu on phones. */
export async function AccountNav({
  switchable,
  signedIn,
  className,
}: {
  switchable: boolean;
  signedIn: boolean;
  className?: string;
}) {
  const t = await getTranslations("common");
  return (
    <nav aria-label={t("accountMenu")} className={className}>
      {/* One provider for both: each one serializes its namespaces into the page. */}
      <ClientMessages
        namespaces={[...new Set([...languageSwitchMessages, ...logoutButtonMessages])]}
      >
        {switchable && (
          <Suspense fallback={null}>
            <LanguageSwitch />
          </Suspense>
        )}
        {signedIn && <LogoutButton />}
      </ClientMessages>
    </nav>
  );
}
