import "server-only";
// Where rendered emails go. The worker (worker.ts) owns retries and status:
// a transport only sends one message, and reports failure by throwing.
import { Resend } from "resend";
import { env } from "@/lib/env";

export type OutgoingEmail = {
  /** The outbox row id: Resend's idempotency key, so a retried send is not sent twice. */
  id: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Text files (e.g. an .ics) sent with it. */
  attachments?: { filename: string; contentType: string; content: string }[];
};

export type EmailTransport = {
  name: string;
  /**
   * True for the local mailbox: the worker writes the MailboxMessage row in
   * the same transaction that marks the email sent.
   */
  storesInMailbox: boolean;
  send(email: OutgoingEmail): Promise<{ providerId: string | null }>;
};

/** A send that failed; its message is stored in OutboxEmail.lastError, so it never holds the key or the body. */
export class EmailTransportError extends Error {
  override name = "EmailTransportError";
}

export const mailboxTransport: EmailTransport = {
  name: "mailbox",
  storesInMailbox: true,
  send: async () => ({ providerId: null }),
};

const sendTimeoutMs = 30_000;

export function resendTransport(apiKey: string, from: string): EmailTransport {
  const resend = new Resend(apiKey);
  return {
    name: "resend",
    storesInMailbox: false,
    async send(email) {
      // The SDK has no timeout: a hung request must not hold the batch (and
      // its lease) forever. If it did go through, the retry carries the same
      // idempotency key and Resend does not send it again.
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new EmailTransportError("resend: timed out")),
          sendTimeoutMs,
        );
      });
      try {
        // Without network access the SDK resolves with { error } instead of
        // throwing: both paths are failures to retry.
        const { data, error } = await Promise.race([
          resend.emails.send(
            {
              from,
              to: [email.to],
              subject: email.subject,
              html: email.html,
              text: email.text,
              ...(email.attachments?.length
                ? {
                    attachments: email.attachments.map((a) => ({
                      filename: a.filename,
                      contentType: a.contentType,
                      content: Buffer.from(a.content, "utf8"),
                    })),
                  }
                : {}),
            },
            { idempotencyKey: email.id },
          ),
          timeout,
        ]);
        if (error)
          throw new EmailTransportError(
            `resend: ${error.name}${error.statusCode ? ` (${error.statusCode})` : ""}: ${error.message}`,
          );
        return { providerId: data.id };
      } catch (error) {
        if (error instanceof EmailTransportError) throw error;
        throw new EmailTransportError(
          `resend: ${error instanceof Error ? error.message : "send failed"}`,
        );
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

let configured: EmailTransport | undefined;

/** The transport chosen by the environment (EMAIL_TRANSPORT, RESEND_API_KEY, EMAIL_FROM). */
export function getTransport(): EmailTransport {
  if (configured) return configured;
  const { EMAIL_TRANSPORT, RESEND_API_KEY, EMAIL_FROM } = env();
  // env() refuses EMAIL_TRANSPORT=resend without a key.
  configured =
    EMAIL_TRANSPORT === "resend" && RESEND_API_KEY
      ? resendTransport(RESEND_API_KEY, EMAIL_FROM)
      : mailboxTransport;
  return configured;
}
