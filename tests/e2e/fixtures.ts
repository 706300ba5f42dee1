// The e2e test API: import { test, expect } from "./fixtures".
//  - every test fails if the page reported a CSP violation (HD-1), or if next-intl
//    logged an error in the browser (a client component translating with a
//    namespace its <ClientMessages> did not send logs MISSING_MESSAGE);
//  - `mailbox` reads the app's local mailbox (GET /api/dev/mailbox?to=…);
//  - `expectNoAxeViolations(page)` runs axe with the WCAG 2.2 AA tag set;
//  - `login(page, email, password, locale)` and `setViewport(page, "mobile")`.
// Locate by role and label; never a fixed sleep or a wait for network silence.
import AxeBuilder from "@axe-core/playwright";
import {
  test as base,
  expect,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type Page,
} from "@playwright/test";

export { expect };

// ---------------------------------------------------------------- axe (WCAG)

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Fails with a readable list of violations.
 * `context`: words naming what was checked ("dashboard fr 360"), shown in the failure;
 * `include`: a CSS selector to check only part of the page.
 */
export async function expectNoAxeViolations(
  page: Page,
  options: { context?: string; include?: string; disableRules?: string[] } = {},
) {
  // Legacy mode runs axe inside the page itself. The default mode opens a
  // sibling page to merge frame results, which fails for pages made with
  // browser.newPage(); the portal has no cross-origin frames to merge.
  // After a client navigation Next sets the new page's <title> a moment after
  // its content: a scan in between reports "document-title" for a page that has one.
  await expect(page).toHaveTitle(/\S/);
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true);
  if (options.include) builder = builder.include(options.include);
  if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
  const { violations } = await builder.analyze();
  const report = violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map(
          (n) =>
            `      ${n.target.join(" ")}\n        ${(n.failureSummary ?? "").replaceAll("\n", "\n        ")}`,
        )
        .join("\n");
      const more = v.nodes.length > 5 ? `\n      …and ${v.nodes.length - 5} more` : "";
      return `  [${v.impact ?? "?"}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}${more}`;
    })
    .join("\n");
  const where = options.context ? `${options.context} (${page.url()})` : page.url();
  expect(
    violations.length,
    `axe found ${violations.length} violation(s) on ${where}:\n${report}`,
  ).toBe(0);
}

// ---------------------------------------------------------------- mailbox

export type MailboxAttachment = { filename: string; contentType: string; content: string };
export type MailboxMessage = {
  id: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  attachments: MailboxAttachment[];
  createdAt: string;
};

export type Mailbox = {
  /** Messages to `to`, newest first. */
  list(to: string): Promise<MailboxMessage[]>;
  /** Polls until a message to `to` whose subject matches arrives (emails are sent outside the request). */
  waitFor(
    query: { to: string; subject?: string | RegExp; after?: Date },
    timeoutMs?: number,
  ): Promise<MailboxMessage>;
  /** The http(s) links of a message's text part, in order. */
  links(message: MailboxMessage): string[];
};

