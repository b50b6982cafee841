// The host operator's pages (HOST.md; an ADMIN token, from this machine only): the code plugins
// installed on this host, one plugin's config, logs, metrics and executions, the host catalog
// (OmniRoute's marketplace) and the registry URL setting.
import {api} from './api.js';
import {announce, checkboxField, clear, field, formatDate, h, plural} from './dom.js';

const PLUGINS = '/api/plugins';
const LOG_REFRESH_MILLIS = 2000;

export function showHost(container, view, name) {
  document.title = 'Host · Plugbay';
  container.append(h('h1', {}, 'Host'), hostNav(view));
  if (view === 'catalog') return showCatalog(container);
  if (view === 'settings') return showSettings(container);
  if (view === 'plugin' && name) return showHostPlugin(container, name);
  return showHostPlugins(container);
}

function hostNav(view) {
  const current = view === 'catalog' || view === 'settings' ? view : 'plugins';
  const link = (target, href, text) => h('li', {}, h('a', {href, 'aria-current': current === target ? 'page' : null}, text));
  return h('nav', {class: 'sub-nav', 'aria-label': 'Host pages'}, h('ul', {},
    link('plugins', '#/host', 'Code plugins'), link('catalog', '#/host/catalog', 'Catalog'),
    link('settings', '#/host/settings', 'Settings')));
}

/** Why a host page cannot be shown: the server's own message, with a hint for the usual causes. */
function hostFailure(failure) {
  const hints = {
    LOCAL_ONLY: 'The host pages answer only to a browser on this machine.',
    PERMISSION_DENIED: 'The host pages need a token with the ADMIN role.',
    ROUTE_NOT_FOUND: 'This server does not offer this part of the host API yet.',
  };
  return h('p', {role: 'alert', class: 'error'}, hints[failure.code] ? `${failure.message}. ${hints[failure.code]}` : failure.message);
}

function showHostPlugins(container) {
  const list = h('ul', {class: 'cards', 'aria-label': 'Code plugins on this host'});
  const summary = h('p', {class: 'summary', role: 'status'}, 'Loading…');
  const load = async () => {
    try {
      const {data} = await api(PLUGINS);
      summary.textContent = data.plugins.length === 0 ? 'No code plugin is installed on this host.'
        : `${plural(data.plugins.length, 'code plugin')} on this host.`;
      clear(list).append(...data.plugins.map((plugin) => h('li', {}, hostPluginCard(plugin, {onChange: load}))));
    } catch (failure) {
      summary.textContent = '';
      clear(list);
      summary.append(hostFailure(failure));
    }
  };
  container.append(installFromFolder(), h('h2', {}, 'Installed code plugins'), summary, list);
  load();
}

function installFromFolder() {
  const path = h('input', {type: 'text', name: 'path', autocomplete: 'off', spellcheck: 'false', placeholder: '/path/to/plugin-folder'});
  const message = h('div', {class: 'action-message'});
  const install = h('button', {type: 'submit'}, 'Install');
  const form = h('form', {class: 'panel', onsubmit: async (event) => {
    event.preventDefault();
    clear(message);
    path.removeAttribute('aria-invalid');
    install.disabled = true;
    try {
      const {data, status} = await api(PLUGINS, {method: 'POST', body: {path: path.value.trim()}});
      announce(`${data.plugin.name} ${status === 201 ? 'installed' : `upgraded from ${data.upgradedFrom}`}`);
      location.hash = `#/host/plugin/${encodeURIComponent(data.plugin.name)}`;
    } catch (failure) {
      path.setAttribute('aria-invalid', 'true');
      message.append(hostFailure(failure), ...failure.details.map((detail) => h('p', {class: 'error-text'}, detail.message)));
    } finally {
      install.disabled = false;
    }
  }},
  h('h2', {}, 'Install from a folder'),
  field('Local folder path', path, 'An absolute path on this machine to a folder holding plugin.json.'),
  h('div', {class: 'actions'}, install), message);
  return form;
}

/**
 * One installed code plugin as an article named by its heading: state, enforcement, lifecycle
 * buttons. onChange runs after a state change, onUninstalled after an uninstall (default: onChange).
 */
