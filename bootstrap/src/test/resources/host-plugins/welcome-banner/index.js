// OmniRoute's welcome-banner fixture shape: a CommonJS module exporting its hooks.
module.exports = {
  onInstall({ config }) {
    console.log(`[welcome-banner] installed, banner "${config.message}"`);
  },
  onActivate({ config }) {
    console.log(`[welcome-banner] active, enabled=${config.enabled} banner "${config.message}"`);
  },
  onRequest(ctx) {
    if (ctx.config.enabled === false) {
      return null;
    }
    return { metadata: { ...ctx.metadata, banner: ctx.config.message } };
  },
};
