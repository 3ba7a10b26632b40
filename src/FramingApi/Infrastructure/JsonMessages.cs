using System.Text.Json;
using System.Text.RegularExpressions;

namespace FramingApi.Infrastructure;

/// <summary>
/// Error messages for values that could not be read, in the client's terms: JSON types ("Must be a string, got a
/// number") and the API's field names, never the .NET types the framework names in its own messages
/// (<c>System.Nullable`1[System.DateTimeOffset]</c>).
/// </summary>
public static partial class JsonMessages
{
    /// <summary>What a request without a body (or with an empty one) is told.</summary>
    public const string MissingBody = "Required: send the request body as JSON.";

    /// <summary>What went wrong reading a JSON body, for the field its path names.</summary>
    public static string Describe(JsonException e)
    {
        var message = WithoutPosition(e.Message);
        // An empty body (or white space only): said as the binder says it of the endpoints that bind a body themselves.
        if (message.StartsWith("The input does not contain any JSON tokens", StringComparison.Ordinal)) return MissingBody;
        if (UnmappedPattern().IsMatch(message)) return "Unknown field: this object has no such field (names are snake_case).";
        if (DuplicatePattern().IsMatch(message)) return "Appears more than once in its object; send each field once.";
        if (ConversionPattern().Match(message) is { Success: true } conversion) return Expected(conversion.Groups["type"].Value, e.InnerException);
        // "'not json' is an invalid JSON literal. Expected the literal 'null'.": the reader guessed from the first letter.
        if (LiteralPattern().Match(message) is { Success: true } literal)
            return $"{Echo.Quote(literal.Groups["value"].Value)} is not JSON: a value is an object {{…}}, an array […], a string in double quotes, a number, true, false or null.";
        return Clean(message);
    }

    /// <summary>
    /// The message of a query or route value that could not be bound to its parameter's type ("Failed to bind
    /// parameter "Nullable&lt;int&gt; page" from "abc"."), as a field and a message; null for other failures.
    /// </summary>
    public static (string Field, string Message)? DescribeBinding(string frameworkMessage)
    {
        if (BindPattern().Match(frameworkMessage) is { Success: true } bind)
        {
            var words = Words(bind.Groups["type"].Value);
            var value = bind.Groups["value"].Value;
            // A whole number beyond what the parameter can hold (page=99999999999) is one: say only that it is too
            // large, so the message does not contradict the parameter's own range ("Must be between 1 and 200").
            if (words == "a whole number" && WholeNumberPattern().IsMatch(value))
                return (QueryName(bind.Groups["name"].Value), $"Out of range: {Echo.Quote(value)} is beyond any value this parameter takes.");
            return (QueryName(bind.Groups["name"].Value), $"Must be {words}.");
        }
        if (MissingBodyPattern().IsMatch(frameworkMessage)) return (FieldErrors.Body, MissingBody);
        if (RequiredPattern().Match(frameworkMessage) is { Success: true } required) return (QueryName(required.Groups["name"].Value), "Required.");
        return null;
    }

    /// <summary>
    /// A framework message with anything .NET-specific replaced, for the detail of a problem that has no better one.
    /// </summary>
    public static string Clean(string message) =>
        NetTypePattern().IsMatch(message) ? "The request could not be read; check the field types in the API description (/openapi/v1.json)." : message;

    static string Expected(string type, Exception? inner)
    {
        // A string the reader refused for its content, not its type.
        if (inner?.Message.Contains("UTF-16", StringComparison.Ordinal) == true)
            return "Contains an unpaired UTF-16 surrogate (an escape such as \\ud800 without its other half).";
        if (inner?.Message.Contains("UTF-8", StringComparison.Ordinal) == true) return "Is not valid UTF-8.";
        var got = inner is InvalidOperationException && TokenPattern().Match(inner.Message) is { Success: true } token
            ? $", got {TokenWords(token.Groups["token"].Value)}" : "";
        // Positional records name themselves, not the member that failed: the reader's complaint says what was wanted.
        var wanted = inner is InvalidOperationException && WantedPattern().Match(inner.Message) is { Success: true } want
            ? want.Groups["wanted"].Value switch { "string" => "a string", "boolean" => "true or false", "number" => "a number", _ => Words(type) }
            : inner is FormatException && inner.Message.Contains("out of bounds", StringComparison.Ordinal)
                ? $"{Words(type)} (this one has a fraction or is too large)"
                : Words(type);
        return $"Must be {wanted}{got}.";
    }

