"use client";
import { useLocale, useTranslations } from "next-intl";

/**
 * next-auth's client (16 kB gzip) is loaded when the button is pressed, not
 * with every portal page: most page views never log out.
 */
export function LogoutButton() {
  const t = useTranslations("common");
  const locale = useLocale();
  return (
    <button
      type="button"
      onClick={async () => {
        const { signOut } = await import("next-auth/react");
        await signOut({ callbackUrl: `/${locale}/login` });
      }}
      className="inline-flex min-h-11 items-center rounded-md border border-gray-300 bg-white px-4 font-medium text-ink hover:bg-gray-100"
    >
      {t("logout")}
    </button>
  );
}
