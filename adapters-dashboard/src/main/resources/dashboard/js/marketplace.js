// The marketplace: browsing the community catalog, a plugin's page, and the caller's installations.
import {marketplaceApi, pageLinks} from './api.js';
import {announce, append, checkboxField, clear, debounce, field, formatDate, h, plural} from './dom.js';
import {renderStac} from './stac.js';

export const SLOTS = ['dashboard_top', 'dashboard_bottom', 'left_sidebar', 'inventory_header',
  'floating_action_button', 'asset_detail'];
const PAGE_SIZE = 24;
export const SAMPLE_CONTEXT = {user: {name: 'Ada', email: 'ada@example.com'}, asset: {name: 'Laptop', quantity: 3},
  clock: {time: '10:42'}};

/** The filters survive leaving the page and coming back. */
const filters = {q: '', slot: '', tag: '', kind: 'ui', sort: 'downloads', page: 1};

export function showMarketplace(container) {
  document.title = 'Marketplace · Plugbay';
  const results = h('ul', {class: 'cards', 'aria-labelledby': 'results-heading'});
  const summary = h('p', {class: 'summary', role: 'status'});
  const pager = h('nav', {class: 'pager', 'aria-label': 'Pages'});
  let request = null;

  const load = async () => {
    request?.abort();
    request = new AbortController();
    summary.textContent = 'Loading…';
    try {
      const [page, installations] = await Promise.all([
        marketplaceApi.community({q: filters.q, slot: filters.slot, tag: filters.tag, kind: filters.kind,
          sort: filters.sort, page: filters.page, size: PAGE_SIZE, installed: 'include'}, request.signal),
        installationsById(),
      ]);
      const total = Number(page.headers.get('X-Total-Count') ?? page.data.length);
      summary.textContent = total === 0 ? 'No plugin matches.' : `${plural(total, 'plugin')} found, page ${filters.page}.`;
      clear(results).append(...page.data.map((plugin) => h('li', {}, pluginCard(plugin, installations.get(plugin.id)))));
      showPager(pager, pageLinks(page.headers.get('Link')), (target) => {
        filters.page = target;
        load();
        document.getElementById('results-heading').focus();
      });
    } catch (failure) {
      if (failure.name === 'AbortError') return;
      summary.textContent = '';
      clear(results);
      clear(pager);
      summary.append(h('span', {role: 'alert', class: 'error'}, failure.message));
    }
  };
  const reload = () => {
    filters.page = 1;
    load();
  };

  const search = h('input', {type: 'search', name: 'q', value: filters.q, autocomplete: 'off',
    oninput: debounce((event) => { filters.q = event.target.value.trim(); reload(); }, 250)});
  const slot = select([['', 'Any slot'], ...SLOTS.map((name) => [name, name])], filters.slot,
    (value) => { filters.slot = value; reload(); });
  const tag = h('input', {type: 'text', name: 'tag', value: filters.tag, autocomplete: 'off',
    oninput: debounce((event) => { filters.tag = event.target.value.trim().toLowerCase(); reload(); }, 250)});
  const kind = select([['ui', 'UI plugins'], ['code', 'Code plugins'], ['all', 'All plugins']], filters.kind,
    (value) => { filters.kind = value; reload(); });
  const sort = select([['downloads', 'Most downloaded'], ['name', 'Name'], ['updated', 'Recently updated']], filters.sort,
    (value) => { filters.sort = value; reload(); });

  container.append(
    h('h1', {}, 'Marketplace'),
    h('form', {role: 'search', class: 'filters', onsubmit: (event) => event.preventDefault()},
      field('Search plugins', search), field('Slot', slot), field('Tag', tag), field('Kind', kind), field('Sort', sort)),
    h('h2', {id: 'results-heading', tabindex: -1, class: 'visually-hidden'}, 'Results'),
    summary, results, pager);
  load();
  return () => request?.abort();
}

