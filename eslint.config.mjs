// ESLint 9 flat config (`npm run lint` = `eslint .`; `next lint` is gone in Next 16).
// Next's core-web-vitals + TypeScript presets, plus the project's boundaries:
//  - the database is reached only from a domain's data.ts / mutations.ts (and lib/db/**):
//    they alone import the Prisma types and call db() (lib/demo/** may call db() too);
//  - IN-2: raw SQL escape hatches and dangerouslySetInnerHTML need a disable
//    comment that says why they are safe.
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const UNSAFE_RULE = "portal/no-unsafe-raw";
const UNSAFE_MEMBERS = new Set(["$queryRawUnsafe", "$executeRawUnsafe"]);

/** @type {import("eslint").ESLint.Plugin} */
const portal = {
  rules: {
    "no-unsafe-raw": {
      meta: {
        type: "problem",
        docs: {
          description: "IN-2: ban $queryRawUnsafe, $executeRawUnsafe and dangerouslySetInnerHTML",
        },
        messages: {
          raw: "IN-2: {{name}} builds SQL from a string. Use the tagged $queryRaw/$executeRaw (parameters are bound), or, if no input can reach the string, add `// eslint-disable-next-line portal/no-unsafe-raw -- <why it is safe>`.",
          html: "IN-2: dangerouslySetInnerHTML renders markup unescaped. Render text, or, if the HTML is trusted, add `// eslint-disable-next-line portal/no-unsafe-raw -- <why it is safe>`.",
        },
        schema: [],
      },
      create(context) {
        const memberName = (node) =>
          node.computed
            ? node.property.type === "Literal"
              ? node.property.value
              : undefined
            : node.property.name;
        return {
          MemberExpression(node) {
            const name = memberName(node);
            if (UNSAFE_MEMBERS.has(name))
              context.report({ node: node.property, messageId: "raw", data: { name } });
          },
          JSXAttribute(node) {
            if (node.name.name === "dangerouslySetInnerHTML")
              context.report({ node, messageId: "html" });
          },
          Property(node) {
            const key = node.key.type === "Identifier" ? node.key.name : node.key.value;
            if (key === "dangerouslySetInnerHTML")
              context.report({ node: node.key, messageId: "html" });
          },
        };
      },
    },
    "disable-needs-reason": {
      meta: {
        type: "problem",
        docs: {
          description:
            "IN-2: a disable comment that can cover no-unsafe-raw must give a reason after `--`",
        },
        messages: {
          reason:
            "IN-2: this eslint-disable comment can silence {{rule}}: say why the code is safe after ` -- `.",
        },
        schema: [],
      },
      create(context) {
        return {
          Program() {
            for (const comment of context.sourceCode.getAllComments()) {
              const match = /^\s*eslint-disable(?:-line|-next-line)?(?=\s|$)([\s\S]*)$/.exec(
                comment.value,
              );
              if (!match) continue;
              const [rulesPart, ...reasonParts] = match[1].split(/\s-{2,}\s/);
              const reason = reasonParts.join(" ").trim();
              const rules = rulesPart
                .split(",")
                .map((rule) => rule.trim())
                .filter(Boolean);
              const covers = rules.length === 0 || rules.includes(UNSAFE_RULE);
              if (covers && !reason) {
                context.report({
                  loc:
                    rules.length || comment.type === "Line" ? comment.loc : { line: 1, column: 0 },
                  messageId: "reason",
                  data: { rule: rules.length ? UNSAFE_RULE : "every rule" },
                });
              }
            }
          },
        };
      },
    },
  },
};

// The database boundary: queries live in a domain's data.ts (reads) and
// mutations.ts (writes), which select fields, scope the WHERE clause and own
// their transactions; everything else calls them. Both restrictions are ONE
// no-restricted-imports setting per file: in flat config a later object that
// sets the same rule replaces the earlier one's options instead of merging.
const queryModules = ["lib/db/**", "**/data.ts", "**/mutations.ts"];
const testFiles = ["tests/**", "**/*.test.ts", "**/*.test.tsx"];

const prismaMessage =
  "The Prisma client and its types are imported only by lib/db/** and a domain's data.ts or mutations.ts: call those instead (they select fields and check scope).";
const prismaTypes = {
  paths: [{ name: "@prisma/client", message: prismaMessage }],
  patterns: [
    {
      group: [
        "@prisma/client/*",
        "@/lib/db/generated",
        "@/lib/db/generated/*",
        "**/db/generated",
        "**/db/generated/*",
      ],
      message: prismaMessage,
    },
    // lib/db/client re-exports the Prisma namespace: the same types by another door.
    { group: ["**/db/client", "**/db/client.ts"], importNames: ["Prisma"], message: prismaMessage },
  ],
};

// closeDb (process shutdown, scripts) and the client types (to pass a caller's
// transaction along) reach no query by themselves; db() and anything added later
// do. (Prisma is the types' boundary, above.)
const dbClient = {
  group: ["**/db/client", "**/db/client.ts"],
  allowImportNames: ["closeDb", "Db", "DbClient", "Prisma"],
  message:
    "db() is called only from a domain's data.ts (reads) or mutations.ts (writes), lib/db/** and lib/demo/**: add or reuse a query there and call it.",
};

const config = [
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      ".data/**",
      ".tmp/**",
      "coverage/**",
      "test-results/**",
      "playwright-report/**",
      "lib/db/generated/**",
      "next-env.d.ts",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    plugins: { portal },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "portal/no-unsafe-raw": "error",
      "portal/disable-needs-reason": "error",
    },
  },
  {
    // The demo seed and the test factories write through db() but, like every
    // module outside the query modules, import no Prisma types.
    files: ["lib/demo/**"],
    rules: { "no-restricted-imports": ["error", prismaTypes] },
  },
  {
    files: ["**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}"],
    // Tests are exempt: data tests need the client's error classes and types, and seed with db().
    ignores: [...queryModules, "lib/demo/**", ...testFiles],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: prismaTypes.paths, patterns: [...prismaTypes.patterns, dbClient] },
      ],
    },
  },
  {
    // An AuthorizedProfileId is minted only by the named checks in lib/access
    // (authorizeProfile, authorizeClinicProfile, authorizeLinkHolder): a cast
    // anywhere else would be patient data read without the access check.
    files: ["**/*.{ts,tsx}"],
    ignores: ["lib/access/**", "tests/**", "**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "TSAsExpression[typeAnnotation.typeName.name='AuthorizedProfileId']",
          message:
            "Only lib/access issues an AuthorizedProfileId: call authorizeProfile, authorizeClinicProfile or authorizeLinkHolder.",
        },
      ],
    },
  },
  {
    // Playwright fixtures call their callback `use`, which is not React's hook.
    files: ["tests/e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
];

export default config;
