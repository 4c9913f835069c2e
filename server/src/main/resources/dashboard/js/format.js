// Numbers as the dashboard shows them, and the uncertainty that goes with each figure.
export function pct(v, digits = 1) { return v == null || Number.isNaN(v) ? 'n/a' : (100 * v).toFixed(digits) + ' %'; }
export function num(v, digits = 3) { return v == null || Number.isNaN(v) ? 'n/a' : Number(v).toFixed(digits); }
export function count(v) { return v == null ? 'n/a' : Number(v).toLocaleString('en'); }
export function when(iso) { return iso ? iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC') : ''; }

/**
 * The interval of {@code key} when the report has one: in {@code intervals} (the manifest's "test_intervals", as
 * {estimate, low, high, level}), or beside the value in {@code metrics} (the value itself an object, a
 * "<key>_interval" as [low, high] or {low, high}, or an "intervals" object keyed by metric).
 */
export function interval(metrics, key, intervals) {
  const candidates = [intervals && intervals[key], metrics && metrics[key], metrics && metrics[key + '_interval'],
    metrics && metrics.intervals && metrics.intervals[key]];
  for (const c of candidates) {
    if (Array.isArray(c) && c.length === 2) { return { low: c[0], high: c[1] }; }
    if (c && typeof c === 'object') {
      const low = c.low ?? c.lower, high = c.high ?? c.upper;
      if (low != null && high != null) { return { low, high, level: c.level ?? c.confidence }; }
    }
  }
  return null;
}

/** The point value of {@code key}, whether stored as a number or inside an interval object. */
export function value(metrics, key) {
  const v = metrics ? metrics[key] : null;
  if (v != null && typeof v === 'object' && !Array.isArray(v)) { return v.value ?? v.estimate ?? null; }
  return v;
}

/** "0.812" plus, when known, "95 % interval 0.790–0.834". */
export function withInterval(metrics, key, intervals, digits = 3) {
  const iv = interval(metrics, key, intervals);
  const level = iv && iv.level ? Math.round(iv.level <= 1 ? iv.level * 100 : iv.level) + ' % ' : '';
  return { text: num(value(metrics, key), digits),
           sure: iv ? level + 'interval ' + num(iv.low, digits) + '–' + num(iv.high, digits) : null };
}
