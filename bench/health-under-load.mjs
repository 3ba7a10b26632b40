// While CLIENTS clients request comparisons of 50 sources drawn at random from the given ones (a new set each time,
// so that no answer comes from the cache), one prober asks GET /health/live every 50 ms. Prints the prober's
// latencies (p50, p99, max) and the comparisons' statuses and latencies.
// Usage: node bench/health-under-load.mjs BASE_URL SECONDS CLIENTS SOURCE_SLUG_PREFIX SOURCE_COUNT FROM TO
import http from 'node:http';

const [base, seconds = '20', clients = '16', prefix = 'brown-src-', count = '60', from = '2024-02-01', to = '2024-02-28'] = process.argv.slice(2);
const url = new URL(base);
const slugs = Array.from({ length: Number(count) }, (_, i) => `${prefix}${String(i + 1).padStart(2, '0')}`);
const until = Date.now() + Number(seconds) * 1000;
const loadAgent = new http.Agent({ keepAlive: true, maxSockets: Number(clients) });
const probeAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function get(path, agent) {
  return new Promise(resolve => {
    const started = process.hrtime.bigint();
    const req = http.get({ host: url.hostname, port: url.port, path, agent }, res => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    });
    req.on('error', () => resolve({ status: 0, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
  });
}

function pick50() {
  const shuffled = [...slugs];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  return shuffled.slice(0, 50).join(',');
}

const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]; };
const comparisons = [];
const probes = [];

async function client() {
  while (Date.now() < until)
    comparisons.push(await get(`/api/comparisons/sources?sources=${pick50()}&from=${from}&to=${to}`, loadAgent));
}

async function prober() {
  while (Date.now() < until) {
    const next = Date.now() + 50;
    probes.push(await get('/health/live', probeAgent));
    await new Promise(r => setTimeout(r, Math.max(0, next - Date.now())));
  }
}

await Promise.all([prober(), ...Array.from({ length: Number(clients) }, client)]);
const statuses = {};
for (const c of comparisons) statuses[c.status] = (statuses[c.status] ?? 0) + 1;
const ms = probes.map(p => p.ms);
const ok = comparisons.filter(c => c.status === 200).map(c => c.ms);
console.log(`health/live: ${probes.length} probes, p50 ${quantile(ms, 0.5).toFixed(1)} ms, p99 ${quantile(ms, 0.99).toFixed(1)} ms, ` +
  `max ${Math.max(...ms).toFixed(1)} ms, failed ${probes.filter(p => p.status !== 200).length}`);
console.log(`comparisons: ${comparisons.length} in ${seconds} s (${JSON.stringify(statuses)}), ` +
  `200s p50 ${ok.length ? quantile(ok, 0.5).toFixed(0) : '-'} ms, p99 ${ok.length ? quantile(ok, 0.99).toFixed(0) : '-'} ms`);
loadAgent.destroy();
probeAgent.destroy();
