// Chart.js (the global from its webjar) with the dashboard's defaults; a canvas redrawn replaces its old chart.
export const BLUE = '#1d4ed8', GREY = '#9aa5b1', GREEN = '#127a48', RED = '#b42318', ORANGE = '#d97706';
const drawn = new Map();

export function setUp() {
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.color = '#3e4c59';
}

export function draw(id, config) {
  const canvas = document.getElementById(id);
  if (drawn.has(id)) { drawn.get(id).destroy(); }
  drawn.set(id, new Chart(canvas, config));
}

export function axis(title, min, max) {
  return { title: { display: true, text: title }, min, max, grid: { color: '#eef1f5' } };
}

export const diagonal = (label, top = 1) => ({ label, data: [{ x: 0, y: 0 }, { x: top, y: top }], borderColor: GREY,
  borderDash: [5, 4], pointRadius: 0, showLine: true });

/** Gives a horizontal bar chart of {@code bars} bars room for every label, none skipped. */
export function fitBars(id, bars) {
  document.getElementById(id).parentElement.style.height = Math.max(160, 24 * bars + 80) + 'px';
}

/** The category axis of a horizontal bar chart: every label shown. */
export const labels = () => ({ grid: { display: false }, ticks: { autoSkip: false } });

/** A horizontal bar chart of signed values, green up and red down, in a container sized to its bars. */
export function signedBars(id, names, values, axisTitle) {
  fitBars(id, names.length);
  draw(id, { type: 'bar', data: { labels: names, datasets: [{ label: axisTitle, data: values,
      backgroundColor: values.map(v => v >= 0 ? GREEN : RED) }] },
    options: { indexAxis: 'y', plugins: { legend: { display: false } },
      scales: { x: axis(axisTitle), y: labels() } } });
}
