// The author's editor: the manifest as a form, the ui as JSON text, validated by the server as the
// author types, each error pinned to its field or to the ui node its JSON Pointer names, and the
// STAC tree rendered live beside it.
import {marketplaceApi} from './api.js';
import {checkboxField, clear, debounce, field, h, httpsUrl, uniqueId} from './dom.js';
import {SAMPLE_CONTEXT, SLOTS} from './marketplace.js';
import {renderStac} from './stac.js';

const NEW_PLUGIN_UI = {
  type: 'card',
  child: {
    type: 'padding', padding: 16,
    child: {type: 'column', children: [
      {type: 'text', data: 'Hello {{ user.name }}', style: {fontSize: 18, fontWeight: 'bold'}},
      {type: 'text', data: 'Your first Plugbay card'},
    ]},
  },
};
const FORM_FIELDS = ['id', 'name', 'version', 'slot', 'description', 'tags', 'isPublic', 'ui'];

export function showAuthor(container, editedId) {
  document.title = editedId ? `Edit ${editedId} · Plugbay` : 'Author · Plugbay';
  const editor = new Editor(editedId);
  container.append(h('h1', {}, editedId ? `Edit ${editedId}` : 'Author a plugin'), yourPlugins(editedId), editor.element);
  if (editedId) editor.load(editedId);
  else editor.fill({version: '1.0.0', slot: 'dashboard_top', isPublic: true, ui: NEW_PLUGIN_UI});
  return () => editor.leave();
}

function yourPlugins(editedId) {
  const list = h('ul', {class: 'inline-list'});
  const box = h('nav', {'aria-label': 'Your plugins', class: 'your-plugins'}, h('span', {}, 'Your plugins: '), list);
  if (editedId) list.append(h('li', {}, h('a', {href: '#/author'}, 'New plugin')));
  marketplaceApi.community({kind: 'all', installed: 'include', sort: 'name', size: 200, page: 1}).then(({data}) => {
    const mine = data.filter((plugin) => plugin.isMine);
    if (mine.length === 0) list.append(h('li', {}, 'none yet'));
    list.append(...mine.map((plugin) => h('li', {},
      h('a', {href: `#/author/${encodeURIComponent(plugin.id)}`, 'aria-current': plugin.id === editedId ? 'page' : null},
        plugin.name))));
  }, () => list.append(h('li', {}, 'could not be listed')));
  return box;
}

class Editor {
  constructor(editedId) {
    this.editedId = editedId;
    this.sequence = 0;
    this.request = null;
    this.previewedUi = null;
    const input = (name, attributes = {}) => h('input', {type: 'text', name, autocomplete: 'off', spellcheck: 'false',
      oninput: () => this.changed(), ...attributes});
    this.controls = {
      id: input('id', {readOnly: Boolean(editedId)}),
      name: input('name', {spellcheck: 'true'}),
      version: input('version'),
      slot: input('slot', {list: 'slot-options'}),
      description: h('textarea', {name: 'description', rows: 2, oninput: () => this.changed()}),
      tags: input('tags'),
      isPublic: h('input', {type: 'checkbox', name: 'isPublic', onchange: () => this.changed()}),
      ui: h('textarea', {name: 'ui', rows: 18, class: 'code', spellcheck: 'false', oninput: () => this.changed()}),
      context: h('textarea', {name: 'context', rows: 4, class: 'code', spellcheck: 'false', oninput: () => this.changed()}),
    };
    this.errorSlots = {};
    const slotted = (name, label, help) => {
      const wrapper = field(label, this.controls[name], help);
      this.errorSlots[name] = h('div', {class: 'field-errors'});
      wrapper.append(this.errorSlots[name]);
      return wrapper;
    };
    this.generalErrors = h('div', {class: 'field-errors'});
    this.warnings = h('div', {class: 'warnings'});
    this.validity = h('p', {class: 'validity', role: 'status'});
    this.result = h('div', {class: 'result', role: 'status'});
    this.preview = h('div', {class: 'stac-surface'});
    this.submit = h('button', {type: 'submit'}, editedId ? 'Save' : 'Publish');
    const publicField = checkboxField('Public', this.controls.isPublic);
    this.errorSlots.isPublic = h('div', {class: 'field-errors'});
    publicField.append(this.errorSlots.isPublic);
    const form = h('form', {class: 'editor-form', novalidate: true, onsubmit: (event) => { event.preventDefault(); this.publish(); }},
      slotted('id', 'Id', 'Lower case letters, digits, _ and -; derived from the name when left empty.'),
      slotted('name', 'Name'),
      slotted('version', 'Version', 'SemVer, for example 1.2.0; each release needs a greater one.'),
      slotted('slot', 'Slot'),
      h('datalist', {id: 'slot-options'}, SLOTS.map((slot) => h('option', {value: slot}))),
      slotted('description', 'Description'),
      slotted('tags', 'Tags', 'Comma separated, lower case.'),
      publicField,
      slotted('ui', 'UI (STAC JSON)'),
      slotted('context', 'Sample context (JSON)', 'Values for the {{ templates }} in the preview; never sent anywhere.'),
      this.generalErrors, this.warnings,
      h('div', {class: 'actions'}, this.submit),
      this.result);
    this.element = h('div', {class: 'editor'},
      h('section', {class: 'editor-pane', 'aria-label': 'Manifest'}, form),
      h('section', {class: 'preview-pane', 'aria-labelledby': 'live-preview-heading'},
        h('h2', {id: 'live-preview-heading'}, 'Live preview'), this.validity, this.preview));
    this.controls.context.value = JSON.stringify(SAMPLE_CONTEXT, null, 2);
    this.validateSoon = debounce(() => this.validate(), 350);
  }

