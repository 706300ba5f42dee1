import { RouteNotFound } from "@/components/errors/route-not-found";

export default function NotFound() {
  return (
    <main id="main" className="px-4 py-8">
      <RouteNotFound />
    </main>
  );
}
