using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FramingApi.Infrastructure;

/// <summary>
/// The one place problem details (RFC 9457) are built, for endpoint results and for the exception handler alike, so
/// every error has the same shape. Which status a mistake gets is the README's error policy: a malformed or invalid
/// request 400 (an unknown value in a query, too), an unknown resource in the path 404, an unknown reference inside
/// a well-formed body 422.
/// </summary>
public static class Problems
{
    /// <summary>Titles shared by the API's own results and the problems routing and the server produce before an endpoint runs.</summary>
    public const string NotFoundTitle = "Not found", MethodNotAllowedTitle = "Method not allowed", UnsupportedMediaTypeTitle = "Unsupported media type";

    /// <summary>400: fields that are invalid (a query filter naming a source, story or topic that does not exist, too).</summary>
    public static ValidationProblem Invalid(FieldErrors errors, string? detail = null) =>
        TypedResults.ValidationProblem(errors.ToDictionary(), detail ?? "One or more fields are invalid; see 'errors'.",
            title: "Invalid request");

    /// <summary>422: a well-formed body that names something that does not exist (a source, story or lexicon).</summary>
    public static ProblemHttpResult UnknownReference(FieldErrors errors, string? detail = null) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors.ToDictionary())
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "Unknown reference",
            Detail = detail ?? "The request names a source or story that does not exist; create it first or fix the slug.",
        });

    /// <summary>404: the resource the path names does not exist.</summary>
    public static ProblemHttpResult NotFound(string detail) => Result(StatusCodes.Status404NotFound, NotFoundTitle, detail);

    public static ProblemHttpResult Conflict(string detail, IDictionary<string, object?>? extensions = null) =>
        Result(StatusCodes.Status409Conflict, "Conflict", detail, extensions);

    public static ProblemHttpResult UnsupportedMediaType(string detail) =>
        Result(StatusCodes.Status415UnsupportedMediaType, UnsupportedMediaTypeTitle, detail);

    public static ProblemHttpResult TooLarge(string title, string detail, IDictionary<string, object?>? extensions = null) =>
        Result(StatusCodes.Status413PayloadTooLarge, title, detail, extensions);

    /// <summary>422 for a request that is valid but asks for what the resource cannot give (a lexicon as .dic).</summary>
    public static ProblemHttpResult Unprocessable(string title, string detail) =>
        Result(StatusCodes.Status422UnprocessableEntity, title, detail);

    /// <summary>429: the client is over its rate limit (the caller sets Retry-After).</summary>
    public static ProblemHttpResult TooManyRequests(string detail) => Result(StatusCodes.Status429TooManyRequests, "Too many requests", detail);

    /// <summary>503: too much of this kind of work is waiting already (the caller sets Retry-After).</summary>
    public static ProblemHttpResult ServerBusy(string detail) => Result(StatusCodes.Status503ServiceUnavailable, "Busy", detail);

    public static ProblemHttpResult Unauthorized(string detail) => Result(StatusCodes.Status401Unauthorized, "API key required", detail);

    public static ProblemHttpResult Forbidden(string detail) => Result(StatusCodes.Status403Forbidden, "Invalid API key", detail);

    /// <summary>503 with Retry-After: the database cannot serve now; the client should try again shortly.</summary>
    public static ProblemHttpResult Unavailable(HttpContext http, string title, string detail)
    {
        http.Response.Headers.RetryAfter = RetryAfterSeconds;
        return Result(StatusCodes.Status503ServiceUnavailable, title, detail);
    }

    /// <summary>
    /// A bulk import stopped by a failed write (the lines stored before it in the extensions): 503 with Retry-After when
    /// retrying can succeed (the database was away or kept conflicting), else 500.
    /// </summary>
    public static ProblemHttpResult ImportStopped(HttpContext http, bool retry, string detail, IDictionary<string, object?> extensions)
    {
        if (retry) http.Response.Headers.RetryAfter = RetryAfterSeconds;
        return Result(retry ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError, "Import stopped", detail, extensions);
    }

    /// <summary>The Retry-After of a 503.</summary>
    public const string RetryAfterSeconds = "5";

    static ProblemHttpResult Result(int status, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail, statusCode: status, title: title, extensions: extensions);

    // Problem details written by the exception handler, which has no endpoint result to return.

    /// <summary>A problem of the given status, for the exception handler.</summary>
    public static ProblemDetails Details(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail };

    /// <summary>400 for a JSON body that could not be read, naming the field where the parser stopped.</summary>
    public static ValidationProblemDetails MalformedJson(JsonException json)
    {
        // An empty body is not malformed JSON but a missing one: answered as the binder answers it.
        if (JsonMessages.Describe(json) == JsonMessages.MissingBody) return InvalidField(FieldErrors.Body, JsonMessages.MissingBody);
        var errors = new FieldErrors();
        var field = errors.AddJson(json);
        return new ValidationProblemDetails(errors.ToDictionary())
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Malformed request body",
            Detail = $"The JSON body could not be read at {Echo.Quote(field)} (line {json.LineNumber + 1}, byte {json.BytePositionInLine}).",
        };
    }

    /// <summary>400 for one field, for the exception handler (a query value that is not of its parameter's type).</summary>
    public static ValidationProblemDetails InvalidField(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Invalid request",
            Detail = "One or more fields are invalid; see 'errors'.",
        };

    /// <summary>503 with Retry-After, for the exception handler.</summary>
    public static ProblemDetails DatabaseUnavailable(HttpContext http)
    {
        http.Response.Headers.RetryAfter = RetryAfterSeconds;
        return Details(StatusCodes.Status503ServiceUnavailable, "Database unavailable",
            "The database cannot be reached right now; retry in a few seconds.");
    }

    /// <summary>503 with Retry-After for a write that kept conflicting with concurrent ones, for the exception handler.</summary>
    public static ProblemDetails Busy(HttpContext http)
    {
        http.Response.Headers.RetryAfter = "1";
        return Details(StatusCodes.Status503ServiceUnavailable, "Busy",
            "The request kept conflicting with concurrent writes and was not applied; retry in a second.");
    }

    public static ProblemDetails InternalError() =>
        Details(StatusCodes.Status500InternalServerError, "Internal server error", "The error was logged.");
}
