// A browser renderer for STAC trees (server-driven Flutter UI, DOMAIN.md) good enough to see a
// plugin's card: the layout and content widgets are drawn, any other widget as a labelled
// placeholder. Text goes in as text and only https image URLs are loaded: a plugin's tree can
// never add markup, scripts, styles or requests of its own to the page.
import {h, httpsUrl} from './dom.js';

const MAX_DEPTH = 64;
const TEMPLATE = /\{\{\s*([A-Za-z_$][\w$]*(?:\.[\w$]+)*)\s*\}\}/g;
// Maps, not object literals: a plugin's "constructor" or "__proto__" must look up nothing.
const BUTTONS = new Map(Object.entries({
  button: 'elevated', elevatedButton: 'elevated', textButton: 'text', outlinedButton: 'outlined', filledButton: 'filled',
}));
const ICONS = new Map(Object.entries({
  add: '+', check: '✓', close: '×', delete: '🗑', edit: '✎', home: '⌂', info: 'ℹ', search: '⌕', settings: '⚙',
  star: '★', warning: '⚠', person: '👤', schedule: '🕒', access_time: '🕒', inventory: '▦', favorite: '♥',
}));
const MAIN_AXIS = new Map(Object.entries({start: 'flex-start', end: 'flex-end', center: 'center',
  spaceBetween: 'space-between', spaceAround: 'space-around', spaceEvenly: 'space-evenly'}));
const CROSS_AXIS = new Map(Object.entries({start: 'flex-start', end: 'flex-end', center: 'center', stretch: 'stretch',
  baseline: 'baseline'}));
const WIDGETS = new Set(['column', 'row', 'container', 'padding', 'center', 'card', 'text', 'iconButton', 'icon',
  'image', 'sizedBox', 'divider', 'listTile', 'listView', 'expanded', 'spacer']);

