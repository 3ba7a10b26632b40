// The public API, and nothing else: every request of the page goes through here.

const TIMEOUT_MS = 30_000;

/** An API request that failed: status 0 when the API could not be reached or did not answer in time. */
export class ApiError extends Error {
  constructor(message, status, problem) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

/** GETs a JSON resource; a problem-details answer becomes an ApiError whose message is the problem's own words. */
export function getJson(url, { signal } = {}) {
  return request(url, 'application/json', response => response.json(), signal);
}

/**
 * GETs a resource as `accept` and reads the answer with read(response), under the page's timeout; a problem-details
 * answer becomes an ApiError whose message is the problem's own words.
 */
async function request(url, accept, read, signal) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('timeout', 'TimeoutError')), TIMEOUT_MS);
  const abort = () => controller.abort(signal.reason);
  signal?.addEventListener('abort', abort);
  let response;
  try {
    response = await fetch(url, { headers: { Accept: accept }, signal: controller.signal });
    if (!response.ok) {
      let problem = null;
      try { problem = await response.json(); } catch { /* not JSON */ }
      throw new ApiError(problemMessage(response, problem), response.status, problem);
    }
    return await read(response);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (signal?.aborted) throw error;
    if (controller.signal.reason?.name === 'TimeoutError') {
      throw new ApiError(`The API did not answer within ${TIMEOUT_MS / 1000} seconds (${url}).`, 0);
    }
    throw new ApiError(`The API could not be reached (${url}): ${error.message}`, 0);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}

function problemMessage(response, problem) {
  const parts = [problem?.title ?? `${response.status} ${response.statusText}`.trim()];
  if (problem?.detail) parts.push(problem.detail);
  if (problem?.errors) {
    for (const [field, messages] of Object.entries(problem.errors)) parts.push(`${field}: ${[].concat(messages).join(' ')}`);
  }
  if (response.status === 503) parts.push('The database may be restarting; try again in a moment.');
  return parts.join(' — ');
}

/** Every page of a paged list resource ({items, total_pages}), at most maxPages pages. */
export async function getAllPages(url, { pageSize = 200, maxPages = 10, signal } = {}) {
  const items = [];
  let total = 0;
  for (let page = 1; page <= maxPages; page++) {
    const u = new URL(url, location.origin);
    u.searchParams.set('page', page);
    u.searchParams.set('page_size', pageSize);
    const body = await getJson(u.pathname + u.search, { signal });
    items.push(...(body.items ?? []));
    total = body.total ?? items.length;
    if (!body.total_pages || page >= body.total_pages) return { items, total, truncated: false };
  }
  return { items, total, truncated: items.length < total };
}

/**
 * Every page of a paged CSV resource as the API writes it (`format=csv`), at most maxPages pages of pageSize rows,
 * following each page's Link rel="next": { header, records, complete, fileName }. records are the pages' data
 * records, each its exact text (line breaks inside quoted cells included) with its cells parsed; fileName is what
 * the API names the first page's file (Content-Disposition), if anything.
 */
export async function getCsvPages(url, { pageSize = 200, maxPages = 10, signal } = {}) {
  const u = new URL(url, location.origin);
  u.searchParams.set('page', 1);
  u.searchParams.set('page_size', pageSize);
  let next = u.pathname + u.search;
  let header = null;
  let fileName = null;
  const records = [];
  for (let page = 1; page <= maxPages && next; page++) {
    const { text, link, disposition } = await request(next, 'text/csv', async response => ({
      text: await response.text(), link: response.headers.get('Link'), disposition: response.headers.get('Content-Disposition'),
    }), signal);
    const [first, ...rest] = parseCsv(text);
    header ??= first ?? null;
    records.push(...rest);
    fileName ??= /filename="?([^";]+)"?/.exec(disposition ?? '')?.[1] ?? null;
    const nextLink = /<([^>]*)>\s*;\s*rel="?next"?/.exec(link ?? '')?.[1];
    next = nextLink ? new URL(nextLink, location.origin).pathname + new URL(nextLink, location.origin).search : null;
  }
  return { header, records, complete: !next, fileName };
}

/** RFC 4180 records of a CSV text: [{ text, cells }], text the record as written (without its line end). */
export function parseCsv(text) {
  const records = [];
  let i = 0;
  while (i < text.length) {
    const start = i;
    const cells = [];
    for (;;) {
      let cell = '';
      if (text[i] === '"') {
        for (i++; i < text.length; i++) {
          if (text[i] !== '"') { cell += text[i]; continue; }
          if (text[i + 1] === '"') { cell += '"'; i++; continue; }
          i++;
          break;
        }
      }
      while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') cell += text[i++];
      cells.push(cell);
      if (text[i] === ',') { i++; continue; }
      break;
    }
    const end = i;
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    records.push({ text: text.slice(start, end), cells });
  }
  return records;
}

/** Runs tasks with at most `limit` in flight (a story of 200 articles should not open 200 requests at once). */
export async function mapLimited(values, limit, task) {
  const results = new Array(values.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, values.length) }, async () => {
    while (next < values.length) {
      const i = next++;
      results[i] = await task(values[i], i);
    }
  });
  await Promise.all(workers);
  return results;
}

let openApi;
/**
 * What this server offers, read from its OpenAPI document, so the page can use endpoints that later versions add
 * (time series, lexicon choice in comparisons) without asking for them blindly and logging 404s.
 */
export function capabilities() {
  openApi ??= getJson('/openapi/v1.json').then(doc => ({
    hasPath: path => Boolean(doc.paths?.[path]),
    parameters: path => (doc.paths?.[path]?.get?.parameters ?? []).map(p => p.name),
    enumOf: (path, name) => doc.paths?.[path]?.get?.parameters?.find(p => p.name === name)?.schema?.enum ?? null,
  })).catch(error => { openApi = undefined; throw error; });
  return openApi;
}

/** The API's evidence link with some query parameters set (null deletes one). */
export function withParams(link, params) {
  const u = new URL(link, location.origin);
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined) u.searchParams.delete(key);
    else u.searchParams.set(key, value);
  }
  return u.pathname + u.search;
}
