// Building the page. Everything that comes from a plugin or the server is put in as text
// (Node.append / textContent) or as a checked attribute; nothing is ever parsed as HTML.

/** h('button', {type: 'button', onclick: f}, 'Install') */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'class') element.className = value;
    else if (name === 'checked' || name === 'value' || name === 'disabled' || name === 'readOnly') element[name] = value;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

export function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

export function clear(element) {
  element.replaceChildren();
  return element;
}

/** The URL when it is an absolute https URL, else null: the only URLs a plugin may make the page load or link. */
export function httpsUrl(text) {
  if (typeof text !== 'string') return null;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

let uniqueCounter = 0;
export function uniqueId(prefix) {
  uniqueCounter += 1;
  return `${prefix}-${uniqueCounter}`;
}

/** A labelled form control: the label's for= points at the control, so its accessible name is the label. */
export function field(labelText, control, help) {
  if (!control.id) control.id = uniqueId('field');
  const parts = [h('label', {for: control.id}, labelText), control];
  if (help) {
    const helpId = `${control.id}-help`;
    control.setAttribute('aria-describedby', helpId);
    parts.push(h('p', {class: 'help', id: helpId}, help));
  }
  return h('div', {class: 'field'}, parts);
}

/** A checkbox followed by its label (a switch, a boolean setting). */
export function checkboxField(labelText, control, className = 'field checkbox-field') {
  if (!control.id) control.id = uniqueId('field');
  return h('div', {class: className}, control, h('label', {for: control.id}, labelText));
}

const announcer = () => document.getElementById('announcer');

/** Says something to screen readers without moving focus. */
export function announce(message) {
  const region = announcer();
  if (!region) return;
  region.textContent = '';
  setTimeout(() => { region.textContent = message; }, 30);
}

export function debounce(action, millis) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => action(...args), millis);
  };
}

export function formatDate(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

export function plural(count, one, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}
