// Shared by both report pages: reads the embedded report, the one source of every figure on the page.
const REPORT = JSON.parse(document.getElementById('report-data').textContent);
Chart.defaults.animation = false;
Chart.defaults.maintainAspectRatio = false;
Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
Chart.defaults.color = '#3e4c59';
const BLUE = '#2563eb', GREY = '#9aa5b1', GREEN = '#127a48', RED = '#b42318', ORANGE = '#d97706';

function chart(id, config) {
  const canvas = document.getElementById(id);
  if (canvas) { new Chart(canvas, config); }
}

function axis(title, min, max) {
  return { title: { display: true, text: title }, min: min, max: max, grid: { color: '#eef1f5' } };
}

function pct(v) { return v == null ? 'n/a' : (100 * v).toFixed(1) + ' %'; }
