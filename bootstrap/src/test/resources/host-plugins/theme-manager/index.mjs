// OmniRoute's theme-manager shape: a default-exported handler object.
export default {
  onActivate({ config }) {
    console.log(`[theme-manager] theme --color-primary: ${config.primaryColor};`);
  },
  onResponse(ctx, response) {
    const css = `<style id="omniroute-theme">:root { --color-primary: ${ctx.config.primaryColor}; }</style>`;
    return { response: { ...response, body: String(response.body).replace("<head>", `<head>${css}`) } };
  },
};
