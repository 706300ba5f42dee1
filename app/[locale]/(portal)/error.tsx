"use client";
import { RouteError, type RouteErrorProps } from "@/components/errors/route-error";

// Inside the portal's layout: its header, menu and the clinic's phone stay.
export default function PortalError(props: RouteErrorProps) {
  return <RouteError {...props} home="/dashboard" />;
}
