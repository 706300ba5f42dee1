import { describe, expect, it } from "vitest";
import {
  accessRole,
  accessWhat,
  activityBy,
  activityPath,
  activityWhat,
  boxOf,
  type AuditFacts,
} from "./describe";

const row = (over: Partial<AuditFacts>): AuditFacts => ({
  actorAccountId: "acc-1",
  actorRole: "patient",
  resourceType: "appointment",
  resourceId: "r1",
  action: "book",
  ...over,
});

describe("activityWhat: which audit rows are lines of Recent activity", () => {
  it("words the appointment changes and leaves the others out", () => {
    expect(activityWhat(row({ action: "book" }))).toBe("booked");
    expect(activityWhat(row({ action: "confirm" }))).toBe("confirmed");
    expect(activityWhat(row({ action: "cancel" }))).toBe("cancelled");
    expect(activityWhat(row({ action: "note" }))).toBeNull();
  });

  it("a clinic send is received by kind; a clinic reply is a message received; the patient's are sent", () => {
    const send = row({ resourceType: "communication", action: "send", actorRole: "staff" });
    expect(activityWhat(send, "message")).toBe("messageReceived");
    expect(activityWhat(send, "document")).toBe("documentShared");
    expect(activityWhat(send, "bill")).toBe("billShared");
    const reply = { ...send, action: "reply" };
    expect(activityWhat(reply, "document")).toBe("messageReceived");
    expect(activityWhat({ ...reply, actorRole: "patient" }, "document")).toBe("replySent");
    expect(activityWhat({ ...send, action: "start", actorRole: "patient" }, "message")).toBe(
      "messageSent",
    );
    expect(activityWhat({ ...send, action: "view" }, "message")).toBeNull();
  });

  it("a thread row whose thread is unknown (withdrawn, not visible) is no line", () => {
    expect(activityWhat(row({ resourceType: "communication", action: "send" }))).toBeNull();
  });

  it("credential changes; a request or an unknown type is no line", () => {
    const account = row({ resourceType: "account" });
    expect(activityWhat({ ...account, action: "passwordChange" })).toBe("passwordChanged");
    expect(activityWhat({ ...account, action: "passwordReset" })).toBe("passwordChanged");
    expect(activityWhat({ ...account, action: "emailChangeConfirm" })).toBe("emailChanged");
    expect(activityWhat({ ...account, action: "emailChangeRequest" })).toBeNull();
    expect(activityWhat(row({ resourceType: "profile", action: "patients.view" }))).toBeNull();
  });
});

describe("activityPath: each line links to the thing itself", () => {
  it("an appointment opens in its tab, a thread in its kind's box, credentials in their forms", () => {
    expect(activityPath("booked", "a 1")).toBe("/appointments/a%201");
    expect(activityPath("messageReceived", "t1", "message")).toBe("/inbox/t1");
    expect(activityPath("documentShared", "t2", "document")).toBe("/documents/t2");
    expect(activityPath("replySent", "t3", "bill")).toBe("/bills/t3");
    expect(activityPath("passwordChanged", "acc")).toBe("/account/password");
    expect(activityPath("emailChanged", "acc")).toBe("/account/email");
  });
});

describe("activityBy: who, as the viewer reads it", () => {
  it("nobody for the viewer's own action, the clinic for staff or no actor, else the other account", () => {
    expect(activityBy(row({ actorAccountId: "me" }), "me")).toEqual({ by: "self" });
    expect(activityBy(row({ actorRole: "staff" }), "me")).toEqual({ by: "clinic" });
    expect(activityBy(row({ actorAccountId: null, actorRole: null }), "me")).toEqual({
      by: "clinic",
    });
    expect(activityBy(row({ actorAccountId: "parent" }), "me")).toEqual({
      by: "account",
      accountId: "parent",
    });
  });
});

describe("accessWhat: an access in words", () => {
  it("words the known reads and changes", () => {
    expect(accessWhat(row({ resourceType: "profile", action: "patients.view" }))).toBe(
      "openedFile",
    );
    const view = row({ resourceType: "communication", action: "view" });
    expect(accessWhat(view, "message")).toBe("openedMessage");
    expect(accessWhat(view, "document")).toBe("openedDocument");
    expect(accessWhat(view, "bill")).toBe("openedBill");
    expect(accessWhat(row({ resourceType: "attachment", action: "download" }))).toBe(
      "downloadedDocument",
    );
    expect(accessWhat(row({ resourceType: "appointments", action: "view" }))).toBe(
      "viewedAppointments",
    );
    expect(accessWhat(row({ resourceType: "box", action: "view", resourceId: "inbox" }))).toBe(
      "viewedBox",
    );
    expect(accessWhat(row({ action: "cancel" }))).toBe("cancelledAppointment");
  });

  it("anything else is a generic access", () => {
    expect(accessWhat(row({ resourceType: "bill", action: "markPaid" }))).toBe("accessed");
    expect(accessWhat(row({ resourceType: "communication", action: "view" }))).toBe("accessed");
  });

  it("boxOf names only a box view's real box", () => {
    expect(boxOf(row({ resourceType: "box", resourceId: "documents" }))).toBe("documents");
    expect(boxOf(row({ resourceType: "box", resourceId: "elsewhere" }))).toBeNull();
    expect(boxOf(row({ resourceType: "appointments", resourceId: "inbox" }))).toBeNull();
  });
});

describe("accessRole: who in relation to the record", () => {
  it("staff and admins by role; a patient account is the profile's own or a proxy", () => {
    expect(accessRole({ role: "staff", profileId: null }, "p")).toBe("staff");
    expect(accessRole({ role: "admin", profileId: null }, "p")).toBe("admin");
    expect(accessRole({ role: "patient", profileId: "p" }, "p")).toBe("ownAccount");
    expect(accessRole({ role: "patient", profileId: "q" }, "p")).toBe("proxy");
  });
});
