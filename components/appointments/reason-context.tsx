"use client";
import { createContext, useContext, useMemo, useState, type ReactNode } from "react";

// The free-text reason for a visit lives only here, in the browser's memory,
// between the "when and reason" step and the final POST: the other choices
// travel in the URL, and URLs end up in access logs and history. The provider
// sits in the appointments layout, which client-side navigation keeps mounted.
type ReasonStore = { reason: string; setReason: (reason: string) => void };

const ReasonContext = createContext<ReasonStore>({ reason: "", setReason: () => {} });

export function ReasonProvider({ children }: { children: ReactNode }) {
  const [reason, setReason] = useState("");
  const value = useMemo(() => ({ reason, setReason }), [reason]);
  return <ReasonContext.Provider value={value}>{children}</ReasonContext.Provider>;
}

export function useBookingReason() {
  return useContext(ReasonContext);
}
