// AU-3: refuse passwords from a list of the most common ones, on top of the
// composition rule. The rule pushes people to "Password1!" — a listed word
// dressed with a capital, a digit and a symbol — so the check compares the
// lower-cased password AND its letters-and-inner-part once leading/trailing
// digits and symbols are stripped. Server-side only: the list is ~90 kB.
import { COMMON_PASSWORDS_TEXT } from "./common-passwords";

let list: Set<string> | undefined;
function commonPasswords(): Set<string> {
  list ??= new Set(COMMON_PASSWORDS_TEXT.split("\n"));
  return list;
}

const squash = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{Nd}]/gu, "");

/**
 * True when the password is a common one, or is built on a word the attacker
 * knows here: the clinic's name or the local part of the user's email.
 */
export function isCommonPassword(
  password: string,
  context: { email?: string; clinicName?: string } = {},
): boolean {
  const lower = password.normalize("NFKC").toLowerCase();
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  const set = commonPasswords();
  if (set.has(lower) || (core.length >= 4 && set.has(core))) return true;
  const squashed = squash(password);
  const personal = [context.email?.split("@")[0], context.clinicName]
    .map((w) => (w ? squash(w) : ""))
    .filter((w) => w.length >= 4);
  return personal.some((word) => squashed.includes(word));
}
