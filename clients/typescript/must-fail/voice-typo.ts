// Must NOT compile (tests/FramingApi.Tests/TypedClientTests.cs asserts the error): "outler" is no voice.
import type { components } from "../generated/framing-api";

export function inOwnVoice(evidence: components["schemas"]["EvidenceDto"]): boolean {
  return evidence.voice === "outler";
}