function createMailbox(request: APIRequestContext): Mailbox {
  const list = async (to: string) => {
    const response = await request.get(`/api/dev/mailbox?to=${encodeURIComponent(to)}`);
    expect(response.status(), `GET /api/dev/mailbox answered ${response.status()}`).toBe(200);
    const body = (await response.json()) as { messages: MailboxMessage[] };
    return body.messages;
  };
  const matches = (m: MailboxMessage, query: { subject?: string | RegExp; after?: Date }) =>
    (query.subject === undefined ||
      (typeof query.subject === "string"
        ? m.subject.includes(query.subject)
        : query.subject.test(m.subject))) &&
    (query.after === undefined || new Date(m.createdAt) >= query.after);

  return {
    list,
    async waitFor(query, timeoutMs = 15_000) {
      let found: MailboxMessage | undefined;
      await expect
        .poll(
          async () => {
            found = (await list(query.to)).find((m) => matches(m, query));
            return found !== undefined;
          },
          {
            message: `no email to ${query.to} with subject ${String(query.subject ?? "(any)")}`,
            timeout: timeoutMs,
          },
        )
        .toBe(true);
      return found as MailboxMessage;
    },
    links(message) {
      return [...message.text.matchAll(/https?:\/\/[^\s<>"')\]]+/g)].map((m) => m[0]);
    },
  };
}

// ---------------------------------------------------------------- login, viewports

const LOGIN_LABELS = {
  en: { email: "Email", password: "Password", submit: "Log in" },
  fr: { email: "Courriel", password: "Mot de passe", submit: "Se connecter" },
} as const;

export type Locale = keyof typeof LOGIN_LABELS;

/**
 * Fills the login form by its labels and submits; waits until the page has left /login.
 * `{ here: true }`: the login page is already open (a redirect brought the visitor there).
 */
export async function login(
  page: Page,
  email: string,
  password: string,
  locale: Locale = "en",
  options: { here?: boolean } = {},
) {
  const labels = LOGIN_LABELS[locale];
  if (!options.here) await page.goto(`/${locale}/login`);
  await page.getByLabel(labels.email, { exact: true }).fill(email);
  await page.getByLabel(labels.password, { exact: true }).fill(password);
  await page.getByRole("button", { name: labels.submit, exact: true }).click();
  await expect(page).not.toHaveURL(/\/login(?:[?#]|$)/);
}

/**
 * Opens the header's menu where the page shows one (phones: the sidebar is in it);
 * on wide screens the sidebar is always there and this does nothing.
 */
export async function openPhoneMenu(page: Page) {
  // Below md (768 px) the navigation sits behind the menu button. Right after a
  // page load the button may not be hydrated yet, and a click then does nothing:
  // click until the menu says it is open.
  if ((page.viewportSize()?.width ?? 1280) >= 768) return;
  const button = page.getByRole("banner").getByRole("button", { name: /^Menu\b/ });
  await expect(async () => {
    if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
    await expect(button).toHaveAttribute("aria-expanded", "true", { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

/** Selects one of the account's other profiles from the sidebar's name card, and waits until the portal shows it. */
export async function selectProfile(page: Page, locale: Locale, name: string) {
  await openPhoneMenu(page);
  await page
    .getByRole("link", { name: locale === "en" ? `Switch to ${name}` : `Passer à ${name}` })
    .click();
  await expect(page.locator("#current-profile")).toHaveText(name);
}

export const VIEWPORTS = {
  phone320: { width: 320, height: 800 },
  mobile: { width: 360, height: 800 },
  phone390: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;

export async function setViewport(page: Page, size: keyof typeof VIEWPORTS) {
  await page.setViewportSize(VIEWPORTS[size]);
}

// ---------------------------------------------------------------- CSP (HD-1)

export type CspViolation = { directive: string; blockedURI: string; source: string; page: string };

type Fixtures = {
  mailbox: Mailbox;
  /** Violations seen so far in this test; the test fails at its end if any. */
  cspViolations: CspViolation[];
};

// The codes of next-intl's errors, which its default onError logs with console.error.
const INTL_ERROR =
  /\b(?:MISSING_MESSAGE|INVALID_MESSAGE|INVALID_KEY|FORMATTING_ERROR|INSUFFICIENT_PATH|MISSING_FORMAT|ENVIRONMENT_FALLBACK)\b/;

/**
 * Collects the CSP violations of every page of `context` into `violations`,
 * and next-intl's errors into `intlErrors`.
 */
async function watchPages(
  context: BrowserContext,
  violations: CspViolation[],
  intlErrors: string[],
) {
  // Exposed through the DevTools protocol, so the page's CSP cannot block it.
  await context.exposeBinding("__reportCspViolation", ({ page }, v: Omit<CspViolation, "page">) => {
    violations.push({ ...v, page: page.url() });
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __reportCspViolation?: (v: unknown) => void })
        .__reportCspViolation;
      report?.({
        directive: e.effectiveDirective || e.violatedDirective,
        blockedURI: e.blockedURI,
        source: `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
      });
    });
  });
  // Chromium also logs violations the DOM event does not reach (e.g. in workers).
  context.on("console", (message) => {
    if (message.type() === "error" && INTL_ERROR.test(message.text())) {
      intlErrors.push(`${message.text().split("\n")[0]} on ${message.page()?.url() ?? ""}`);
    }
    if (message.type() === "error" && message.text().includes("Content Security Policy")) {
      violations.push({
        directive: "(console)",
        blockedURI: "",
        source: message.text(),
        page: message.page()?.url() ?? "",
      });
    }
  });
}

export const test = base.extend<Fixtures>({
  cspViolations: [
    async ({ context, browser }, use) => {
      const violations: CspViolation[] = [];
      const intlErrors: string[] = [];
      await watchPages(context, violations, intlErrors);
      // Contexts and pages a test opens itself (a second user, a stolen
      // cookie…) are watched too, for the duration of the test.
      const { newContext, newPage } = browser;
      browser.newContext = async (...args: Parameters<Browser["newContext"]>) => {
        const created = await newContext.apply(browser, args);
        await watchPages(created, violations, intlErrors);
        return created;
      };
      browser.newPage = async (...args: Parameters<Browser["newPage"]>) => {
        // Same as Playwright's own newPage: a context owned by its page.
        const created = await browser.newContext(...args);
        const page = await created.newPage();
        page.on("close", () => void created.close());
        return page;
      };
      try {
        await use(violations);
      } finally {
        browser.newContext = newContext;
        browser.newPage = newPage;
      }
      expect(
        violations,
        `CSP violations (HD-1):\n${violations.map((v) => `  ${v.directive} blocked ${v.blockedURI || "(inline)"} at ${v.source} on ${v.page}`).join("\n")}`,
      ).toEqual([]);
      expect(intlErrors, `next-intl errors in the browser:\n  ${intlErrors.join("\n  ")}`).toEqual(
        [],
      );
    },
    { auto: true },
  ],

  mailbox: async ({ request }, use) => {
    await use(createMailbox(request));
  },
});
