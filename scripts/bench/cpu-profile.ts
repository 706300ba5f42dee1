// Reads a V8 .cpuprofile (node --cpu-prof) and names where the time went:
// the top functions by self time, and the self time per package.
import { readFileSync } from "node:fs";

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

/** node_modules/<package> (scoped too), the app's own chunks, or Node's internals. */
function packageOf(url: string): string {
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inModules) return inModules[1]!;
  if (url.includes("/.next") || url.includes("/.next-")) return "(app build)";
  if (url.startsWith("node:") || url === "") return "(node / native)";
  return "(other)";
}

export function summariseCpuProfile(file: string, top = 15): string {
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
  );
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const frames = new Map<string, number>();
  const packages = new Map<string, number>();
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const file = url.split("/").slice(-2).join("/");
    const key = `${functionName || "(anonymous)"}  ${file ? `${file}:${lineNumber + 1}` : ""}`;
    frames.set(key, (frames.get(key) ?? 0) + us);
    const pkg = packageOf(url);
    packages.set(pkg, (packages.get(pkg) ?? 0) + us);
  }
  const pct = (us: number) => `${((us / total) * 100).toFixed(1).padStart(5)} %`;
  const lines = [
    `CPU profile ${file}: ${(total / 1000).toFixed(0)} ms sampled`,
    "  top frames (self time):",
  ];
  for (const [key, us] of [...frames].sort((a, b) => b[1] - a[1]).slice(0, top))
    lines.push(`    ${pct(us)}  ${key}`);
  lines.push("  by package (self time):");
  for (const [key, us] of [...packages].sort((a, b) => b[1] - a[1]).slice(0, 10))
    lines.push(`    ${pct(us)}  ${key}`);
  return lines.join("\n");
}
