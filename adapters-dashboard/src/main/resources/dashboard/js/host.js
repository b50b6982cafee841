// The host operator's pages (ADMIN token, from this machine): code plugins on this host.
import {h} from './dom.js';

export function showHost(container) {
  document.title = 'Host · Plugbay';
  container.append(h('h1', {}, 'Host'), h('p', {}, 'Loading…'));
}
