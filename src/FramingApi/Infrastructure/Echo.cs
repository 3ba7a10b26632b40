using FramingApi.Analysis.Text;

namespace FramingApi.Infrastructure;

/// <summary>
/// A value the request sent, echoed in a message between single quotes: "No source 'bbc-news'". An ordinary value is
/// written as it is; one the reader could not read back from the message — holding a ' (which would end the quotes
/// early), a \ (which would look like an escape) or a character that does not show (a control character, a line break,
/// an invisible format character such as a right-to-left override, an unpaired surrogate) — has those escaped as in
/// JSON and C: \' and \\, \n, \r, \t, and \uXXXX for the rest ('it\'s', 'a\nb', 'x\u0007'). So the echo is
/// unambiguous, and a message never holds a raw control character that would garble a log line or a terminal.
/// </summary>
public static class Echo
{
    /// <summary>The Content-Type a request sent, as every refusal of it words it: quoted as <see cref="Quote"/> quotes,
    /// or "no Content-Type" when none was sent (never a quoted '(none)', which reads as if a client had sent it).</summary>
    public static string SentContentType(string? sent) => sent is null ? "no Content-Type" : Quote(sent);

    /// <summary>The value between single quotes, escaped where needed; a missing value is (none)
    /// (<see cref="Quoting.Quote(string?)"/>, which the analysis library's messages use too).</summary>
    public static string Quote(string? value) => Quoting.Quote(value);
}
