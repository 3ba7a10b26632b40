using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace FramingApi.Infrastructure;

/// <summary>
/// Turns exceptions into RFC 9457 problem details: request-reading failures (malformed JSON, wrong types, a body
/// over the size limit, a wrong content type) become the 4xx they are, with the field named where the parser
/// knows it; a database that cannot be reached becomes 503 with Retry-After; anything else a 500 without internals.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var problem = exception switch
        {
            BadHttpRequestException bad => FromBadRequest(bad),
            JsonException json => JsonProblem(json),
            ApiProblemException api => api.Problem,
            NpgsqlException or TimeoutException when IsUnavailable(exception) => Unavailable(http),
            OperationCanceledException when http.RequestAborted.IsCancellationRequested => null,
            _ => null,
        };

        if (problem is null)
        {
            if (http.RequestAborted.IsCancellationRequested) return true;
            log.LogError(exception, "Unhandled error for {Method} {Path}", http.Request.Method, http.Request.Path);
            problem = new ProblemDetails { Status = 500, Title = "Internal server error", Detail = "The error was logged." };
        }

        http.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    static ProblemDetails FromBadRequest(BadHttpRequestException bad)
    {
        if (bad.InnerException is JsonException json) return JsonProblem(json);
        return bad.StatusCode switch
        {
            StatusCodes.Status413PayloadTooLarge => new ProblemDetails
            {
                Status = 413, Title = "Request body too large", Detail = bad.Message,
            },
            StatusCodes.Status415UnsupportedMediaType => new ProblemDetails
            {
                Status = 415, Title = "Unsupported media type", Detail = bad.Message,
            },
            _ => new ProblemDetails { Status = bad.StatusCode, Title = "Bad request", Detail = bad.Message },
        };
    }

    static ValidationProblemDetails JsonProblem(JsonException json)
    {
        // System.Text.Json reports the JSON path of the failing value ("$.text", "$.published_at").
        var field = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.TrimStart('$', '.');
        var message = json.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        if (json.InnerException is InvalidOperationException or ArgumentException or FormatException)
            message = $"{message} {json.InnerException.Message}".Trim();
        return new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = 400,
            Title = "Malformed request body",
            Detail = $"The JSON body could not be read at '{field}' (line {json.LineNumber + 1}, byte {json.BytePositionInLine}).",
        };
    }

    static bool IsUnavailable(Exception e) => e switch
    {
        NpgsqlException { IsTransient: true } => true,
        NpgsqlException { InnerException: System.Net.Sockets.SocketException or TimeoutException or IOException } => true,
        PostgresException pg => pg.SqlState is "57P01" or "57P02" or "57P03" or "53300",
        TimeoutException => true,
        _ => false,
    };

    static ProblemDetails Unavailable(HttpContext http)
    {
        http.Response.Headers.RetryAfter = "5";
        return new ProblemDetails
        {
            Status = 503, Title = "Database unavailable",
            Detail = "The database cannot be reached right now; retry in a few seconds.",
        };
    }
}

/// <summary>Thrown deep in a request (e.g. while streaming a bulk body) to answer with a given problem.</summary>
public sealed class ApiProblemException(ProblemDetails problem) : Exception(problem.Detail)
{
    public ProblemDetails Problem { get; } = problem;
}
