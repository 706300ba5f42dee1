// Demo accounts exist only in the embedded demo database (DEMO, no
// DATABASE_URL); a PostgreSQL database starts empty (SECURITY.md AU-20).
export const DEMO_PASSWORD = "Demo-portal-2026!";

export const DEMO_ACCOUNTS = {
  patient: "parent@demo.clinic",
  adult: "adult@demo.clinic",
  staff: "staff@demo.clinic",
  admin: "admin@demo.clinic",
} as const;