/** Appends a JSON Pointer token ({@code ~} and {@code /} escaped as RFC 6901 says). */
export function childPointer(pointer, token) {
  return `${pointer}/${String(token).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** The text with each {{ path }} replaced by the context's value there; unknown paths stay as written. */
export function fillTemplates(text, context) {
  return String(text).replace(TEMPLATE, (expression, path) => {
    let value = context;
    for (const key of path.split('.')) {
      value = value !== null && typeof value === 'object' && Object.hasOwn(value, key) ? value[key] : undefined;
    }
    return value === undefined || value === null || typeof value === 'object' ? expression : String(value);
  });
}

/** Renders a STAC tree; every widget's element carries data-pointer, its JSON Pointer in the tree. */
export function renderStac(node, context = {}) {
  return new Renderer(context).widget(node, '', 0);
}

class Renderer {
  constructor(context) {
    this.context = context;
  }

  text(value) {
    return value === undefined || value === null ? '' : fillTemplates(typeof value === 'object' ? JSON.stringify(value) : value, this.context);
  }

  widget(node, pointer, depth) {
    if (node === null || typeof node !== 'object' || Array.isArray(node) || typeof node.type !== 'string') {
      return this.mark(h('div', {class: 'stac-placeholder'}, 'Not a widget'), pointer);
    }
    if (depth >= MAX_DEPTH) return this.mark(h('div', {class: 'stac-placeholder'}, 'Nested too deep'), pointer);
    const element = BUTTONS.has(node.type) ? this.button(node, pointer, depth, BUTTONS.get(node.type))
      : WIDGETS.has(node.type) ? this[`draw_${node.type}`](node, pointer, depth)
        : this.placeholder(node, pointer, depth);
    return this.mark(element, pointer);
  }

  mark(element, pointer) {
    element.dataset.pointer = pointer;
    element.classList.add('stac');
    return element;
  }

  child(node, pointer, depth, key = 'child') {
    return node[key] && typeof node[key] === 'object' ? this.widget(node[key], childPointer(pointer, key), depth + 1) : null;
  }

  children(node, pointer, depth) {
    if (!Array.isArray(node.children)) return [];
    const base = childPointer(pointer, 'children');
    return node.children.map((child, index) => this.widget(child, childPointer(base, index), depth + 1));
  }

  placeholder(node, pointer, depth) {
    return h('div', {class: 'stac-placeholder', role: 'group', 'aria-label': `${node.type} widget`},
      h('span', {class: 'stac-placeholder-label'}, node.type),
      this.child(node, pointer, depth), this.children(node, pointer, depth));
  }

  flex(direction, node, pointer, depth) {
    const element = h('div', {class: `stac-flex stac-${direction}`}, this.children(node, pointer, depth));
    if (MAIN_AXIS.has(node.mainAxisAlignment)) element.style.justifyContent = MAIN_AXIS.get(node.mainAxisAlignment);
    if (CROSS_AXIS.has(node.crossAxisAlignment)) element.style.alignItems = CROSS_AXIS.get(node.crossAxisAlignment);
    if (typeof node.spacing === 'number') element.style.gap = `${clamp(node.spacing)}px`;
    return element;
  }

  draw_column(node, pointer, depth) {
    return this.flex('column', node, pointer, depth);
  }

  draw_row(node, pointer, depth) {
    return this.flex('row', node, pointer, depth);
  }

  draw_container(node, pointer, depth) {
    const element = h('div', {class: 'stac-container'}, this.child(node, pointer, depth));
    applyBox(element, node);
    const background = color(node.color) || color(node.decoration && node.decoration.color);
    if (background) element.style.backgroundColor = background;
    return element;
  }

  draw_padding(node, pointer, depth) {
    const element = h('div', {class: 'stac-padding'}, this.child(node, pointer, depth));
    element.style.padding = insets(node.padding) || '0';
    return element;
  }

  draw_center(node, pointer, depth) {
    return h('div', {class: 'stac-center'}, this.child(node, pointer, depth));
  }

  draw_card(node, pointer, depth) {
    const element = h('div', {class: 'stac-card'}, this.child(node, pointer, depth));
    const background = color(node.color);
    if (background) element.style.backgroundColor = background;
    if (insets(node.margin)) element.style.margin = insets(node.margin);
    return element;
  }

  draw_text(node) {
    const element = h('span', {class: 'stac-text'}, this.text(node.data ?? node.text));
    const style = node.style && typeof node.style === 'object' ? node.style : {};
    if (typeof style.fontSize === 'number') element.style.fontSize = `${clamp(style.fontSize, 6, 96)}px`;
    if (/bold|w[6-9]00/.test(String(style.fontWeight))) element.style.fontWeight = '700';
    if (style.fontStyle === 'italic') element.style.fontStyle = 'italic';
    const foreground = color(style.color);
    if (foreground) element.style.color = foreground;
    if (['left', 'right', 'center', 'justify'].includes(node.textAlign)) element.style.textAlign = node.textAlign;
    return element;
  }

  button(node, pointer, depth, variant) {
    const label = this.child(node, pointer, depth) || this.text(node.text ?? node.label ?? node.data ?? node.type);
    return h('button', {type: 'button', class: `stac-button stac-button-${variant}`, tabindex: -1}, label);
  }

  draw_iconButton(node, pointer, depth) {
    const name = this.text(node.tooltip) || (node.icon && typeof node.icon === 'object' ? this.text(node.icon.icon) : this.text(node.icon)) || 'icon';
    const content = node.icon && typeof node.icon === 'object' ? this.child(node, pointer, depth, 'icon') : iconGlyph(node.icon);
    return h('button', {type: 'button', class: 'stac-icon-button', tabindex: -1, 'aria-label': name}, content);
  }

  draw_icon(node) {
    const name = this.text(node.icon);
    const element = h('span', {class: 'stac-icon', role: 'img', 'aria-label': name || 'icon'}, iconGlyph(name));
    if (typeof node.size === 'number') element.style.fontSize = `${clamp(node.size, 8, 96)}px`;
    const foreground = color(node.color);
    if (foreground) element.style.color = foreground;
    return element;
  }

  draw_image(node) {
    const source = httpsUrl(this.text(node.src ?? node.url ?? node.image));
    if (!source) {
      return h('div', {class: 'stac-placeholder', role: 'img', 'aria-label': 'Image not shown'},
        'Image not shown: only https URLs are loaded');
    }
    const image = h('img', {src: source, alt: this.text(node.semanticLabel ?? node.alt ?? ''),
      referrerpolicy: 'no-referrer', loading: 'lazy', decoding: 'async'});
    applyBox(image, node);
    return image;
  }

  draw_sizedBox(node, pointer, depth) {
    const element = h('div', {class: 'stac-sized-box'}, this.child(node, pointer, depth));
    applyBox(element, node);
    return element;
  }

  draw_divider() {
    return h('hr', {class: 'stac-divider'});
  }

  draw_listTile(node, pointer, depth) {
    return h('div', {class: 'stac-list-tile'},
      h('div', {class: 'stac-list-tile-leading'}, this.child(node, pointer, depth, 'leading')),
      h('div', {class: 'stac-list-tile-body'},
        h('div', {class: 'stac-list-tile-title'}, this.child(node, pointer, depth, 'title')),
        h('div', {class: 'stac-list-tile-subtitle'}, this.child(node, pointer, depth, 'subtitle'))),
      h('div', {class: 'stac-list-tile-trailing'}, this.child(node, pointer, depth, 'trailing')));
  }

  draw_listView(node, pointer, depth) {
    return h('div', {class: 'stac-list-view'}, this.children(node, pointer, depth));
  }

  draw_expanded(node, pointer, depth) {
    const element = h('div', {class: 'stac-expanded'}, this.child(node, pointer, depth));
    if (typeof node.flex === 'number') element.style.flexGrow = String(clamp(node.flex, 0, 100));
    return element;
  }

  draw_spacer(node) {
    const element = h('div', {class: 'stac-spacer'});
    if (typeof node.flex === 'number') element.style.flexGrow = String(clamp(node.flex, 0, 100));
    return element;
  }
}

function clamp(value, low = 0, high = 4000) {
  return Math.min(high, Math.max(low, Number(value) || 0));
}

function applyBox(element, node) {
  if (typeof node.width === 'number') element.style.width = `${clamp(node.width)}px`;
  if (typeof node.height === 'number') element.style.height = `${clamp(node.height)}px`;
  if (insets(node.padding)) element.style.padding = insets(node.padding);
  if (insets(node.margin)) element.style.margin = insets(node.margin);
}

/** A number (all sides) or {all} / {left, top, right, bottom} / {horizontal, vertical}, as CSS px. */
function insets(value) {
  if (typeof value === 'number') return `${clamp(value)}px`;
  if (!value || typeof value !== 'object') return null;
  if (typeof value.all === 'number') return `${clamp(value.all)}px`;
  const side = (name, axis) => clamp(value[name] ?? value[axis] ?? 0);
  return `${side('top', 'vertical')}px ${side('right', 'horizontal')}px ${side('bottom', 'vertical')}px ${side('left', 'horizontal')}px`;
}

/** '#RRGGBB', '#AARRGGBB' or '0xAARRGGBB' (Flutter's form) as a CSS colour; anything else is ignored. */
function color(value) {
  if (typeof value !== 'string') return null;
  const hex = value.replace(/^0x|^#/i, '');
  if (!/^([0-9a-f]{6}|[0-9a-f]{8})$/i.test(hex)) return null;
  if (hex.length === 6) return `#${hex}`;
  return `#${hex.slice(2)}${hex.slice(0, 2)}`;
}

function iconGlyph(name) {
  return ICONS.get(typeof name === 'string' ? name.replace(/_(outlined|rounded|sharp)$/, '') : '') || '◆';
}
