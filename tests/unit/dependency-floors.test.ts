// DP-1: `npm audit` does not work through this registry, so the lockfile is
// checked against minimum versions of the security-relevant packages. Every
// copy in the tree counts (a nested old copy is still loaded by its parent).
// Each floor names the advisory it answers; raise a floor when a new advisory
// lands, never lower it to make this pass.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

type Floor = {
  min: string;
  /** The advisory (or advisories) this floor answers. */
  why: string;
  /** Absent is fine (optional/peer packages); present must meet the floor. */
  optional?: boolean;
};

const FLOORS: Record<string, Floor> = {
  // 16.3.3 (Aug 2026): GHSA-2xp9-vwfh-vxw4 unauthenticated RCE in the Image
  // Optimization API (AVIF), GHSA-p293-qw3h-jr36 / CVE-2026-75604 (RCE on Windows hosts).
  // It also carries every earlier 16.x fix: 16.2.11 (July 2026 release: RSC DoS,
  // proxy bypasses, SSRF, cache poisoning), 16.2.6 (May 2026: CVE-2026-23870 RSC DoS,
  // WebSocket-upgrade SSRF, proxy bypass via .rsc/segment-prefetch URLs), 16.2.3
  // (CVE-2026-23869 RSC DoS), 16.0.7 (CVE-2025-55182 "React2Shell" RSC RCE),
  // and 15.2.3 (CVE-2025-29927 middleware bypass via x-middleware-subrequest).
  next: {
    min: "16.3.3",
    why: "GHSA-2xp9-vwfh-vxw4 + CVE-2026-75604 (16.3.3); CVE-2025-55182 React2Shell (16.0.7); CVE-2025-29927 (15.2.3)",
  },
  // Next vendors its own react-server-dom build (the RSC code these advisories
  // are about), so the next floor is the one that matters for the server; the
  // installed react/react-dom still render on the client and in emails.
  // 19.2.8 (July 2026): GHSA-wx67-qw84-cm4g / CVE-2026-44907 RSC DoS on the 19.2
  // line; earlier: 19.2.1 CVE-2025-55182 RCE, 19.2.3/19.2.4 CVE-2025-55184 +
  // CVE-2025-67779 + CVE-2026-23864 DoS. 19.3.0 was published (Sept 2026) after
  // 19.2.8; we assume it carries those fixes (not verified against an advisory).
  react: { min: "19.2.8", why: "CVE-2026-44907 (19.2.8), CVE-2025-55182 (19.2.1)" },
  "react-dom": { min: "19.2.8", why: "released in lockstep with react: same floor" },
  // 4.24.12: GHSA-5jpx-9hw9-2fx4, email sign-in links delivered to an attacker
  // through nodemailer's address parser (a crafted "e@attacker"@victim address).
  "next-auth": { min: "4.24.12", why: "GHSA-5jpx-9hw9-2fx4 email misdelivery" },
  // next-auth's JWT library. 4.15.5: CVE-2024-28176 (JWE decompression DoS).
  jose: { min: "4.15.5", why: "CVE-2024-28176 JWE decompression DoS" },
  // next-auth parses cookies with it. 0.7.0: CVE-2024-47764 (out-of-bounds
  // characters in cookie name/path/domain).
  cookie: { min: "0.7.0", why: "CVE-2024-47764" },
  // 8.0.5 per next-auth's own peer range bump (nextauthjs/next-auth#13434):
  // GHSA-vvjj-xcjg-gr5g SMTP command injection via CRLF in the transport name;
  // 7.0.7 fixed the address parser behind GHSA-5jpx-9hw9-2fx4. A later report
  // (next-auth#13485, not merged) says every release <= 9.0.0 has further
  // advisories: unverified here. Not installed today (we send with Resend).
  nodemailer: {
    min: "8.0.5",
    why: "GHSA-vvjj-xcjg-gr5g; address parser fix of 7.0.7",
    optional: true,
  },
  // node-postgres. The only advisory we know is CVE-2017-16082 (RCE through
  // crafted column names, fixed in 7.1.2); the floor is the major we build on.
  // Unsure whether anything newer exists: check when bumping.
  pg: { min: "8.0.0", why: "CVE-2017-16082 (fixed 7.1.2); 8.x is the supported major" },
  // 3.22.3: CVE-2023-4316, ReDoS in z.string().email(). We are on zod 4.
  zod: { min: "3.22.3", why: "CVE-2023-4316 email ReDoS" },
  // Transitive, on the request path of next/next-auth or the dev server.
  ws: { min: "8.17.1", why: "CVE-2024-37890 DoS with many HTTP headers" },
  "cross-spawn": { min: "7.0.5", why: "CVE-2024-21538 ReDoS" },
  nanoid: { min: "3.3.8", why: "CVE-2024-55565 predictable ids with non-integer sizes" },
};

type LockPackage = { version?: string; link?: boolean };

const lock = JSON.parse(readFileSync(path.join(process.cwd(), "package-lock.json"), "utf8")) as {
  lockfileVersion: number;
  packages: Record<string, LockPackage>;
};

/** Every installed copy of `name`: [location in the tree, version]. */
function installed(name: string): [string, string][] {
  return Object.entries(lock.packages)
    .filter(
      ([location, pkg]) => location.endsWith(`node_modules/${name}`) && !pkg.link && pkg.version,
    )
    .map(([location, pkg]) => [location, pkg.version as string]);
}

function parse(version: string): [number, number, number, boolean] {
  const match = /^(\d+)\.(\d+)\.(\d+)(-.+)?$/.exec(version);
  if (!match) throw new Error(`Unparseable version "${version}"`);
  return [Number(match[1]), Number(match[2]), Number(match[3]), Boolean(match[4])];
}

/** a >= b; a prerelease of b counts as below b. */
function atLeast(a: string, b: string): boolean {
  const [pa, pb] = [parse(a), parse(b)];
  for (let i = 0; i < 3; i++) {
    if (pa[i] !== pb[i]) return (pa[i] as number) > (pb[i] as number);
  }
  return !pa[3] || pb[3];
}

describe("dependency floors (DP-1)", () => {
  it("reads a v3 lockfile", () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(3);
  });

  it("compares versions the way the floors need", () => {
    expect(atLeast("16.4.6", "16.3.3")).toBe(true);
    expect(atLeast("16.3.3", "16.3.3")).toBe(true);
    expect(atLeast("16.3.2", "16.3.3")).toBe(false);
    expect(atLeast("16.10.0", "16.3.3")).toBe(true);
    expect(atLeast("16.3.3-canary.1", "16.3.3")).toBe(false);
  });

  for (const [name, floor] of Object.entries(FLOORS)) {
    it(`${name} >= ${floor.min} (${floor.why})`, () => {
      const copies = installed(name);
      if (!floor.optional) expect(copies, `${name} is not in package-lock.json`).not.toEqual([]);
      const tooOld = copies.filter(([, version]) => !atLeast(version, floor.min));
      expect(tooOld, `${name} below ${floor.min} (${floor.why}): upgrade it`).toEqual([]);
    });
  }
});
