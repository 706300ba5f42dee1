// A translated label followed by a colon written in the component ("{t("site")}:")
// is English punctuation in every language: French needs a non-breaking space
// before it. The punctuation belongs in the messages (common.labelled).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOTS = ["app", "components", "emails"];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

// A translation or a label variable in JSX or a template literal, then ":" ";" "?" "!".
const punctuatedLabel = /(?:\{|\$\{)(?:t\w*\((?:[^()]|\([^()]*\))*\)|label)\}[:;?!]/gu;

function hardCodedPunctuation(source: string): string[] {
  return [...source.matchAll(punctuatedLabel)].map((m) => m[0]);
}

describe("punctuation after translated labels", () => {
  it("finds it in JSX and template literals", () => {
    expect(hardCodedPunctuation('<dt>{t("siteLabel")}:</dt>')).toHaveLength(1);
    expect(hardCodedPunctuation("<dt>{label}:</dt>")).toHaveLength(1);
    expect(hardCodedPunctuation("`${t(`kinds.${k}`)}: ${when}`")).toHaveLength(1);
    expect(hardCodedPunctuation('<dt>{tc("labelled", { label })}</dt>')).toEqual([]);
    expect(hardCodedPunctuation("function Card({ label }: { label: string }) {}")).toEqual([]);
  });

  it("is never written in a component: each language's messages carry it", () => {
    const found = ROOTS.flatMap((root) =>
      sources(path.join(process.cwd(), root)).flatMap((file) =>
        hardCodedPunctuation(readFileSync(file, "utf8")).map(
          (match) => `${path.relative(process.cwd(), file)}: ${match}`,
        ),
      ),
    );
    expect(found).toEqual([]);
  });
});
