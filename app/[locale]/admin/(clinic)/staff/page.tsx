import type { Metadata } from "next";
import { requireStaff } from "@/lib/auth/gate";
import { getLocale, getTranslations } from "next-intl/server";
import { AddStaffForm } from "@/components/admin/add-staff-form";
import { InlineAction } from "@/components/admin/inline-action";
import { Card } from "@/components/shell/card";
import { DetailList } from "@/components/shell/detail-list";
import { Section } from "@/components/shell/section";
import { resetStaffPasswordAction, setStaffEnabledAction } from "@/lib/admin/actions";
import { loadStaffList } from "@/lib/admin/loaders";
import { loadClinicTimeZone } from "@/lib/clinic/loaders";
import { formatInstant } from "@/lib/time/format";
import { ClientMessages } from "@/components/i18n/client-messages";
import { addStaffFormMessages, inlineActionMessages } from "@/components/admin/messages";

export async function generateMetadata(): Promise<Metadata> {
  // Checked here too: metadata resolves before the page streams, so a refusal answers a real 404.
  await requireStaff({ admin: true });
  const t = await getTranslations("adminStaff");
  return { title: t("title") };
}

export default async function StaffPage() {
  const { rows, selfId } = await loadStaffList();
  const [t, locale, timeZone] = await Promise.all([
    getTranslations("adminStaff"),
    getLocale(),
    loadClinicTimeZone(),
  ]);
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-muted">{t("intro")}</p>
      </div>
      <Section heading={t("listTitle")} className="space-y-3">
        <ul className="space-y-3">
          {rows.map((row) => (
            <Card as="li" key={row.id} padding="compact" className="space-y-2">
              <p className="font-semibold break-all">
                {row.email}{" "}
                {row.id === selfId && <span className="font-normal text-muted">{t("you")}</span>}
              </p>
              <DetailList
                layout="stacked"
                columns={3}
                className="text-sm"
                items={[
                  { term: t("columns.role"), detail: t(`roles.${row.role}`) },
                  {
                    term: t("columns.status"),
                    detail:
                      row.status === "active" && !row.hasPassword
                        ? t("status.noPassword")
                        : t(`status.${row.status}`),
                  },
                  {
                    term: t("columns.lastLogin"),
                    detail: row.lastLoginAt
                      ? formatInstant(row.lastLoginAt, locale, timeZone, "shortDateTime")
                      : t("never"),
                  },
                ]}
              />
              {row.id !== selfId && (
                <div className="flex flex-wrap gap-2">
                  {row.status === "disabled" ? (
                    <ClientMessages namespaces={inlineActionMessages}>
                      <InlineAction
                        action={setStaffEnabledAction}
                        fields={{ accountId: row.id, enabled: "true" }}
                        label={t("enableShort")}
                        accessibleLabel={t("enable", { email: row.email })}
                        success={t("done")}
                        namespace="adminStaff"
                      />
                    </ClientMessages>
                  ) : (
                    <>
                      <ClientMessages namespaces={inlineActionMessages}>
                        <InlineAction
                          action={resetStaffPasswordAction}
                          fields={{ accountId: row.id }}
                          label={t("resetShort")}
                          accessibleLabel={t("reset", { email: row.email })}
                          success={t("resetSent")}
                          namespace="adminStaff"
                        />
                      </ClientMessages>
                      <ClientMessages namespaces={inlineActionMessages}>
                        <InlineAction
                          action={setStaffEnabledAction}
                          fields={{ accountId: row.id, enabled: "false" }}
                          label={t("disableShort")}
                          accessibleLabel={t("disable", { email: row.email })}
                          success={t("done")}
                          namespace="adminStaff"
                          tone="danger"
                        />
                      </ClientMessages>
                    </>
                  )}
                </div>
              )}
            </Card>
          ))}
        </ul>
      </Section>
      <Section heading={t("addTitle")} className="space-y-3">
        <Card className="max-w-lg">
          <ClientMessages namespaces={addStaffFormMessages}>
            <AddStaffForm />
          </ClientMessages>
        </Card>
      </Section>
    </div>
  );
}
