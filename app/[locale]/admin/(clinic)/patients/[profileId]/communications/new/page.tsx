import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ComposeForm } from "@/components/communications-admin/compose-form";
import { composeFormMessages } from "@/components/communications-admin/messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FormPage } from "@/components/shell/form-page";
import { loadCompose } from "@/lib/communications/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminCommunications");
  return { title: t("compose") };
}

export default async function ComposePage({ params }: { params: Promise<{ profileId: string }> }) {
  const { profileId } = await params;
  const compose = await loadCompose(profileId);
  const t = await getTranslations("adminCommunications");
  return (
    <FormPage
      back={{ href: `/admin/patients/${compose.profileId}/communications`, label: t("back") }}
      title={t("composeTitle", { name: compose.name })}
      intro={t("composeIntro")}
    >
      {compose.kinds.length === 0 ? (
        <p>{t("noKinds")}</p>
      ) : (
        <ClientMessages namespaces={composeFormMessages}>
          <ComposeForm
            profileId={compose.profileId}
            kinds={compose.kinds}
            defaultReplyRule={compose.defaultReplyRule}
          />
        </ClientMessages>
      )}
    </FormPage>
  );
}
