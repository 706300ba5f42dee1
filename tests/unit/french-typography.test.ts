// Every French message, rendered the way the app renders it (next-intl's
// translator over intl-messageformat) with sample values of the right type for
// each ICU argument and every plural/select branch, must follow Québec
// typography: a non-breaking space before ":" ";" "?" "!", the apostrophe ’,
// and "1er" for the first of a month. Email texts live in messages/fr.json too
// (namespace "emails"), so they are covered here.
import { readFileSync } from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

type Messages = { [key: string]: string | Messages };

const fr = JSON.parse(
  readFileSync(path.join(process.cwd(), "messages", "fr.json"), "utf8"),
) as Messages;

function flatten(messages: Messages, prefix = ""): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) => {
    const full = prefix ? `${prefix}.${key}` : key;
    return typeof value === "string" ? [[full, value] as [string, string]] : flatten(value, full);
  });
}

const MONTHS =
  "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|" +
  "janv\\.|févr\\.|avr\\.|juil\\.|sept\\.|oct\\.|nov\\.|déc\\.";
const firstOfMonth = new RegExp(`(?<!\\d)1[ \\u00a0\\u202f](?:${MONTHS})`, "iu");
// An absolute URL ("https://…?a=b") is not prose: its ":" and "?" are syntax.
const url = /\b[a-z][a-z\d+.-]*:\/\/[^\s<>"«»]*/giu;

/** What is wrong with a French text; empty when nothing is. */
function frenchTypographyProblems(text: string): string[] {
  const problems: string[] = [];
  const prose = text.replace(url, (match) => "x".repeat(match.length));
  for (const mark of prose.matchAll(/[:;?!]/gu)) {
    const i = mark.index;
    const before = prose[i - 1] ?? "";
    const after = prose[i + 1] ?? "";
    if (before === "\u00a0" || before === "\u202f") continue;
    // A clock time written with a colon (an <input type="time"> value, "09:30").
    if (mark[0] === ":" && /\d/u.test(before) && /\d/u.test(after)) continue;
    // "?!": the space goes before the first mark only.
    if (/[:;?!]/u.test(before)) continue;
    // "(!, @, #…)": the character is named, it does not end a clause.
    if (before === "(") continue;
    problems.push(
      `no non-breaking space before "${mark[0]}" in "…${text.slice(Math.max(0, i - 20), i + 5)}…"`,
    );
  }
  if (text.includes("'")) problems.push(`ASCII apostrophe in "${text}"`);
  const first = firstOfMonth.exec(text);
  if (first) problems.push(`"${first[0]}" instead of "1er" in "${text}"`);
  return problems;
}

type Ast = ReturnType<IntlMessageFormat["getAst"]>;
type Arg =
  | { kind: "string" }
  | { kind: "number" }
  | { kind: "date" }
  | { kind: "tag" }
  | { kind: "choice"; options: string[] };

/** The arguments of a message and what type of value each takes (types: intl-messageformat's AST). */
function argumentsOf(ast: Ast, found = new Map<string, Arg>()): Map<string, Arg> {
  for (const el of ast) {
    // TYPE: 0 literal, 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural, 7 #, 8 tag.
    switch (el.type) {
      case 1:
        found.set(el.value, { kind: "string" });
        break;
      case 2:
        found.set(el.value, { kind: "number" });
        break;
      case 3:
      case 4:
        found.set(el.value, { kind: "date" });
        break;
      case 5:
      case 6: {
        const options = Object.keys(el.options);
        found.set(el.value, el.type === 6 ? { kind: "number" } : { kind: "choice", options });
        for (const option of Object.values(el.options)) argumentsOf(option.value, found);
        break;
      }
      case 8:
        found.set(el.value, { kind: "tag" });
        argumentsOf(el.children, found);
        break;
    }
  }
  return found;
}

// The first of a month at half past the hour, in the afternoon: it exercises
// "1er", "h 30" and a two-digit hour at once.
const SAMPLE_DATE = new Date("2026-12-01T18:30:00Z");
const SAMPLE_NUMBERS = [0, 1, 2, 21];

function samplesOf(arg: Arg): unknown[] {
  switch (arg.kind) {
    case "string":
      return ["Alex Tremblay"];
    case "number":
      return SAMPLE_NUMBERS;
    case "date":
      return [SAMPLE_DATE];
    case "tag":
      return [(chunks: string) => chunks];
    case "choice":
      return arg.options.map((o) => (o === "other" ? "something-else" : o));
  }
}

/** One set of values per plural count and per select branch, so every branch is rendered. */
function sampleValues(args: Map<string, Arg>): Record<string, unknown>[] {
  let sets: Record<string, unknown>[] = [{}];
  for (const [name, arg] of args) {
    const choices = samplesOf(arg);
    sets = sets.flatMap((set) => choices.map((value) => ({ ...set, [name]: value })));
  }
  return sets;
}

const t = createTranslator({
  locale: "fr",
  messages: fr,
  timeZone: "America/Toronto",
  onError: (error) => {
    throw error;
  },
});

function renderAll(key: string, message: string): string[] {
  const args = argumentsOf(new IntlMessageFormat(message, "fr").getAst());
  const markup = t.markup as (key: string, values: Record<string, unknown>) => string;
  return sampleValues(args).map((values) => markup(key, values));
}

/** ICU's own date and time formats write "1 décembre" and "13:30": dates come formatted by lib/time/format. */
function icuDateArguments(message: string): string[] {
  const args = argumentsOf(new IntlMessageFormat(message, "fr").getAst());
  return [...args].filter(([, arg]) => arg.kind === "date").map(([name]) => name);
}

describe("French typography check", () => {
  it("accepts correct French, URLs and clock times", () => {
    const nb = "\u00a0";
    expect(frenchTypographyProblems(`Quand${nb}: le 1er décembre à 8${nb}h${nb}30`)).toEqual([]);
    expect(frenchTypographyProblems(`Des questions${nb}? Appelez-nous${nb}!`)).toEqual([]);
    expect(frenchTypographyProblems(`Ouvrez https://portail.example/a?b=1;c=2`)).toEqual([]);
    expect(frenchTypographyProblems("Entrez une heure comme 09:30.")).toEqual([]);
    expect(frenchTypographyProblems("un caractère spécial (!, @, #)")).toEqual([]);
    expect(frenchTypographyProblems(`le 21 décembre et le 11 mai`)).toEqual([]);
    expect(frenchTypographyProblems(`Vraiment${nb}?!`)).toEqual([]);
  });

  it("refuses a missing or ordinary space, an ASCII apostrophe and « 1 décembre »", () => {
    expect(frenchTypographyProblems("Quand : demain")).toHaveLength(1);
    expect(frenchTypographyProblems("Quand: demain")).toHaveLength(1);
    expect(frenchTypographyProblems("Prêt ? Oui; non!")).toHaveLength(3);
    expect(frenchTypographyProblems("Allez sur https://x.example : ici")).toHaveLength(1);
    expect(frenchTypographyProblems("l'accueil")).toHaveLength(1);
    expect(frenchTypographyProblems("le 1 décembre")).toHaveLength(1);
    expect(frenchTypographyProblems("le 1\u00a0déc. 2026")).toHaveLength(1);
  });
});

describe("messages/fr.json", () => {
  it("renders every message, every branch, in Québec typography", () => {
    const problems = flatten(fr).flatMap(([key, message]) =>
      [...new Set(renderAll(key, message))].flatMap((text) =>
        frenchTypographyProblems(text).map((problem) => `${key}: ${problem}`),
      ),
    );
    expect(problems).toEqual([]);
  });

  it("takes dates and times already formatted, never as ICU date or time arguments", () => {
    expect(icuDateArguments("le {when, date, long} à {when, time, short}")).toEqual(["when"]);
    const withDates = flatten(fr).flatMap(([key, message]) =>
      icuDateArguments(message).map((name) => `${key}: {${name}}`),
    );
    expect(withDates).toEqual([]);
  });
});
