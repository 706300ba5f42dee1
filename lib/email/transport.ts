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

/**
 * How a failed send should be retried:
 * - `refused`: the provider refused this email (HTTP 400, 422: a bad address,
 *   a malformed request). Sending it again fails the same way: give up now.
 * - `unavailable`: the provider is down, throttling us (429) or not answering
 *   (5xx, a time-out, no network, or a key it no longer accepts: 401, 403).
 *   Every email would fail the same way: stop the batch and back off.
 * - `failed`: anything else; retry this one email later.
 */
export type SendFailure = "refused" | "unavailable" | "failed";

/** A send that failed; its message is stored in OutboxEmail.lastError, so it never holds the key or the body. */
export class EmailTransportError extends Error {
  override name = "EmailTransportError";
  constructor(
    message: string,
    readonly failure: SendFailure = "failed",
    /** The provider's Retry-After, when it gave one. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

export const mailboxTransport: EmailTransport = {
  name: "mailbox",
  storesInMailbox: true,
  send: async () => ({ providerId: null }),
};

/** How Resend's answer classifies a failure (statusCode null: no answer at all). */
export function sendFailureOf(statusCode: number | null): SendFailure {
  if (statusCode === 400 || statusCode === 422) return "refused";
  if (
    statusCode === null ||
    statusCode === 401 ||
    statusCode === 403 ||
    statusCode === 429 ||
    statusCode >= 500
  )
    return "unavailable";
  return "failed";
}

/** Retry-After in seconds or as an HTTP date (RFC 9110), in ms from `now`; undefined when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

const defaultSendTimeoutMs = 30_000;

export function resendTransport(
  apiKey: string,
  from: string,
  options: { baseUrl?: string; timeoutMs?: number } = {},
): EmailTransport {
  const resend = new Resend(apiKey, options.baseUrl ? { baseUrl: options.baseUrl } : undefined);
  const timeoutMs = options.timeoutMs ?? defaultSendTimeoutMs;
  return {
    name: "resend",
    storesInMailbox: false,
    async send(email) {
      // The SDK has no timeout of its own: a hung request must not hold the
      // batch (and its lease) forever. Aborting frees the connection. If the
      // provider did take it, the retry carries the same idempotency key and
      // Resend does not send it again.
      const signal = AbortSignal.timeout(timeoutMs);
      let answer;
      try {
        answer = await resend.emails.send(
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
          { idempotencyKey: email.id, signal },
        );
      } catch (error) {
        throw new EmailTransportError(
          `resend: ${error instanceof Error ? error.message : "send failed"}`,
          "unavailable",
        );
      }
      // The SDK answers { error } rather than throwing, also when the network
      // fails or the request was aborted (statusCode null).
      const { data, error, headers } = answer;
      if (signal.aborted)
        throw new EmailTransportError(`resend: no answer in ${timeoutMs} ms`, "unavailable");
      if (error)
        throw new EmailTransportError(
          `resend: ${error.name}${error.statusCode ? ` (${error.statusCode})` : ""}: ${error.message}`,
          sendFailureOf(error.statusCode),
          error.statusCode === 429 ? retryAfterMs(headers?.["retry-after"]) : undefined,
        );
      return { providerId: data.id };
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
