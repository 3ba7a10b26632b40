// A client of FramingApi written against the types that openapi-typescript generates from the API's OpenAPI
// document (npm run generate, or: npx openapi-typescript http://127.0.0.1:8080/openapi/v1.json -o generated/framing-api.d.ts).
// tests/FramingApi.Tests/TypedClientTests.cs generates the types from the served document and compiles this file
// with tsc --strict: it must compile as it is. Each function leans on one promise of the schema.
import type { components, paths } from "./generated/framing-api";

type Schemas = components["schemas"];
type Comparison = paths["/api/stories/{slug}/comparison"]["get"]["responses"][200]["content"]["application/json"];
type Framing = NonNullable<Schemas["EvidenceDto"]["framing"]>;
type Voice = Schemas["EvidenceDto"]["voice"];
type ArticleCreate = paths["/api/articles"]["post"]["requestBody"]["content"]["application/json"];
type Problem = Schemas["HttpValidationProblemDetails"];

const server = "http://127.0.0.1:8080";

/** Reads the comparison of a story: GET /api/stories/{slug}/comparison. */
export async function readComparison(slug: string): Promise<Comparison> {
  const response = await fetch(`${server}/api/stories/${encodeURIComponent(slug)}/comparison`);
  if (!response.ok) throw new Error(`GET comparison: ${response.status}`);
  return (await response.json()) as Comparison;
}

/** Numbers are numbers (not number | string): plain arithmetic on counts, shares and emphasis. */
export function summarise(comparison: Comparison): { meanEmphasis: number; hedgedShare: number; wordsPerArticle: number } {
  const emphasis = comparison.sources.flatMap(source => source.topics.map(topic => topic.emphasis));
  const meanEmphasis = emphasis.reduce((sum, e) => sum + e, 0) / Math.max(emphasis.length, 1);
  let hedged = 0;
  let total = 0;
  for (const source of comparison.sources)
    for (const row of source.claims) {
      hedged += row.hedged;
      total += row.total;
    }
  const words = comparison.sources.reduce((sum, source) => sum + source.words.outlet + source.words.quotation, 0);
  return { meanEmphasis, hedgedShare: total === 0 ? 0 : hedged / total, wordsPerArticle: words / comparison.article_count };
}

/** Nullable where the API can answer null, and only there: anonymous_share is null without attributions. */
export function anonymousPercent(source: Comparison["sources"][number]): string {
  return source.sourcing.anonymous_share === null ? "no attributions" : `${(100 * source.sourcing.anonymous_share).toFixed(1)} %`;
}

/** Framings are a closed set: a switch over them is exhaustive, and a new framing would not compile here. */
export function framingColour(framing: Framing): string {
  switch (framing) {
    case "asserted":
      return "#0072B2";
    case "hedged":
      return "#E69F00";
    case "attributed":
      return "#009E73";
    case "denied":
      return "#D55E00";
    default: {
      const unreachable: never = framing;
      return unreachable;
    }
  }
}

/** Voices too: comparing with a name the API never sends would not compile (see must-fail/voice-typo.ts). */
export function inOwnVoice(voice: Voice): boolean {
  return voice === "outlet";
}

/** The dominant framing of a row of mentions: the four framings, or mixed. */
export function dominantLabel(row: Schemas["ClaimSummaryRow"]): string {
  return row.dominant === "mixed" ? "no framing dominates" : `mostly ${row.dominant}`;
}

/** Evidence links are relative links: a client puts the server in front. */
export function evidenceUrl(topic: Comparison["sources"][number]["topics"][number]): URL {
  return new URL(topic.evidence, server);
}

/** A create request needs text or html (one of them): both of these type-check, {} does not (must-fail/empty-create.ts). */
export const asText: ArticleCreate = {
  source: "example-wire",
  story: "example-story",
  url: "https://wire.example/2023/07/27/typed-client",
  published_at: "2023-07-27",
  text: "An example article, sent by a typed client.",
  comments: ["A reader's comment."],
};

export const asHtml: ArticleCreate = { source: "example-wire", html: "<article><h1>An example</h1><p>Sent as HTML.</p></article>" };

/** Sends an article: 201 (stored) or 200 (already stored) with the article; otherwise a problem naming the fields. */
export async function createArticle(article: ArticleCreate, apiKey?: string): Promise<Schemas["ArticleResponse"]> {
  const response = await fetch(`${server}/api/articles`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(apiKey ? { "X-Api-Key": apiKey } : {}) },
    body: JSON.stringify(article),
  });
  if (response.status === 400 || response.status === 422) {
    const problem = (await response.json()) as Problem;
    throw new Error(Object.entries(problem.errors).map(([field, messages]) => `${field}: ${messages.join(" ")}`).join("; "));
  }
  if (!response.ok) throw new Error(`POST /api/articles: ${response.status}`);
  return (await response.json()) as Schemas["ArticleResponse"];
}

// The article export is NDJSON whose lines are bodies of POST /api/articles (and of the bulk import): an exported line
// type-checks as a create request, so a script can move articles between installations without reshaping them.
export function reimportable(line: Schemas["ExportLine"]): ArticleCreate {
  return line;
}
