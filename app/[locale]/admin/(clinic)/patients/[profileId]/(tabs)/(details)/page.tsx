import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { InlineAction } from "@/components/admin/inline-action";
import { Card } from "@/components/shell/card";
import { ProfileDetails } from "@/components/profiles/profile-details";
import { Section } from "@/components/shell/section";
import { SendInvitationForm } from "@/components/admin/send-invitation-form";
import { AssignedPractitionerForm } from "@/components/catalog/assigned-practitioner-form";
import { loadAssignedPractitioner } from "@/lib/catalog/loaders";
import {
  resetPatientPasswordAction,
  revokeInvitationAction,
  setPatientLockedAction,
} from "@/lib/admin/actions";
import { loadClinicInvitationDays, loadPatient } from "@/lib/admin/loaders";
import { patientTabTitle } from "../tab-title";
import { loadClinicTimeZone, requireClinic } from "@/lib/clinic/loaders";
import { formatInstant } from "@/lib/time/format";
import { ClientMessages } from "@/components/i18n/client-messages";
import { inlineActionMessages, sendInvitationFormMessages } from "@/components/admin/messages";
import { assignedPractitionerFormMessages } from "@/components/catalog/messages";
import { FormAlert } from "@/components/forms/form-alert";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ profileId: string }>;
}): Promise<Metadata> {
  return patientTabTitle((await params).profileId, "details");
}

