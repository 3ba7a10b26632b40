// Number formats and the names a reader sees for the API's keys.

const KNOWN_LABELS = {
  // topics (the built-in topics lexicon; others are humanised from their keys)
  icc_scrutiny_of_us: 'ICC scrutiny of the US',
  israel_palestine: 'Israel / Palestine',
  // claim actors
  us: 'US', russia: 'Russia', ukraine: 'Ukraine', israel: 'Israel', unknown: 'Unknown actor',
  // voices and segments
  outlet: 'Own voice', quotation: 'Quotation', comments: 'Reader comments', article: 'Outlet + quotations',
};

/** "cluster_munitions" → "Cluster munitions". */
export function label(key) {
  if (key === null || key === undefined) return '';
  if (KNOWN_LABELS[key]) return KNOWN_LABELS[key];
  const words = String(key).replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const fmt = {
  /** 0.2143 → "0.21" */
  score: v => (v === null || v === undefined ? '–' : v.toFixed(2)),
  /** 0.667 → "67 %" */
  share: v => (v === null || v === undefined ? '–' : `${Math.round(v * 100)} %`),
  /** shares with one decimal for small values */
  sharePrecise: v => (v === null || v === undefined ? '–' : `${(v * 100).toFixed(v < 0.1 ? 1 : 0)} %`),
  /** 6.4239 → "6.4" */
  rate: v => (v === null || v === undefined ? '–' : v.toFixed(v >= 100 ? 0 : 1)),
  count: v => (v === null || v === undefined ? '–' : Number(v).toLocaleString('en')),
  date: v => (v ? new Date(v).toISOString().slice(0, 10) : '–'),
};

/**
 * The 95 % interval of a measure, wherever the API puts it: the uncertainty issue adds ci_low/ci_high (and n, low_n)
 * to comparison figures; accepted as `<measure>_ci_low`, `<measure>: {value, ci_low, ci_high}`, `intervals.<measure>`,
 * or plain `ci_low`/`ci_high` on the object when it carries a single share. Null when absent.
 */
export function intervalOf(obj, measure) {
  if (!obj) return null;
  const candidates = [
    { low: obj[`${measure}_ci_low`], high: obj[`${measure}_ci_high`] },
    typeof obj[measure] === 'object' && obj[measure] ? { low: obj[measure].ci_low, high: obj[measure].ci_high } : {},
    obj.intervals?.[measure] ? { low: obj.intervals[measure].ci_low, high: obj.intervals[measure].ci_high } : {},
    obj.ci?.[measure] ? { low: obj.ci[measure].low ?? obj.ci[measure].ci_low, high: obj.ci[measure].high ?? obj.ci[measure].ci_high } : {},
  ];
  for (const c of candidates) if (Number.isFinite(c.low) && Number.isFinite(c.high)) return c;
  return null;
}

/** A measure's value whether the API gives it as a number or as {value, ci_low, ci_high}. */
export function valueOf(obj, measure) {
  const v = obj?.[measure];
  return typeof v === 'object' && v !== null ? v.value ?? null : v ?? null;
}

/** The n and low-n flag that the uncertainty issue adds, when present. */
export function sampleOf(obj) {
  if (!obj) return null;
  const n = obj.n_mentions ?? obj.n ?? null;
  const articles = obj.n_articles ?? null;
  const low = obj.low_n === true;
  if (n === null && articles === null && !obj.low_n) return null;
  return { n, articles, low };
}

export function sampleText(sample) {
  if (!sample) return '';
  const parts = [];
  if (sample.n !== null) parts.push(`n = ${sample.n}`);
  if (sample.articles !== null) parts.push(`${sample.articles} article${sample.articles === 1 ? '' : 's'}`);
  if (sample.low) parts.push('low n: read with care');
  return parts.join(', ');
}

/** Okabe & Ito (2008) colour-blind-safe palette. */
export const OKABE_ITO = {
  orange: '#E69F00', skyBlue: '#56B4E9', bluishGreen: '#009E73', yellow: '#F0E442',
  blue: '#0072B2', vermillion: '#D55E00', reddishPurple: '#CC79A7', black: '#000000',
};

export const FRAMINGS = ['hedged', 'attributed', 'denied', 'asserted'];
export const FRAMING_COLOURS = {
  hedged: OKABE_ITO.orange, attributed: OKABE_ITO.skyBlue, denied: OKABE_ITO.reddishPurple, asserted: OKABE_ITO.blue,
};
export const FRAMING_MEANING = {
  hedged: 'hedged ("alleged", "suspected")',
  attributed: 'attributed to a source ("officials said")',
  denied: 'reported as denied',
  asserted: 'stated as fact',
};

/** Series colours for sources in line charts (Okabe–Ito without yellow, which is too light on white). */
export const SERIES_COLOURS = [OKABE_ITO.blue, OKABE_ITO.vermillion, OKABE_ITO.bluishGreen, OKABE_ITO.reddishPurple,
  OKABE_ITO.orange, OKABE_ITO.skyBlue, OKABE_ITO.black];
