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
export async function getJson(url, { signal } = {}) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('timeout', 'TimeoutError')), TIMEOUT_MS);
  const abort = () => controller.abort(signal.reason);
  signal?.addEventListener('abort', abort);
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, signal: controller.signal });
    if (!response.ok) {
      let problem = null;
      try { problem = await response.json(); } catch { /* not JSON */ }
      throw new ApiError(problemMessage(response, problem), response.status, problem);
    }
    return await response.json();
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
