import "server-only";
// Delivers the outbox (docs/decisions/0004-email-outbox.md). Several app
// instances may run this loop on one PostgreSQL database: rows are claimed
// with FOR UPDATE SKIP LOCKED and held under a lease, so each email is handed
// to the transport by one worker at a time, and `attempts` doubles as a
// fencing token: a worker whose lease expired can no longer mark the row.
import { type EmailBrand } from "@/emails/i18n";
import { isEmailTemplate, redactPayload } from "@/emails/registry";
import type { Db } from "@/lib/db/client";
import { findClinic } from "@/lib/clinic/data";
import { logoUrl } from "@/lib/clinic/logo-url";
import { env } from "@/lib/env";
import { now as clockNow } from "@/lib/clock";
import { type AppLocale, isLocale } from "@/lib/i18n/routing";
import { log } from "@/lib/log";
import { type PeriodicJob, startPeriodicJob } from "@/lib/ops/periodic";
import {
  type ClaimedEmail,
  claimDueEmails,
  markEmailFailure,
  markEmailSent,
  releaseEmails,
} from "./mutations";
import type { EmailPayload } from "./outbox";
import { InvalidEmailError, renderEmail } from "./render";
import { type EmailTransport, EmailTransportError, getTransport } from "./transport";

/** Tries that reached the provider (or its time-out) before an email fails for good. */
export const MAX_ATTEMPTS = 8;
const RETRY_CAP_MS = 60 * 60_000;
/** Per email of a batch: the transport's 30 s timeout plus the database writes. */
const LEASE_PER_EMAIL_MS = 35_000;
const MIN_LEASE_MS = 2 * 60_000;

/**
 * Delay before the next try after `attempts` failed ones: 30 s, 1 min, 2 min…
 * (EMAIL_RETRY_SECONDS, doubling), capped at 1 h, and never sooner than the
 * provider's Retry-After.
 */
export function retryDelayMs(attempts: number, retryAfterMs = 0): number {
  const backoff = env().EMAIL_RETRY_SECONDS * 1000 * 2 ** Math.max(0, attempts - 1);
  return Math.min(Math.max(backoff, retryAfterMs), RETRY_CAP_MS);
}

export type DeliverOptions = {
  /** Most emails claimed by this call. */
  limit: number;
  /** Default: lib/clock's now(). */
  now?: Date;
  /** Another Prisma client (tests: a second "instance" with its own pool). */
  client?: Db;
  transport?: EmailTransport;
  /** How long the claimed rows stay reserved to this worker. */
  leaseMs?: number;
};

export type DeliveryResult = { sent: number; failed: number; retried: number };

type Outcome = "sent" | "failed" | "retried" | "leaseLost";
/** A try whose provider is unavailable: the rest of the batch waits as long. */
type Unavailable = { outcome: "retried" | "failed" | "leaseLost"; retryAt: Date };

export async function deliverDueEmails(options: DeliverOptions): Promise<DeliveryResult> {
  const { limit, now = clockNow(), client, transport = getTransport() } = options;
  const leaseMs = options.leaseMs ?? Math.max(MIN_LEASE_MS, limit * LEASE_PER_EMAIL_MS);
  const result: DeliveryResult = { sent: 0, failed: 0, retried: 0 };
  if (limit < 1) return result;

  const rows = await claimDueEmails(now, new Date(now.getTime() + leaseMs), limit, client);
  if (rows.length === 0) return result;

  const brand = await loadBrand(client);
  // One at a time: providers rate-limit (Resend: a few requests a second),
  // and the lease is sized for a sequential batch.
  const startedAt = Date.now();
  for (const [index, row] of rows.entries()) {
    const outcome = await deliverOne(client, transport, row, brand, now, startedAt);
    if (typeof outcome === "string") {
      if (outcome !== "leaseLost") result[outcome] += 1;
      continue;
    }
    if (outcome.outcome !== "leaseLost") result[outcome.outcome] += 1;
    // The provider is down or throttling: sending the rest now would fail the
    // same way and hammer it. They wait until this email's next try, without
    // it counting as one of theirs.
    await persistently(() => releaseEmails(rows.slice(index + 1), outcome.retryAt, client));
    break;
  }
  return result;
}

async function loadBrand(client: Db | undefined): Promise<Partial<EmailBrand>> {
  const clinic = await findClinic(client);
  return clinic
    ? {
        clinicName: clinic.name,
        clinicPhone: clinic.phone || null,
        clinicEmail: clinic.email || null,
        timeZone: clinic.timeZone,
        logoUrl: logoUrl(clinic.logoKey, env().APP_URL),
        color: clinic.brandColor,
      }
    : {};
}

class LeaseLostError extends Error {}

