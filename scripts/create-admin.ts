// Creates the first clinic administrator on a PostgreSQL database. A
// production database starts empty (no default credentials, SECURITY.md AU-20);
// this asks for the password on the terminal, so it never lands in shell history.
//   DATABASE_URL=postgresql://… npm run admin:create -- admin@clinic.example
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { emailSchema } from "@/lib/auth/email";
import { hashPassword } from "@/lib/auth/password";
import { unmetPasswordRules } from "@/lib/auth/password-policy";
import { closeDb, db } from "@/lib/db/client";

async function ask(question: string, hidden = false): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _enc, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: process.stdin.isTTY });
  const answer = new Promise<string>((resolve) => rl.question(question, resolve));
  muted = hidden;
  const value = await answer;
  rl.close();
  if (hidden) process.stdout.write("\n");
  return value;
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
  const account = await db().account.create({
    data: {
      email: email.data,
      passwordHash: await hashPassword(password),
      role: "admin",
      status: "active",
      passwordChangedAt: new Date(),
    },
    select: { id: true, email: true },
  });
  console.log(`Administrator ${account.email} created.`);
  await closeDb();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
