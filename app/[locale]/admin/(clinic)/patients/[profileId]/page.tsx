import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { InlineAction } from "@/components/admin/inline-action";
import { SendInvitationForm } from "@/components/admin/send-invitation-form";
import { AssignedPractitionerForm } from "@/components/catalog/assigned-practitioner-form";
import { loadAssignedPractitioner } from "@/lib/catalog/loaders";
import {
  resetPatientPasswordAction,
  revokeInvitationAction,
  setPatientLockedAction,
} from "@/lib/admin/actions";
import { loadClinicInvitationDays, loadPatient } from "@/lib/admin/loaders";
import { Link } from "@/lib/i18n/navigation";
import { isProvince } from "@/lib/admin/constants";
import { loadClinicTimeZone } from "@/lib/clinic/loaders";
import { formatInstant } from "@/lib/time/format";
import { ClientMessages } from "@/components/i18n/client-messages";
import { inlineActionMessages, sendInvitationFormMessages } from "@/components/admin/messages";
import { assignedPractitionerFormMessages } from "@/components/catalog/messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminPatients");
  return { title: t("profileTitle") };
}

export default async function PatientPage({ params }: { params: Promise<{ profileId: string }> }) {
  const { profileId } = await params;
  const patient = await loadPatient(profileId);
  const [t, tc, tp, locale, timeZone, days, assignment, tAssign] = await Promise.all([
    getTranslations("adminPatients"),
    getTranslations("common"),
    getTranslations("provinces"),
    getLocale(),
    loadClinicTimeZone(),
    loadClinicInvitationDays(),
    loadAssignedPractitioner(patient.id),
    getTranslations("adminCatalog.assignment"),
  ]);
  const date = (d: Date) => formatInstant(d, locale, timeZone, "shortDate");
  const phone = (n: string | null, type: string | null) =>
    n ? `${n}${type ? ` (${t(`fields.phoneTypes.${type as "home"}`)})` : ""}` : "—";
  const address =
    [
      patient.addressLine,
      patient.city,
      // A code outside the list (older data) is shown as it is.
      patient.province && (isProvince(patient.province) ? tp(patient.province) : patient.province),
      patient.postalCode,
    ]
      .filter(Boolean)
      .join(", ") || "—";
  const facts: [string, string][] = [
    [t("fields.dateOfBirth"), patient.dateOfBirth],
    [t("fields.sex"), patient.sex ? t(`fields.sexes.${patient.sex}`) : "—"],
    [t("fields.primaryPhone"), phone(patient.primaryPhone, patient.primaryPhoneType)],
    [t("fields.secondaryPhone"), phone(patient.secondaryPhone, patient.secondaryPhoneType)],
    [t("fields.addressLine"), address],
    [t("fields.language"), t(`languages.${patient.language}`)],
  ];
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
        <Link
          href="/admin/patients"
          className="inline-flex min-h-11 items-center text-brand-800 underline"
        >
          {t("back")}
        </Link>
        <h1 className="text-2xl font-semibold">
          {patient.firstName} {patient.lastName}
        </h1>
        <section aria-labelledby="profile" className="space-y-3">
          <h2 id="profile" className="text-xl font-semibold">
            {t("profileTitle")}
          </h2>
          <dl className="grid gap-3 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-2">
            {facts.map(([label, value]) => (
              <div key={label}>
                <dt className="text-sm text-muted">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section aria-labelledby="assigned-practitioner" className="space-y-3">
          <h2 id="assigned-practitioner" className="text-xl font-semibold">
            {tAssign("title")}
          </h2>
          <div className="max-w-lg rounded-lg border border-gray-200 bg-white p-4 sm:p-6">
            <AssignedPractitionerForm
              profileId={patient.id}
              current={assignment.current}
              choices={assignment.choices}
            />
          </div>
        </section>
        <section aria-labelledby="account" className="space-y-3">
          <h2 id="account" className="text-xl font-semibold">
            {t("accountTitle")}
          </h2>
          <div className="space-y-3 rounded-lg border border-gray-200 bg-white p-4">
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
          </div>
        </section>
        <section aria-labelledby="invitations" className="space-y-3">
          <h2 id="invitations" className="text-xl font-semibold">
            {t("invitationsTitle")}
          </h2>
          {patient.invitations.length === 0 ? (
            <p>{t("noInvitations")}</p>
          ) : (
            <ul className="space-y-2">
              {patient.invitations.map((i) => (
                <li key={i.id} className="space-y-1 rounded-lg border border-gray-200 bg-white p-4">
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
                </li>
              ))}
            </ul>
          )}
          {!patient.account && (
            <div className="max-w-lg space-y-3 rounded-lg border border-gray-200 bg-white p-4 sm:p-6">
              <h3 className="text-lg font-semibold">{t("inviteTitle")}</h3>
              <SendInvitationForm
                profileId={patient.id}
                email={lastEmail}
                resend={patient.invitations.some((i) => i.state === "valid")}
                days={days}
              />
            </div>
          )}
        </section>
      </div>
    </ClientMessages>
  );
}
