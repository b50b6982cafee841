// Calls to the Plugbay API with the signed-in token. The token lives in sessionStorage (this tab
// only) and travels in the Authorization header, never in a URL or a cookie.

const TOKEN_KEY = 'plugbay.token';

export const session = {
  token() {
    return sessionStorage.getItem(TOKEN_KEY);
  },
  start(token) {
    sessionStorage.setItem(TOKEN_KEY, token);
  },
  end() {
    sessionStorage.removeItem(TOKEN_KEY);
  },
  /** The token's claims as the token states them (display only: the server decides). */
  claims() {
    const token = this.token();
    if (!token) return {};
    try {
      const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      const bytes = Uint8Array.from(atob(payload), (c) => c.charCodeAt(0));
      return JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      return {};
    }
  },
};

/** A failure answered in Plugbay's error model ({success: false, message, error, details}). */
export class ApiError extends Error {
  constructor(status, body) {
    super(body && typeof body.message === 'string' ? body.message : `The server answered ${status}`);
    this.status = status;
    this.code = body && body.error;
    this.details = body && Array.isArray(body.details) ? body.details : [];
  }
}

let onUnauthorized = () => {};

/** What to do when the server refuses the token (401): the app shows the sign-in screen with the message. */
export function whenUnauthorized(handler) {
  onUnauthorized = handler;
}

/**
 * api('/api/v1/plugins/community', {query: {q: 'clock'}}) → {data, headers, status}.
 * Throws ApiError for every failure; a 401 also ends the session.
 */
export async function api(path, {method = 'GET', body, query, signal} = {}) {
  const url = new URL(path, location.origin);
  for (const [name, value] of Object.entries(query || {})) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, value);
  }
  const headers = {Accept: 'application/json'};
  const token = session.token();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(url, {
      method, headers, signal, credentials: 'omit', cache: 'no-store',
      body: body === undefined ? undefined : (typeof body === 'string' ? body : JSON.stringify(body)),
    });
  } catch (failure) {
    if (failure.name === 'AbortError') throw failure;
    throw new ApiError(0, {message: 'The server could not be reached', error: 'NETWORK'});
  }
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json().catch(() => null) : null;
  if (response.status === 401) {
    const error = new ApiError(401, data);
    session.end();
    onUnauthorized(error.message);
    throw error;
  }
  if (!response.ok) throw new ApiError(response.status, data);
  return {data, headers: response.headers, status: response.status};
}

/** The page numbers that a Link header's rel="next" and rel="prev" URIs name. */
export function pageLinks(linkHeader) {
  const links = {};
  for (const part of (linkHeader || '').split(',')) {
    const match = part.match(/<([^>]*)>\s*;\s*rel="?(next|prev)"?/);
    if (!match) continue;
    const page = Number(new URL(match[1], location.origin).searchParams.get('page'));
    if (Number.isInteger(page) && page > 0) links[match[2]] = page;
  }
  return links;
}

export const marketplaceApi = {
  community: (query, signal) => api('/api/v1/plugins/community', {query, signal}),
  installed: () => api('/api/v1/plugins/installed'),
  plugin: (id) => api(`/api/v1/plugins/${encodeURIComponent(id)}`),
  install: (id, version) => api('/api/v1/plugins/install', {method: 'POST', body: version ? {id, version} : {id}}),
  uninstall: (id) => api(`/api/v1/plugins/uninstall/${encodeURIComponent(id)}`, {method: 'DELETE'}),
  toggle: (pluginId, isActive) => api('/api/v1/plugins/user/toggle', {method: 'PUT', body: {pluginId, isActive}}),
  validate: (manifest, signal) => api('/api/v1/plugins/validate', {method: 'POST', body: manifest, signal}),
  create: (manifest) => api('/api/v1/plugins', {method: 'POST', body: manifest}),
  update: (id, manifest) => api(`/api/v1/plugins/${encodeURIComponent(id)}`, {method: 'PUT', body: manifest}),
};
