// The JSON API, with errors turned into exceptions that carry the server's message.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export async function get(path, params) {
  const url = path + query(params);
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    throw new ApiError(response.status, `${url} answered ${response.status} without JSON`);
  }
  if (!response.ok) throw new ApiError(response.status, body && body.message ? body.message : `${url}: ${response.status}`);
  return body;
}

/** "?a=1&b=x" from an object, leaving out empty values; "" when nothing is left. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== '') q.set(k, v);
  }
  const s = q.toString();
  return s ? '?' + s : '';
}