function hostPluginCard(plugin, {onChange, onUninstalled = onChange, headingLevel = 'h3'}) {
  const headingId = `host-${plugin.name}`;
  return h('article', {class: 'card', 'aria-labelledby': headingId},
    h(headingLevel, {id: headingId}, headingLevel === 'h1' ? plugin.name
      : h('a', {href: `#/host/plugin/${encodeURIComponent(plugin.name)}`}, plugin.name)),
    h('ul', {class: 'facts'},
      h('li', {}, `version ${plugin.version}`),
      plugin.author ? h('li', {}, `by ${plugin.author}`) : null,
      h('li', {class: `badge status-${plugin.status}`}, `Status: ${plugin.status}`)),
    plugin.description ? h('p', {class: 'description'}, plugin.description) : null,
    plugin.errorMessage ? h('p', {class: 'error-text'}, `Error: ${plugin.errorMessage}`) : null,
    h('p', {class: 'enforcement'}, plugin.unenforced && plugin.unenforced.length
      ? `Not enforced on this machine: ${plugin.unenforced.join(', ')}`
      : `Permissions: ${plugin.permissions.length ? plugin.permissions.join(', ') : 'none'}; every withheld one is enforced.`),
    lifecycleActions(plugin, onChange, onUninstalled));
}

function lifecycleActions(plugin, onChange, onUninstalled) {
  const message = h('div', {class: 'action-message'});
  const run = (button, verb, request, after = onChange) => async () => {
    button.disabled = true;
    clear(message);
    try {
      const {data} = await request();
      announce(data.message || `${plugin.name} ${verb}`);
      after();
    } catch (failure) {
      button.disabled = false;
      message.append(hostFailure(failure));
    }
  };
  const path = `${PLUGINS}/${encodeURIComponent(plugin.name)}`;
  const buttons = [];
  if (plugin.status === 'active') {
    const deactivate = h('button', {type: 'button', class: 'secondary'}, 'Deactivate');
    deactivate.addEventListener('click', run(deactivate, 'deactivated', () => api(`${path}/deactivate`, {method: 'POST'})));
    buttons.push(deactivate);
  } else {
    const activate = h('button', {type: 'button'}, 'Activate');
    activate.addEventListener('click', run(activate, 'activated', () => api(`${path}/activate`, {method: 'POST'})));
    buttons.push(activate);
  }
  const uninstall = h('button', {type: 'button', class: 'secondary'}, 'Uninstall');
  uninstall.addEventListener('click', run(uninstall, 'uninstalled', () => api(path, {method: 'DELETE'}), onUninstalled));
  buttons.push(uninstall);
  return h('div', {class: 'action-bar'}, h('div', {class: 'actions'}, buttons), message);
}

function showHostPlugin(container, name) {
  document.title = `${name} · Host · Plugbay`;
  const path = `${PLUGINS}/${encodeURIComponent(name)}`;
  const head = h('div', {}, h('p', {role: 'status'}, 'Loading…'));
  const config = h('section', {'aria-labelledby': 'config-heading'}, h('h2', {id: 'config-heading'}, 'Configuration'));
  const logs = h('div');
  const executions = h('div');
  const metrics = h('div');

  const loadHead = async () => {
    try {
      const {data} = await api(path);
      clear(head).append(hostPluginCard(data.plugin, {onChange: loadHead, headingLevel: 'h1',
        onUninstalled: () => { location.hash = '#/host'; }}), sandboxReport(data.plugin));
    } catch (failure) {
      clear(head).append(hostFailure(failure));
    }
  };
  // Each view polls on its own: a server without one of these routes still shows the others.
  const views = [
    {path: `${path}/logs`, query: {limit: 200}, target: logs, draw: drawLogs},
    {path: `${path}/executions`, target: executions, draw: executionTable},
    {path: `${path}/metrics`, target: metrics, draw: (answer) => metricTable(answer.metrics)},
  ];
  const refresh = () => Promise.all(views.filter((view) => !view.stopped).map(async (view) => {
    try {
      const {data} = await api(view.path, {query: view.query});
      const text = JSON.stringify(data);
      if (text !== view.last) {
        view.last = text;
        clear(view.target).append(view.draw(data));
      }
    } catch (failure) {
      if (failure.status === 404) {
        view.stopped = true;
        clear(view.target).append(h('p', {class: 'muted'}, failure.code === 'ROUTE_NOT_FOUND'
          ? 'This server does not offer this view yet.' : failure.message));
      }
    }
  }));

  container.append(h('p', {}, h('a', {href: '#/host'}, '← All code plugins')), head, config,
    h('section', {'aria-labelledby': 'logs-heading'}, h('h2', {id: 'logs-heading'}, 'Logs'),
      h('p', {class: 'help'}, 'Refreshed every 2 seconds while this page is open.'), logs),
    h('section', {'aria-labelledby': 'executions-heading'}, h('h2', {id: 'executions-heading'}, 'Executions'), executions),
    h('section', {'aria-labelledby': 'metrics-heading'}, h('h2', {id: 'metrics-heading'}, 'Metrics'), metrics));
  loadHead();
  loadConfig(config, path);
  refresh();
  const timer = setInterval(refresh, LOG_REFRESH_MILLIS);
  return () => clearInterval(timer);
}

