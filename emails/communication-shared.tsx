import { z } from "zod";
import { ActionLink, EmailLayout, Paragraph } from "./components/layout";
import { personName, portalLink } from "./fields";
import type { EmailBrand, EmailProps, EmailTranslator } from "./i18n";

/**
 * A communication (or a new clinic entry in one) waits in the portal. Emails
 * travel further than the portal: the schema has no field for the subject,
 * the text, the file or an amount, so none can be put in one by mistake.
 */
export const communicationSharedSchema = z.strictObject({
  kind: z.enum(["message", "document", "bill"]),
  /** A new entry of the clinic in an existing thread, rather than a new thread. */
  reply: z.boolean(),
  /** The first name of the patient whose profile holds it. */
  patientName: personName,
  /** The thread's page; the login brings the visitor back to it. */
  threadUrl: portalLink,
});

export type CommunicationSharedData = z.infer<typeof communicationSharedSchema>;

export function communicationSharedSubject(
  t: EmailTranslator,
  data: CommunicationSharedData,
  _locale: string,
  brand: EmailBrand,
) {
  const clinicName = brand.clinicName;
  return data.reply
    ? t("communicationShared.replySubject", { clinicName })
    : t("communicationShared.subject", { kind: data.kind, clinicName });
}

export function CommunicationSharedEmail({ data, ctx }: EmailProps<CommunicationSharedData>) {
  const { t, brand } = ctx;
  const values = { kind: data.kind, name: data.patientName, clinicName: brand.clinicName };
  return (
    <EmailLayout
      ctx={ctx}
      preview={t("communicationShared.preview", values)}
      heading={t("communicationShared.heading", values)}
    >
      <Paragraph>{t("communicationShared.greeting")}</Paragraph>
      <Paragraph>
        {data.reply
          ? t("communicationShared.introReply", values)
          : t("communicationShared.intro", values)}
      </Paragraph>
      <Paragraph>{t("communicationShared.privacy")}</Paragraph>
      <ActionLink
        ctx={ctx}
        href={data.threadUrl}
        label={t("communicationShared.button", { kind: data.kind })}
      />
    </EmailLayout>
  );
}
