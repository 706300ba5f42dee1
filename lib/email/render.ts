import "server-only";
// Pure: template + data + the recipient's locale → subject, HTML and text.
// No database and no request context, so it runs in the worker, in tests and
// in previews alike. Names and other user input are rendered by React, which
// escapes them (IN-1); the subject is a header value and is kept single-line.
import { createElement, type ComponentType } from "react";
import { render, toPlainText } from "react-email";
import {
  type EmailBrand,
  type EmailContext,
  type EmailProps,
  emailTranslator,
} from "@/emails/i18n";
import {
  type EmailAttachment,
  type EmailData,
  type EmailTemplate,
  emailTemplates,
  isEmailTemplate,
} from "@/emails/registry";
import type { AppLocale } from "@/lib/i18n/routing";
import { DEFAULT_TIME_ZONE } from "@/lib/clinic/default-time-zone";

export type RenderedEmail = {
  subject: string;
  html: string;
  text: string;
  attachments: EmailAttachment[];
};

/** Thrown for data that no retry can fix (unknown template, payload failing its schema). */
export class InvalidEmailError extends Error {
  override name = "InvalidEmailError";
}

export async function renderEmail<T extends EmailTemplate>(
  template: T,
  data: EmailData<T>,
  locale: AppLocale,
  brand: Partial<EmailBrand> = {},
): Promise<RenderedEmail> {
  if (!isEmailTemplate(template))
    throw new InvalidEmailError(`unknown email template "${String(template)}"`);
  const definition = emailTemplates[template];
  const parsed = definition.schema.safeParse(data);
  if (!parsed.success) {
    // Only the paths: values may be tokens or personal data (AL-2).
    const paths = parsed.error.issues.map((issue) => issue.path.join(".") || "(root)");
    throw new InvalidEmailError(
      `invalid data for email template "${template}": ${[...new Set(paths)].join(", ")}`,
    );
  }

  const timeZone = brand.timeZone ?? DEFAULT_TIME_ZONE;
  const t = emailTranslator(locale, timeZone);
  // The registry maps each name to a matching (schema, component, subject)
  // triple; TypeScript cannot correlate them through the generic index.
  const component = definition.component as ComponentType<EmailProps<unknown>>;
  const subjectOf = definition.subject as (
    t: EmailContext["t"],
    data: unknown,
    locale: AppLocale,
    brand: EmailBrand,
  ) => string;
  const fullBrand: EmailBrand = {
    clinicName: brand.clinicName ?? t("layout.fallbackClinicName"),
    clinicPhone: brand.clinicPhone ?? null,
    clinicEmail: brand.clinicEmail ?? null,
    timeZone,
    logoUrl: brand.logoUrl ?? null,
    color: brand.color ?? null,
  };

  // A header value: one line, whatever a message or a value contains. The
  // non-breaking spaces of French punctuation stay.
  const subject = subjectOf(t, parsed.data, locale, fullBrand)
    .replace(/[^\S\u00a0\u202f]+/gu, " ")
    .trim();
  const ctx: EmailContext = { locale, subject, t, brand: fullBrand };
  const html = await render(createElement(component, { data: parsed.data, ctx }));
  const attachmentsOf = (
    definition as {
      attachments?: (data: unknown, locale: AppLocale, brand: EmailBrand) => EmailAttachment[];
    }
  ).attachments;
  return {
    subject,
    html,
    text: toPlainText(html),
    attachments: attachmentsOf ? attachmentsOf(parsed.data, locale, ctx.brand) : [],
  };
}
