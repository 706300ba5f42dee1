// A clinic at a realistic size, seeded in bulk SQL (INSERT … SELECT
// generate_series: seconds, where the app's factories would take minutes), for
// the benches that measure pages and bookings on PostgreSQL.
//
// seedClinicAtScale: one site, 3 specialties, 50 practitioners (Mon–Fri
// 08:30–12:00 and 13:00–16:30, from six months ago to six months ahead), per
// specialty a 15- and a 30-minute type, one "Minor emergency" type offered by
// everyone, `profiles` patient profiles and a third of every practitioner's
// 15-minute slots over the year as appointments (past ones completed / no-show
// / cancelled, future ones booked / confirmed / cancelled; never overlapping).
//
// seedPortalUse (after it): accounts, families, communications and a staff
// admin — what the portal's pages read:
// - four profiles in five have an account (`patient-<n>@bench.test`, one
//   password); the fifth is a child, attached with every permission to the
//   account of the first profile of its group of five, lapsing at 14;
// - `communications` messages, documents (with a PDF attachment) and bills,
//   newest first two minutes apart: one in 40 is profile 1's (an inbox of
//   5,000 for 200,000), the rest spread over the other profiles; one message
//   in seven has the patient's reply; 70 % are read;
// - profile 1 also gets 50 upcoming appointments (the page-weight case);
// - an admin, `admin@bench.test`, same password.
import type pg from "pg";

export const BENCH_TZ = "America/Toronto";
export const BENCH_CLINIC = "bench-clinic";
export const BENCH_ADMIN_EMAIL = "admin@bench.test";
export const benchPatientEmail = (n: number) => `patient-${n}@bench.test`;
/** Profiles that own an account: not the fifth of each group of five. */
export const hasAccount = (n: number) => n % 5 !== 0;

