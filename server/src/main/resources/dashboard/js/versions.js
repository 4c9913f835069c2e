// The versions screen: every version with its held-out figures; promote and roll back for admin keys, with the
// server's answer shown, including the check's message when it refuses a version.
import { get, post } from './api.js';
import { el, byId, fill } from './dom.js';
import { count, when, withInterval } from './format.js';
import { can } from './session.js';

let changed = () => {};

/** {@code onChange} runs after the champion moved, so other screens can refresh. */
export function setUp(onChange) {
  changed = onChange;
  byId('rollback').addEventListener('click', () => change('/v1/models/rollback', 'Rolled back'));
}

export async function show() {
  const admin = can('admin');
  byId('change-controls').hidden = !admin;
  byId('versions-note').textContent = admin ? '' : 'Promoting and rolling back need an admin key; this key can only look.';
  const list = await get('/v1/models');
  const rows = list.versions.slice().sort((a, b) => b.version - a.version).map(v => {
    const test = (v.metrics && v.metrics.test) || {};
    const auc = withInterval(test, 'roc_auc');
    return el('tr', { 'data-version': v.version },
      el('th', { scope: 'row' }, v.label),
      el('td', { 'data-label': 'Published' }, when(v.created_at)),
      el('td', { class: 'num', 'data-label': 'Test AUC' }, auc.text,
        auc.sure ? el('span', { class: 'hint' }, ' (' + auc.sure + ')') : null),
      el('td', { class: 'num', 'data-label': 'Log loss' }, withInterval(test, 'log_loss').text),
      el('td', { class: 'num', 'data-label': 'Held-out leads' }, count(test.rows)),
      el('td', { 'data-label': 'Status' }, v.champion ? el('span', { class: 'badge champion' }, 'champion') : null,
        v.serving ? el('span', { class: 'badge serving' }, 'serving') : null),
      admin && !v.champion ? el('td', { 'data-label': 'Action' }, promoteButton(v)) : el('td', {}));
  });
  fill(byId('versions-table').tBodies[0], rows);
}

function promoteButton(version) {
  const button = el('button', { type: 'button', class: 'secondary', 'data-promote': version.version,
    'aria-label': 'Promote ' + version.label + ' to champion' }, 'Promote');
  button.addEventListener('click', () => change('/v1/models/' + version.version + '/promote', 'Promoted'));
  return button;
}

async function change(path, done) {
  const result = byId('change-result');
  const why = byId('change-why').value.trim();
  const buttons = document.querySelectorAll('#versions button');
  buttons.forEach(b => { b.disabled = true; });
  try {
    const answer = await post(path, why ? { why } : undefined);
    fill(result, el('p', { class: 'notice ok' }, done + ': v' + answer.to + ' is now the champion'
      + (answer.from ? ' (was v' + answer.from + ')' : '') + '.'));
    await show();
    changed();
  } catch (e) {
    fill(result, el('p', { class: 'notice refused' }, 'Refused: ' + e.describe()));
  } finally {
    document.querySelectorAll('#versions button').forEach(b => { b.disabled = false; });
  }
}
