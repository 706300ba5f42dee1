// Creates the first clinic administrator on a PostgreSQL database. A
// production database starts empty (no default credentials, SECURITY.md AU-20);
// this asks for the password on the terminal, so it never lands in shell history.
//   DATABASE_URL=postgresql://… npm run admin:create -- admin@clinic.example
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { emailSchema } from "@/lib/auth/email";
import { hashPassword } from "@/lib/auth/password";
import { unmetPasswordRules } from "@/lib/auth/password-policy";
import { createAdministrator } from "@/lib/admin/mutations";
import { closeDb } from "@/lib/db/client";

// One interface for every question, read as a stream of lines: with piped
// input (`printf '%s\n%s\n' … | npm run admin:create`) the lines arrive in one
// chunk, and a second interface would never see the ones the first had read.
let muted = false;
const output = new Writable({
  write(chunk, _enc, done) {
    if (!muted) process.stdout.write(chunk);
    done();
  },
});
const rl = createInterface({ input: process.stdin, output, terminal: process.stdin.isTTY });
const lines = rl[Symbol.asyncIterator]();

/** Asks on the terminal; a hidden answer (a password) is not echoed. */
async function ask(question: string, hidden = false): Promise<string> {
  rl.setPrompt(question);
  rl.prompt();
  muted = hidden;
  const line = await lines.next();
  muted = false;
  if (hidden) process.stdout.write("\n");
  if (line.done) throw new Error("No answer: the input ended.");
  return line.value;
}

async function main() {
  if (!process.env.DATABASE_URL) {
    console.error(
      "DATABASE_URL is not set: this command creates the first admin on PostgreSQL (the embedded demo has its own accounts).",
    );
    process.exit(2);
  }
  const email = emailSchema.safeParse(process.argv[2] ?? (await ask("Admin email: ")));
  if (!email.success) throw new Error("That is not a valid email address.");
  const password = await ask("Password: ", true);
  const unmet = unmetPasswordRules(password);
  if (unmet.length) throw new Error(`The password does not meet these rules: ${unmet.join(", ")}.`);
  if ((await ask("Confirm password: ", true)) !== password)
    throw new Error("The two passwords differ.");
  const account = await createAdministrator(email.data, await hashPassword(password));
  rl.close();
  console.log(`Administrator ${account.email} created.`);
  await closeDb();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
