// The audit log's filters as they arrive in a URL. Anything malformed is
// dropped (the filter is ignored), never an error: a hand-edited link shows
// more rows, not a 500.
import { z } from "zod";
import { isLocalDate } from "@/lib/time/zoned";

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => v || undefined)
    .optional()
    .catch(undefined);

const localDate = z.string().trim().refine(isLocalDate).optional().catch(undefined);

const auditQuerySchema = z.object({
  patient: text(200),
  staff: text(64),
  action: text(64),
  from: localDate,
  to: localDate,
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type AuditQuery = z.infer<typeof auditQuerySchema>;

export function parseAuditQuery(params: Record<string, string | string[] | undefined>): AuditQuery {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return auditQuerySchema.parse({
    patient: one(params.patient),
    staff: one(params.staff),
    action: one(params.action),
    from: one(params.from),
    to: one(params.to),
    page: one(params.page) ?? 1,
  });
}

/** The query as URL parameters, without the page: what pagination and the export carry along. */
export function auditQueryParams(query: AuditQuery): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of ["patient", "staff", "action", "from", "to"] as const) {
    const value = query[key];
    if (value) params[key] = value;
  }
  return params;
}

/** The filters as an audit row's detail records them. */
export function auditQueryDetail(query: AuditQuery): Record<string, string | null> {
  return {
    patient: query.patient ?? null,
    staff: query.staff ?? null,
    action: query.action ?? null,
    from: query.from ?? null,
    to: query.to ?? null,
  };
}
