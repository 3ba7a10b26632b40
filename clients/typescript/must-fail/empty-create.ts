// Must NOT compile (tests/FramingApi.Tests/TypedClientTests.cs asserts the error): a create request needs text or html.
import type { paths } from "../generated/framing-api";

export const empty: paths["/api/articles"]["post"]["requestBody"]["content"]["application/json"] = {};