const catalogSql = (tz: string, profiles: number) => String.raw`
INSERT INTO "Clinic" (id, name, phone, email, "addressLine", city, province, "postalCode", "timeZone", "clinicCode", "updatedAt")
VALUES ('${BENCH_CLINIC}', 'Bench clinic', '514-555-0100', 'contact@bench.test', '100 Main Street', 'Montréal', 'QC', 'H2X 1Y4', '${tz}', '424242', now());

INSERT INTO "Site" (id, "clinicId", "nameEn", "nameFr", kind, "addressLine", city, "postalCode", phone)
VALUES ('bench-site', '${BENCH_CLINIC}', 'Plateau', 'Plateau', 'physical', '200 Side Street', 'Montréal', 'H2X 2A1', '514-555-0101');

INSERT INTO "Specialty" (id, "clinicId", "nameEn", "nameFr")
SELECT 'bench-spec-' || s, '${BENCH_CLINIC}', 'Specialty ' || s, 'Spécialité ' || s FROM generate_series(1, 3) s;

INSERT INTO "Practitioner" (id, "clinicId", title, "firstName", "lastName")
SELECT 'bench-prac-' || lpad(p::text, 2, '0'), '${BENCH_CLINIC}', 'Dr.', 'Alex', 'Practitioner ' || p FROM generate_series(1, 50) p;
INSERT INTO "PractitionerSpecialty" ("practitionerId", "specialtyId")
SELECT 'bench-prac-' || lpad(p::text, 2, '0'), 'bench-spec-' || (1 + p % 3) FROM generate_series(1, 50) p;
INSERT INTO "PractitionerSite" ("practitionerId", "siteId")
SELECT 'bench-prac-' || lpad(p::text, 2, '0'), 'bench-site' FROM generate_series(1, 50) p;

INSERT INTO "AppointmentType" (id, "clinicId", "nameEn", "nameFr", "durationMinutes", kind, "specialtyId")
SELECT 'bench-type' || d || '-' || s, '${BENCH_CLINIC}', 'Visit ' || d || ' min ' || s, 'Visite ' || d || ' min ' || s, d, 'regular'::"AppointmentKind", 'bench-spec-' || s
FROM generate_series(1, 3) s, (VALUES (15), (30)) AS durations(d);
INSERT INTO "AppointmentType" (id, "clinicId", "nameEn", "nameFr", "descriptionEn", "descriptionFr", "durationMinutes", kind)
VALUES ('bench-emergency', '${BENCH_CLINIC}', 'Minor emergency', 'Urgence mineure', 'An urgent problem.', 'Un problème urgent.', 15, 'emergency');

INSERT INTO "AvailabilityBlock" (id, "practitionerId", "siteId", weekday, "startMinute", "endMinute", "validFrom", "validUntil")
SELECT 'bench-block-' || p || '-' || d || '-' || h, 'bench-prac-' || lpad(p::text, 2, '0'), 'bench-site', d,
       CASE h WHEN 0 THEN 510 ELSE 780 END, CASE h WHEN 0 THEN 720 ELSE 990 END, current_date - 190, current_date + 200
FROM generate_series(1, 50) p, generate_series(1, 5) d, generate_series(0, 1) h;
INSERT INTO "AvailabilityBlockType" ("blockId", "typeId")
SELECT b.id, t.id FROM "AvailabilityBlock" b
JOIN "PractitionerSpecialty" ps ON ps."practitionerId" = b."practitionerId"
JOIN "AppointmentType" t ON t."specialtyId" = ps."specialtyId" OR t.id = 'bench-emergency';

-- Every fifth profile is a child (4 to 13 years old), the others adults.
INSERT INTO "PatientProfile" (id, "clinicId", "firstName", "lastName", "dateOfBirth", sex, language, "primaryPhone", "primaryPhoneType", "addressLine", city, province, "postalCode", "updatedAt")
SELECT 'bench-profile-' || n, '${BENCH_CLINIC}', 'Pat' || n, 'Patient ' || n,
       CASE WHEN n % 5 = 0 THEN current_date - (4 * 365 + (n * 13) % (9 * 365)) ELSE date '1940-01-01' + (n * 7) % 22000 END,
       (CASE WHEN n % 2 = 0 THEN 'female' ELSE 'male' END)::"Sex", (CASE WHEN n % 3 = 0 THEN 'fr' ELSE 'en' END)::"Locale",
       '514-555-0199', 'mobile'::"PhoneType", '10 Rue Example', 'Montréal', 'QC', 'H2X 2A1', now()
FROM generate_series(1, ${profiles}) n;

-- A third of every practitioner's 15-minute slots, over a year (six months
-- back, six months ahead): distinct slots of one practitioner never overlap.
-- Their reminders count as sent, as in a clinic that has been running: the
-- server would otherwise render thousands at start-up, in the measurements.
INSERT INTO "Appointment" (id, "profileId", "practitionerId", "siteId", "typeId", "startsAt", "endsAt", reason, status,
                           "confirmedAt", "cancelledAt", "cancelledBy", "remindersSent", "updatedAt")
SELECT 'bench-appt-' || p || '-' || to_char(d, 'YYYYMMDD') || '-' || k,
       'bench-profile-' || (1 + (r2 * 7919 + p * 31 + k * 101 + extract(doy FROM d)::int * 53) % ${profiles}),
       'bench-prac-' || lpad(p::text, 2, '0'), 'bench-site', 'bench-type15-' || (1 + p % 3),
       x.s, x.s + interval '15 minutes', 'Bench visit', x.status::"AppointmentStatus",
       CASE WHEN x.status = 'confirmed' THEN x.s - interval '1 day' END,
       CASE WHEN x.status = 'cancelled' THEN x.s - interval '3 days' END,
       CASE WHEN x.status = 'cancelled' THEN 'patient'::"CancelledBy" END,
       '{72,24}', now()
FROM generate_series(1, 50) p,
     generate_series(current_date - 182, current_date + 182, interval '1 day') d,
     generate_series(0, 27) k,
     LATERAL (SELECT abs(hashtext(p || '|' || d || '|' || k)) % 1000 AS r, abs(hashtext(k || '/' || d || '/' || p)) % 100 AS r2) h,
     LATERAL (
       SELECT s, CASE
         WHEN s < now() AT TIME ZONE 'UTC' THEN CASE WHEN h.r2 < 85 THEN 'completed' WHEN h.r2 < 92 THEN 'noShow' ELSE 'cancelled' END
         ELSE CASE WHEN h.r2 < 60 THEN 'booked' WHEN h.r2 < 90 THEN 'confirmed' ELSE 'cancelled' END
       END AS status
       FROM (SELECT ((d::date + make_interval(mins => CASE WHEN k < 14 THEN 510 + k * 15 ELSE 780 + (k - 14) * 15 END)) AT TIME ZONE '${tz}') AT TIME ZONE 'UTC' AS s) t
     ) x
WHERE extract(isodow FROM d) < 6 AND h.r < 330;
`;

