import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/shell/card";
import { AcceptInvitationForm } from "@/components/invitation/accept-invitation-form";
import { AppShell } from "@/components/shell/app-shell";
import { loadClinic } from "@/lib/clinic/loaders";
import { loadInvitation } from "@/lib/invitations/loaders";
import { ClientMessages } from "@/components/i18n/client-messages";
import { acceptInvitationFormMessages } from "@/components/invitation/messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("invitation");
  return { title: t("title"), referrer: "no-referrer" };
}

/** A GET only shows the form (mail scanners prefetch links, AU-18); the POST of the form creates the account. */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [clinic, invitation, t] = await Promise.all([
    loadClinic(),
    loadInvitation(token),
    getTranslations("invitation"),
  ]);
  const state = invitation?.state ?? "notFound";
  return (
    <AppShell clinic={clinic} signedIn={false} homeHref="/login">
      <div className="mx-auto max-w-md space-y-6">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {invitation && state === "valid" ? (
          <>
            <p>{t("intro")}</p>
            <Card padding="roomy">
              <ClientMessages namespaces={acceptInvitationFormMessages}>
                <AcceptInvitationForm token={token} email={invitation.email} />
              </ClientMessages>
            </Card>
          </>
        ) : (
          <div
            role="alert"
            className="space-y-2 rounded-md border border-red-300 bg-red-50 p-4 text-danger"
          >
            <p>{t(`states.${state as Exclude<typeof state, "valid">}`)}</p>
            {state !== "used" && <p>{t("askClinic")}</p>}
          </div>
        )}
      </div>
    </AppShell>
  );
}
