import assert from "node:assert/strict";
import test from "node:test";
import { call, config, declaredHooks, offeredHooks } from "./harness.mjs";

let now = 1_000_000;
Date.now = () => now;

function request(model, overrides = {}) {
  return call("onRequest", { model, body: { model }, metadata: {}, config: config(overrides) });
}

test("the module offers exactly the declared hooks", () => {
  assert.deepEqual(offeredHooks().sort(), declaredHooks().sort());
});

test("by default 60 requests a minute pass per model and the 61st is blocked with 429", async () => {
  for (let i = 1; i <= 60; i++) {
    const result = await request("gpt-4o");
    assert.equal(result.blocked, undefined);
    assert.equal(result.metadata.rateLimit.remaining, 60 - i);
  }
  const blocked = await request("gpt-4o");

  assert.equal(blocked.blocked, true);
  assert.equal(blocked.status, 429);
  assert.equal(blocked.response.error.type, "rate_limit_exceeded");
  assert.match(blocked.response.error.message, /model 'gpt-4o': 60 requests per 60 s; retry in 60 s/);
  assert.deepEqual(blocked.metadata.rateLimit, { limit: 60, remaining: 0, retryAfterSeconds: 60 });
  assert.equal((await request("claude-sonnet-4")).blocked, undefined, "another model has its own budget");
});

test("the window slides: a request passes again once the oldest leaves it", async () => {
  const limits = { maxRequests: 2, windowSeconds: 10 };
  await request("sliding", limits);
  now += 4_000;
  await request("sliding", limits);
  now += 1_000;
  const blocked = await request("sliding", limits);
  assert.equal(blocked.blocked, true);
  assert.equal(blocked.response.error.retryAfterSeconds, 5);

  now += 5_000;
  assert.equal((await request("sliding", limits)).blocked, undefined);
  assert.equal((await request("sliding", limits)).blocked, true, "the request at +4 s is still in the window");
});

test("global scope shares one budget between every model", async () => {
  const limits = { maxRequests: 1, windowSeconds: 60, scope: "global" };
  now += 120_000;
  assert.equal((await request("a", limits)).blocked, undefined);
  const blocked = await request("b", limits);

  assert.equal(blocked.blocked, true);
  assert.match(blocked.response.error.message, /all models/);
});
