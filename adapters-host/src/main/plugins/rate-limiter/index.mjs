/**
 * Rate Limiter: at most maxRequests in any sliding window of windowSeconds, per model (or for all
 * requests). A request over the budget is blocked with status 429 and an error response that says
 * when to retry; the others pass with the budget left in metadata.
 */

const MAX_TRACKED_KEYS = 10000;
const windows = new Map(); // key -> times (ms) of the requests in the window, oldest first

function settings(config) {
  return {
    limit: Math.max(1, Math.floor(config.maxRequests ?? 60)),
    windowMs: Math.max(1, config.windowSeconds ?? 60) * 1000,
    global: config.scope === "global",
  };
}

function recentRequests(key, now, windowMs) {
  const times = windows.get(key) ?? [];
  const firstInWindow = times.findIndex((time) => time > now - windowMs);
  return firstInWindow < 0 ? [] : times.slice(firstInWindow);
}

/** Keeps the key as the most recently used one, forgetting the least recently used beyond the cap. */
function remember(key, times) {
  windows.delete(key);
  windows.set(key, times);
  if (windows.size > MAX_TRACKED_KEYS) {
    windows.delete(windows.keys().next().value);
  }
}

export function onRequest(ctx) {
  const { limit, windowMs, global } = settings(ctx.config ?? {});
  const model = ctx.model ?? ctx.body?.model ?? "unknown";
  const key = global ? "*" : `model:${model}`;
  const now = Date.now();
  const times = recentRequests(key, now, windowMs);
  if (times.length >= limit) {
    remember(key, times);
    const retryAfterSeconds = Math.max(1, Math.ceil((times[0] + windowMs - now) / 1000));
    const scope = global ? "all models" : `model '${model}'`;
    return {
      blocked: true,
      status: 429,
      response: {
        error: {
          message: `Rate limit exceeded for ${scope}: ${limit} requests per ${windowMs / 1000} s; retry in ${retryAfterSeconds} s`,
          type: "rate_limit_exceeded",
          retryAfterSeconds,
        },
      },
      metadata: { rateLimit: { limit, remaining: 0, retryAfterSeconds } },
    };
  }
  times.push(now);
  remember(key, times);
  return { metadata: { rateLimit: { limit, remaining: limit - times.length } } };
}
