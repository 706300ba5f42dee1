import "server-only";
// Enqueue an email in the SAME transaction as the change that causes it: the
// row commits or rolls back with that change, and the worker (worker.ts) sends
// it afterwards, with retries. See docs/decisions/0004-email-outbox.md.
import {
  type EmailData,
  type EmailTemplate,
  emailTemplates,
  isEmailTemplate,
} from "@/emails/registry";
import type { Db } from "@/lib/db/client";
import { type AppLocale, isLocale } from "@/lib/i18n/routing";
import { emailAddressSchema } from "./address";

/** The Prisma client, or the transaction client of `db().$transaction(async (tx) => …)`. */
export type OutboxClient = Pick<Db, "outboxEmail">;

/** What a template's validated data is: JSON, stored as the row's payload. */
export type EmailPayload = { [key: string]: Json };
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export type EnqueueEmailInput<T extends EmailTemplate> = {
  to: string;
  /** The recipient's language (Account.language), never the request's. */
  locale: AppLocale;
  template: T;
  data: EmailData<T>;
  /** Earliest delivery time (default: now). */
  notBefore?: Date;
};

/** Thrown (before anything is written) for a bad address, locale, template or payload. */
export class EmailEnqueueError extends Error {
  override name = "EmailEnqueueError";
}

export async function enqueueEmail<T extends EmailTemplate>(
  client: OutboxClient,
  input: EnqueueEmailInput<T>,
): Promise<{ id: string }> {
  const to = emailAddressSchema.safeParse(input.to);
  if (!to.success) throw new EmailEnqueueError("invalid recipient address");
  if (!isLocale(input.locale)) throw new EmailEnqueueError("invalid locale");
  if (!isEmailTemplate(input.template)) throw new EmailEnqueueError("unknown email template");
  const payload = emailTemplates[input.template].schema.safeParse(input.data);
  if (!payload.success) {
    // Paths only: the values may be tokens or personal data (AL-2).
    const paths = [
      ...new Set(payload.error.issues.map((issue) => issue.path.join(".") || "(root)")),
    ];
    throw new EmailEnqueueError(
      `invalid data for email template "${input.template}": ${paths.join(", ")}`,
    );
  }

  return client.outboxEmail.create({
    data: {
      to: to.data,
      locale: input.locale,
      template: input.template,
      payload: payload.data as EmailPayload,
      ...(input.notBefore ? { nextAttemptAt: input.notBefore } : {}),
    },
    select: { id: true },
  });
}
