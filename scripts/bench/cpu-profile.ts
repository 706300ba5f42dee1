// Reads a V8 .cpuprofile (node --cpu-prof) and names where the time went:
// the top functions by self time, the self time per package, and — through
// the build's source maps — the time each source file of the app spent on
// the stack (inclusive: a sample counts once for every file in its stack).
import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { fileURLToPath } from "node:url";

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type Node = { id: number; callFrame: CallFrame; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

/** node_modules/<package> (scoped too), the app's own chunks, or Node's internals. */
function packageOf(url: string): string {
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inModules) return inModules[1]!;
  if (url.includes("/.next")) return "(app build)";
  if (url.startsWith("node:") || url === "") return "(node / native)";
  return "(other)";
}

const maps = new Map<string, SourceMap | null>();
function sourceMapOf(url: string): SourceMap | null {
  if (!maps.has(url)) {
    let map: SourceMap | null = null;
    try {
      const file = url.startsWith("file:") ? fileURLToPath(url) : url;
      if (existsSync(`${file}.map`))
        map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, "utf8")));
    } catch {
      map = null;
    }
    maps.set(url, map);
  }
  return maps.get(url)!;
}

/** The source file a frame of a bundled chunk came from: the app's path, or node_modules/<package>. */
function sourceOf(frame: CallFrame): string | null {
  if (!frame.url.includes("/.next")) return null;
  const map = sourceMapOf(frame.url);
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber) as
    { originalSource?: string } | undefined;
  const source = entry?.originalSource;
  if (!source) return null;
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (inModules) return `node_modules/${inModules[1]}`;
  return source.replace(/^.*\[project\]\//, "").replace(/^turbopack:\/\/\//, "");
}

export function summariseCpuProfile(file: string, top = 15): string {
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
  );
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const frames = new Map<string, number>();
  const packages = new Map<string, number>();
  const sources = new Map<string, number>();
  const sourceOfNode = new Map<number, string | null>();
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const where = url.split("/").slice(-2).join("/");
    const key = `${functionName || "(anonymous)"}  ${where ? `${where}:${lineNumber + 1}` : ""}`;
    frames.set(key, (frames.get(key) ?? 0) + us);
    const pkg = packageOf(url);
    packages.set(pkg, (packages.get(pkg) ?? 0) + us);
    // Inclusive time per source file: each file once per sample's stack.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      if (!sourceOfNode.has(at)) sourceOfNode.set(at, sourceOf(byId.get(at)!.callFrame));
      const source = sourceOfNode.get(at);
      if (source) seen.add(source);
    }
    for (const source of seen) sources.set(source, (sources.get(source) ?? 0) + us);
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
  lines.push("  source files of the build on the stack (inclusive, from its source maps):");
  for (const [key, us] of [...sources].sort((a, b) => b[1] - a[1]).slice(0, 25))
    lines.push(`    ${pct(us)}  ${key}`);
  return lines.join("\n");
}
