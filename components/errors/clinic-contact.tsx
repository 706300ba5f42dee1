"use client";
import { createContext, useContext, type ReactNode } from "react";

export type ClinicContact = { name: string; phone: string };

const ClinicContactContext = createContext<ClinicContact | null>(null);

/**
 * The clinic's name and phone, already loaded by the layout, for the error page
 * inside it: an error page must not read the database, which may be what failed.
 */
export function ClinicContactProvider({
  contact,
  children,
}: {
  contact: ClinicContact | null;
  children: ReactNode;
}) {
  return <ClinicContactContext.Provider value={contact}>{children}</ClinicContactContext.Provider>;
}

export function useClinicContact() {
  return useContext(ClinicContactContext);
}
