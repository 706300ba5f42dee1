import { PageSkeleton } from "@/components/shell/page-skeleton";

// Beside the tabs, under their layout: the layout has already answered 404 to
// a profile that is not the clinic's, so the skeleton never hides one.
export default function Loading() {
  return <PageSkeleton shape="sections" />;
}