/** Drops a table's exclusion constraints and secondary indexes, runs `load`, and rebuilds them from their own definitions (a bulk build is much faster than row-by-row upkeep; re-adding a constraint also proves the data keeps it). */
async function withoutIndexes(pool: pg.Pool, tables: string[], load: () => Promise<unknown>) {
  const { rows: defs } = await pool.query<{ tbl: string; kind: string; name: string; def: string }>(
    `
    SELECT conrelid::regclass::text AS tbl, 'constraint' AS kind, conname AS name, pg_get_constraintdef(oid) AS def
    FROM pg_constraint WHERE conrelid::regclass::text = ANY($1) AND contype = 'x'
    UNION ALL
    SELECT '"' || tablename || '"', 'index', indexname, indexdef FROM pg_indexes
    WHERE '"' || tablename || '"' = ANY($1) AND schemaname = current_schema() AND indexname NOT LIKE '%pkey'
      AND indexname NOT IN (SELECT conname FROM pg_constraint)`,
    [tables],
  );
  for (const d of defs)
    await pool.query(
      d.kind === "constraint"
        ? `ALTER TABLE ${d.tbl} DROP CONSTRAINT "${d.name}"`
        : `DROP INDEX "${d.name}"`,
    );
  await load();
  for (const d of defs)
    await pool.query(
      d.kind === "constraint" ? `ALTER TABLE ${d.tbl} ADD CONSTRAINT "${d.name}" ${d.def}` : d.def,
    );
}

/** The catalog, `profiles` profiles and a year of appointments; returns the counts. */
export async function seedClinicAtScale(pool: pg.Pool, options: { profiles: number; tz?: string }) {
  await withoutIndexes(pool, ['"Appointment"'], () =>
    pool.query(catalogSql(options.tz ?? BENCH_TZ, options.profiles)),
  );
  await pool.query("ANALYZE");
  const { rows } = await pool.query<{
    appointments: string;
    active: string;
    profiles: string;
    blocks: string;
  }>(`
    SELECT (SELECT count(*) FROM "Appointment") AS appointments,
           (SELECT count(*) FROM "Appointment" WHERE status <> 'cancelled') AS active,
           (SELECT count(*) FROM "PatientProfile") AS profiles,
           (SELECT count(*) FROM "AvailabilityBlock") AS blocks`);
  return rows[0]!;
}

