import assert from "node:assert/strict";
import test from "node:test";
import { call, captured, config, declaredHooks, handlers, offeredHooks } from "./harness.mjs";

function estimate(model, body, overrides = {}) {
  return call("onRequest", { model, body, metadata: {}, config: config(overrides) });
}

test("the module offers exactly the declared hooks", () => {
  assert.deepEqual(offeredHooks().sort(), declaredHooks().sort());
});

test("a chat request's cost is estimated from its text and its output cap at the model's price", async () => {
  const body = { model: "gpt-4o", messages: [{ role: "user", content: "x".repeat(300) }, { role: "system", content: [{ type: "text", text: "y".repeat(100) }] }], max_tokens: 200 };

  const result = await estimate("gpt-4o", body);

  assert.deepEqual(result.metadata.costEstimate, { model: "gpt-4o", inputTokens: 100, outputTokens: 200, usd: 0.00225 });
});

test("the longest matching prefix sets the price, and an unknown model takes the defaults", async () => {
  const body = { prompt: "z".repeat(4_000_000), max_tokens: 1_000_000 };

  assert.equal((await estimate("gpt-4o-mini-2024-07-18", body)).metadata.costEstimate.usd, 0.15 + 0.6);
  assert.equal((await estimate("some-local-model", body)).metadata.costEstimate.usd, 1 + 4);
  assert.equal((await estimate("mine", body, { modelPrices: "mine=2/3", charsPerToken: 2 })).metadata.costEstimate.usd, 4 + 3);
});

test("the reported usage is logged with its cost and the model's running total", async () => {
  const ctx = { requestId: "r1", model: "claude-sonnet-4", config: config() };
  const response = { model: "claude-sonnet-4-20250514", usage: { prompt_tokens: 1000, completion_tokens: 500 } };

  await captured(() => call("onResponse", { ctx, response }));
  const { result, lines } = await captured(() => call("onResponse", { ctx, response: { body: { usage: { input_tokens: 1000, output_tokens: 500 } } } }));

  assert.equal(result, undefined, "the response is left as it is");
  const logged = JSON.parse(lines[0].line.replace("[cost-tracker] ", ""));
  assert.equal(logged.usd, 0.0105);
  assert.deepEqual(logged.modelTotal, { requests: 1, usd: 0.0105 });
  assert.equal(logged.model, "claude-sonnet-4");
});

test("a response without usage is not logged", async () => {
  const { lines } = await captured(() => call("onResponse", { ctx: { config: config() }, response: { status: 200 } }));

  assert.equal(lines.length, 0);
});

test("malformed price items are left out", () => {
  assert.deepEqual(handlers.parsePrices("a=1/2, broken, b=x/1, c = 0.5 / 0.25"), [["a", { input: 1, output: 2 }], ["c", { input: 0.5, output: 0.25 }]]);
});
