// Must NOT compile (tests/FramingApi.Tests/TypedClientTests.cs asserts the error): numbers are numbers, not strings.
import type { components } from "../generated/framing-api";

export const version: components["schemas"]["AnalyzeRequest"] = { text: "An article.", lexicon: "claims", lexicon_version: "2" };
