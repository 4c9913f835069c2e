// Numbers as the dashboard shows them, and the uncertainty that goes with each figure.
export function pct(v, digits = 1) { return v == null || Number.isNaN(v) ? 'n/a' : (100 * v).toFixed(digits) + ' %'; }
export function num(v, digits = 3) { return v == null || Number.isNaN(v) ? 'n/a' : Number(v).toFixed(digits); }
export function count(v) { return v == null ? 'n/a' : Number(v).toLocaleString('en'); }
export function when(iso) { return iso ? iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC') : ''; }

/**
 * The interval of {@code key} in a metrics block when the report has one. Accepted shapes: the value itself an
 * object ({value|estimate, low|lower, high|upper}), a sibling "<key>_interval" ([low, high] or {low, high}), or an
 * "intervals" object keyed by metric.
 */
export function interval(metrics, key) {
  if (!metrics) { return null; }
  const candidates = [metrics[key], metrics[key + '_interval'], metrics[key + '_ci'], metrics.intervals && metrics.intervals[key]];
  for (const c of candidates) {
    if (Array.isArray(c) && c.length === 2) { return { low: c[0], high: c[1] }; }
    if (c && typeof c === 'object') {
      const low = c.low ?? c.lower ?? c.from, high = c.high ?? c.upper ?? c.to;
      if (low != null && high != null) { return { low, high, level: c.level ?? c.confidence }; }
    }
  }
  return null;
}

/** The point value of {@code key}, whether stored as a number or inside an interval object. */
export function value(metrics, key) {
  const v = metrics ? metrics[key] : null;
  if (v != null && typeof v === 'object' && !Array.isArray(v)) { return v.value ?? v.estimate ?? v.mean ?? null; }
  return v;
}

/** "0.812" plus, when known, "95 % interval 0.790–0.834". */
export function withInterval(metrics, key, digits = 3) {
  const iv = interval(metrics, key);
  const level = iv && iv.level ? Math.round(iv.level * (iv.level <= 1 ? 100 : 1)) + ' % ' : '';
  return { text: num(value(metrics, key), digits),
           sure: iv ? level + 'interval ' + num(iv.low, digits) + '–' + num(iv.high, digits) : null };
}
