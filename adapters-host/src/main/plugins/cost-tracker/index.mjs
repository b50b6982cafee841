/**
 * Cost Tracker: before a request is sent, estimates what it will cost from its text and its output
 * token cap, in metadata.costEstimate; once the response reports its token usage, logs what it did
 * cost and the running total of its model. Prices are USD per million tokens, from config.
 */

const totals = new Map(); // model -> { requests, inputTokens, outputTokens, usd }

/** "gpt-4o=2.5/10, gpt-4o-mini=0.15/0.6" -> [["gpt-4o", {input: 2.5, output: 10}], ...]; bad items are left out. */
export function parsePrices(text) {
  const prices = [];
  for (const item of String(text ?? "").split(",")) {
    const match = /^\s*([^=\s]+)\s*=\s*([0-9.]+)\s*\/\s*([0-9.]+)\s*$/.exec(item);
    const input = Number(match?.[2]);
    const output = Number(match?.[3]);
    if (match && Number.isFinite(input) && Number.isFinite(output)) {
      prices.push([match[1].toLowerCase(), { input, output }]);
    }
  }
  return prices;
}

function priceOf(model, config) {
  const name = String(model).toLowerCase();
  let best;
  for (const [prefix, price] of parsePrices(config.modelPrices)) {
    if (name.startsWith(prefix) && (best === undefined || prefix.length > best[0].length)) {
      best = [prefix, price];
    }
  }
  return best?.[1] ?? { input: config.defaultInputPrice ?? 1, output: config.defaultOutputPrice ?? 4 };
}

function usd(tokens, pricePerMillion) {
  return (tokens * pricePerMillion) / 1_000_000;
}

function rounded(amount) {
  return Math.round(amount * 1e6) / 1e6;
}

function textOf(content) {
  if (typeof content === "string") {
    return content;
  }
  if (Array.isArray(content)) {
    return content.map((part) => (typeof part === "string" ? part : typeof part?.text === "string" ? part.text : "")).join("");
  }
  return "";
}

/** The characters a model reads: chat messages, a prompt or an input, else the whole body. */
function inputCharacters(body) {
  if (body === undefined || body === null) {
    return 0;
  }
  if (Array.isArray(body.messages)) {
    return body.messages.reduce((sum, message) => sum + textOf(message?.content).length, 0);
  }
  for (const field of ["prompt", "input"]) {
    if (body[field] !== undefined) {
      return textOf(body[field]).length;
    }
  }
  return typeof body === "string" ? body.length : JSON.stringify(body).length;
}

function outputCap(body) {
  const cap = body?.max_tokens ?? body?.max_completion_tokens ?? body?.max_output_tokens;
  return Number.isInteger(cap) && cap > 0 ? cap : 0;
}

function usageOf(response) {
  const usage = response?.usage ?? response?.body?.usage;
  if (usage === undefined || usage === null) {
    return undefined;
  }
  const inputTokens = usage.prompt_tokens ?? usage.input_tokens ?? 0;
  const outputTokens = usage.completion_tokens ?? usage.output_tokens ?? 0;
  return Number.isFinite(inputTokens) && Number.isFinite(outputTokens) ? { inputTokens, outputTokens } : undefined;
}

export function onRequest(ctx) {
  const config = ctx.config ?? {};
  const model = ctx.model ?? ctx.body?.model ?? "unknown";
  const price = priceOf(model, config);
  const inputTokens = Math.ceil(inputCharacters(ctx.body) / Math.max(1, config.charsPerToken ?? 4));
  const outputTokens = outputCap(ctx.body);
  return {
    metadata: {
      costEstimate: {
        model,
        inputTokens,
        outputTokens,
        usd: rounded(usd(inputTokens, price.input) + usd(outputTokens, price.output)),
      },
    },
  };
}

export function onResponse(ctx, response) {
  const usage = usageOf(response);
  if (usage === undefined) {
    return;
  }
  const model = response?.model ?? response?.body?.model ?? ctx.model ?? "unknown";
  const price = priceOf(model, ctx.config ?? {});
  const cost = usd(usage.inputTokens, price.input) + usd(usage.outputTokens, price.output);
  const total = totals.get(model) ?? { requests: 0, inputTokens: 0, outputTokens: 0, usd: 0 };
  total.requests += 1;
  total.inputTokens += usage.inputTokens;
  total.outputTokens += usage.outputTokens;
  total.usd += cost;
  totals.set(model, total);
  console.info(`[cost-tracker] ${JSON.stringify({
    requestId: ctx.requestId,
    model,
    ...usage,
    usd: rounded(cost),
    modelTotal: { requests: total.requests, usd: rounded(total.usd) },
  })}`);
}
