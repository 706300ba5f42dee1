// Named limits, one place to read and tune them (SECURITY.md AU-7, AU-8).
import type { ThrottleRule } from "./mutations";

export const THROTTLE = {
  /** Failed logins per account: past 5 in 15 minutes, even the right password waits 15 minutes. */
  loginFailuresPerAccount: { limit: 5, windowSeconds: 15 * 60, blockSeconds: 15 * 60 },
  /** Failed logins per client address, across accounts (credential stuffing). */
  loginFailuresPerIp: { limit: 50, windowSeconds: 15 * 60 },
  /** Emails with a link (activation, reset, email change) per address per hour. */
  linkEmailsPerAddress: { limit: 3, windowSeconds: 60 * 60 },
  /** Wrong invitation or email-change codes before the code is void. */
  codeAttempts: { limit: 5, windowSeconds: 24 * 60 * 60 },
} satisfies Record<string, ThrottleRule>;

export const throttleKey = {
  loginAccount: (accountId: string) => `login:account:${accountId}`,
  loginIp: (ip: string) => `login:ip:${ip}`,
  linkEmail: (email: string) => `mail:link:${email}`,
};
