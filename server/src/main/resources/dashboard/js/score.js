// The score screen: a form with one typed input per field of the champion's schema, and the answer: probability,
// reasons, every contribution as a chart, and grade, route, persona and recommended reps when the answer has them.
import { get, post } from './api.js';
import { el, byId, fill } from './dom.js';
import { pct, num } from './format.js';
import { signedBars } from './charts.js';

let schema = null;

export function setUp() {
  byId('score-form').addEventListener('submit', event => { event.preventDefault(); score(); });
}

export async function show() {
  const current = await get('/v1/models/champion/schema');
  if (schema && schema.model_version === current.model_version) { return; }
  schema = current;
  byId('score-model').textContent = 'Fields of v' + schema.model_version
    + "'s schema; leave a field empty to score it as missing.";
  const inputs = [];
  if (schema.id_field) {
    inputs.push(el('div', { class: 'field' }, el('label', { for: 'lead-id' }, 'Lead id (optional)'),
      el('input', { id: 'lead-id', type: 'text', autocomplete: 'off' }),
      el('p', { class: 'hint', id: 'lead-id-hint' }, 'With an id the score is logged, so an outcome can be matched to it later.')));
  }
  schema.fields.forEach((f, i) => inputs.push(input(f, 'field-' + i)));
  fill(byId('score-fields'), inputs);
  byId('score-result').hidden = true;
}

function input(field, id) {
  const hintId = id + '-hint';
  if (field.kind === 'boolean') {
    return el('div', { class: 'field' }, el('label', { class: 'check', for: id },
      el('input', { id, type: 'checkbox', 'data-field': field.name, 'data-kind': field.kind }), field.description),
      el('p', { class: 'hint' }, field.name + ' · ' + field.group));
  }
  const label = el('label', { for: id }, field.description);
  const hint = el('p', { class: 'hint', id: hintId }, field.name + ' · ' + field.group
    + (field.typical != null ? ' · typical ' + field.typical : '')
    + (field.kind === 'categorical' ? ' · ' + field.categories.length + ' known values' : ''));
  let control;
  if (field.kind === 'categorical') {
    control = el('select', { id, 'data-field': field.name, 'data-kind': field.kind, 'aria-describedby': hintId },
      el('option', { value: '' }, '(not given)'), field.categories.map(c => el('option', { value: c }, c)));
  } else {
    control = el('input', { id, type: 'number', step: 'any', inputmode: 'decimal', 'data-field': field.name,
      'data-kind': field.kind, placeholder: field.typical != null ? String(field.typical) : '', 'aria-describedby': hintId });
  }
  return el('div', { class: 'field' }, label, control, hint);
}

function lead() {
  const body = {};
  const id = byId('lead-id');
  if (schema.id_field && id && id.value.trim()) { body[schema.id_field] = id.value.trim(); }
  document.querySelectorAll('#score-fields [data-field]').forEach(control => {
    const name = control.dataset.field;
    if (control.dataset.kind === 'boolean') { body[name] = control.checked; }
    else if (control.dataset.kind === 'numeric') { if (control.value !== '') { body[name] = Number(control.value); } }
    else if (control.value !== '') { body[name] = control.value; }
  });
  return body;
}

async function score() {
  const error = byId('score-error');
  error.textContent = '';
  const numbers = [...document.querySelectorAll('#score-fields input[type=number]')].filter(i => !i.checkValidity());
  if (numbers.length > 0) {
    error.textContent = 'Not a number: ' + numbers.map(i => i.labels[0].textContent).join(', ');
    numbers[0].focus();
    return;
  }
  try {
    render(await post('/v1/score', lead()));
  } catch (e) {
    error.textContent = 'Not scored: ' + e.describe();
  }
}

function describe(field) {
  const f = schema.fields.find(x => x.name === field);
  return f ? f.description : field;
}

