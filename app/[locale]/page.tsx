import { redirect } from "next/navigation";
import { getSessionAccount } from "@/lib/auth/gate";

/** The portal's front door: each kind of visitor to their own home. */
export default async function Home({ params }: { params: Promise<{ locale: string }> }) {
  const [{ locale }, account] = await Promise.all([params, getSessionAccount()]);
  if (!account) redirect(`/${locale}/login`);
  redirect(account.role === "patient" ? `/${locale}/dashboard` : `/${locale}/admin`);
}
