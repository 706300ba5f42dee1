// Every server action goes through the one wrapper (lib/actions/safe-action.ts:
// same-origin check, zod parse, session gate), and the few that need no
// session are named here: a new action that skips the wrapper, or a new
// public one, fails this test until someone decides (SECURITY.md AC-1, AC-2).
// Actions that act on a patient's profile must be in the authorization matrix.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Reachable without a session, each for a reason. */
const PUBLIC_ACTIONS: Record<string, string> = {
  registerAction: "creates an account",
  activateAction: "the emailed activation link",
  resendActivationAction: "a pending account asks for a new link",
  forgotPasswordAction: "asks for a reset link",
  resetPasswordAction: "the emailed reset link",
  acceptInvitationAction: "the clinic's emailed invitation",
  appointmentLinkAction: "confirm/cancel from the reminder email (the token is the authority)",
};

/** Actions that take a profile and act on its data: each must be called by another patient, a proxy without the permission and anonymously in its matrix file. */
const APPOINTMENTS_MATRIX = "tests/integration/appointments/patient-access.test.ts";
const COMMUNICATIONS_MATRIX = "tests/integration/communications/patient-access.test.ts";
const PROFILE_ACTIONS: Record<string, string> = {
  bookAppointmentAction: APPOINTMENTS_MATRIX,
  confirmAppointmentAction: APPOINTMENTS_MATRIX,
  cancelAppointmentAction: APPOINTMENTS_MATRIX,
  startMessageAction: COMMUNICATIONS_MATRIX,
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "node_modules" || name.startsWith(".")) return [];
    return statSync(full).isDirectory() ? filesUnder(full) : /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const serverFiles = ["lib", "app", "components"]
  .flatMap(filesUnder)
  .filter((f) => /^\s*["']use server["']/m.test(readFileSync(f, "utf8")));

function exportsOf(file: string) {
  const source = readFileSync(file, "utf8");
  const names = [
    ...source.matchAll(/^export\s+(?:async\s+function|function|const|let|class)\s+(\w+)/gm),
  ].map((m) => m[1]!);
  const wrapped = new Map(
    [...source.matchAll(/^export const (\w+) = (publicAction|accountAction|staffAction)\(/gm)].map(
      (m) => [m[1]!, m[2]!],
    ),
  );
  return { names, wrapped, reExports: /^export\s*\{|^export\s*\*/m.test(source) };
}

describe("server actions", () => {
  it("live in lib/<domain>/actions.ts (or <audience>-actions.ts) files only", () => {
    expect(serverFiles.length).toBeGreaterThan(5);
    for (const file of serverFiles)
      expect(file, 'a "use server" module outside lib/<domain>/*actions.ts').toMatch(
        /^lib\/[\w-]+\/(?:[a-z]+-)?actions\.ts$/,
      );
  });

  it("are all made by the one wrapper, and only the listed ones are public", () => {
    const publicOnes: string[] = [];
    for (const file of serverFiles) {
      const { names, wrapped, reExports } = exportsOf(file);
      expect(reExports, `${file} re-exports: every action must be declared there, wrapped`).toBe(
        false,
      );
      for (const name of names) {
        expect(
          wrapped.has(name),
          `${file}: ${name} is not made with publicAction/accountAction/staffAction`,
        ).toBe(true);
        if (wrapped.get(name) === "publicAction") publicOnes.push(name);
      }
    }
    expect(publicOnes.sort()).toEqual(Object.keys(PUBLIC_ACTIONS).sort());
  });

  it("that act on a profile's data are each in the authorization matrix", () => {
    // An account action whose body reads a profileId from its input.
    const takesProfile = serverFiles
      .flatMap((file) => readFileSync(file, "utf8").split(/^(?=export const )/m))
      .flatMap((block) => {
        const m = /^export const (\w+) = accountAction\(/.exec(block);
        return m && /\binput\.profileId\b|\{[^}]*\bprofileId\b[^}]*\}\s*,\s*ctx/.test(block)
          ? [m[1]!]
          : [];
      })
      .sort();
    expect(takesProfile).toEqual(Object.keys(PROFILE_ACTIONS).sort());
    for (const [name, matrix] of Object.entries(PROFILE_ACTIONS))
      expect(readFileSync(matrix, "utf8"), `${name} is not exercised in ${matrix}`).toContain(name);
  });
});