function render(answer) {
  const result = byId('score-result');
  const facts = [['Score', String(answer.score)], ['Model', 'v' + answer.model_version]];
  if (answer.grade) { facts.push(['Grade', answer.grade]); }
  if (answer.route) { facts.push(['Route', answer.route]); }
  if (answer.persona) {
    facts.push(['Persona', (answer.persona.name || answer.persona.id)
      + (answer.persona.margin != null ? ' (margin ' + num(answer.persona.margin, 2) + ')' : '')]);
  }
  const contributions = answer.contributions.slice().sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  fill(result,
    el('h3', {}, 'Result'),
    el('p', { class: 'probability', id: 'score-probability' }, pct(answer.probability), ' ',
      el('span', { class: 'hint' }, 'chance of a win')),
    el('dl', { class: 'facts' }, facts.map(([k, v]) => el('div', {}, el('dt', {}, k), el('dd', {}, v)))),
    answer.decided_by ? el('p', { class: 'hint', id: 'score-decided' }, 'Route by ' + answer.decided_by.kind
      + (answer.decided_by.rule ? ' “' + answer.decided_by.rule + '”' : '') + ': ' + (answer.decided_by.reason || '')) : null,
    answer.persona && answer.persona.basis ? el('p', { class: 'hint' }, 'Persona from ' + answer.persona.basis + '.') : null,
    answer.scores ? subScores(answer.scores) : null,
    el('h3', {}, 'Why'),
    el('ul', { class: 'reasons', id: 'score-reasons' }, answer.reasons.map(r => el('li', {},
      el('span', { class: r.contribution >= 0 ? 'up' : 'down', 'aria-hidden': 'true' }, r.contribution >= 0 ? '▲ ' : '▼ '),
      r.sentence, el('span', { class: 'hint' }, ' (' + (r.contribution >= 0 ? '+' : '') + num(r.contribution, 2) + ' log-odds)')))),
    answer.recommendations ? recommendations(answer.recommendations) : null,
    el('h3', {}, 'Every field’s contribution'),
    el('p', { class: 'hint' }, 'Log-odds against the average lead (' + num(answer.baseline_log_odds, 2)
      + '); they add up to this lead’s ' + num(answer.log_odds, 2) + '.'),
    el('div', { class: 'chart' }, el('canvas', { id: 'contribution-chart', role: 'img',
      'aria-label': 'Contribution of every field: ' + contributions.map(c => describe(c.field) + ' '
        + num(c.contribution, 2)).join(', ') })),
    answer.warnings && answer.warnings.length ? el('ul', { class: 'warnings', id: 'score-warnings' },
      answer.warnings.map(w => el('li', {}, w))) : null);
  result.hidden = false;
  signedBars('contribution-chart', contributions.map(c => describe(c.field) + (c.value == null ? ' (missing)' : ' = ' + c.value)),
    contributions.map(c => c.contribution), 'log-odds contribution');
}

function subScores(scores) {
  const rows = ['fit', 'engagement', 'intent'].filter(name => scores[name]).map(name => [name, scores[name]])
    .map(([name, s]) => el('tr', {}, el('th', { scope: 'row' }, name),
      el('td', { class: 'num' }, s.score != null ? String(s.score) : pct(s.probability)),
      el('td', {}, (s.reasons || []).map(r => typeof r === 'string' ? r : r.sentence || r.field).join('; '))));
  const q = scores.quadrant;
  if (q) {
    // Where the thresholds put the lead before any rule: the grade can differ when a rule decided.
    rows.push(el('tr', {}, el('th', { scope: 'row' }, 'quadrant'), el('td', {}, q.grade),
      el('td', {}, 'fit ' + q.fit + ', engagement ' + q.engagement + ' (before rules)')));
  }
  return el('div', { class: 'table-wrap', id: 'score-subscores' }, el('table', {},
    el('caption', {}, 'Fit, engagement and intent'),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Score'), el('th', { scope: 'col' }, 'Value'),
      el('th', { scope: 'col' }, 'Because'))), el('tbody', {}, rows)));
}

function recommendations(rec) {
  const reps = rec.reps || [];
  const products = rec.products || [];
  return el('div', { id: 'score-recommendations' },
    reps.length ? [el('h3', {}, 'Recommended reps' + (rec.exploration ? ' (exploring)' : '')),
      el('ol', {}, reps.map(r => el('li', {}, el('strong', {}, r.rep), ': expected win rate ' + pct(r.expected_win_rate)
        + ' on ' + r.deals + ' deals' + (r.thin_evidence ? ' (thin evidence)' : '') + (r.why ? '. ' + r.why : ''))))] : null,
    products.length ? [el('h3', {}, 'Products'),
      el('ol', {}, products.map(p => el('li', {}, el('strong', {}, p.product), ': expected win rate '
        + pct(p.expected_win_rate) + ' on ' + p.deals + ' deals' + (p.thin_evidence ? ' (thin evidence)' : '')
        + (p.why ? '. ' + p.why : ''))))] : null);
}
