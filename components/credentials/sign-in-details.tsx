import type { ReactNode } from "react";
import { DetailList } from "@/components/shell/detail-list";

/** A link to the page that changes one sign-in detail; `what` completes its name for screen readers. */
export type DetailEdit = { href: string; label: string; what: string };

function Editable({ edit, children }: { edit?: DetailEdit; children: ReactNode }) {
  return (
    <div className="flex flex-wrap items-center gap-x-3">
      {children}
      {edit && (
        <a
          href={edit.href}
          className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
        >
          {edit.label}
          <span className="sr-only"> ({edit.what})</span>
        </a>
      )}
    </div>
  );
}

/** An account's email and password date, each with its change link (patients and staff alike). */
export function SignInDetails({
  labels,
  email,
  password,
  emailEdit,
  passwordEdit,
  className,
}: {
  labels: { email: string; password: string };
  email: string;
  /** When the password was last changed, already worded. */
  password: string;
  emailEdit?: DetailEdit;
  passwordEdit?: DetailEdit;
  className?: string;
}) {
  return (
    <DetailList
      className={`grid-cols-[auto_1fr] ${className ?? ""}`}
      items={[
        {
          term: labels.email,
          detail: (
            <Editable edit={emailEdit}>
              <span className="break-all">{email}</span>
            </Editable>
          ),
        },
        {
          term: labels.password,
          detail: (
            <Editable edit={passwordEdit}>
              <span>{password}</span>
            </Editable>
          ),
        },
      ]}
    />
  );
}
