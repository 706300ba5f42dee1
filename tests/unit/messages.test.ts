// messages/en.json and messages/fr.json must hold the same keys (deep, every
// namespace), no empty value, and the same ICU arguments and rich-text tags
// for each key: a French sentence that drops `{count}` or renames `<link>`
// breaks at run time, in one language only.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

type Messages = { [key: string]: string | Messages };
const LOCALES = ["en", "fr"] as const;

function load(locale: string): Messages {
  return JSON.parse(
    readFileSync(path.join(process.cwd(), "messages", `${locale}.json`), "utf8"),
  ) as Messages;
}

/** "a.b.c" → value; non-string leaves are reported as they are. */
function flatten(messages: Messages, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(messages)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === "object" && !Array.isArray(value)) {
      for (const [k, v] of flatten(value, full)) out.set(k, v);
    } else {
      out.set(full, value);
    }
  }
  return out;
}

/**
 * The arguments ("name" or "name:plural"…) and rich-text tags ("<link>") of an
 * ICU message, sorted. Throws on unbalanced braces. Follows ICU apostrophe
 * quoting: '' is a literal quote, '{…}' is literal text, a lone ' is literal.
 */
function icuSignature(message: string): string[] {
  const found = new Set<string>();
  let i = 0;

  function skipQuote(inPlural: boolean): boolean {
    if (message[i] !== "'") return false;
    const next = message[i + 1];
    if (next === "'") {
      i += 2;
      return true;
    }
    if (next !== undefined && ("{}<>".includes(next) || (inPlural && next === "#"))) {
      const end = message.indexOf("'", i + 1);
      i = end === -1 ? message.length : end + 1;
      return true;
    }
    return false;
  }

  /** Reads text until the closing "}" of the enclosing sub-message (or the end). */
  function text(depth: number, inPlural: boolean) {
    while (i < message.length) {
      if (skipQuote(inPlural)) continue;
      const ch = message[i];
      if (ch === "{") argument();
      else if (ch === "}") {
        if (depth === 0) throw new Error(`unexpected "}" at ${i}`);
        return;
      } else if (ch === "<") {
        const tag = /^<\/?([A-Za-z][\w-]*)>/.exec(message.slice(i));
        if (tag) {
          if (!tag[0].startsWith("</")) found.add(`<${tag[1]}>`);
          i += tag[0].length;
        } else i++;
      } else i++;
    }
    if (depth > 0) throw new Error('unclosed "{"');
  }

  function argument() {
    i++; // "{"
    const close = /[,}]/.exec(message.slice(i));
    if (!close) throw new Error('unclosed "{"');
    const name = message.slice(i, i + close.index).trim();
    if (!/^[\w-]+$/.test(name)) throw new Error(`bad argument name "${name}"`);
    i += close.index;
    if (message[i] === "}") {
      found.add(name);
      i++;
      return;
    }
    i++; // ","
    const typeEnd = /[,}]/.exec(message.slice(i));
    if (!typeEnd) throw new Error(`unclosed argument "${name}"`);
    const type = message.slice(i, i + typeEnd.index).trim();
    found.add(`${name}:${type}`);
    i += typeEnd.index;
    if (message[i] === "}") {
      i++;
      return;
    }
    i++; // ","
    if (type === "plural" || type === "selectordinal" || type === "select") {
      // Selectors ("=0", "one", "other", "offset:1") each followed by {sub-message}.
      while (i < message.length && message[i] !== "}") {
        const open = message.indexOf("{", i);
        const closeAt = message.indexOf("}", i);
        if (open === -1 || (closeAt !== -1 && closeAt < open)) {
          i = closeAt === -1 ? message.length : closeAt;
          break;
        }
        i = open + 1;
        text(1, type !== "select");
        if (message[i] !== "}") throw new Error(`unclosed option in "${name}"`);
        i++;
      }
    } else {
      // number/date/time style: skip to the matching "}".
      const end = message.indexOf("}", i);
      i = end === -1 ? message.length : end;
    }
    if (message[i] !== "}") throw new Error(`unclosed argument "${name}"`);
    i++;
  }

  text(0, false);
  return [...found].sort();
}

const flat = Object.fromEntries(LOCALES.map((locale) => [locale, flatten(load(locale))])) as Record<
  (typeof LOCALES)[number],
  Map<string, unknown>
>;

describe("messages/*.json", () => {
  it("reads ICU arguments, plurals and tags", () => {
    expect(icuSignature("Hello {name}")).toEqual(["name"]);
    expect(
      icuSignature("{count, plural, =0 {none} one {# visit with {who}} other {# visits}}"),
    ).toEqual(["count:plural", "who"]);
    expect(icuSignature("Read the <link>terms</link>")).toEqual(["<link>"]);
    expect(icuSignature("Guide d'utilisation")).toEqual([]);
    expect(icuSignature("Type '{name}' literally")).toEqual([]);
    expect(() => icuSignature("Broken {name")).toThrow();
  });

  for (const [locale, other] of [
    ["en", "fr"],
    ["fr", "en"],
  ] as const) {
    it(`every key in ${locale}.json exists in ${other}.json`, () => {
      const missing = [...flat[locale].keys()].filter((key) => !flat[other].has(key));
      expect(missing, `keys missing from messages/${other}.json`).toEqual([]);
    });
  }

  it("has no empty or non-string value", () => {
    const bad = LOCALES.flatMap((locale) =>
      [...flat[locale]]
        .filter(([, value]) => typeof value !== "string" || value.trim() === "")
        .map(([key]) => `${locale}: ${key}`),
    );
    expect(bad, "empty or non-string messages").toEqual([]);
  });

  it("uses the same ICU arguments and tags in both languages", () => {
    const problems: string[] = [];
    for (const [key, en] of flat.en) {
      const fr = flat.fr.get(key);
      if (typeof en !== "string" || typeof fr !== "string") continue;
      let enSig: string[];
      let frSig: string[];
      try {
        enSig = icuSignature(en);
      } catch (error) {
        problems.push(`en: ${key}: invalid ICU (${(error as Error).message})`);
        continue;
      }
      try {
        frSig = icuSignature(fr);
      } catch (error) {
        problems.push(`fr: ${key}: invalid ICU (${(error as Error).message})`);
        continue;
      }
      if (enSig.join() !== frSig.join())
        problems.push(`${key}: en {${enSig.join(", ")}} ≠ fr {${frSig.join(", ")}}`);
    }
    expect(problems).toEqual([]);
  });
});
