// Draws the version report's charts from REPORT (see charts-common.js).
(function () {
  const d = REPORT.discrimination, c = REPORT.calibration, r = REPORT.ranking;
  const diagonal = { label: 'Random', data: [{x: 0, y: 0}, {x: 1, y: 1}], borderColor: GREY,
                     borderDash: [5, 4], pointRadius: 0, showLine: true };
  chart('roc-chart', { type: 'scatter', data: { datasets: [
      { label: 'Model (AUC ' + (d.roc_auc == null ? 'n/a' : d.roc_auc.toFixed(3)) + ')', showLine: true,
        pointRadius: 0, borderColor: BLUE, borderWidth: 2,
        data: d.roc.map(p => ({x: p.false_positive_rate, y: p.true_positive_rate})) }, diagonal] },
    options: { scales: { x: axis('Share of losses called', 0, 1), y: axis('Share of wins found', 0, 1) } } });
  chart('pr-chart', { type: 'scatter', data: { datasets: [
      { label: 'Model (PR AUC ' + (d.pr_auc == null ? 'n/a' : d.pr_auc.toFixed(3)) + ')', showLine: true,
        pointRadius: 0, borderColor: BLUE, borderWidth: 2,
        data: d.pr.map(p => ({x: p.recall, y: p.precision})) },
      { label: 'Random (win rate)', showLine: true, pointRadius: 0, borderColor: GREY, borderDash: [5, 4],
        data: [{x: 0, y: d.base_rate}, {x: 1, y: d.base_rate}] }] },
    options: { scales: { x: axis('Share of wins found (recall)', 0, 1), y: axis('Win rate of called leads (precision)', 0, 1) } } });
  const bins = c.reliability.bins;
  const top = Math.min(1, Math.max(0.1, ...bins.map(b => Math.max(b.mean_predicted, b.observed_rate))) * 1.1);
  chart('reliability-chart', { type: 'scatter', data: { datasets: [
      { label: 'Observed win rate per bin', showLine: true, borderColor: BLUE, backgroundColor: BLUE,
        data: bins.map(b => ({x: b.mean_predicted, y: b.observed_rate})),
        pointRadius: bins.map(b => 3 + 6 * Math.sqrt(b.count / Math.max(...bins.map(x => x.count)))) },
      Object.assign({}, diagonal, { label: 'Perfect calibration', data: [{x: 0, y: 0}, {x: top, y: top}] })] },
    options: { scales: { x: axis('Predicted probability', 0, top), y: axis('Observed win rate', 0, top) } } });
  chart('lift-chart', { type: 'bar', data: { labels: r.deciles.map(x => 'D' + x.decile), datasets: [
      { label: 'Lift (win rate / overall win rate)', data: r.deciles.map(x => x.lift), backgroundColor: BLUE }] },
    options: { plugins: { legend: { display: true } },
      scales: { x: axis('Decile of leads by score (D1 = highest)'), y: axis('Lift', 0) } } });
  chart('gains-chart', { type: 'scatter', data: { datasets: [
      { label: 'Model', showLine: true, borderColor: GREEN, backgroundColor: GREEN, borderWidth: 2,
        data: [{x: 0, y: 0}].concat(r.deciles.map(x => ({x: x.decile / 10, y: x.cumulative_gain}))) },
      Object.assign({}, diagonal, { label: 'Random order' })] },
    options: { scales: { x: axis('Share of leads called, best first', 0, 1), y: axis('Share of wins found', 0, 1) } } });
  const w = REPORT.weights.slice(0, 15);
  chart('weights-chart', { type: 'bar', data: { labels: w.map(x => x.description), datasets: [
      { label: 'Mean |log-odds contribution| per lead', data: w.map(x => x.mean_abs_contribution), backgroundColor: BLUE }] },
    options: { indexAxis: 'y', plugins: { legend: { display: false } },
      scales: { x: axis('How much the field moves a typical lead (log-odds)', 0), y: { grid: { display: false } } } } });
})();
