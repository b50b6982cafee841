// Plugbay's Node host: loads one plugin's entry file and serves its hooks over Plugbay's wire
// protocol, version 1 (docs/host.md): one JSON object per line, calls on stdin, `ready` and
// results on stdout. stdout belongs to the protocol, so console output goes to stderr.
// Usage: node [permission flags] plugbay-host.mjs <real path of the entry file>
import { Console } from 'node:console';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';

const HOOKS = ['onRequest', 'onResponse', 'onError', 'onInstall', 'onActivate', 'onDeactivate', 'onUninstall', 'onAction'];
const protocol = process.stdout;
globalThis.console = new Console({ stdout: process.stderr, stderr: process.stderr });

const isObject = (value) => value !== null && typeof value === 'object';

let handler;
try {
  const entry = await import(pathToFileURL(process.argv[2]).href);
  handler = isObject(entry.default) ? entry.default : isObject(entry.plugin) ? entry.plugin : entry;
} catch (error) {
  process.stderr.write(`Plugbay host: the entry file could not be loaded: ${error?.stack ?? String(error)}\n`);
  process.exit(1);
}

const ready = { type: 'ready', hooks: HOOKS.filter((hook) => typeof handler[hook] === 'function') };
if (typeof handler.priority === 'number') {
  ready.priority = handler.priority;
}
send(JSON.stringify(ready));

const input = createInterface({ input: process.stdin, crlfDelay: Infinity });
input.on('line', (line) => {
  let message;
  try {
    message = JSON.parse(line);
  } catch {
    process.stderr.write('Plugbay host: ignored a line that is not JSON\n');
    return;
  }
  if (message?.type === 'call' && Number.isSafeInteger(message.id)) {
    serve(message.id, message.hook, message.payload);
  }
});
input.on('close', () => process.exit(0));

function send(line) {
  protocol.write(`${line}\n`);
}

// Calls run concurrently: each line starts one, and answers go out as they finish.
async function serve(id, hook, payload) {
  const fn = HOOKS.includes(hook) ? handler[hook] : undefined;
  if (typeof fn !== 'function') {
    send(JSON.stringify({ type: 'result', id, error: `Hook not found: ${hook}` }));
    return;
  }
  let result;
  try {
    result = await invoke(fn, hook, payload);
  } catch (error) {
    send(JSON.stringify({ type: 'result', id, error: messageOf(error) }));
    return;
  }
  let text;
  try {
    text = JSON.stringify(result === undefined ? null : result);
  } catch {
    text = undefined;
  }
  send(text === undefined
    ? JSON.stringify({ type: 'result', id, error: 'result is not JSON-serializable' })
    : `{"type":"result","id":${id},"result":${text}}`);
}

function invoke(fn, hook, payload) {
  switch (hook) {
    case 'onRequest':
      return onRequest(fn, payload);
    case 'onResponse':
      return onResponse(fn, payload);
    case 'onError':
      return fn.call(handler, payload?.ctx, payload?.error);
    default:
      return fn.call(handler, payload);
  }
}

// OmniRoute's plugins change ctx.body and ctx.metadata in place: a change (different JSON text)
// joins the result, unless the returned object has that key itself.
async function onRequest(fn, ctx) {
  const before = { body: jsonText(ctx?.body), metadata: jsonText(ctx?.metadata) };
  const returned = await fn.call(handler, ctx);
  const changed = {};
  for (const key of ['body', 'metadata']) {
    if (isObject(ctx) && jsonText(ctx[key]) !== before[key]) {
      changed[key] = ctx[key];
    }
  }
  if (Object.keys(changed).length === 0) {
    return returned;
  }
  if (returned === undefined || returned === null) {
    return changed;
  }
  if (!isObject(returned) || Array.isArray(returned)) {
    return returned;
  }
  const result = { ...returned };
  for (const [key, value] of Object.entries(changed)) {
    if (!Object.hasOwn(returned, key)) {
      result[key] = value;
    }
  }
  return result;
}

// onResponse(ctx, response): an object with a `response` key is the result as is, any other
// value is the new response, and undefined after an in-place change sends the changed response.
async function onResponse(fn, payload) {
  const response = payload?.response;
  const before = jsonText(response);
  const returned = await fn.call(handler, payload?.ctx, response);
  if (returned === undefined) {
    return jsonText(response) !== before ? { response } : null;
  }
  if (isObject(returned) && !Array.isArray(returned) && Object.hasOwn(returned, 'response')) {
    return returned;
  }
  return { response: returned };
}

function jsonText(value) {
  try {
    return JSON.stringify(value);
  } catch {
    return Symbol('not serializable');
  }
}

function messageOf(error) {
  if (isObject(error) && typeof error.message === 'string') {
    return error.message;
  }
  try {
    return String(error);
  } catch {
    return 'the plugin threw a value that has no text';
  }
}
