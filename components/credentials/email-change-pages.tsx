import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { emailChangeLinkState } from "@/lib/credentials/email-change";
import { FormPage } from "@/components/shell/form-page";
import { ChangeEmailForm } from "./change-email-form";
import { ConfirmEmailForm } from "./confirm-email-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { changeEmailFormMessages, confirmEmailFormMessages } from "./messages";

/** The change-email page, for a patient (back to their profile) or a staff member (back to My account). */
export async function ChangeEmailPanel({
  email,
  home,
  homeLabel,
}: {
  email: string;
  home?: "/profile" | "/admin/account";
  homeLabel?: string;
}) {
  const t = await getTranslations("credentials.email");
  return (
    <FormPage narrow title={t("title")}>
      <p className="break-all">{t("currentIs", { email })}</p>
      <p>{t("intro")}</p>
      <ClientMessages namespaces={changeEmailFormMessages}>
        <ChangeEmailForm home={home} homeLabel={homeLabel} />
      </ClientMessages>
    </FormPage>
  );
}

/** The metadata of both confirm pages (patient and staff): the title, and a link that must not leak. */
export async function confirmEmailMetadata(): Promise<Metadata> {
  const t = await getTranslations("credentials.confirm");
  // The address holds a secret: never send it to another site (HD-5).
  return { title: t("title"), referrer: "no-referrer" };
}

/** The page behind the new address's link: the code form for a usable link, else why not and where to ask again. */
export async function ConfirmEmailPanel({
  state,
  newEmail,
  token,
  askAgainHref,
}: {
  state: Awaited<ReturnType<typeof emailChangeLinkState>>["state"];
  newEmail: string | null;
  token: string;
  askAgainHref: string;
}) {
  const t = await getTranslations("credentials.confirm");
  return (
    <FormPage narrow title={t("title")}>
      {state === "valid" && newEmail ? (
        <>
          <p>{t("intro")}</p>
          <ClientMessages namespaces={confirmEmailFormMessages}>
            <ConfirmEmailForm token={token} newEmail={newEmail} />
          </ClientMessages>
        </>
      ) : (
        <>
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-danger">
            {t(`link.${state === "valid" ? "invalid" : state}`)}
          </p>
          <a
            href={askAgainHref}
            className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
          >
            {t("askAgain")}
          </a>
        </>
      )}
    </FormPage>
  );
}
