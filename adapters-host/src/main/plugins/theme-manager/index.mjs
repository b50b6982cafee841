/**
 * Theme Manager: injects the theme's CSS custom properties into HTML responses, as a
 * <style id="omniroute-theme"> element right after <head>. The light or dark palette comes from the
 * request's X-User-Theme header when it names one, else from config.
 */

const PALETTES = {
  light: {
    "--bg-primary": "#ffffff",
    "--bg-secondary": "#f5f5f5",
    "--text-primary": "#1a1a1a",
    "--text-secondary": "#666666",
    "--border-color": "#e0e0e0",
  },
  dark: {
    "--bg-primary": "#1a1a1a",
    "--bg-secondary": "#2d2d2d",
    "--text-primary": "#f5f5f5",
    "--text-secondary": "#a0a0a0",
    "--border-color": "#404040",
  },
};
const DEFAULTS = { primaryColor: "#6C5CE7", borderRadius: "8px" };
// A value may not leave its declaration: no ';', braces, '<', '>', ':' or backslashes.
const SAFE_VALUE = /^[#(),.%\w\s"'-]{1,100}$/;
const HEAD_TAG = /<head(\s[^>]*)?>/i;
const STYLE_ID = "omniroute-theme";

function header(headers, name) {
  for (const [key, value] of Object.entries(headers ?? {})) {
    if (key.toLowerCase() === name) {
      return Array.isArray(value) ? value[0] : value;
    }
  }
  return undefined;
}

function modeOf(ctx) {
  const requested = String(header(ctx.headers, "x-user-theme") ?? "").toLowerCase();
  if (requested === "light" || requested === "dark") {
    return requested;
  }
  return ctx.config?.mode === "dark" ? "dark" : "light";
}

function safe(config, key) {
  const value = config[key];
  if (value === undefined || value === "") {
    return DEFAULTS[key];
  }
  if (SAFE_VALUE.test(String(value))) {
    return String(value);
  }
  console.warn(`[theme-manager] ignored ${key} ${JSON.stringify(value)}: not a plain CSS value`);
  return DEFAULTS[key];
}

function isHtml(response) {
  if (typeof response?.body !== "string") {
    return false;
  }
  const type = String(header(response.headers, "content-type") ?? "");
  return type.toLowerCase().includes("text/html") || /^\s*(<!doctype html|<html)/i.test(response.body);
}

function styleElement(mode, config) {
  const variables = { "--color-primary": safe(config, "primaryColor"), ...PALETTES[mode] };
  variables["--border-radius"] = safe(config, "borderRadius");
  const font = safe(config, "fontFamily");
  if (font !== undefined) {
    variables["--font-family"] = font;
  }
  const declarations = Object.entries(variables).map(([name, value]) => `  ${name}: ${value};`).join("\n");
  return `<style id="${STYLE_ID}">\n:root {\n${declarations}\n}\n</style>`;
}

export function onRequest(ctx) {
  return { metadata: { themeMode: modeOf(ctx) } };
}

export function onResponse(ctx, response) {
  if (!isHtml(response) || response.body.includes(`id="${STYLE_ID}"`)) {
    return undefined;
  }
  const mode = ctx.metadata?.themeMode === "dark" || ctx.metadata?.themeMode === "light" ? ctx.metadata.themeMode : modeOf(ctx);
  const body = response.body.replace(HEAD_TAG, (tag) => tag + styleElement(mode, ctx.config ?? {}));
  return body === response.body ? undefined : { response: { ...response, body } };
}
