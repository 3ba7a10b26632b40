using System.Globalization;
using System.Text;

namespace FramingApi.Analysis.Text;

/// <summary>
/// A value echoed in a message between single quotes: "Unknown kind 'topcs'". An ordinary value is written as it is;
/// one the reader could not read back from the message — holding a ' (which would end the quotes early), a \ (which
/// would look like an escape) or a character that does not show (a control character, a line break, an invisible
/// format character such as a right-to-left override, an unpaired surrogate) — has those escaped as in JSON and C:
/// \' and \\, \n, \r, \t, and \uXXXX for the rest ('it\'s', 'a\nb', 'x\u0007'). The API's messages (Echo) and the
/// lexicon validator's use the same rule.
/// </summary>
public static class Quoting
{
    /// <summary>The value between single quotes, escaped where needed; a missing value is (none).</summary>
    public static string Quote(string? value)
    {
        if (value is null) return "(none)";
        var i = 0;
        while (i < value.Length && !NeedsEscape(value, i)) i++;
        if (i == value.Length) return $"'{value}'";
        var b = new StringBuilder(value.Length + 8).Append('\'').Append(value, 0, i);
        for (; i < value.Length; i++)
        {
            var c = value[i];
            if (!NeedsEscape(value, i)) { b.Append(c); continue; }
            switch (c)
            {
                case '\'': b.Append("\\'"); break;
                case '\\': b.Append("\\\\"); break;
                case '\n': b.Append("\\n"); break;
                case '\r': b.Append("\\r"); break;
                case '\t': b.Append("\\t"); break;
                default: b.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)); break;
            }
        }
        return b.Append('\'').ToString();
    }

    static bool NeedsEscape(string value, int i)
    {
        var c = value[i];
        if (c is '\'' or '\\' || char.IsControl(c)) return true;
        if (char.IsHighSurrogate(c)) return i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]);
        if (char.IsLowSurrogate(c)) return i == 0 || !char.IsHighSurrogate(value[i - 1]);
        // Format characters do not show: a right-to-left override would make the echo read otherwise than it is.
        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
    }

    /// <summary>One character between single quotes, escaped as <see cref="Quote(string?)"/> escapes it.</summary>
    public static string Quote(char value) => Quote(value.ToString());
}
