// The model report and live report screens, drawn from the JSON of /reports/{version} and /reports/live.
import { get } from './api.js';
import { el, byId, fill, figures, alertList } from './dom.js';
import { pct, num, count } from './format.js';
import { draw, axis, diagonal, fitBars, labels, BLUE, GREY, GREEN, RED, ORANGE } from './charts.js';

export function setUp() {
  byId('report-version').addEventListener('change', () => version(byId('report-version').value));
  byId('live-days').addEventListener('change', showLive);
}

export async function showVersion() {
  const list = await get('/v1/models');
  const select = byId('report-version');
  const chosen = select.value || String(list.champion ?? '');
  fill(select, list.versions.slice().sort((a, b) => b.version - a.version).map(v =>
    el('option', { value: String(v.version) }, v.label + (v.champion ? ' (champion)' : ''))));
  if (list.versions.length === 0) { fill(byId('report-summary'), el('p', {}, 'No versions yet.')); return; }
  select.value = list.versions.some(v => String(v.version) === chosen) ? chosen : String(list.versions[0].version);
  await version(select.value);
}

async function version(number) {
  const summary = byId('report-summary');
  let r;
  try {
    r = await get('/reports/' + encodeURIComponent(number));
  } catch (e) {
    fill(summary, el('p', { class: 'notice refused' }, e.describe()));
    return;
  }
  const d = r.data, c = r.calibration;
  fill(summary,
    el('p', { class: 'lede', id: 'report-verdict' }, r.verdict),
    figures([
      ['ROC AUC', num(r.discrimination.roc_auc), 'on ' + count(d.test_rows) + ' held-out leads'],
      ['PR AUC', num(r.discrimination.pr_auc), 'random: ' + num(r.discrimination.base_rate)],
      ['Calibration error', num(c.ece), 'Brier ' + num(c.brier) + ' (baseline ' + num(c.baseline_brier) + ')'],
      ['Top 20 % holds', pct(r.ranking.wins_captured_top20), 'of the wins'],
      ['Data', count(d.rows) + ' leads', count(d.wins) + ' wins, ' + d.split + ' split'],
    ]),
    d.guard_problems && d.guard_problems.length ? el('ul', { class: 'alerts' },
      d.guard_problems.map(p => el('li', { class: 'major' }, el('span', { class: 'sev' }, 'guard'), p))) : null,
    r.comparison ? el('p', {}, 'Against ' + r.comparison.against + ': ' + r.comparison.verdict + '.') : null);
  drawVersion(r);
}

function drawVersion(r) {
  const d = r.discrimination, bins = r.calibration.reliability.bins, deciles = r.ranking.deciles;
  draw('roc-chart', { type: 'scatter', data: { datasets: [
      { label: 'Model (AUC ' + num(d.roc_auc) + ')', showLine: true, pointRadius: 0, borderColor: BLUE, borderWidth: 2,
        data: d.roc.map(p => ({ x: p.false_positive_rate, y: p.true_positive_rate })) }, diagonal('Random')] },
    options: { scales: { x: axis('Share of losses called', 0, 1), y: axis('Share of wins found', 0, 1) } } });
  const top = Math.min(1, Math.max(0.1, ...bins.map(b => Math.max(b.mean_predicted, b.observed_rate))) * 1.1);
  draw('reliability-chart', { type: 'scatter', data: { datasets: [
      { label: 'Observed win rate per bin', showLine: true, borderColor: BLUE, backgroundColor: BLUE,
        data: bins.map(b => ({ x: b.mean_predicted, y: b.observed_rate })) },
      diagonal('Perfect calibration', top)] },
    options: { scales: { x: axis('Predicted probability', 0, top), y: axis('Observed win rate', 0, top) } } });
  draw('lift-chart', { type: 'bar', data: { labels: deciles.map(x => 'D' + x.decile), datasets: [
      { label: 'Lift (win rate / overall win rate)', data: deciles.map(x => x.lift), backgroundColor: BLUE }] },
    options: { scales: { x: axis('Decile by score (D1 = highest)'), y: axis('Lift', 0) } } });
  const w = r.weights.slice(0, 15);
  fitBars('weights-chart', w.length);
  draw('weights-chart', { type: 'bar', data: { labels: w.map(x => x.description), datasets: [
      { label: 'Mean |contribution| per lead', data: w.map(x => x.mean_abs_contribution), backgroundColor: BLUE }] },
    options: { indexAxis: 'y', plugins: { legend: { display: false } },
      scales: { x: axis('How much the field moves a typical lead (log-odds)', 0), y: labels() } } });
}

export async function showLive() {
  const summary = byId('live-summary');
  let r;
  try {
    r = await get('/reports/live?days=' + encodeURIComponent(byId('live-days').value));
  } catch (e) {
    fill(summary, el('p', { class: 'notice refused' }, e.describe()));
    fill(byId('live-alerts'));
    return;
  }
  const q = r.overall;
  fill(summary, figures([
    ['Leads scored', count(r.scored), 'in the last ' + r.window_days + ' days'],
    ['Outcomes back', count(q.outcomes), count(q.wins) + ' wins'],
    ['Live AUC', num(q.auc), 'training: ' + num(r.training_auc) + (q.outcomes < 100 ? '; too few outcomes to trust' : '')],
    ['Score drift (PSI)', num(r.score_shift.psi.value, 2), r.score_shift.level],
  ]));
  alertList(byId('live-alerts'), r.alerts);
  const weeks = r.weeks;
  draw('weekly-chart', { type: 'line', data: { labels: weeks.map(w => w.week_start), datasets: [
      { label: 'AUC', data: weeks.map(w => w.quality.auc), borderColor: BLUE, backgroundColor: BLUE, spanGaps: true, yAxisID: 'y' },
      { label: 'Calibration error', data: weeks.map(w => w.quality.ece), borderColor: ORANGE, backgroundColor: ORANGE,
        spanGaps: true, yAxisID: 'y1' }] },
    options: { scales: { x: axis('Week starting'), y: axis('AUC', 0.5, 1),
      y1: Object.assign(axis('ECE', 0), { position: 'right', grid: { display: false } }) } } });
  const bins = r.score_distribution;
  draw('score-chart', { type: 'bar', data: { labels: bins.map(b => Math.round(b.from * 100) + '–' + Math.round(b.to * 100) + ' %'),
      datasets: [{ label: 'Training', data: bins.map(b => b.training_share), backgroundColor: GREY },
                 { label: 'Recent', data: bins.map(b => b.recent_share), backgroundColor: BLUE }] },
    options: { scales: { x: axis('Probability served'), y: axis('Share of leads', 0) } } });
  const shifts = r.field_shifts.slice(0, 20);
  fitBars('psi-chart', shifts.length);
  draw('psi-chart', { type: 'bar', data: { labels: shifts.map(f => f.description), datasets: [
      { label: 'PSI', data: shifts.map(f => f.psi.value),
        backgroundColor: shifts.map(f => f.psi.value >= 0.25 ? RED : f.psi.value >= 0.1 ? ORANGE : GREEN) }] },
    options: { indexAxis: 'y', plugins: { legend: { display: false } },
      scales: { x: axis('Population stability index', 0), y: labels() } } });
}