  leave() {
    this.request?.abort();
    this.sequence += 1;
  }

  async load(id) {
    this.validity.textContent = 'Loading…';
    try {
      const {data} = await marketplaceApi.plugin(id);
      this.fill({...data, version: nextPatch(data.latestVersion)});
    } catch (failure) {
      this.validity.textContent = '';
      this.generalErrors.append(h('p', {role: 'alert', class: 'error'}, failure.message));
    }
  }

  fill(manifest) {
    const c = this.controls;
    c.id.value = this.editedId || manifest.id || '';
    c.name.value = manifest.name || '';
    c.version.value = manifest.version || '';
    c.slot.value = manifest.slot || '';
    c.description.value = manifest.description || '';
    c.tags.value = (manifest.tags || []).join(', ');
    c.isPublic.checked = manifest.isPublic !== false;
    c.ui.value = manifest.ui ? JSON.stringify(manifest.ui, null, 2) : '';
    this.changed();
  }

  changed() {
    this.sequence += 1;
    this.request?.abort();
    this.validity.textContent = 'Checking…';
    this.validateSoon();
  }

  /** The document the form stands for; empty fields are left out so that the server's defaults apply. */
  manifest() {
    const c = this.controls;
    const document = {};
    for (const name of ['id', 'name', 'version', 'slot', 'description']) {
      if (c[name].value.trim() !== '') document[name] = c[name].value.trim();
    }
    const tags = c.tags.value.split(',').map((tag) => tag.trim()).filter(Boolean);
    if (tags.length) document.tags = tags;
    document.isPublic = c.isPublic.checked;
    const uiText = c.ui.value.trim();
    if (uiText !== '') {
      try {
        document.ui = JSON.parse(uiText);
      } catch (problem) {
        return {document, uiProblem: `Not valid JSON: ${problem.message}`};
      }
    }
    return {document};
  }

  sampleContext() {
    try {
      const context = JSON.parse(this.controls.context.value || '{}');
      return {context: context && typeof context === 'object' ? context : {}};
    } catch (problem) {
      return {context: {}, problem: `Not valid JSON: ${problem.message}`};
    }
  }

  async validate() {
    const sequence = this.sequence;
    const {document, uiProblem} = this.manifest();
    if (uiProblem) {
      this.showProblems([{field: 'ui', message: uiProblem}], document.ui);
      this.validity.textContent = 'The UI is not valid JSON yet.';
      return;
    }
    const ui = document.ui === undefined ? null : document.ui;
    this.request = new AbortController();
    try {
      const {data} = await marketplaceApi.validate(document, this.request.signal);
      if (sequence !== this.sequence) return;
      this.showProblems([], ui);
      this.showWarnings(data.warnings);
      this.validity.textContent = `Valid: ${data.manifest.id} ${data.manifest.version}.`;
    } catch (failure) {
      if (failure.name === 'AbortError' || sequence !== this.sequence) return;
      const details = failure.details.length ? failure.details : [{message: failure.message}];
      this.showProblems(details, ui);
      this.showWarnings([]);
      this.validity.textContent = `${failure.details.length || 1} problem${details.length === 1 ? '' : 's'} to fix.`;
    }
  }

