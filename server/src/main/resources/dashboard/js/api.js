// Every data call: the key from session storage as a bearer header, JSON in and out, the server's error shape
// turned into an ApiError carrying its status, code and message.
const STORE = 'propensity.key';

export const key = {
  get: () => sessionStorage.getItem(STORE),
  set: value => sessionStorage.setItem(STORE, value),
  clear: () => sessionStorage.removeItem(STORE),
};

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  /** Such as "422 model_refused: v2 failed its check: ...". */
  describe() { return this.status + ' ' + this.code + ': ' + this.message; }
}

export async function call(method, path, body) {
  const headers = { Authorization: 'Bearer ' + key.get(), Accept: 'application/json' };
  if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store', credentials: 'omit', referrerPolicy: 'no-referrer' });
  } catch (e) {
    throw new ApiError(0, 'unreachable', 'the server did not answer (' + e.message + ')');
  }
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
  if (!response.ok) {
    const error = (json && json.error) || {};
    throw new ApiError(response.status, error.code || 'http_error', error.message || response.statusText || 'request failed');
  }
  return json;
}

export const get = path => call('GET', path);
export const post = (path, body) => call('POST', path, body);
