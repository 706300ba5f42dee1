import type { ReactNode } from "react";

/** The message at the top of a form after a submission: an error, or a success. */
export function FormAlert({
  tone,
  children,
  id,
}: {
  tone: "error" | "success";
  children: ReactNode;
  id?: string;
}) {
  const styles =
    tone === "error"
      ? "border-red-300 bg-red-50 text-danger"
      : "border-green-300 bg-green-50 text-success";
  return (
    <p
      id={id}
      role={tone === "error" ? "alert" : "status"}
      className={`rounded-md border p-3 ${styles}`}
    >
      {children}
    </p>
  );
}