export default async function PatientPage({
  params,
  searchParams,
}: {
  params: Promise<{ profileId: string }>;
  searchParams: Promise<{ updated?: string }>;
}) {
  const [{ profileId }, { updated }] = await Promise.all([params, searchParams]);
  const patient = await loadPatient(profileId);
  const [t, tc, locale, timeZone, days, assignment, tAssign, clinic, tEdit] = await Promise.all([
    getTranslations("adminPatients"),
    getTranslations("common"),
    getLocale(),
    loadClinicTimeZone(),
    loadClinicInvitationDays(),
    loadAssignedPractitioner(patient.id),
    getTranslations("adminCatalog.assignment"),
    requireClinic(),
    getTranslations("adminPatientEdit"),
  ]);
  const date = (d: Date) => formatInstant(d, locale, timeZone, "shortDate");
  const lastEmail = patient.invitations[0]?.email ?? "";
  // Its forms are client components throughout the page: one provider for all of them.
  const formMessages = [
    ...inlineActionMessages,
    ...sendInvitationFormMessages,
    ...assignedPractitionerFormMessages,
  ];
  return (
    <ClientMessages namespaces={formMessages}>
      <div className="space-y-8">
        {updated === "1" && <FormAlert tone="success">{tEdit("saved")}</FormAlert>}
        <Section
          heading={t("profileTitle")}
          className="space-y-3"
          actions={
            <Link
              href={`/admin/patients/${patient.id}/edit`}
              className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline"
            >
              {tEdit("editLink")}
            </Link>
          }
        >
          <Card padding="compact">
            <ProfileDetails
              profile={patient}
              locale={locale}
              layout="stacked"
              extra={
                clinic.collectsHealthCard
                  ? [
                      {
                        term: tEdit("healthCardNumber"),
                        detail: patient.healthCardNumber ?? "—",
                      },
                    ]
                  : []
              }
            />
          </Card>
        </Section>
        <Section heading={tAssign("title")} className="space-y-3">
          <Card className="max-w-lg">
            <AssignedPractitionerForm
              profileId={patient.id}
              current={assignment.current}
              choices={assignment.choices}
            />
          </Card>
        </Section>
        <Section heading={t("accountTitle")} className="space-y-3">
          <Card padding="compact" className="space-y-3">
            <p>{t("accountStatus", { status: t(`status.${patient.status}`) })}</p>
            {patient.account ? (
              <>
                <p className="break-all">{t("accountEmail", { email: patient.account.email })}</p>
                {patient.account.lastLoginAt && (
                  <p>{t("lastLogin", { date: date(patient.account.lastLoginAt) })}</p>
                )}
                <div className="flex flex-wrap gap-2">
                  {patient.account.status === "active" && (
                    <InlineAction
                      action={resetPatientPasswordAction}
                      fields={{ profileId: patient.id }}
                      label={t("resetPassword")}
                      success={t("resetSent")}
                      namespace="adminPatients"
                    />
                  )}
                  {patient.account.status === "locked" ? (
                    <InlineAction
                      action={setPatientLockedAction}
                      fields={{ profileId: patient.id, locked: "false" }}
                      label={t("unlock")}
                      success={t("unlocked")}
                      namespace="adminPatients"
                    />
                  ) : patient.account.status === "active" ? (
                    <InlineAction
                      action={setPatientLockedAction}
                      fields={{ profileId: patient.id, locked: "true" }}
                      label={t("lock")}
                      success={t("locked")}
                      namespace="adminPatients"
                      tone="danger"
                    />
                  ) : null}
                </div>
              </>
            ) : (
              <p>{t("noAccount")}</p>
            )}
          </Card>
        </Section>
        <Section heading={t("invitationsTitle")} className="space-y-3">
          {patient.invitations.length === 0 ? (
            <p>{t("noInvitations")}</p>
          ) : (
            <ul className="space-y-2">
              {patient.invitations.map((i) => (
                <Card as="li" key={i.id} padding="compact" className="space-y-1">
                  <p className="break-all">
                    <span className="text-muted">
                      {tc("labelled", { label: t("invitationColumns.email") })}
                    </span>{" "}
                    {i.email}
                  </p>
                  <p>
                    <span className="text-muted">
                      {tc("labelled", { label: t("invitationColumns.sent") })}
                    </span>{" "}
                    {date(i.createdAt)} ·{" "}
                    <span className="text-muted">
                      {tc("labelled", { label: t("invitationColumns.expires") })}
                    </span>{" "}
                    {date(i.expiresAt)} ·{" "}
                    <span className="text-muted">
                      {tc("labelled", { label: t("invitationColumns.state") })}
                    </span>{" "}
                    <strong>{t(`invitationStates.${i.state}`)}</strong>
                  </p>
                  {i.state === "valid" && (
                    <InlineAction
                      action={revokeInvitationAction}
                      fields={{ invitationId: i.id }}
                      label={t("revoke")}
                      success={t("revoked")}
                      namespace="adminPatients"
                      tone="danger"
                    />
                  )}
                </Card>
              ))}
            </ul>
          )}
          {!patient.account && (
            <Card heading={t("inviteTitle")} level={3} className="max-w-lg space-y-3">
              <SendInvitationForm
                profileId={patient.id}
                email={lastEmail}
                resend={patient.invitations.some((i) => i.state === "valid")}
                days={days}
              />
            </Card>
          )}
        </Section>
        {patient.undelivered.length > 0 && (
          <Section heading={t("undelivered.title")} className="space-y-3">
            <p>{t("undelivered.hint")}</p>
            <ul className="space-y-2">
              {patient.undelivered.map((e) => (
                <Card as="li" key={e.id} padding="compact" className="space-y-1">
                  <p>
                    <strong>{t(`undelivered.template.${e.template ?? "unknown"}`)}</strong> ·{" "}
                    {t("undelivered.outcome", { attempts: e.attempts })}
                  </p>
                  <p className="break-all">
                    <span className="text-muted">
                      {tc("labelled", { label: t("undelivered.to") })}
                    </span>{" "}
                    {e.to} ·{" "}
                    <span className="text-muted">
                      {tc("labelled", { label: t("undelivered.queued") })}
                    </span>{" "}
                    {date(e.createdAt)}
                  </p>
                  {e.lastError && (
                    <p className="text-sm break-all">
                      <span className="text-muted">
                        {tc("labelled", { label: t("undelivered.answer") })}
                      </span>{" "}
                      {e.lastError}
                    </p>
                  )}
                </Card>
              ))}
            </ul>
          </Section>
        )}
      </div>
    </ClientMessages>
  );
}
