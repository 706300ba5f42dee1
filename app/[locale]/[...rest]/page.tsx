import { notFound } from "next/navigation";

// Unknown paths under /en or /fr get the translated not-found page.
export default function CatchAll() {
  notFound();
}
