using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using FramingApi.Analysis.Lexicons;

namespace FramingApi.Lexicons;

/// <summary>
/// The JSON a researcher downloads from GET /api/lexicons/{name}/export to read and edit: the library's lexicon
/// document (<see cref="LexiconJson.Write"/>), rewritten with <see cref="Options"/> so that "+", "'", "&amp;", "&lt;",
/// "&gt;" and non-ASCII letters are written as themselves rather than as \u escapes ("\u002B"), and a double quote as
/// \" rather than \u0022 (the encoder still escapes what lies beyond the Basic Multilingual Plane, such as an emoji, and
/// the line and paragraph separators U+2028 and U+2029). Still valid JSON that reads back to the same lexicon: '"', '\' and control characters are
/// escaped as JSON requires.
/// </summary>
public static class LexiconDownload
{
    /// <summary>
    /// For this download only. The relaxed encoder leaves '&lt;', '&gt;', '&amp;' and '\'' unescaped, which is unsafe where
    /// JSON is embedded in an HTML page (a "&lt;/script&gt;" in a term would end the script); the export is served as an
    /// attachment (Content-Disposition) of type application/json and never embedded, so a browser saves it and does
    /// not render it (ASP.NET Core writes the API's JSON answers with the same relaxed encoder, for the same reason).
    /// The library's own serializer (<see cref="LexiconJson"/>), which a program may embed in a page, keeps its HTML-safe
    /// escaping: this object is the download's alone.
    /// </summary>
    static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(LexiconDefinition lexicon)
    {
        using var document = JsonDocument.Parse(LexiconJson.Write(lexicon));
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options)) document.WriteTo(writer);
        return buffer.WrittenSpan.ToArray();
    }
}