function drawLogs(answer) {
  return h('ol', {class: 'logs', tabindex: 0, 'aria-label': 'Log lines, oldest first'},
    answer.logs.length ? answer.logs.map((entry) => h('li', {class: `log-${entry.stream}`},
      h('span', {class: 'log-at'}, formatDate(entry.at)), ' ', h('span', {class: 'log-stream'}, entry.stream), ' ',
      entry.line, entry.truncated ? ' …' : ''))
      : h('li', {}, 'No log line yet.'));
}

function sandboxReport(plugin) {
  if (!plugin.sandbox) return null;
  return h('section', {'aria-labelledby': 'sandbox-heading'}, h('h2', {id: 'sandbox-heading'}, 'Enforcement'),
    h('table', {},
      h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Permission'), h('th', {scope: 'col'}, 'On this machine'))),
      h('tbody', {}, Object.entries(plugin.sandbox).map(([permission, how]) =>
        h('tr', {}, h('td', {}, permission), h('td', {class: how === 'unenforced' ? 'error-text' : null}, how))))));
}

/** The config form generated from the schema: one input per key, labelled with the key. */
async function loadConfig(section, path) {
  const body = h('div');
  section.append(body);
  let answer;
  try {
    answer = (await api(`${path}/config`)).data;
  } catch (failure) {
    body.append(hostFailure(failure));
    return;
  }
  const entries = Object.entries(answer.configSchema || {});
  if (entries.length === 0) {
    body.append(h('p', {}, 'This plugin declares no configuration.'));
    return;
  }
  const inputs = new Map();
  const errors = new Map();
  const general = h('div');
  const status = h('p', {role: 'status'});
  const form = h('form', {class: 'panel config-form', novalidate: true}, entries.map(([key, schema]) => {
    const input = configInput(schema, answer.config?.[key], answer.effective?.[key]);
    inputs.set(key, {input, schema});
    errors.set(key, h('div', {class: 'field-errors'}));
    const wrapper = schema.type === 'boolean' ? checkboxField(key, input) : field(key, input, schema.description);
    wrapper.append(errors.get(key));
    return wrapper;
  }), general, h('div', {class: 'actions'}, h('button', {type: 'submit'}, 'Save')), status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    for (const slot of [...errors.values(), general]) clear(slot);
    status.textContent = '';
    const config = {};
    for (const [key, {input, schema}] of inputs) {
      const value = configValue(input, schema);
      if (value !== undefined) config[key] = value;
    }
    try {
      await api(`${path}/config`, {method: 'PUT', body: {config}});
      for (const {input} of inputs.values()) input.removeAttribute('aria-invalid');
      status.textContent = 'Configuration saved.';
    } catch (failure) {
      const details = failure.details.length ? failure.details : [{message: failure.message}];
      for (const detail of details) {
        const key = detail.field ?? (detail.pointer ? detail.pointer.split('/')[1] : undefined);
        const alert = h('p', {role: 'alert', class: 'error'}, detail.message);
        if (key !== undefined && errors.has(key)) {
          errors.get(key).append(alert);
          inputs.get(key).input.setAttribute('aria-invalid', 'true');
        } else {
          general.append(alert);
        }
      }
    }
  });
  body.append(form);
}

