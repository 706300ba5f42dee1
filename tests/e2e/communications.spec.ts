// Messages, documents and bills through the UI, in both languages, once each:
// staff send a document that allows one reply → the patient sees the counter,
// opens the emailed link while logged out, logs in and lands on the thread,
// views the PDF, replies once; a second reply (from a second tab) is refused;
// staff see the reply in their inbox. A French patient's bill PDF downloads
// with the amount and French labels. Every new page passes axe at 360 and 1280 px.
import { readFileSync } from "node:fs";
import path from "node:path";
import { extractText } from "unpdf";
import type { Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../lib/demo/credentials";
import {
  expect,
  expectNoAxeViolations,
  login,
  setViewport,
  test,
  VIEWPORTS,
  type Locale,
} from "./fixtures";

const copy = {
  en: {
    // Jean Gagnon: the demo's English patient.
    patient: { email: DEMO_ACCOUNTS.adult, search: "Gagnon", row: /Jean/ },
    compose: "New communication",
    newBill: "New bill",
    subjectLabel: "Subject",
    bodyLabel: "Message",
    document: /^Document/,
    once: "Once",
    files: "PDF files",
    send: "Send",
    sent: /The communication was sent/,
    emailSubject: /New document/,
    inbox: /^Inbox/,
    unread: /unread/,
    open: (name: string) => `Open ${name}`,
    replyLabel: "Your reply",
    replySend: "Send",
    confirm: "I have read and understood the disclaimer",
    you: "You",
    replied: /You have replied/,
    alreadyReplied: /replied already/,
    staffInbox: "Inbox",
    userGuide: "Get the user guide",
  },
  fr: {
    // Sophie Tremblay: the demo's French parent.
    patient: { email: DEMO_ACCOUNTS.patient, search: "Tremblay", row: /Sophie/ },
    compose: "Nouvelle communication",
    newBill: "Nouvelle facture",
    subjectLabel: "Objet",
    bodyLabel: "Message",
    document: /^Document/,
    once: "Une fois",
    files: "Fichiers PDF",
    send: "Transmettre",
    sent: /La communication a été transmise/,
    emailSubject: /Nouveau document/,
    inbox: /^Boîte de réception/,
    unread: /non lu/,
    open: (name: string) => `Ouvrir ${name}`,
    replyLabel: "Votre réponse",
    replySend: "Envoyer",
    confirm: "J’ai lu et compris l’avertissement",
    you: "Vous",
    replied: /Vous avez répondu/,
    alreadyReplied: /déjà répondu/,
    staffInbox: "Boîte de réception",
    userGuide: "Obtenir le guide d’utilisation",
  },
} as const;

const PDF = readFileSync(path.join(process.cwd(), "lib/demo/consent-form.pdf"));

async function axeAtBothWidths(page: Page, context: string) {
  for (const size of Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[]) {
    await setViewport(page, size);
    await expectNoAxeViolations(page, { context: `${context} ${VIEWPORTS[size].width}` });
  }
}

for (const locale of ["en", "fr"] as Locale[]) {
  const t = copy[locale];

  test(`${locale}: staff send a document allowing one reply; the patient opens it from the email, views the PDF and replies once; staff read the reply`, async ({
    page,
    browser,
    mailbox,
  }) => {
    test.setTimeout(240_000);
    const subject = `E2E ${locale} ${Date.now().toString(36)}`;
    const fileName = `form-${locale}.pdf`;
    const sentAfter = new Date(Date.now() - 1000);

    // Staff compose from the patient's page.
    await login(page, DEMO_ACCOUNTS.staff, DEMO_PASSWORD, locale);
    await page.goto(`/${locale}/admin/patients?q=${t.patient.search}`);
    await page.getByRole("link", { name: t.patient.row }).click();
    await page
      .getByRole("navigation", { name: locale === "fr" ? "Dossier du patient" : "Patient record" })
      .getByRole("link", { name: "Communications" })
      .click();
    // The new-bill page, scanned on the way (bills are entered and tested in integration).
    await page.getByRole("link", { name: t.newBill }).click();
    await axeAtBothWidths(page, `new bill ${locale}`);
    await page.goBack();
    await page.getByRole("link", { name: t.compose }).click();
    await axeAtBothWidths(page, `compose ${locale}`);
    await page.getByRole("textbox", { name: new RegExp(`^${t.subjectLabel}`) }).fill(subject);
    await page
      .getByRole("textbox", { name: new RegExp(`^${t.bodyLabel}`) })
      .fill("Please sign and bring this form.");
    await page.getByRole("radio", { name: t.document }).check();
    await page.getByRole("radio", { name: t.once, exact: true }).check();
    await page
      .getByLabel(t.files)
      .setInputFiles({ name: fileName, mimeType: "application/pdf", buffer: PDF });
    await page.getByRole("button", { name: t.send, exact: true }).click();
    await expect(page.getByText(t.sent)).toBeVisible();
    await page.context().clearCookies();

    // The patient sees the counter, then logs out.
    await login(page, t.patient.email, DEMO_PASSWORD, locale);
    await expect(
      page.getByRole("navigation").getByRole("link", { name: t.inbox }).first(),
    ).toHaveAccessibleName(t.unread);
    // The user guide is one link away, at the bottom of the sidebar.
    await expect(page.getByRole("link", { name: t.userGuide })).toHaveAttribute(
      "href",
      `/${locale}/help`,
    );
    await page.goto(`/${locale}/inbox`);
    await expect(page.getByRole("link", { name: new RegExp(subject) })).toBeVisible();
    await axeAtBothWidths(page, `inbox ${locale}`);
    await page.context().clearCookies();

    // The emailed link, opened logged out: login first, then the thread itself.
    const email = await mailbox.waitFor({
      to: t.patient.email,
      subject: t.emailSubject,
      after: sentAfter,
    });
    expect(email.text).not.toContain("Please sign and bring this form.");
    const link = mailbox
      .links(email)
      .find((l) => /\/(documents|inbox)\/[^/?#]+\?profile=[^&#]+$/.test(l));
    expect(link, "the email links to the thread").toBeDefined();
    await page.goto(link!);
    await expect(page).toHaveURL(/\/login/);
    await login(page, t.patient.email, DEMO_PASSWORD, locale, { here: true });
    await expect(page).toHaveURL(new URL(link!).pathname + new URL(link!).search);
    await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();

    // The PDF opens in a new tab from the portal's own route.
    const open = page.getByRole("link", { name: new RegExp(t.open(fileName)) });
    await expect(open).toHaveAttribute("target", "_blank");
    const pdf = await page.request.get((await open.getAttribute("href"))!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect(Buffer.from(await pdf.body()).equals(PDF)).toBe(true);

    // A second tab keeps the form open, to try a second reply after the first.
    const second = await page.context().newPage();
    await second.goto(page.url());
    await axeAtBothWidths(page, `thread ${locale}`);
    const send = page.getByRole("button", { name: t.replySend, exact: true });
    await page.getByLabel(t.replyLabel).fill(`Signed, thank you (${locale}).`);
    await expect(send).toBeDisabled();
    await page.getByRole("checkbox", { name: t.confirm }).check();
    await send.click();
    await expect(page.getByText(`Signed, thank you (${locale}).`)).toBeVisible();
    await expect(page.getByText(t.replied)).toBeVisible();

    await second.getByLabel(t.replyLabel).fill("A second reply");
    await second.getByRole("checkbox", { name: t.confirm }).check();
    await second.getByRole("button", { name: t.replySend, exact: true }).click();
    await expect(second.getByRole("alert").filter({ hasText: t.alreadyReplied })).toBeVisible();
    // Refused, and what was typed is still there.
    await expect(second.getByLabel(t.replyLabel)).toHaveValue("A second reply");
    await second.close();
    await page.context().clearCookies();

    // Staff find the reply in their inbox.
    const staff = await browser.newPage();
    await login(staff, DEMO_ACCOUNTS.staff, DEMO_PASSWORD, locale);
    await staff.goto(`/${locale}/admin/inbox`);
    await axeAtBothWidths(staff, `staff inbox ${locale}`);
    await staff.getByRole("link", { name: new RegExp(subject) }).click();
    await expect(staff.getByText(`Signed, thank you (${locale}).`)).toBeVisible();
    await axeAtBothWidths(staff, `staff thread ${locale}`);
    await staff.close();
  });
}

test("fr: a French patient's bill downloads as a PDF with the amount and French labels", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await login(page, DEMO_ACCOUNTS.patient, DEMO_PASSWORD, "fr");
  await page.goto("/fr/bills");
  await axeAtBothWidths(page, "bills fr");
  await page.getByRole("link", { name: /F-2026-0142/ }).click();
  await axeAtBothWidths(page, "bill thread fr");
  const download = page.getByRole("link", { name: "Télécharger la facture" });
  const response = await page.request.get((await download.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toMatch(
    /^attachment; filename="facture-F-2026-0142\.pdf"/,
  );
  const { text } = await extractText(new Uint8Array(await response.body()), { mergePages: true });
  expect(text).toContain("Facture");
  expect(text).toContain("TVQ");
  // 25,00 $ + TPS 1,25 $ + TVQ 2,49 $.
  expect(text).toMatch(/28,74\s\$/);
  // Documents and Sent, and the new-message page, in both languages.
  for (const locale of ["fr", "en"] as Locale[]) {
    for (const box of ["documents", "sent", "sent/new"]) {
      await page.goto(`/${locale}/${box}`);
      await axeAtBothWidths(page, `${box} ${locale}`);
    }
  }
});