    /// <summary>A .NET type (as System.Text.Json or the parameter binder names it) in JSON words.</summary>
    static string Words(string type)
    {
        var t = type.Replace("System.", "", StringComparison.Ordinal);
        if (t.Contains("DateOnly", StringComparison.Ordinal)) return "a date as a string, e.g. \"2023-07-26\"";
        if (t.Contains("DateTime", StringComparison.Ordinal)) return "a date or an ISO 8601 time as a string, e.g. \"2023-07-26\" or \"2023-07-26T14:00:00Z\"";
        if (t is "String[]" || t.Contains("List`1[String]", StringComparison.Ordinal) || t.Contains("List<string>", StringComparison.Ordinal)) return "an array of strings";
        if (t.EndsWith("[]", StringComparison.Ordinal) || t.Contains("List", StringComparison.Ordinal)) return "an array";
        if (t is "String" or "string" or "string?") return "a string";
        if (IntegerPattern().IsMatch(t)) return "a whole number";
        if (NumberPattern().IsMatch(t)) return "a number";
        if (BooleanPattern().IsMatch(t)) return "true or false";
        return "an object";
    }

    // Query parameters are snake_case; a property of an [AsParameters] object is named by the binder in C# (PageSize).
    static string QueryName(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);

    static string TokenWords(string token) => token switch
    {
        "String" or "PropertyName" => "a string",
        "Number" => "a number",
        "True" or "False" => "a boolean",
        "Null" => "null",
        "StartArray" => "an array",
        "StartObject" => "an object",
        _ => "another kind of value",
    };

    static string WithoutPosition(string message)
    {
        foreach (var marker in (ReadOnlySpan<string>)[" Path: ", " LineNumber: "])
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut > 0) message = message[..cut];
        }
        return message;
    }

    [GeneratedRegex(@"^The JSON property '.*' could not be mapped to any \.NET member", RegexOptions.Singleline)]
    private static partial Regex UnmappedPattern();

    [GeneratedRegex(@"^'(?<value>.*)' is an invalid JSON literal\.", RegexOptions.Singleline)]
    private static partial Regex LiteralPattern();

    [GeneratedRegex(@"^Duplicate property '.*' encountered", RegexOptions.Singleline)]
    private static partial Regex DuplicatePattern();

    [GeneratedRegex(@"^The JSON value could not be converted to (?<type>.+?)\.?$", RegexOptions.Singleline)]
    private static partial Regex ConversionPattern();

    [GeneratedRegex(@"token type '(?<token>\w+)'")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"\bas an? (?<wanted>string|boolean|number)\b")]
    private static partial Regex WantedPattern();

    [GeneratedRegex(@"^[+-]?[0-9]+$")]
    private static partial Regex WholeNumberPattern();

    [GeneratedRegex(@"^Failed to bind parameter ""(?<type>.+) (?<name>[^ ""]+)"" from ""(?<value>.*)""\.$", RegexOptions.Singleline)]
    private static partial Regex BindPattern();

    [GeneratedRegex(@"^(Implicit body inferred for parameter|Required parameter .+ was not provided from body\b)", RegexOptions.Singleline)]
    private static partial Regex MissingBodyPattern();

    [GeneratedRegex(@"^Required parameter ""(?<type>.+) (?<name>[^ ""]+)"" was not provided from (?<source>.+?)\.?$", RegexOptions.Singleline)]
    private static partial Regex RequiredPattern();

    [GeneratedRegex(@"\b(Int16|Int32|Int64|UInt\d+|int|long|short)\b")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"\b(Double|Single|Decimal|double|float|decimal)\b")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\b(Boolean|bool)\b")]
    private static partial Regex BooleanPattern();

    // What a message must not show a client: a .NET namespace, a generic type's backtick, a C# generic or nullable.
    [GeneratedRegex(@"\b(System|Microsoft|FramingApi)\.|`\d|\w<\w|\.NET\b")]
    private static partial Regex NetTypePattern();
}
