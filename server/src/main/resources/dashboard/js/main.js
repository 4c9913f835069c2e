// Wires the dashboard: asks for the key once per browser session, then shows one screen per address fragment
// (#champion, #versions, ...), loading that screen's data each time it is shown.
import { key, get } from './api.js';
import { el, byId, fill } from './dom.js';
import { session } from './session.js';
import * as charts from './charts.js';
import * as champion from './champion.js';
import * as versions from './versions.js';
import * as score from './score.js';
import * as reports from './reports.js';

const SCREENS = {
  champion: champion.show,
  versions: versions.show,
  score: score.show,
  'model-report': reports.showVersion,
  'live-report': reports.showLive,
};

async function signIn(candidate) {
  key.set(candidate);
  try {
    const me = await get('/v1/key');
    session.name = me.name;
    session.scopes = me.scopes;
  } catch (e) {
    key.clear();
    throw e;
  }
  fill(byId('who'), 'Key “' + session.name + '”', el('span', { class: 'scopes' }, ' · ' + session.scopes.join(', ')));
  byId('who').hidden = false;
  byId('sign-out').hidden = false;
  byId('tabs').hidden = false;
}

function signOut() {
  key.clear();
  session.name = null;
  session.scopes = [];
  byId('who').hidden = true;
  byId('sign-out').hidden = true;
  byId('tabs').hidden = true;
  byId('key-input').value = '';
  route();
}

let routed = 0;

async function route() {
  const turn = ++routed;
  const wanted = location.hash.slice(1);
  const name = !key.get() ? 'sign-in' : SCREENS[wanted] ? wanted : 'champion';
  document.querySelectorAll('.screen').forEach(s => { s.hidden = s.id !== name; });
  document.querySelectorAll('#tabs a').forEach(a => {
    if (a.getAttribute('href') === '#' + name) { a.setAttribute('aria-current', 'page'); } else { a.removeAttribute('aria-current'); }
  });
  const screen = byId(name);
  document.title = screen.querySelector('h2').textContent + ' · Propensity';
  if (name === 'sign-in') { byId('key-input').focus(); return; }
  screen.setAttribute('aria-busy', 'true');
  document.body.dataset.state = 'loading';
  try {
    await SCREENS[name]();
  } catch (e) {
    const message = e.describe ? e.describe() : e.message;
    screen.querySelector('h2').after(el('p', { class: 'notice refused', 'data-load-error': '' }, 'Could not load: ' + message));
    if (e.status === 401) { signOut(); return; }
  } finally {
    screen.removeAttribute('aria-busy');
    // Tests and the load-time benchmark wait for this: the screen's data has arrived and is drawn. A screen left
    // before its data came does not claim to be ready.
    if (turn === routed) {
      document.body.dataset.state = 'ready:' + name;
      performance.mark('ready:' + name);
    }
  }
}

function moveFocus() {
  const screen = document.querySelector('.screen:not([hidden])');
  if (screen && screen.id !== 'sign-in') { screen.querySelector('h2').focus(); }
}

async function start() {
  charts.setUp();
  versions.setUp(() => { champion.show(); });
  score.setUp();
  reports.setUp();
  byId('sign-out').addEventListener('click', signOut);
  byId('key-form').addEventListener('submit', async event => {
    event.preventDefault();
    const error = byId('key-error');
    const candidate = byId('key-input').value.trim();
    if (!candidate) { error.textContent = 'Enter an API key.'; return; }
    error.textContent = '';
    try {
      await signIn(candidate);
      byId('key-input').value = '';
      await route();
      moveFocus();
    } catch (e) {
      error.textContent = e.status === 401 ? 'That key was not accepted: ' + e.message : 'Could not sign in: ' + e.describe();
      byId('key-input').select();
    }
  });
  window.addEventListener('hashchange', async () => {
    document.querySelectorAll('[data-load-error]').forEach(n => n.remove());
    await route();
    moveFocus();
  });
  if (key.get()) {
    try { await signIn(key.get()); } catch (e) { /* an expired or removed key: ask again */ }
  }
  await route();
}

start();
