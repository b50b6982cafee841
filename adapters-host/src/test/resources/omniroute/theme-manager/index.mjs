// Picks a light or dark theme per request and injects its CSS variables after <head> in HTML answers.
const PALETTES = {
  light: { '--bg-primary': '#ffffff', '--text-primary': '#1a1a1a' },
  dark: { '--bg-primary': '#1a1a1a', '--text-primary': '#f5f5f5' },
};

function mode(config, header) {
  for (const candidate of [header, config.darkMode]) {
    if (candidate === 'light' || candidate === 'dark') {
      return candidate;
    }
  }
  return 'light';
}

export function onRequest(ctx) {
  const header = ctx?.headers?.['x-user-theme'];
  if (ctx?.metadata) {
    ctx.metadata.__themeMode = mode(ctx.config ?? {}, header);
  }
}

export function onResponse(ctx, response) {
  const config = ctx?.config ?? {};
  const html = typeof response?.body === 'string'
    && (String(response?.headers?.['content-type'] ?? '').includes('text/html') || response.body.includes('<html'));
  if (!html) {
    return response;
  }
  const variables = { ...PALETTES[ctx?.metadata?.__themeMode ?? 'light'] };
  if (config.primaryColor) {
    variables['--color-primary'] = config.primaryColor;
  }
  const css = Object.entries(variables).map(([name, value]) => `  ${name}: ${value};`).join('\n');
  const style = `<style id="omniroute-theme">\n:root {\n${css}\n}\n</style>`;
  return { ...response, body: response.body.replace(/<head([^>]*)>/i, `<head$1>${style}`) };
}

export function onInstall(ctx) {
  console.log(`[theme-manager] installed ${ctx?.version ?? 'unknown'}`);
}

export function onActivate(ctx) {
  console.log('[theme-manager] activated with config:', ctx?.config ?? {});
}

export function onDeactivate() {
  console.log('[theme-manager] deactivated');
}
