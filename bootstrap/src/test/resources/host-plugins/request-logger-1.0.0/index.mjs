// OmniRoute's request-logger shape: named hook exports, config read from the payload, output through console.
const VERSION = "1.0.0";

export function onInstall({ config, previousVersion }) {
  console.log(`[request-logger ${VERSION}] installed (previous: ${previousVersion}) config=${JSON.stringify(config)}`);
}

export function onActivate({ config, reason }) {
  console.info(`[request-logger ${VERSION}] ${reason} logLevel=${config.logLevel} config=${JSON.stringify(config)}`);
}

export function onDeactivate({ reason }) {
  console.warn(`[request-logger ${VERSION}] deactivated (${reason})`);
}

export function onUninstall() {
  console.error(`[request-logger ${VERSION}] uninstalled`);
}

export function onRequest(ctx) {
  console.info(`[request-logger] request ${ctx.requestId}`);
  return { metadata: { requestLoggerStartedAt: Date.now() } };
}
