// The champion screen: which version serves, its held-out figures with how sure each is, and the live alerts.
import { get } from './api.js';
import { el, byId, fill, figures, alertList } from './dom.js';
import { pct, num, count, when, withInterval } from './format.js';

export async function show() {
  const body = byId('champion-body');
  // Asked for at once, in parallel with the champion: the live report is the slower of the two.
  const live = get('/reports/live').then(report => ({ report }), error => ({ error }));
  let champion;
  try {
    champion = await get('/v1/models/champion');
  } catch (e) {
    fill(body, el('p', { class: 'notice refused' }, e.status === 404 ? 'No champion yet: train and promote a model.' : e.describe()));
    return;
  }
  const test = (champion.metrics && champion.metrics.test) || {};
  const base = (champion.metrics && champion.metrics.baseline) || {};
  const auc = withInterval(test, 'roc_auc'), pr = withInterval(test, 'pr_auc'),
        ll = withInterval(test, 'log_loss'), brier = withInterval(test, 'brier'), ece = withInterval(test, 'ece');
  const held = 'on ' + count(test.rows) + ' held-out leads, ' + count(test.wins) + ' wins';
  fill(body,
    el('p', { class: 'lede', id: 'champion-version' }, el('strong', {}, champion.label), ' is the champion',
      champion.serving ? ' and serves every score' : ' (this server is still loading it)',
      '; published ' + when(champion.created_at),
      champion.parent_version ? ', replacing v' + champion.parent_version : '', '.'),
    figures([
      ['Ranking (ROC AUC)', auc.text, auc.sure || held],
      ['Precision-recall AUC', pr.text, pr.sure || 'random ranking: ' + num(test.base_rate)],
      ['Log loss', ll.text, ll.sure || 'always the win rate: ' + num(base.log_loss)],
      ['Brier score', brier.text, brier.sure || 'always the win rate: ' + num(base.brier)],
      ['Calibration error (ECE)', ece.text, ece.sure || held],
      ['Win rate', pct(test.base_rate), count(test.rows) + ' held-out leads'],
    ]));
  performance.mark('champion-figures');
  const alerts = byId('champion-alerts');
  const { report, error } = await live;
  if (report) {
    alertList(alerts, report.alerts);
  } else {
    fill(alerts, el('li', { class: 'info' }, 'The live report is not available: ' + error.describe()));
  }
}
