import { PageSkeleton } from "@/components/shell/page-skeleton";

// Under the tabs' layout, which has already answered 404 to a profile that is
// not the clinic's: the skeleton never hides one.
export default function Loading() {
  return <PageSkeleton shape="sections" />;
}
