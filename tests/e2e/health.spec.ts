import { expect, test } from "./fixtures";

test('GET /api/health answers 200 { status: "ok" }', async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok" });
});