  /**
   * Each problem once: beside its form field, at its ui node in the preview, or in the list below
   * the form. ui is the tree to preview, null for none, undefined to keep the last one drawn.
   */
  showProblems(problems, ui) {
    for (const slot of [...Object.values(this.errorSlots), this.generalErrors]) clear(slot);
    for (const control of Object.values(this.controls)) control.removeAttribute('aria-invalid');
    const {context, problem: contextProblem} = this.sampleContext();
    if (contextProblem) problems = [...problems, {field: 'context', message: contextProblem}];
    if (ui !== undefined) this.previewedUi = ui;
    clear(this.preview);
    if (this.previewedUi !== null) this.preview.append(renderStac(this.previewedUi, context));
    else this.preview.append(h('p', {class: 'muted'}, 'Nothing to show: the plugin has no UI.'));
    for (const problem of problems) {
      if (typeof problem.pointer === 'string') {
        this.pinToNode(problem);
        continue;
      }
      const name = typeof problem.field === 'string' ? problem.field.split('.')[0] : null;
      const alert = h('p', {role: 'alert', class: 'error'}, name && !this.errorSlots[name] ? `${problem.field}: ${problem.message}` : problem.message);
      if (name && this.errorSlots[name]) {
        this.errorSlots[name].append(alert);
        this.describe(this.controls[name], alert);
      } else {
        this.generalErrors.append(alert);
      }
    }
  }

  describe(control, alert) {
    alert.id = uniqueId('error');
    control.setAttribute('aria-invalid', 'true');
    const described = (control.getAttribute('aria-describedby') || '').split(' ').filter((id) => id && document.getElementById(id));
    control.setAttribute('aria-describedby', [...described, alert.id].join(' '));
  }

  /** The alert goes right before the node its pointer names (or its nearest drawn ancestor), which is outlined. */
  pinToNode(problem) {
    const where = problem.pointer === '' ? 'ui root' : problem.pointer;
    const alert = h('p', {role: 'alert', class: 'error node-error'}, `${where}: ${problem.message}`);
    let pointer = problem.pointer;
    let node = null;
    while (node === null) {
      node = [...this.preview.querySelectorAll('[data-pointer]')].find((element) => element.dataset.pointer === pointer) || null;
      if (node !== null || pointer === '') break;
      pointer = pointer.slice(0, pointer.lastIndexOf('/'));
    }
    if (node) {
      node.classList.add('has-error');
      node.before(alert);
    } else {
      this.errorSlots.ui.append(alert);
    }
    this.describe(this.controls.ui, alert);
  }

  showWarnings(warnings) {
    clear(this.warnings);
    if (!warnings || warnings.length === 0) return;
    this.warnings.append(h('p', {}, 'Warnings (accepted, but worth a look):'),
      h('ul', {}, warnings.map((warning) => h('li', {}, `${warning.field ?? warning.pointer}: ${warning.message}`))));
  }

  async publish() {
    const {document, uiProblem} = this.manifest();
    clear(this.result);
    if (uiProblem) {
      this.showProblems([{field: 'ui', message: uiProblem}], undefined);
      return;
    }
    this.submit.disabled = true;
    try {
      const {data} = this.editedId
        ? await marketplaceApi.update(this.editedId, document)
        : await marketplaceApi.create(document);
      this.result.append(h('p', {class: 'success'},
        `${this.editedId ? 'Saved' : 'Published'} ${data.id} ${data.version}.`), proposal(data.proposal));
      if (!this.editedId) this.becomeEditorOf(data.id);
    } catch (failure) {
      this.result.append(h('p', {role: 'alert', class: 'error'}, failure.message));
      if (failure.details.length) this.showProblems(failure.details, document.ui);
    } finally {
      this.submit.disabled = false;
    }
  }

  /** After publishing, the same form edits the new plugin: its id is fixed and Save sends a new release. */
  becomeEditorOf(id) {
    this.editedId = id;
    this.controls.id.readOnly = true;
    this.submit.textContent = 'Save';
    history.replaceState(null, '', `#/author/${encodeURIComponent(id)}`);
  }
}

/** 1.2.3 → 1.2.4, a suggestion the author can change; other versions leave the field for the author. */
function nextPatch(version) {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version || '');
  return match ? `${match[1]}.${match[2]}.${Number(match[3]) + 1}` : '';
}

/** What was proposed to the registry: a pull request or commit link (https only), or why nothing was. */
function proposal(view) {
  if (!view) return null;
  const url = httpsUrl(view.url);
  const kinds = {pull_request: 'Pull request', commit: 'Commit'};
  if (kinds[view.kind] && url) {
    return h('p', {}, `${kinds[view.kind]} proposed to the registry: `, h('a', {href: url, rel: 'noopener noreferrer', target: '_blank'}, url),
      view.note ? ` (${view.note})` : '');
  }
  return h('p', {}, `Not proposed to the registry: ${view.note || 'no reason given'}`);
}
