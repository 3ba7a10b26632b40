using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace FramingApi.Infrastructure;

/// <summary>
/// Turns exceptions into RFC 9457 problem details (built by <see cref="Problems"/>): request-reading failures
/// (malformed JSON, wrong types, a body over the size limit, a wrong content type) become the 4xx they are, with the
/// field named where the parser knows it; a database that cannot be reached becomes 503 with Retry-After; anything
/// else a 500 without internals.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var problem = exception switch
        {
            BadHttpRequestException bad => FromBadRequest(bad, http),
            JsonException json => Problems.MalformedJson(json),
            NpgsqlException or TimeoutException when DatabaseErrors.IsUnavailable(exception) => Unavailable(http),
            PostgresException conflict when DatabaseErrors.IsConflict(conflict) => Conflicted(http, conflict),
            _ => null,
        };

        if (problem is null)
        {
            if (http.RequestAborted.IsCancellationRequested) return true;
            log.LogError(exception, "Unhandled error for {Method} {Path}", http.Request.Method, http.Request.Path);
            problem = Problems.InternalError();
        }

        http.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    static ProblemDetails FromBadRequest(BadHttpRequestException bad, HttpContext http) => bad switch
    {
        // A typed query value given twice arrives joined ("5,5") and fails to bind: say it was given twice, as
        // QueryNames does for the values that bind.
        { StatusCode: StatusCodes.Status400BadRequest } when JsonMessages.DescribeBinding(bad.Message) is { } field
            && http.Request.Query.TryGetValue(field.Field, out var values) && values.Count > 1
            => Problems.InvalidField(field.Field, QueryNames.GivenTimes(values.Count)),
        { InnerException: JsonException json } => Problems.MalformedJson(json),
        { StatusCode: StatusCodes.Status413PayloadTooLarge } => Problems.Details(bad.StatusCode, "Request body too large", bad.Message),
        { StatusCode: StatusCodes.Status415UnsupportedMediaType } => Problems.Details(bad.StatusCode, Problems.UnsupportedMediaTypeTitle, bad.Message),
        { StatusCode: StatusCodes.Status408RequestTimeout } => Problems.Details(bad.StatusCode, "Request timeout", JsonMessages.Clean(bad.Message)),
        { StatusCode: StatusCodes.Status400BadRequest } when JsonMessages.DescribeBinding(bad.Message) is { } field => Problems.InvalidField(field.Field, field.Message),
        _ => Problems.Details(bad.StatusCode, "Bad request", JsonMessages.Clean(bad.Message)),
    };

    /// <summary>
    /// 503 while the database is away. The pool's idle connections died with the server: dropped now, so that the first
    /// requests after it is back open new ones instead of each failing once on a dead one.
    /// </summary>
    static ProblemDetails Unavailable(HttpContext http)
    {
        http.RequestServices.GetService<NpgsqlDataSource>()?.Clear();
        return Problems.DatabaseUnavailable(http);
    }

    /// <summary>A transaction that kept losing conflicts with others after its retries: logged, and 503 to retry shortly.</summary>
    ProblemDetails Conflicted(HttpContext http, PostgresException conflict)
    {
        log.LogWarning("{Method} {Path}: transaction conflict ({SqlState}) after {Attempts} attempts: {Message}",
            http.Request.Method, http.Request.Path, conflict.SqlState, DatabaseErrors.MaxAttempts, conflict.MessageText);
        return Problems.Busy(http);
    }
}