export function showInstalled(container) {
  document.title = 'Installed · Plugbay';
  const list = h('ul', {class: 'cards', 'aria-label': 'Installed plugins'});
  const summary = h('p', {class: 'summary', role: 'status'}, 'Loading…');
  container.append(h('h1', {}, 'Installed plugins'), summary, list);
  marketplaceApi.installed().then(({data}) => {
    summary.textContent = data.length === 0
      ? 'Nothing is installed yet: find plugins in the Marketplace.'
      : `${plural(data.length, 'plugin')} installed.`;
    list.append(...data.map((installation) => h('li', {}, pluginCard(installation, installation))));
  }, (failure) => {
    summary.textContent = '';
    summary.append(h('span', {role: 'alert', class: 'error'}, failure.message));
  });
}

export function showDetail(container, id) {
  document.title = 'Plugin · Plugbay';
  const status = h('p', {class: 'summary', role: 'status'}, 'Loading…');
  container.append(h('p', {}, h('a', {href: '#/marketplace'}, '← All plugins')), status);
  Promise.all([marketplaceApi.plugin(id), installationsById()]).then(([{data: plugin}, installations]) => {
    status.remove();
    document.title = `${plugin.name} · Plugbay`;
    const installation = installations.get(plugin.id);
    const state = h('div', {class: 'state'});
    const drawState = (current, currentInstallation) => clear(state).append(facts(current, currentInstallation),
      actions(current, currentInstallation, drawState));
    drawState(plugin, installation);
    const preview = h('div', {class: 'stac-surface'});
    if (plugin.ui) preview.append(renderStac(installation?.ui ?? plugin.ui, SAMPLE_CONTEXT));
    else preview.append(h('p', {}, 'This plugin has no UI: it is a code plugin.'));
    container.append(
      h('article', {class: 'detail', 'aria-labelledby': 'detail-name'},
        h('h1', {id: 'detail-name', tabindex: -1}, plugin.name),
        state,
        h('p', {class: 'description'}, plugin.description || 'No description.'),
        tagList(plugin.tags),
        plugin.isMine ? h('p', {}, h('a', {href: `#/author/${encodeURIComponent(plugin.id)}`}, 'Edit this plugin')) : null,
        h('section', {'aria-labelledby': 'preview-heading'},
          h('h2', {id: 'preview-heading'}, plugin.slot ? `UI in the ${plugin.slot} slot` : 'UI'),
          preview),
        h('section', {'aria-labelledby': 'versions-heading'},
          h('h2', {id: 'versions-heading'}, 'Version history'),
          h('table', {class: 'versions'},
            h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Version'), h('th', {scope: 'col'}, 'Published'))),
            h('tbody', {}, (plugin.versions || []).map((release) =>
              h('tr', {}, h('td', {}, release.version), h('td', {}, formatDate(release.publishedAt)))))))));
    container.querySelector('h1').focus();
  }, (failure) => {
    status.textContent = '';
    status.append(h('span', {role: 'alert', class: 'error'}, failure.message));
  });
}

async function installationsById() {
  const {data} = await marketplaceApi.installed();
  return new Map(data.map((installation) => [installation.id, installation]));
}

/** One plugin as an article named by its heading, with its actions; redrawn in place when they change it. */
function pluginCard(plugin, installation) {
  const headingId = `card-${plugin.id}`;
  const card = h('article', {class: 'card', 'aria-labelledby': headingId});
  const draw = (current, currentInstallation) => {
    clear(card).append(
      h('h3', {id: headingId}, h('a', {href: `#/plugin/${encodeURIComponent(current.id)}`}, current.name)),
      facts(current, currentInstallation),
      h('p', {class: 'description'}, current.description),
      actions(current, currentInstallation, (next, nextInstallation) => draw(next, nextInstallation)));
  };
  draw(plugin, installation);
  return card;
}

function facts(plugin, installation) {
  const version = installation ? installation.installedVersion ?? installation.version : plugin.version;
  return h('ul', {class: 'facts'},
    h('li', {}, `by ${plugin.author}`),
    h('li', {}, `version ${version}`),
    h('li', {}, plural(plugin.downloadCount ?? 0, 'download')),
    plugin.isOfficial ? h('li', {class: 'badge official'}, 'Official') : null,
    installation ? h('li', {class: 'badge'}, installation.isActive ? 'Installed, active' : 'Installed, inactive') : null,
    installation?.hasUpdate ? h('li', {class: 'badge update'}, `Update available: ${installation.latestVersion}`) : null);
}

