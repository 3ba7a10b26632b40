// Must NOT compile (tests/FramingApi.Tests/TypedClientTests.cs asserts the error): text or html, not both.
import type { components } from "../generated/framing-api";

export const both: components["schemas"]["ArticleCreateRequest"] = { text: "An article.", html: "<p>An article.</p>" };
