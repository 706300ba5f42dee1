import { afterEach, describe, expect, it, vi } from "vitest";
import { startOnce, whenStarted } from "./started";

const state = globalThis as unknown as { __portalStartup?: Promise<void> };

afterEach(() => {
  delete state.__portalStartup;
});

describe("startOnce / whenStarted", () => {
  it("runs the startup once, whoever asks first, and hands later callers the same promise", async () => {
    const start = vi.fn(async () => {});
    const first = startOnce(start);
    const second = startOnce(start);
    expect(second).toBe(first);
    await first;
    expect(start).toHaveBeenCalledTimes(1);
  });

  it("waits for a startup that begins later, and for its end", async () => {
    let finished = false;
    const waiting = whenStarted(2_000).then(() => finished);
    await new Promise((resolve) => setTimeout(resolve, 50));
    void startOnce(async () => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      finished = true;
    });
    expect(await waiting).toBe(true);
  });

  it("fails when the startup fails, or has not begun in time", async () => {
    void startOnce(async () => {
      throw new Error("DATABASE_URL is invalid");
    }).catch(() => {});
    await expect(whenStarted(1_000)).rejects.toThrow("DATABASE_URL is invalid");
    delete state.__portalStartup;
    await expect(whenStarted(60)).rejects.toThrow(/did not begin within 60 ms/);
  });
});
