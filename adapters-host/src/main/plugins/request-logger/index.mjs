/**
 * Request Logger: one log line per request, response and error, with the time from request to
 * response. Lines go through console; Plugbay's host script sends them to stderr, where the
 * plugin's logs route shows them.
 */

const LEVELS = ["debug", "info", "warn", "error"];
const STARTED_AT = "requestLoggerStartedAt";

function enabled(config, level) {
  const threshold = LEVELS.indexOf(config.logLevel);
  return LEVELS.indexOf(level) >= (threshold < 0 ? LEVELS.indexOf("info") : threshold);
}

function excerpt(body, config) {
  if (!config.includeBody || body === undefined) {
    return undefined;
  }
  let text;
  try {
    text = typeof body === "string" ? body : JSON.stringify(body);
  } catch {
    text = String(body);
  }
  const max = Math.max(0, Math.floor(config.maxBodyLength ?? 500));
  return text.length > max ? `${text.slice(0, max)}... (${text.length} characters)` : text;
}

function write(level, event, fields) {
  const line = `[request-logger] ${event} ${JSON.stringify(fields)}`;
  const print = { debug: console.debug, info: console.info, warn: console.warn, error: console.error }[level];
  print(line);
}

function elapsed(ctx) {
  const startedAt = ctx.metadata?.[STARTED_AT];
  return typeof startedAt === "number" ? Date.now() - startedAt : undefined;
}

export function onRequest(ctx) {
  const config = ctx.config ?? {};
  if (enabled(config, "info")) {
    write("info", "request", {
      requestId: ctx.requestId,
      model: ctx.model,
      provider: ctx.provider,
      body: excerpt(ctx.body, config),
    });
  }
  if (enabled(config, "debug")) {
    write("debug", "request metadata", { requestId: ctx.requestId, metadata: ctx.metadata ?? {} });
  }
  return { metadata: { [STARTED_AT]: Date.now() } };
}

export function onResponse(ctx, response) {
  const config = ctx.config ?? {};
  const status = typeof response?.status === "number" ? response.status : undefined;
  const level = status >= 500 ? "error" : status >= 400 ? "warn" : "info";
  if (enabled(config, level)) {
    write(level, "response", {
      requestId: ctx.requestId,
      model: ctx.model,
      status,
      durationMs: elapsed(ctx),
      body: excerpt(response?.body ?? response, config),
    });
  }
}

export function onError(ctx, error) {
  const config = ctx.config ?? {};
  if (enabled(config, "error")) {
    write("error", "error", {
      requestId: ctx.requestId,
      model: ctx.model,
      durationMs: elapsed(ctx),
      message: error?.message ?? String(error),
    });
  }
}
