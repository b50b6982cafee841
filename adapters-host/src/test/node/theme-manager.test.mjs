import assert from "node:assert/strict";
import test from "node:test";
import { call, captured, config, declaredHooks, offeredHooks } from "./harness.mjs";

function respond(response, metadata = {}, overrides = {}) {
  return call("onResponse", { ctx: { metadata, config: config(overrides) }, response });
}

test("the module offers exactly the declared hooks", () => {
  assert.deepEqual(offeredHooks().sort(), declaredHooks().sort());
});

test("RUNTIME.md's vector: the style element comes right after <head> with the default primary colour", async () => {
  const result = await respond({ headers: { "content-type": "text/html" }, body: "<html><head></head></html>" });

  assert.ok(result.response.body.startsWith('<html><head><style id="omniroute-theme">'), result.response.body);
  assert.ok(result.response.body.includes("--color-primary: #6C5CE7;"));
  assert.ok(result.response.body.endsWith("</style></head></html>"));
  assert.deepEqual(result.response.headers, { "content-type": "text/html" });
});

test("the X-User-Theme header picks the dark palette, whatever its case", async () => {
  const request = await call("onRequest", { headers: { "X-User-Theme": "dark" }, metadata: {}, config: config() });
  const result = await respond({ body: "<!DOCTYPE html><html><head lang=\"en\"><title>t</title></head></html>" }, request.metadata);

  assert.equal(request.metadata.themeMode, "dark");
  assert.match(result.response.body, /<head lang="en"><style id="omniroute-theme">/);
  assert.match(result.response.body, /--bg-primary: #1a1a1a;/);
});

test("config sets the colours, radius and font", async () => {
  const result = await respond({ headers: { "Content-Type": "text/html; charset=utf-8" }, body: "<head></head>" }, {},
    { primaryColor: "rgb(10, 20, 30)", borderRadius: "4px", fontFamily: "'Inter', sans-serif" });

  assert.match(result.response.body, /--color-primary: rgb\(10, 20, 30\);/);
  assert.match(result.response.body, /--border-radius: 4px;/);
  assert.match(result.response.body, /--font-family: 'Inter', sans-serif;/);
});

test("a config value that could leave its declaration is ignored with a warning", async () => {
  const { result, lines } = await captured(() =>
    respond({ headers: { "content-type": "text/html" }, body: "<head></head>" }, {}, { primaryColor: "red}</style><script>alert(1)</script>" }));

  assert.ok(!result.response.body.includes("<script>"));
  assert.match(result.response.body, /--color-primary: #6C5CE7;/);
  assert.equal(lines[0].method, "warn");
});

test("responses that are not HTML, have no head, or are already themed are left alone", async () => {
  assert.equal(await respond({ headers: { "content-type": "application/json" }, body: "{\"html\":\"<head>\"}" }), undefined);
  assert.equal(await respond({ headers: { "content-type": "text/html" }, body: "<header>no head</header>" }), undefined);
  assert.equal(await respond({ headers: { "content-type": "text/html" }, body: { not: "a string" } }), undefined);
  const once = await respond({ headers: { "content-type": "text/html" }, body: "<head></head>" });
  assert.equal(await respond(once.response), undefined);
});
