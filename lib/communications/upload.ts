import "server-only";
// POST /api/admin/patients/:profileId/communications — staff send a
// communication with its PDFs. A route handler, not a server action: actions
// take 1 MiB, and the files need up to 50 (proxy.ts lets only this path send
// that much). It does what staffAction does for an action: same-origin check,
// session gate (a patient gets a 404, AC-6), zod, codes, and it answers JSON
// shaped like ActionResult so the form handles both alike.
import { authorizeClinicProfile } from "@/lib/access/profile-access";
import { fail } from "@/lib/actions/result";
import { answer, readUpload } from "@/lib/actions/upload-route";
import { fieldCodes } from "@/lib/actions/safe-action";
import { UPLOAD_BODY_LIMIT_BYTES } from "@/lib/actions/body-limit";
import type { Actor } from "@/lib/audit/actor";
import { hasStaffRole } from "@/lib/auth/roles";
import { loadClinic } from "@/lib/clinic/loaders";
import { ATTACHMENT_MAX_FILES } from "@/lib/files/constants";
import { log } from "@/lib/log";
import type { UploadedFile } from "./attachments";
import { sendCommunication } from "./mutations";
import { composeSchema } from "./schema";

const FEATURE = { message: "messagesEnabled", document: "documentsEnabled" } as const;

/** The file parts of the form; an empty part is what a browser sends when none was chosen. */
function filesOf(form: FormData): File[] {
  return form
    .getAll("files")
    .filter((v): v is File => typeof v !== "string" && (v.size > 0 || v.name !== ""));
}

export async function handleCommunicationUpload(
  request: Request,
  profileId: string,
): Promise<Response> {
  const upload = await readUpload(request, UPLOAD_BODY_LIMIT_BYTES, async (account) => {
    if (!hasStaffRole(account.role)) return answer(fail("notFound"), 404);
    const clinic = await loadClinic();
    const id =
      clinic && profileId.length <= 64 && (await authorizeClinicProfile(clinic.id, profileId));
    return clinic && id ? { clinic, id } : answer(fail("notFound"), 404);
  });
  if (upload instanceof Response) return upload;
  const {
    ctx,
    account,
    form,
    authorized: { clinic, id },
  } = upload;
  const parsed = composeSchema.safeParse({
    subject: form.get("subject") ?? undefined,
    body: form.get("body") ?? undefined,
    kind: form.get("kind") ?? undefined,
    replyRule: form.get("replyRule") ?? undefined,
  });
  const files = filesOf(form);
  const fields = parsed.success ? {} : fieldCodes(parsed.error);
  if (files.length > ATTACHMENT_MAX_FILES) fields.files = "tooManyFiles";
  else if (parsed.success && parsed.data.kind === "document" && files.length === 0)
    fields.files = "fileRequired";
  if (!parsed.success || fields.files) return answer(fail("invalid", fields), 400);
  const input = parsed.data;
  if (!clinic[FEATURE[input.kind]]) return answer(fail("featureOff"), 409);

  const actor: Actor = {
    accountId: account.id,
    role: account.role,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
    requestId: ctx.requestId,
  };
  try {
    const uploads: UploadedFile[] = [];
    for (const file of files)
      uploads.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    const result = await sendCommunication(
      { clinic, profileId: id, ...input, files: uploads },
      actor,
    );
    if (result.ok) return answer(result, 201);
    return answer(result, result.code === "notFound" ? 404 : 400);
  } catch (error) {
    log.error("communication upload failed", { requestId: ctx.requestId, error });
    return answer(fail("unexpected"), 500);
  }
}
