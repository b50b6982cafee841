import assert from "node:assert/strict";
import test from "node:test";
import { call, captured, config, declaredHooks, offeredHooks } from "./harness.mjs";

test("with nothing stored the config is RUNTIME.md's vector", () => {
  assert.equal(JSON.stringify(config()), '{"logLevel":"info","includeBody":false,"maxBodyLength":500}');
});

test("the module offers exactly the declared hooks", () => {
  assert.deepEqual(offeredHooks().sort(), declaredHooks().sort());
});

test("a request is logged at info without its body, and its start time goes to metadata", async () => {
  const ctx = { requestId: "r1", model: "gpt-4o", provider: "openai", body: { secret: "s" }, metadata: {}, config: config() };
  const { result, lines } = await captured(() => call("onRequest", ctx));

  assert.equal(lines.length, 1);
  assert.equal(lines[0].method, "info");
  assert.match(lines[0].line, /^\[request-logger\] request \{"requestId":"r1","model":"gpt-4o","provider":"openai"\}$/);
  assert.equal(typeof result.metadata.requestLoggerStartedAt, "number");
});

test("includeBody logs the body cut at maxBodyLength", async () => {
  const ctx = { requestId: "r2", body: { prompt: "x".repeat(100) }, metadata: {}, config: config({ includeBody: true, maxBodyLength: 10 }) };
  const { lines } = await captured(() => call("onRequest", ctx));

  const logged = JSON.parse(lines[0].line.replace("[request-logger] request ", ""));
  assert.equal(logged.body, '{"prompt":... (113 characters)');
});

test("a response is logged with its status and the time since its request", async () => {
  const ctx = { requestId: "r3", metadata: { requestLoggerStartedAt: Date.now() - 50 }, config: config() };
  const { result, lines } = await captured(() => call("onResponse", { ctx, response: { status: 200, body: "ok" } }));

  assert.equal(result, undefined, "the response is left as it is");
  const logged = JSON.parse(lines[0].line.replace("[request-logger] response ", ""));
  assert.equal(logged.status, 200);
  assert.ok(logged.durationMs >= 50, `durationMs ${logged.durationMs}`);
});

test("logLevel warn keeps only client and server failures", async () => {
  const cfg = config({ logLevel: "warn" });
  const request = await captured(() => call("onRequest", { metadata: {}, config: cfg }));
  const ok = await captured(() => call("onResponse", { ctx: { config: cfg }, response: { status: 200 } }));
  const notFound = await captured(() => call("onResponse", { ctx: { config: cfg }, response: { status: 404 } }));
  const failed = await captured(() => call("onResponse", { ctx: { config: cfg }, response: { status: 503 } }));

  assert.deepEqual([request.lines.length, ok.lines.length], [0, 0]);
  assert.equal(notFound.lines[0].method, "warn");
  assert.equal(failed.lines[0].method, "error");
});

test("an error is logged with its message, at every level", async () => {
  const { result, lines } = await captured(() =>
    call("onError", { ctx: { requestId: "r4", config: config({ logLevel: "error" }) }, error: { message: "upstream timed out" } }));

  assert.equal(result, undefined);
  assert.equal(lines[0].method, "error");
  assert.match(lines[0].line, /"message":"upstream timed out"/);
});

test("debug also logs the request's metadata", async () => {
  const { lines } = await captured(() => call("onRequest", { requestId: "r5", metadata: { tenant: "a" }, config: config({ logLevel: "debug" }) }));

  assert.deepEqual(lines.map((entry) => entry.method), ["info", "debug"]);
  assert.match(lines[1].line, /"metadata":\{"tenant":"a"\}/);
});
