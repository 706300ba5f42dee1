// Sends a form with files to a route handler (server actions take 1 MiB) that
// answers an ActionResult as JSON, so the form handles both alike.
import { fail, type ActionResult } from "@/lib/actions/result";

export async function postForm<R>(url: string, form: FormData): Promise<ActionResult<R>> {
  try {
    const response = await fetch(url, { method: "POST", body: form });
    // The proxy's refusal is plain text.
    if (response.status === 413) return fail("tooLarge");
    return (await response.json()) as ActionResult<R>;
  } catch {
    return fail("unexpected");
  }
}
