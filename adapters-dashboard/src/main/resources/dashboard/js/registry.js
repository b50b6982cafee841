// Registry administration (ADMIN tokens): the last sync's outcome and Sync now.
import {api} from './api.js';
import {clear, formatDate, h} from './dom.js';

const SYNC = '/api/v1/admin/registry/sync';

export function showRegistry(container) {
  document.title = 'Registry · Plugbay';
  const message = h('div', {class: 'action-message'});
  const last = h('section', {'aria-labelledby': 'last-sync-heading'},
    h('h2', {id: 'last-sync-heading'}, 'Last sync'));
  const outcome = h('div', {role: 'status'}, 'Loading…');
  last.append(outcome);
  const syncNow = h('button', {type: 'button', onclick: async () => {
    syncNow.disabled = true;
    clear(message);
    clear(outcome).append('Syncing…');
    try {
      await api(SYNC, {method: 'POST'});
    } catch (failure) {
      message.append(h('p', {role: 'alert', class: 'error'}, failure.message));
    } finally {
      syncNow.disabled = false;
    }
    await showLastSync(outcome, message);
  }}, 'Sync now');
  container.append(h('h1', {}, 'Registry'),
    h('p', {}, 'Plugbay mirrors the GitHub registry into the catalog on start, on its schedule, and when asked here.'),
    h('div', {class: 'actions'}, syncNow), message, last);
  showLastSync(outcome, message);
}

async function showLastSync(outcome, message) {
  try {
    const {data} = await api(SYNC);
    clear(outcome).append(describe(data.lastSync));
  } catch (failure) {
    clear(outcome);
    message.append(h('p', {role: 'alert', class: 'error'}, failure.status === 403
      ? `${failure.message}: the registry pages need a token with the ADMIN role.` : failure.message));
  }
}

function describe(run) {
  if (!run) return h('p', {}, 'No sync has run on this server since it started.');
  const when = h('p', {}, `Started ${formatDate(run.startedAt)}, finished ${formatDate(run.finishedAt)}: `,
    h('strong', {}, run.succeeded ? 'succeeded' : 'failed'), '.');
  if (!run.succeeded) {
    return h('div', {}, when, h('p', {class: 'error-text'}, `${run.failure.error}: ${run.failure.message}`));
  }
  const report = run.report;
  return h('div', {}, when,
    h('dl', {class: 'counts'},
      h('dt', {}, 'Added'), h('dd', {}, report.added),
      h('dt', {}, 'Updated'), h('dd', {}, report.updated),
      h('dt', {}, 'Removed'), h('dd', {}, report.removed),
      h('dt', {}, 'Skipped'), h('dd', {}, report.skipped.length)),
    report.skipped.length === 0 ? null : h('table', {class: 'skipped'},
      h('caption', {}, 'Skipped entries and why'),
      h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Plugin'), h('th', {scope: 'col'}, 'Reason'))),
      h('tbody', {}, report.skipped.map((entry) => h('tr', {}, h('td', {}, entry.id), h('td', {}, entry.error))))));
}
