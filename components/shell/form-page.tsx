import type { ReactNode } from "react";
import { BackLink } from "./back-link";
import { Card } from "./card";

/** A page that is one form: a back link, its title, an optional intro, then the form (and its own texts) in a card. */
export function FormPage({
  back,
  title,
  intro,
  narrow,
  children,
}: {
  back?: { href: string; label: ReactNode };
  title: ReactNode;
  intro?: ReactNode;
  /** A short form (credentials): the page keeps to a reading width. */
  narrow?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={narrow ? "max-w-xl space-y-6" : "space-y-6"}>
      {back && <BackLink href={back.href}>{back.label}</BackLink>}
      <h1 className="text-2xl font-semibold break-words">{title}</h1>
      {intro && <p className="text-muted">{intro}</p>}
      <Card className="space-y-4">{children}</Card>
    </div>
  );
}