function tagList(tags) {
  if (!tags || tags.length === 0) return null;
  return h('ul', {class: 'tags', 'aria-label': 'Tags'}, tags.map((tag) => h('li', {}, tag)));
}

/**
 * Install, or Uninstall with the Active switch and Update when one is available. onChange(plugin,
 * installation) redraws the owner with the new state; failures are shown beside the buttons.
 */
function actions(plugin, installation, onChange) {
  const message = h('div', {class: 'action-message'});
  const box = h('div', {class: 'actions'});
  const attempt = async (button, work) => {
    button.disabled = true;
    clear(message);
    try {
      await work();
    } catch (failure) {
      button.disabled = false;
      message.append(h('p', {role: 'alert', class: 'error'}, failure.message));
    }
  };
  const afterInstall = (data, verb) => {
    const installed = data.plugin;
    announce(`${plugin.name} ${verb}`);
    onChange({...plugin, ...installed, isInstalled: true, downloadCount: installed.downloadCount}, installed);
    focusAfterRedraw(plugin.id, 'Uninstall');
  };
  if (!installation) {
    const install = h('button', {type: 'button', onclick: () => attempt(install, async () => {
      afterInstall((await marketplaceApi.install(plugin.id)).data, 'installed');
    })}, 'Install');
    box.append(install);
  } else {
    const active = h('input', {type: 'checkbox', checked: installation.isActive, onchange: () => {
      const wanted = active.checked;
      attempt(active, async () => {
        let answer;
        try {
          answer = (await marketplaceApi.toggle(plugin.id, wanted)).data;
        } catch (failure) {
          active.checked = !wanted;
          throw failure;
        }
        announce(`${plugin.name} ${answer.isActive ? 'activated' : 'deactivated'}`);
        onChange(plugin, {...installation, isActive: answer.isActive, status: answer.isActive ? 'active' : 'inactive'});
        focusAfterRedraw(plugin.id, 'Active');
      });
    }});
    box.append(checkboxField('Active', active, 'switch'));
    if (installation.hasUpdate) {
      const update = h('button', {type: 'button', onclick: () => attempt(update, async () => {
        afterInstall((await marketplaceApi.install(plugin.id, installation.latestVersion)).data, 'updated');
      })}, 'Update');
      box.append(update);
    }
    const uninstall = h('button', {type: 'button', class: 'secondary', onclick: () => attempt(uninstall, async () => {
      await marketplaceApi.uninstall(plugin.id);
      announce(`${plugin.name} uninstalled`);
      onChange({...plugin, isInstalled: false}, undefined);
      focusAfterRedraw(plugin.id, 'Install');
    })}, 'Uninstall');
    box.append(uninstall);
  }
  return append(h('div', {class: 'action-bar'}), [box, message]);
}

/** Keeps keyboard focus in the redrawn card or page: on the control that replaced the one used. */
function focusAfterRedraw(id, label) {
  requestAnimationFrame(() => {
    const scope = document.querySelector(`[aria-labelledby="card-${CSS.escape(id)}"]`)
      || document.querySelector('.detail') || document.getElementById('main');
    const control = [...scope.querySelectorAll('button, input')].find((element) =>
      element.textContent === label || element.labels?.[0]?.textContent === label);
    control?.focus();
  });
}

function select(options, selected, onChange) {
  return h('select', {onchange: (event) => onChange(event.target.value)},
    options.map(([value, label]) => h('option', {value, selected: value === selected ? true : null}, label)));
}

function showPager(pager, links, go) {
  clear(pager);
  if (links.prev) pager.append(h('button', {type: 'button', class: 'secondary', onclick: () => go(links.prev)}, 'Previous page'));
  if (links.next) pager.append(h('button', {type: 'button', class: 'secondary', onclick: () => go(links.next)}, 'Next page'));
}
