/**
 * Runs a built-in plugin's handlers the way RUNTIME.md's Node host script does, without the wire
 * protocol: PLUGIN_DIR is the folder the JUnit driver extracted the packaged archive into.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export const pluginDir = process.env.PLUGIN_DIR;
if (!pluginDir) {
  throw new Error("PLUGIN_DIR names the extracted plugin folder");
}

export const manifest = JSON.parse(readFileSync(join(pluginDir, "plugin.json"), "utf8"));

/** The config a hook sees with nothing stored: the schema's defaults in schema order, then overrides. */
export function config(overrides = {}) {
  const defaults = {};
  for (const [key, field] of Object.entries(manifest.configSchema ?? {})) {
    if ("default" in field) {
      defaults[key] = field.default;
    }
  }
  return { ...defaults, ...overrides };
}

/** The handler object: the default export when it is an object, else `plugin`, else the module. */
export async function load() {
  const module = await import(pathToFileURL(join(pluginDir, manifest.main ?? "index.js")).href);
  if (typeof module.default === "object" && module.default !== null) {
    return module.default;
  }
  if (typeof module.plugin === "object" && module.plugin !== null) {
    return module.plugin;
  }
  return module;
}

const HOOKS = ["onRequest", "onResponse", "onError", "onInstall", "onActivate", "onDeactivate", "onUninstall", "onAction"];

export const handlers = await load();

/** Calls a hook with RUNTIME.md's arguments: onResponse and onError get two, every other hook one. */
export async function call(hook, payload) {
  if (typeof handlers[hook] !== "function") {
    throw new Error(`Hook not found: ${hook}`);
  }
  if (hook === "onResponse") {
    return handlers.onResponse(payload.ctx, payload.response);
  }
  if (hook === "onError") {
    return handlers.onError(payload.ctx, payload.error);
  }
  return handlers[hook](payload);
}

/** The hooks the host script would offer in its ready message: the known names that are functions. */
export function offeredHooks() {
  return HOOKS.filter((name) => typeof handlers[name] === "function");
}

/** Runs fn with console's methods recording their lines, and returns the lines by method. */
export async function captured(fn) {
  const lines = [];
  const saved = {};
  for (const method of ["log", "debug", "info", "warn", "error"]) {
    saved[method] = console[method];
    console[method] = (...args) => lines.push({ method, line: args.join(" ") });
  }
  try {
    const result = await fn();
    return { result, lines };
  } finally {
    Object.assign(console, saved);
  }
}

/** The hooks the manifest declares must be exactly the ones the module offers. */
export function declaredHooks() {
  return Object.keys(manifest.hooks ?? {}).filter((hook) => manifest.hooks[hook] === true);
}
