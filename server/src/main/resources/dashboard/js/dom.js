// Builds elements from data without innerHTML, so text from the server (a lead's value, a reason) is never markup.
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value == null || value === false) { continue; }
    if (name === 'class') { node.className = value; } else if (name === 'text') { node.textContent = value; }
    else { node.setAttribute(name, value === true ? '' : value); }
  }
  for (const child of children.flat()) {
    if (child == null || child === false) { continue; }
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function byId(id) { return document.getElementById(id); }

export function fill(parent, ...children) { parent.replaceChildren(); parent.append(...children.flat().filter(c => c != null)); }

/** A definition list of figures: [label, value, how sure] triples. */
export function figures(rows) {
  return el('dl', { class: 'figures' }, rows.map(([label, value, sure]) =>
    el('div', { class: 'figure' }, el('dt', {}, label), el('dd', {}, value, sure ? el('span', { class: 'sure' }, sure) : null))));
}

export function alertList(list, alerts) {
  fill(list, alerts.length === 0 ? el('li', { class: 'info' }, 'No alerts.') : alerts.map(a =>
    el('li', { class: a.severity }, el('span', { class: 'sev' }, a.severity), a.message)));
}