function configInput(schema, stored, effective) {
  const current = stored ?? effective;
  if (schema.type === 'boolean') return h('input', {type: 'checkbox', checked: current === true});
  if (schema.type === 'select') {
    return h('select', {}, (schema.enum || []).map((option) =>
      h('option', {value: String(option), selected: String(option) === String(current) ? true : null}, String(option))));
  }
  if (schema.type === 'number') {
    return h('input', {type: 'number', step: 'any', min: schema.min ?? null, max: schema.max ?? null,
      value: current === undefined || current === null ? '' : String(current)});
  }
  return h('input', {type: 'text', value: current === undefined || current === null ? '' : String(current)});
}

/** The JSON value an input stands for (numbers as numbers, as the API wants), or undefined to leave the key out. */
function configValue(input, schema) {
  if (schema.type === 'boolean') return input.checked;
  if (schema.type === 'number') {
    if (input.value.trim() === '') return undefined;
    const number = Number(input.value);
    return Number.isFinite(number) ? number : input.value;
  }
  return input.value;
}

function executionTable(answer) {
  const summary = answer.summary;
  return h('div', {},
    h('p', {}, `${plural(summary.totalCalls, 'call')}: ${summary.successCount} succeeded, ${summary.failureCount} failed`
      + (summary.avgDurationMs === null || summary.avgDurationMs === undefined ? '.' : `, ${summary.avgDurationMs} ms on average.`)),
    answer.executions.length === 0 ? null : h('table', {},
      h('caption', {}, 'Latest executions, newest first'),
      h('thead', {}, h('tr', {}, ['Hook', 'Started', 'Duration', 'Outcome', 'Error'].map((title) => h('th', {scope: 'col'}, title)))),
      h('tbody', {}, answer.executions.map((run) => h('tr', {},
        h('td', {}, run.hook), h('td', {}, formatDate(run.startedAt)), h('td', {}, `${run.durationMs} ms`),
        h('td', {}, run.outcome), h('td', {}, run.error ?? ''))))));
}

function metricTable(rows) {
  if (!rows || rows.length === 0) return h('p', {}, 'No hook has been called yet.');
  const columns = ['hook', 'calls', 'errors', 'timeouts', 'blocked', 'rateLimited', 'unavailable', 'p50Ms', 'p95Ms', 'p99Ms'];
  return h('table', {class: 'metrics'},
    h('caption', {}, 'Per hook, since the plugin was installed'),
    h('thead', {}, h('tr', {}, columns.map((column) => h('th', {scope: 'col'}, column)))),
    h('tbody', {}, rows.map((row) => h('tr', {}, columns.map((column) => h('td', {}, row[column] ?? '–'))))));
}

function showCatalog(container) {
  document.title = 'Catalog · Host · Plugbay';
  const results = h('ul', {class: 'cards', 'aria-label': 'Host catalog'});
  const summary = h('div', {class: 'summary', role: 'status'}, 'Loading…');
  let request = 0;
  const load = async (q) => {
    const mine = ++request;
    try {
      const {data} = await api(`${PLUGINS}/marketplace`, {query: {q}});
      if (mine !== request) return;
      clear(summary).append(h('span', {}, `${plural(data.plugins.length, 'plugin')} from the ${data.source === 'remote' ? 'remote registry' : 'built-in list'}.`),
        ...(data.warning ? [h('p', {class: 'warnings'}, data.warning)] : []));
      clear(results).append(...data.plugins.map((entry) => h('li', {}, catalogEntry(entry, () => load(search.value.trim())))));
    } catch (failure) {
      clear(summary).append(hostFailure(failure));
      clear(results);
    }
  };
  let debounceTimer = null;
  const search = h('input', {type: 'search', name: 'q', autocomplete: 'off', oninput: () => {
    clearTimeout(debounceTimer);
    debounceTimer = setTimeout(() => load(search.value.trim()), 250);
  }});
  container.append(h('h2', {}, 'Catalog'),
    h('form', {role: 'search', onsubmit: (event) => event.preventDefault()}, field('Search the host catalog', search)),
    summary, results);
  load('');
}