const portalUseSql = (profiles: number, communications: number, passwordHash: string) => String.raw`
INSERT INTO "Account" (id, email, "passwordHash", status, role, language, "passwordChangedAt", "termsAcceptedVersion", "termsAcceptedAt", "profileId", "updatedAt")
SELECT 'bench-account-' || n, 'patient-' || n || '@bench.test', ${literal(passwordHash)}, 'active', 'patient',
       (CASE WHEN n % 3 = 0 THEN 'fr' ELSE 'en' END)::"Locale", now(), 1, now(), 'bench-profile-' || n, now()
FROM generate_series(1, ${profiles}) n WHERE n % 5 <> 0;

INSERT INTO "Account" (id, email, "passwordHash", status, role, language, "passwordChangedAt", "termsAcceptedVersion", "termsAcceptedAt", "updatedAt")
VALUES ('bench-admin', '${BENCH_ADMIN_EMAIL}', ${literal(passwordHash)}, 'active', 'admin', 'en', now(), 1, now(), now());

INSERT INTO "ProfileAccess" (id, "accountId", "profileId", "canAppointments", "canMessages", "canDocuments", "canBills", "lapsesOn", "grantedById", "updatedAt")
SELECT 'bench-access-' || n, 'bench-account-' || (n - 4), 'bench-profile-' || n, true, true, true, true,
       (p."dateOfBirth" + interval '14 years')::date, 'bench-admin', now()
FROM generate_series(5, ${profiles}, 5) n JOIN "PatientProfile" p ON p.id = 'bench-profile-' || n;

-- Two minutes apart, newest first; one in 40 is profile 1's.
INSERT INTO "Communication" (id, "clinicId", "profileId", kind, subject, "replyRule", status, "lastActivityAt", "patientActivityAt", "staffReadAt", "createdAt")
SELECT 'bench-c-' || n, '${BENCH_CLINIC}', c."profileId", c.kind::"CommunicationKind",
       c.kind || ' ' || n || ': results and next steps',
       (CASE WHEN c.kind = 'message' THEN 'once' ELSE 'none' END)::"ReplyRule",
       (CASE WHEN c.replied THEN 'answered' ELSE 'open' END)::"ThreadStatus",
       c.at, CASE WHEN c.replied THEN c.at END, CASE WHEN c.replied AND n % 20 <> 0 THEN c.at END,
       c.at - CASE WHEN c.replied THEN interval '1 hour' ELSE interval '0' END
FROM generate_series(1, ${communications}) n,
     LATERAL (SELECT
       CASE WHEN n % 40 = 0 THEN 'bench-profile-1' ELSE 'bench-profile-' || (2 + (n * 7919) % (${profiles} - 1)) END AS "profileId",
       (ARRAY['message', 'document', 'message', 'bill', 'message', 'document'])[1 + n % 6] AS kind,
       (n % 6) IN (0, 2, 4) AND n % 7 = 0 AS replied,
       now() - n * interval '2 minutes' AS at) c;

INSERT INTO "CommunicationEntry" (id, "communicationId", author, body, "createdAt")
SELECT 'bench-e-' || id, id, 'clinic', 'About ' || subject || '.', "createdAt" FROM "Communication";
INSERT INTO "CommunicationEntry" (id, "communicationId", author, body, "onlyReply", "authorAccountId", "createdAt")
SELECT 'bench-r-' || c.id, c.id, 'patient', 'Thank you, noted.', 1, a.id, c."patientActivityAt"
FROM "Communication" c LEFT JOIN "Account" a ON a."profileId" = c."profileId" WHERE c."patientActivityAt" IS NOT NULL;

INSERT INTO "Attachment" (id, "communicationId", "fileName", "contentType", size, sha256, "storageKey")
SELECT 'bench-f-' || id, id, 'results.pdf', 'application/pdf', 48213, repeat('0', 64), 'bench/' || id
FROM "Communication" WHERE kind = 'document';

INSERT INTO "Bill" (id, "clinicId", "communicationId", number, "issuedOn", "dueOn", status, "subtotalCents", "totalCents")
SELECT 'bench-b-' || id, '${BENCH_CLINIC}', id, 'B-' || substr(id, 9), "createdAt"::date, "createdAt"::date + 30,
       (CASE WHEN "lastActivityAt" < now() - interval '30 days' THEN 'paid' ELSE 'unpaid' END)::"BillStatus", 12000, 12000
FROM "Communication" WHERE kind = 'bill';
INSERT INTO "BillLine" (id, "billId", position, description, "amountCents")
SELECT 'bench-bl-' || id, id, 1, 'Consultation', 12000 FROM "Bill";

-- Read by the profile's own account (or, for a child, the parent's): 70 %.
INSERT INTO "CommunicationRead" ("communicationId", "accountId", "readAt")
SELECT c.id, a.id, c."lastActivityAt"
FROM "Communication" c
JOIN "Account" a ON a.id = 'bench-account-' || CASE WHEN substr(c."profileId", 15)::int % 5 = 0
                                                      THEN substr(c."profileId", 15)::int - 4
                                                      ELSE substr(c."profileId", 15)::int END
WHERE abs(hashtext(c.id)) % 10 < 7;

-- Profile 1's 50 upcoming visits: the next 50 free 15-minute mornings of practitioner 50 (a 30-minute type, so they are visible at a glance).
INSERT INTO "Appointment" (id, "profileId", "practitionerId", "siteId", "typeId", "startsAt", "endsAt", reason, status, "remindersSent", "updatedAt")
SELECT 'bench-own-' || i, 'bench-profile-1', 'bench-prac-50', 'bench-site', 'bench-type15-3',
       s, s + interval '15 minutes', 'Follow-up', 'booked', '{72,24}', now()
FROM (
  SELECT row_number() OVER (ORDER BY s) AS i, s FROM (
    SELECT ((d::date + time '07:45') AT TIME ZONE '${BENCH_TZ}') AT TIME ZONE 'UTC' AS s
    FROM generate_series(current_date + 1, current_date + 120, interval '1 day') d
    WHERE extract(isodow FROM d) < 6) days
) own WHERE i <= 50;
`;

/** A quoted SQL string (the statements are sent as one multi-statement text, which takes no parameters). */
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** Accounts, families, communications and an admin (see the head of this file); returns the counts. */
export async function seedPortalUse(
  pool: pg.Pool,
  options: { profiles: number; communications: number; passwordHash: string },
) {
  await withoutIndexes(
    pool,
    [
      '"Communication"',
      '"CommunicationEntry"',
      '"CommunicationRead"',
      '"Attachment"',
      '"Bill"',
      '"BillLine"',
    ],
    () => pool.query(portalUseSql(options.profiles, options.communications, options.passwordHash)),
  );
  await pool.query("VACUUM ANALYZE");
  const { rows } = await pool.query<{
    accounts: string;
    families: string;
    communications: string;
  }>(`
    SELECT (SELECT count(*) FROM "Account") AS accounts,
           (SELECT count(*) FROM "ProfileAccess") AS families,
           (SELECT count(*) FROM "Communication") AS communications`);
  return rows[0]!;
}
