// Puts a banner into the request's metadata; the response side does nothing.
export function onRequest(ctx) {
  const settings = ctx?.config ?? {};
  if (settings.enabled === false) {
    return;
  }
  if (ctx.metadata) {
    ctx.metadata.banner = settings.bannerText ?? 'Welcome to OmniRoute!';
  }
}

export function onResponse() {
  // request-side only
}