function catalogEntry(entry, onChange) {
  const headingId = `catalog-${entry.name}`;
  const message = h('div', {class: 'action-message'});
  const buttons = [];
  const install = async (button, verb) => {
    button.disabled = true;
    clear(message);
    try {
      const {data} = await api(`${PLUGINS}/marketplace/${encodeURIComponent(entry.name)}/install`, {method: 'POST'});
      announce(`${entry.name} ${verb}`);
      message.append(h('p', {class: 'success'}, `${verb === 'updated' ? 'Updated to' : 'Installed'} ${data.plugin.version}`
        + (data.sha256Verified ? ', archive verified.' : '.')),
      ...(data.warnings || []).map((warning) => h('p', {class: 'warnings'}, warning)));
      setTimeout(onChange, 1500);
    } catch (failure) {
      button.disabled = false;
      message.append(hostFailure(failure));
    }
  };
  if (!entry.installedVersion) {
    const button = h('button', {type: 'button'}, 'Install');
    button.addEventListener('click', () => install(button, 'installed'));
    buttons.push(button);
  } else if (entry.hasUpdate) {
    const button = h('button', {type: 'button'}, 'Update');
    button.addEventListener('click', () => install(button, 'updated'));
    buttons.push(button);
  }
  return h('article', {class: 'card', 'aria-labelledby': headingId},
    h('h3', {id: headingId}, entry.name),
    h('ul', {class: 'facts'},
      h('li', {}, `version ${entry.version}`),
      entry.author ? h('li', {}, `by ${entry.author}`) : null,
      h('li', {}, plural(entry.downloads ?? 0, 'download')),
      entry.verified ? h('li', {class: 'badge official'}, 'Verified') : null,
      entry.installedVersion ? h('li', {class: 'badge'}, `Installed: ${entry.installedVersion}`) : null,
      entry.hasUpdate ? h('li', {class: 'badge update'}, 'Update available') : null),
    h('p', {class: 'description'}, entry.description),
    h('div', {class: 'action-bar'}, h('div', {class: 'actions'}, buttons), message));
}

function showSettings(container) {
  document.title = 'Settings · Host · Plugbay';
  const url = h('input', {type: 'url', name: 'pluginMarketplaceUrl', autocomplete: 'off', spellcheck: 'false'});
  const errors = h('div', {class: 'field-errors'});
  const status = h('p', {role: 'status'});
  const save = h('button', {type: 'submit'}, 'Save');
  const wrapper = field('Registry URL', url, 'Where the host catalog is read from (pluginMarketplaceUrl); empty uses the built-in list.');
  wrapper.append(errors);
  const form = h('form', {class: 'panel', novalidate: true, onsubmit: async (event) => {
    event.preventDefault();
    clear(errors);
    status.textContent = '';
    url.removeAttribute('aria-invalid');
    save.disabled = true;
    try {
      const {data} = await api('/api/settings', {method: 'PATCH', body: {pluginMarketplaceUrl: url.value.trim() || null}});
      url.value = data.pluginMarketplaceUrl ?? '';
      status.textContent = data.pluginMarketplaceUrl ? 'Saved: the catalog is read from this URL.' : 'Saved: the catalog is the built-in list.';
    } catch (failure) {
      url.setAttribute('aria-invalid', 'true');
      errors.append(hostFailure(failure));
    } finally {
      save.disabled = false;
    }
  }}, h('h2', {}, 'Settings'), wrapper, h('div', {class: 'actions'}, save), status);
  container.append(form);
  // Nothing can be typed or saved before the saved value is shown, so the answer never overwrites an edit.
  url.disabled = true;
  save.disabled = true;
  api('/api/settings').then(({data}) => { url.value = data.pluginMarketplaceUrl ?? ''; },
    (failure) => errors.append(hostFailure(failure)))
    .finally(() => { url.disabled = false; save.disabled = false; });
}
