// Logs each request, response and error as one JSON line on the console.
const LEVELS = { debug: 0, info: 1, warn: 2, error: 3 };
const enabled = (config, level) => (LEVELS[level] ?? 1) >= (LEVELS[config.logLevel] ?? 1);
const cut = (text, max) => (text.length > max ? `${text.slice(0, max)}...` : text);

export function onRequest(ctx) {
  const config = ctx?.config ?? {};
  ctx.metadata.__requestStart = Date.now();
  if (enabled(config, 'info')) {
    const entry = { requestId: ctx.requestId, model: ctx.model, provider: ctx.provider };
    if (config.includeBody) {
      entry.body = cut(JSON.stringify(ctx.body ?? null), config.maxBodyLength ?? 500);
    }
    console.log('[request-logger] REQUEST:', JSON.stringify(entry));
  }
}

export function onResponse(ctx, response) {
  const config = ctx?.config ?? {};
  if (enabled(config, 'info')) {
    const durationMs = Date.now() - (ctx?.metadata?.__requestStart ?? Date.now());
    console.log('[request-logger] RESPONSE:', JSON.stringify({ requestId: ctx?.requestId, status: response?.status ?? 200, durationMs }));
  }
  return response;
}

export function onError(ctx, error) {
  if (enabled(ctx?.config ?? {}, 'error')) {
    console.error('[request-logger] ERROR:', JSON.stringify({ requestId: ctx?.requestId, error: error?.message ?? String(error) }));
  }
}