async function deliverOne(
  client: Db | undefined,
  transport: EmailTransport,
  row: ClaimedEmail,
  brand: Partial<EmailBrand>,
  now: Date,
  startedAt: number,
): Promise<Outcome | Unavailable> {
  let rendered;
  try {
    if (!isEmailTemplate(row.template))
      throw new InvalidEmailError(`unknown email template "${row.template}"`);
    if (!isLocale(row.locale)) throw new InvalidEmailError("unknown locale");
    rendered = await renderEmail(
      row.template,
      row.payload as never,
      row.locale as AppLocale,
      brand,
    );
  } catch (error) {
    // A payload that fails its schema will fail on every try: give up now.
    const retryAt = new Date(now.getTime() + retryDelayMs(row.attempts));
    return recordFailure(client, row, error, retryAt, error instanceof InvalidEmailError);
  }

  try {
    const { providerId } = await transport.send({ id: row.id, to: row.to, ...rendered });
    const marked = await persistently(() =>
      markEmailSent(
        row,
        { providerId, payload: redactedPayload(row) },
        transport.storesInMailbox ? rendered : null,
        client,
      ),
    );
    // Sent, but our lease expired and another worker took the row: its send
    // carries the same idempotency key, so the provider delivers once.
    if (!marked) throw new LeaseLostError();
    return "sent";
  } catch (error) {
    if (error instanceof LeaseLostError) {
      log.warn("email lease lost before it was marked sent", {
        outboxId: row.id,
        attempts: row.attempts,
      });
      return "leaseLost";
    }
    // The delay counts from the failure, not from the batch's start: a send
    // that timed out after 30 s must not be due again the moment it fails.
    const failedAt = new Date(now.getTime() + (Date.now() - startedAt));
    const failure = error instanceof EmailTransportError ? error.failure : "failed";
    const retryAt = new Date(
      failedAt.getTime() +
        retryDelayMs(row.attempts, error instanceof EmailTransportError ? error.retryAfterMs : 0),
    );
    const outcome = await recordFailure(client, row, error, retryAt, failure === "refused");
    return failure === "unavailable" ? { outcome, retryAt } : outcome;
  }
}

/** Tries to record a row's outcome for this long when the database does not answer. */
const WRITE_ATTEMPTS = 40;
const WRITE_RETRY_MS = 500;

/**
 * Records an outcome even across a database restart (a deploy, a failover):
 * the email may already be with the provider, and a row left "sending" would
 * wait out its lease (minutes) before another worker sent it again.
 */
async function persistently<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= WRITE_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, WRITE_RETRY_MS));
    }
  }
}

function redactedPayload(row: ClaimedEmail): EmailPayload {
  return (
    isEmailTemplate(row.template) ? redactPayload(row.template, row.payload) : {}
  ) as EmailPayload;
}

/** Records a failed try: the row waits until `retryAt`, or fails for good (permanent, or its last try). */
async function recordFailure(
  client: Db | undefined,
  row: ClaimedEmail,
  error: unknown,
  retryAt: Date,
  permanent: boolean,
): Promise<Exclude<Outcome, "sent">> {
  const lastError = describe(error);
  const giveUp = permanent || row.attempts >= MAX_ATTEMPTS;
  const marked = await persistently(() =>
    markEmailFailure(
      row,
      giveUp ? { lastError, payload: redactedPayload(row) } : { lastError, retryAt },
      client,
    ),
  );
  if (!marked) return "leaseLost";
  if (giveUp) {
    log.warn("email delivery failed for good", {
      outboxId: row.id,
      template: row.template,
      attempts: row.attempts,
      lastError,
    });
    return "failed";
  }
  return "retried";
}

/**
 * What goes in OutboxEmail.lastError and the logs: the error's name and
 * message, with links (they carry tokens) and anything shaped like an API key
 * removed, and no payload (AL-2).
 */
function describe(error: unknown): string {
  const raw = error instanceof Error ? `${error.name}: ${error.message}` : "unknown error";
  return raw
    .replace(/https?:\/\/\S+/g, "[link]")
    .replace(/\bre_[A-Za-z0-9_]{8,}/g, "[key]")
    .replace(/\s+/g, " ")
    .slice(0, 500);
}

export type OutboxWorker = PeriodicJob;

/**
 * Runs `deliverDueEmails` every `intervalMs` (at once again when a batch was
 * full). Batches never overlap within a process. `stop()` resolves when the
 * batch in flight, if any, has finished: call it on shutdown.
 */
export function startOutboxWorker({
  intervalMs,
  limit = 10,
}: {
  intervalMs: number;
  limit?: number;
}): OutboxWorker {
  let failures = 0;
  return startPeriodicJob(
    "email-outbox",
    async () => {
      try {
        const { sent, failed, retried } = await deliverDueEmails({ limit });
        failures = 0;
        return sent + failed + retried >= limit ? 0 : intervalMs;
      } catch (error) {
        // The database is unreachable, most likely: back off, up to a minute.
        failures += 1;
        const delayMs = Math.min(intervalMs * 2 ** failures, 60_000);
        log.error("email outbox batch failed", { error: describe(error), retryInMs: delayMs });
        return delayMs;
      }
    },
    intervalMs,
  );
}
