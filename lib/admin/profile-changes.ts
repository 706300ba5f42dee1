// What an edit of a patient's details changed, field by field, as the audit
// row records it (pure: the edit's transaction calls it on the row it read).

export const EDITABLE_PROFILE_FIELDS = [
  "firstName",
  "lastName",
  "dateOfBirth",
  "sex",
  "primaryPhone",
  "primaryPhoneType",
  "secondaryPhone",
  "secondaryPhoneType",
  "addressLine",
  "city",
  "province",
  "postalCode",
  "language",
  "healthCardNumber",
] as const;

export type EditableProfileField = (typeof EDITABLE_PROFILE_FIELDS)[number];

/** A profile's editable details as text (the date of birth as YYYY-MM-DD); null when empty. */
export type ProfileValues = Record<EditableProfileField, string | null>;

export type FieldChange = { before: string | null; after: string | null };

/** The audit row keeps that the number changed, never the number (it must stay out of logs and exports). */
export const HIDDEN_VALUE = "[hidden]";
const HIDDEN_FIELDS: readonly EditableProfileField[] = ["healthCardNumber"];

/** Each field of `next` whose value differs from `current`; a field `next` leaves out is kept as it is. */
export function profileChanges(
  current: ProfileValues,
  next: Partial<ProfileValues>,
): Partial<Record<EditableProfileField, FieldChange>> {
  const changes: Partial<Record<EditableProfileField, FieldChange>> = {};
  for (const field of EDITABLE_PROFILE_FIELDS) {
    if (!(field in next)) continue;
    const after = next[field] ?? null;
    const before = current[field];
    if (after !== before) changes[field] = { before, after };
  }
  return changes;
}

/** The changes as the audit row's detail: `{ field: { before, after } }`, hidden fields masked. */
export function auditedChanges(
  changes: Partial<Record<EditableProfileField, FieldChange>>,
): Record<string, FieldChange> {
  const hide = (v: string | null) => (v === null ? null : HIDDEN_VALUE);
  return Object.fromEntries(
    Object.entries(changes).map(([field, change]) => [
      field,
      HIDDEN_FIELDS.includes(field as EditableProfileField)
        ? { before: hide(change.before), after: hide(change.after) }
        : change,
    ]),
  );
}
