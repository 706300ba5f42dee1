// Static check of the message wiring: client components receive only
// the namespaces their provider passes, so each client component rendered by a
// server component (a "client root", e.g. components/auth/login-form.tsx) has a
// list (`loginFormMessages` in components/auth/messages.ts) of every namespace it
// and the client code it imports translate with; and the server files that render
// it import that list (to wrap it in <ClientMessages>). A namespace computed at run time (useTranslations(variable))
// cannot be read here: the e2e fixture's MISSING_MESSAGE check covers those.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const SOURCE_DIRS = ["app", "components", "lib"];
// Rendered by Next itself, under the root layout's provider (shellMessages): the
// portal's and the staff area's layouts put no provider around their pages. The
// not-found page's client body is drawn the same way (app/[locale]/not-found.tsx).
const ROUTE_CLIENT_FILES = [
  "app/[locale]/error.tsx",
  "app/[locale]/(portal)/error.tsx",
  "app/[locale]/admin/error.tsx",
  "components/errors/route-not-found.tsx",
];

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

const files = new Map(
  SOURCE_DIRS.flatMap(sourceFiles).map((file) => [
    file,
    readFileSync(path.join(root, file), "utf8"),
  ]),
);

function resolveImport(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.posix.join(path.posix.dirname(from), specifier);
  else return undefined;
  return [`${base}.tsx`, `${base}.ts`, `${base}/index.tsx`, `${base}/index.ts`].find((f) =>
    files.has(f),
  );
}

/** Imported files with the names imported from each (type-only imports left out). */
function importsOf(file: string): { file: string; names: string[] }[] {
  const source = files.get(file) ?? "";
  return [...source.matchAll(/^import\s+(?!type\s)([\s\S]*?)\s+from\s+"([^"]+)";/gm)].flatMap(
    ([, clause = "", specifier = ""]) => {
      const target = resolveImport(file, specifier);
      if (!target) return [];
      const names = [...clause.matchAll(/(?:^|[{,\s])(?!type\s)(\w+)(?=\s*(?:[,}]|$))/g)].map(
        (m) => m[1] ?? "",
      );
      return [{ file: target, names }];
    },
  );
}

const isClientDirective = (file: string) => /^["']use client["'];/m.test(files.get(file) ?? "");

// Every file a "use client" file imports runs in the browser too.
const clientFiles = new Set<string>();
const visit = (file: string) => {
  if (clientFiles.has(file)) return;
  clientFiles.add(file);
  for (const imported of importsOf(file)) visit(imported.file);
};
for (const file of files.keys()) if (isClientDirective(file)) visit(file);

function namespacesUsedBy(file: string, seen = new Set<string>()): Set<string> {
  const used = new Set<string>();
  if (seen.has(file)) return used;
  seen.add(file);
  for (const [, ns = ""] of (files.get(file) ?? "").matchAll(/useTranslations\(\s*["'`]([\w.]+)/g))
    used.add(ns);
  for (const imported of importsOf(file))
    if (clientFiles.has(imported.file))
      for (const ns of namespacesUsedBy(imported.file, seen)) used.add(ns);
  return used;
}

/** Whether a list gives a component what it translates with: the namespace, or the whole of it ("appointments" covers "appointments.actions"). */
const covers = (listed: string[], ns: string) =>
  listed.some((entry) => entry === ns || ns.startsWith(`${entry}.`));

/** The name of a client root's list: login-form.tsx → loginFormMessages. */
function listName(file: string): string {
  const [first = "", ...rest] = path.posix
    .basename(file)
    .replace(/\.tsx$/, "")
    .split("-");
  return `${first}${rest.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("")}Messages`;
}

const listFile = (file: string) => path.posix.join(path.posix.dirname(file), "messages.ts");

/** The exported `…Messages` lists of a file: name → namespaces. */
function messageLists(file: string): Map<string, string[]> {
  const source = files.get(file) ?? "";
  return new Map(
    [...source.matchAll(/export const (\w+Messages)\s*=\s*\[([^\]]*)\]\s*as const/g)].map(
      ([, name = "", list = ""]) => [
        name,
        [...list.matchAll(/"([\w.]+)"/g)].map((m) => m[1] ?? ""),
      ],
    ),
  );
}

// Client files rendered by server files, with the server files importing them.
const clientRoots = new Map<string, { server: string }[]>();
for (const file of files.keys()) {
  if (clientFiles.has(file)) continue;
  for (const imported of importsOf(file)) {
    if (!clientFiles.has(imported.file) || !/\.tsx$/.test(imported.file)) continue;
    const list = clientRoots.get(imported.file) ?? [];
    list.push({ server: file });
    clientRoots.set(imported.file, list);
  }
}

describe("client messages wiring", () => {
  it("finds the client components (the check itself works)", () => {
    expect(clientRoots.has("components/auth/login-form.tsx")).toBe(true);
    expect(namespacesUsedBy("components/auth/login-form.tsx").has("login")).toBe(true);
  });

  const translatingRoots = [...clientRoots.keys()].filter(
    (file) => namespacesUsedBy(file).size > 0 && !ROUTE_CLIENT_FILES.includes(file),
  );

  it.each(translatingRoots)(
    "%s lists every namespace it and its client imports use, and its renderers import that list",
    (file) => {
      const name = listName(file);
      const listed = messageLists(listFile(file)).get(name);
      expect(listed, `${listFile(file)} must export \`${name} = [...] as const\``).toBeDefined();
      const missing = [...namespacesUsedBy(file)].filter((ns) => !covers(listed ?? [], ns));
      expect(missing, `${name} lacks namespaces ${file} uses`).toEqual([]);
      for (const { server } of clientRoots.get(file) ?? []) {
        const imported = importsOf(server).flatMap((i) =>
          i.file === listFile(file) ? i.names : [],
        );
        expect(imported, `${server} renders ${file} without importing ${name}`).toContain(name);
      }
    },
  );

  it.each(ROUTE_CLIENT_FILES)("%s uses only the root layout's namespaces", (file) => {
    const layout = messageLists("components/i18n/client-messages.tsx").get("shellMessages");
    expect(layout, "shellMessages").toBeDefined();
    const missing = [...namespacesUsedBy(file)].filter((ns) => !covers(layout ?? [], ns));
    expect(missing).toEqual([]);
  });
});
