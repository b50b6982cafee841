// The dashboard's shell: signing in and out, and the hash router (#/marketplace, #/plugin/<id>, ...).
import {api, session, whenUnauthorized} from './api.js';
import {clear, field, h} from './dom.js';
import {showDetail, showInstalled, showMarketplace} from './marketplace.js';
import {showAuthor} from './author.js';
import {showRegistry} from './registry.js';
import {showHost} from './host.js';

const pages = {
  marketplace: showMarketplace,
  installed: showInstalled,
  plugin: showDetail,
  author: showAuthor,
  registry: showRegistry,
  host: showHost,
};

const main = () => document.getElementById('main');
let leavePage = () => {};

function route() {
  const [name, ...args] = location.hash.replace(/^#\/?/, '').split('/').map((part) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  });
  const page = pages[name] ? name : 'marketplace';
  return {page, args};
}

function render() {
  leavePage();
  leavePage = () => {};
  if (!session.token()) {
    showSignIn();
    return;
  }
  showAccount();
  const {page, args} = route();
  for (const link of document.querySelectorAll('#nav a')) {
    if (link.dataset.page === page || (page === 'plugin' && link.dataset.page === 'marketplace')) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
  const container = clear(main());
  const leave = pages[page](container, ...args);
  if (typeof leave === 'function') leavePage = leave;
}

function showAccount() {
  document.getElementById('nav').hidden = false;
  const claims = session.claims();
  const roles = Array.isArray(claims.roles) ? claims.roles.filter((role) => typeof role === 'string') : [];
  const who = typeof claims.sub === 'string' ? claims.sub : 'signed in';
  clear(document.getElementById('account')).append(
    h('span', {class: 'who'}, roles.length ? `${who} (${roles.join(', ')})` : who),
    h('button', {type: 'button', class: 'secondary', onclick: signOut}, 'Sign out'));
}

function showSignIn(message) {
  leavePage();
  leavePage = () => {};
  document.getElementById('nav').hidden = true;
  clear(document.getElementById('account'));
  const token = h('input', {type: 'password', name: 'token', autocomplete: 'off', spellcheck: 'false', required: true});
  const status = h('div', {class: 'status'});
  if (message) status.append(h('p', {role: 'alert', class: 'error'}, message));
  const form = h('form', {class: 'sign-in', onsubmit: async (event) => {
    event.preventDefault();
    await signIn(token.value.trim(), status);
  }},
  field('Token', token, 'A bearer token for this server, for example from: java -jar plugbay.jar token --sub alice'),
  h('button', {type: 'submit'}, 'Sign in'),
  status);
  clear(main()).append(h('h1', {}, 'Sign in to Plugbay'), form);
  document.title = 'Sign in · Plugbay';
  token.focus();
}

async function signIn(token, status) {
  if (!token) {
    clear(status).append(h('p', {role: 'alert', class: 'error'}, 'Paste a token first'));
    return;
  }
  session.start(token);
  try {
    await api('/api/v1/plugins/installed');
  } catch (failure) {
    if (failure.status !== 401) {
      session.end();
      clear(status).append(h('p', {role: 'alert', class: 'error'}, failure.message));
    }
    return;
  }
  render();
}

function signOut() {
  session.end();
  showSignIn();
}

/** A token handed over as /#token=<jwt>: taken, then removed from the address bar and history. */
function tokenFromFragment() {
  if (!location.hash.startsWith('#token=')) return null;
  const token = new URLSearchParams(location.hash.slice(1)).get('token');
  history.replaceState(null, '', location.pathname + location.search);
  return token;
}

whenUnauthorized((message) => showSignIn(message));
window.addEventListener('hashchange', render);

const handedOver = tokenFromFragment();
if (handedOver) {
  const status = h('div');
  signIn(handedOver, status).then(() => {
    if (!session.token() && status.textContent) showSignIn(status.textContent);
  });
} else {
  render();
}
