using Microsoft.Net.Http.Headers;

namespace FramingApi.Infrastructure;

/// <summary>
/// <c>If-None-Match</c> as RFC 9110 §13.1.2 reads it for a GET: the answer is 304 when the header is <c>*</c> (the
/// resource exists: it is being answered) or lists the current entity tag, compared weakly (<c>W/"x"</c> matches
/// <c>"x"</c>), among other tags or alone. A header that does not parse matches nothing, so the full answer is sent.
/// </summary>
public static class ConditionalRequests
{
    /// <summary>Whether the request's <c>If-None-Match</c> names <paramref name="etag"/> (a quoted entity tag) or <c>*</c>.</summary>
    public static bool IsNotModified(HttpRequest request, string etag)
    {
        var header = request.Headers.IfNoneMatch;
        if (header.Count == 0) return false;
        if (!EntityTagHeaderValue.TryParseList(header, out var tags)) return false;
        var current = new EntityTagHeaderValue(etag);
        foreach (var tag in tags)
            if (tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false)) return true;
        return false;
    }
}
