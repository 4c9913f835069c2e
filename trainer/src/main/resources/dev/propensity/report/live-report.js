// Draws the live report's charts from REPORT (see charts-common.js).
(function () {
  const weeks = REPORT.weeks;
  chart('weekly-chart', { type: 'line', data: { labels: weeks.map(w => w.week_start), datasets: [
      { label: 'AUC', data: weeks.map(w => w.quality.auc), borderColor: BLUE, backgroundColor: BLUE, spanGaps: true, yAxisID: 'y' },
      { label: 'Calibration error', data: weeks.map(w => w.quality.ece), borderColor: ORANGE, backgroundColor: ORANGE,
        spanGaps: true, yAxisID: 'y1' }] },
    options: { scales: { x: axis('Week starting'), y: axis('AUC', 0.5, 1),
      y1: Object.assign(axis('ECE', 0), { position: 'right', grid: { display: false } }) } } });
  const bins = REPORT.score_distribution;
  chart('score-chart', { type: 'bar', data: { labels: bins.map(b => Math.round(b.from * 100) + '–' + Math.round(b.to * 100) + ' %'),
      datasets: [{ label: 'Training', data: bins.map(b => b.training_share), backgroundColor: GREY },
                 { label: 'Recent', data: bins.map(b => b.recent_share), backgroundColor: BLUE }] },
    options: { scales: { x: axis('Probability served'), y: axis('Share of leads', 0) } } });
  const shifts = REPORT.field_shifts.slice(0, 20);
  chart('psi-chart', { type: 'bar', data: { labels: shifts.map(f => f.description), datasets: [
      { label: 'PSI', data: shifts.map(f => f.psi.value),
        backgroundColor: shifts.map(f => f.psi.value >= 0.25 ? RED : f.psi.value >= 0.1 ? ORANGE : GREEN) }] },
    options: { indexAxis: 'y', plugins: { legend: { display: false } },
      scales: { x: axis('Population stability index', 0), y: { grid: { display: false } } } } });
})();
