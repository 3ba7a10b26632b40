namespace FramingApi.Analysis.Lexicons;

/// <summary>
/// A lexicon that cannot be read or is not valid. <see cref="Field"/> names the JSON path of the offending value
/// (<c>entries[3].term</c>) when it comes from JSON or a <see cref="LexiconDefinition"/>; <see cref="Line"/> the
/// 1-based line of a LIWC <c>.dic</c> file.
/// </summary>
public sealed class LexiconFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public LexiconFormatException(string message, string? field = null, int? line = null, Exception? inner = null)
        : base(message, inner)
    {
        Field = field;
        Line = line;
    }

    /// <summary>Path of the offending value, e.g. <c>entries[3].term</c>, <c>categories[1].key</c> or <c>kind</c>.</summary>
    public string? Field { get; }

    /// <summary>1-based line number in a <c>.dic</c> file (or in JSON text when it is not well-formed).</summary>
    public int? Line { get; }
}
