"use client";
import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";

export function LogoutButton() {
  const t = useTranslations("common");
  const locale = useLocale();
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: `/${locale}/login` })}
      className="inline-flex min-h-11 items-center rounded-md border border-gray-300 bg-white px-4 font-medium text-ink hover:bg-gray-100"
    >
      {t("logout")}
    </button>
  );
}
