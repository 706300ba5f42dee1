"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { Card } from "@/components/shell/card";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { appointmentLinkAction } from "@/lib/appointment-link/actions";
import { Link } from "@/lib/i18n/navigation";

const linkProblems = ["used", "expired", "cancelled", "invalid"] as const;
const ruleRefusals = ["notYet", "pastCutoff", "alreadyConfirmed", "notActive", "past"] as const;
type LinkProblem = (typeof linkProblems)[number];
type RuleRefusal = (typeof ruleRefusals)[number];

/**
 * The page's heading and card, and its ONE button (AU-18: the GET only shows
 * it). Cancel pages ask "are you sure?" in their heading and offer Back. Once
 * the button has acted, only the new state is shown: its heading and the
 * summary with the new status, never the question or the old status.
 */
export function AppointmentLinkFlow({
  token,
  action,
  portalHref,
  refusalValues,
  summary,
  summaryAfter,
}: {
  token: string;
  action: "confirm" | "cancel";
  /** The profile's appointments tab (a login first). */
  portalHref: string;
  /** The dates and phone the refusal messages need, formatted by the page. */
  refusalValues: { opensAt: string; until: string; phone: string };
  /** The appointment as it is now. */
  summary: ReactNode;
  /** The same appointment once the action is done (its new status). */
  summaryAfter: ReactNode;
}) {
  const t = useTranslations("appointmentLink");
  const tf = useTranslations("forms");
  const { state, pending, onSubmit } = useActionForm(appointmentLinkAction);
  const code = state && !state.ok ? state.code : null;

  if (state?.ok) {
    return (
      <LinkCard title={t(`doneTitle.${action}`)}>
        {summaryAfter}
        <FormAlert tone="success">{t(`done.${action}`)}</FormAlert>
        <PortalLinks portalHref={portalHref} />
      </LinkCard>
    );
  }
  if (code && (linkProblems as readonly string[]).includes(code)) {
    // The link died meanwhile (used in another tab, the clinic cancelled): what is shown above it may be stale.
    return (
      <LinkCard title={t("problemTitle")}>
        <LinkProblemNotice state={code as LinkProblem} />
      </LinkCard>
    );
  }
  if (code && (ruleRefusals as readonly string[]).includes(code)) {
    return (
      <LinkCard title={t("metaTitle")}>
        {summary}
        <div className="space-y-3">
          <FormAlert tone="error">{t(`refused.${code as RuleRefusal}`, refusalValues)}</FormAlert>
          <PortalLinks portalHref={portalHref} />
        </div>
      </LinkCard>
    );
  }
  return (
    <LinkCard title={t(action === "confirm" ? "confirmTitle" : "cancelTitle")}>
      {summary}
      <p>
        {t(action === "confirm" ? "confirmIntro" : "cancelIntro", { until: refusalValues.until })}
      </p>
      <form onSubmit={onSubmit} className="space-y-4">
        {code && <FormAlert tone="error">{tf(`errors.${code}` as "errors.unexpected")}</FormAlert>}
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="action" value={action} />
        <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
          <SubmitButton
            pending={pending}
            pendingLabel={t(action === "confirm" ? "confirming" : "cancelling")}
            className="w-full sm:w-auto"
          >
            {t(action === "confirm" ? "confirmButton" : "cancelButton")}
          </SubmitButton>
          {action === "cancel" && (
            <Link
              href={portalHref}
              className="inline-flex min-h-11 items-center justify-center rounded-md border border-gray-400 px-4 font-medium text-gray-900 hover:bg-gray-100"
            >
              {t("back")}
            </Link>
          )}
        </div>
      </form>
    </LinkCard>
  );
}

/** The page's heading and its white card, as every state of a link page shows them. */
export function LinkCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <Card padding="roomy" className="space-y-6">
        {children}
      </Card>
    </div>
  );
}

/** Why a link does not work, and where to go instead. */
export function LinkProblemNotice({ state }: { state: LinkProblem }) {
  const t = useTranslations("appointmentLink");
  return (
    <div className="space-y-3">
      <FormAlert tone="error">{t(`problem.${state}`)}</FormAlert>
      <PortalLinks portalHref="/dashboard" />
    </div>
  );
}

export function PortalLinks({ portalHref }: { portalHref: string }) {
  const t = useTranslations("appointmentLink");
  return (
    <ul className="space-y-1">
      <li>
        <Link
          href={portalHref}
          className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
        >
          {t("toPortal")}
        </Link>
      </li>
      <li>
        <Link href="/login" className="inline-flex min-h-11 items-center text-brand-700 underline">
          {t("toLogin")}
        </Link>
      </li>
    </ul>
  );
}
