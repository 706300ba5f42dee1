"use client";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { appointmentLinkAction } from "@/lib/appointment-link/actions";
import { Link } from "@/lib/i18n/navigation";

const linkProblems = ["used", "expired", "cancelled", "invalid"] as const;
const ruleRefusals = ["notYet", "pastCutoff", "alreadyConfirmed", "notActive", "past"] as const;
type LinkProblem = (typeof linkProblems)[number];
type RuleRefusal = (typeof ruleRefusals)[number];

/**
 * The ONE button of the page (AU-18: the GET only shows it). Cancel pages ask
 * "are you sure?" in their heading and offer Back.
 */
export function AppointmentLinkForm({
  token,
  action,
  portalHref,
  refusalValues,
}: {
  token: string;
  action: "confirm" | "cancel";
  /** The profile's appointments tab (a login first). */
  portalHref: string;
  /** The dates and phone the refusal messages need, formatted by the page. */
  refusalValues: { opensAt: string; until: string; phone: string };
}) {
  const t = useTranslations("appointmentLink");
  const tf = useTranslations("forms");
  const { state, pending, onSubmit } = useActionForm(appointmentLinkAction);

  if (state?.ok) {
    return (
      <div className="space-y-3">
        <FormAlert tone="success">{t(`done.${action}`)}</FormAlert>
        <PortalLinks portalHref={portalHref} />
      </div>
    );
  }
  const code = state && !state.ok ? state.code : null;
  if (code && (linkProblems as readonly string[]).includes(code))
    return <LinkProblemNotice state={code as LinkProblem} />;
  if (code && (ruleRefusals as readonly string[]).includes(code)) {
    return (
      <div className="space-y-3">
        <FormAlert tone="error">{t(`refused.${code as RuleRefusal}`, refusalValues)}</FormAlert>
        <PortalLinks portalHref={portalHref} />
      </div>
    );
  }
  return (
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
