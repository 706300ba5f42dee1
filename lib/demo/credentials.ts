// Demo accounts exist only in the embedded demo database (DEMO, no
// DATABASE_URL); a PostgreSQL database starts empty (SECURITY.md AU-20).
export const DEMO_PASSWORD = "Demo-portal-2026!";

export const DEMO_ACCOUNTS = {
  patient: "parent@demo.clinic",
  adult: "adult@demo.clinic",
  staff: "staff@demo.clinic",
  admin: "admin@demo.clinic",
} as const;

/**
 * The link secret of a demo invitation that expired before the seed ran (a
 * profile invited by the clinic long ago): the e2e tests open
 * /<locale>/invitation/<this> to see what an expired invitation says, since
 * they cannot move the server's clock. Useless for anything else: it cannot be accepted.
 */
export const DEMO_EXPIRED_INVITATION_TOKEN = "demo-expired-invitation-link";

/**
 * Patients whose password and email the credentials e2e tests change (one per
 * language, so the runs never disturb the accounts other specs log in with).
 * Not listed on the login page.
 */
export const DEMO_CREDENTIAL_ACCOUNTS = {
  en: "credentials-en@demo.clinic",
  fr: "credentials-fr@demo.clinic",
} as const;

/**
 * Patients whose appointments the emailed-link e2e tests confirm and cancel,
 * so other specs never find them changed: `en` and `fr` each have one visit
 * ~26–46 h ahead (confirmable, past the cancel cut-off), `cancel` one ~50–70 h
 * ahead (cancellable); all their 72 h reminders are due as soon as the server
 * starts. Not listed on the login page.
 */
export const DEMO_REMINDER_ACCOUNTS = {
  en: "reminders-en@demo.clinic",
  fr: "reminders-fr@demo.clinic",
  cancel: "reminders-cancel@demo.clinic",
} as const;

/**
 * Parents whose families the attachment e2e tests attach and manage from the
 * staff pages, one family per language: the parent has an account; a young
 * child and a grandparent (an adult, whose consent is needed) have profiles
 * only. Their last names find them in the patient list. Not listed on the login page.
 */
export const DEMO_ATTACH_FAMILIES = {
  en: { email: "attach-en@demo.clinic", lastName: "Pelletier" },
  fr: { email: "attach-fr@demo.clinic", lastName: "Fortin" },
} as const;

/**
 * A patient with a few years of visits (50 upcoming, 40 past), whose
 * Appointments tab the page-weight e2e test measures at that realistic size.
 * Not listed on the login page.
 */
export const DEMO_BUSY_ACCOUNT = "busy@demo.clinic";
