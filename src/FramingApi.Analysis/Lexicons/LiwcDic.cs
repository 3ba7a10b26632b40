using FramingApi.Analysis.Text;
using System.Globalization;

namespace FramingApi.Analysis.Lexicons;

/// <summary>
/// The LIWC dictionary format (<c>.dic</c>), as LIWC 2007–22 and the Moral Foundations Dictionary use it:
/// <code>
/// %
/// 1	posemo
/// 2	negemo
/// %
/// abandon*	2
/// according to	5
/// </code>
/// A header between two <c>%</c> lines declares numbered categories (number, then label; anything after the label is
/// kept as its description); each following line is a term and its category numbers, separated by tabs or spaces.
/// Everything before the trailing run of numbers is the term, so LIWC-22 phrases ("according to") work. A trailing
/// <c>*</c> makes a stem. Blank lines are skipped. Weights cannot be expressed. Entry roles (<see cref="EntryRoles"/>)
/// are labels of their own, <c>x@cue</c> and <c>x@trigger</c>, declared after the categories: an entry listed under
/// <c>x@cue</c> is a cue of category <c>x</c>.
/// </summary>
public static class LiwcDic
{
    /// <summary>
    /// Reads and validates a <c>.dic</c>. Category keys are the labels, in header order; category numbers only serve
    /// to link entries to them. Errors name the 1-based line.
    /// </summary>
    /// <exception cref="LexiconFormatException">A bad header (missing or unterminated <c>%</c> block, non-numeric or
    /// duplicate category number), an undeclared category number, or an invalid lexicon.</exception>
    public static LexiconDefinition Parse(TextReader reader, string name, string kind = LexiconKinds.Custom)
    {
        var lineNo = 0;
        string? line;

        // Header: skip leading blank lines, then '%'.
        do
        {
            line = reader.ReadLine();
            lineNo++;
        } while (line is not null && line.Trim().Length == 0);
        if (line is null) throw new LexiconFormatException("The .dic file is empty: it must start with a '%' line.", line: 1);
        if (line.Trim().TrimStart('\uFEFF') != "%")
            throw new LexiconFormatException("A .dic file must start with a '%' line before its categories.", line: lineNo);

        var categories = new List<LexiconCategory>();
        var categoryLines = new List<int>();
        var byNumber = new Dictionary<int, int>();
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        while (true)
        {
            line = reader.ReadLine();
            lineNo++;
            if (line is null)
                throw new LexiconFormatException("The category header is not terminated by a second '%' line.", line: lineNo - 1);
            var trimmed = line.Trim();
            if (trimmed.Length == 0) continue;
            if (trimmed == "%") break;
            var parts = trimmed.Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries);
            if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                throw new LexiconFormatException($"The category number {Quoting.Quote(parts[0])} is not a non-negative integer.", line: lineNo);
            if (parts.Length < 2) throw new LexiconFormatException($"Category {number} has no label.", line: lineNo);
            if (byNumber.ContainsKey(number))
                throw new LexiconFormatException($"The category number {number} is declared twice.", line: lineNo);
            if (keys.ContainsKey(parts[1]))
                throw new LexiconFormatException($"The category label {Quoting.Quote(parts[1])} is declared twice.", line: lineNo);
            byNumber[number] = categories.Count;
            keys[parts[1]] = categories.Count;
            categories.Add(new LexiconCategory(parts[1], parts.Length > 2 ? parts[2].Trim() : ""));
            categoryLines.Add(lineNo);
        }
        if (categories.Count == 0) throw new LexiconFormatException("The header declares no categories.", line: lineNo);

        // A label "x@cue" or "x@trigger" of a declared category x is no category of its own: an entry listed under it
        // is a cue (trigger) of x, as "x@cue" in the entry's categories of the JSON format.
        var isRoleLabel = new bool[categories.Count];
        for (var c = 0; c < categories.Count; c++)
        {
            var (key, role) = EntryRoles.Split(categories[c].Key);
            if (role is null) continue;
            if (!keys.ContainsKey(key))
                throw new LexiconFormatException($"The label {Quoting.Quote(categories[c].Key)} names the {role}s of a category {Quoting.Quote(key)} the header does not declare.", line: categoryLines[c]);
            isRoleLabel[c] = true;
        }

        var entries = new List<LexiconEntry>();
        var entryLines = new List<int>();
        var words = new List<string>();
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Trim().Length == 0) continue;
            if (entries.Count >= LexiconValidator.MaxEntries)
                throw new LexiconFormatException($"More than {LexiconValidator.MaxEntries} entries.", line: lineNo);
            words.Clear();
            words.AddRange(line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            var firstNumber = words.Count;
            while (firstNumber > 1 && IsNumber(words[firstNumber - 1])) firstNumber--;
            if (firstNumber == words.Count)
                throw new LexiconFormatException($"The entry {Quoting.Quote(line.Trim())} has no category numbers.", line: lineNo);
            var cats = new string[words.Count - firstNumber];
            for (var i = firstNumber; i < words.Count; i++)
            {
                var number = int.Parse(words[i], NumberStyles.None, CultureInfo.InvariantCulture);
                if (!byNumber.TryGetValue(number, out var index))
                    throw new LexiconFormatException($"The entry {Quoting.Quote(string.Join(' ', words.Take(firstNumber)))} names category number {number}, which the header does not declare.", line: lineNo);
                cats[i - firstNumber] = categories[index].Key;
            }
            entries.Add(new LexiconEntry(string.Join(' ', words.Take(firstNumber)), cats));
            entryLines.Add(lineNo);
        }

        var real = new List<LexiconCategory>(categories.Count);
        var realLines = new List<int>(categories.Count);
        for (var c = 0; c < categories.Count; c++)
            if (!isRoleLabel[c])
            {
                real.Add(categories[c]);
                realLines.Add(categoryLines[c]);
            }
        var lexicon = new LexiconDefinition(name, kind, "Imported from a LIWC .dic file.", [.. real], [.. entries]);
        return LexiconValidator.Validate(lexicon, path => (path, LineOf(path, realLines, entryLines)));
    }

    /// <summary>
    /// Writes a lexicon as a <c>.dic</c>: categories numbered 1, 2, … in their order (each with its description after
    /// the label, on one line), entries in their order, tab separated, <c>\n</c> line ends. Category roles have no
    /// place in the format and are not written; entry roles are (the labels <c>x@cue</c>, <c>x@trigger</c> after the
    /// categories). Reading the output gives the same categories and entries back, and a <c>.dic</c> in this canonical
    /// form is written back byte for byte.
    /// </summary>
    /// <exception cref="LexiconFormatException">An entry has a weight other than 1, which .dic cannot express, or a
    /// term ending in a number ("article 98"), which would read back as a category number.</exception>
    public static void Write(LexiconDefinition lexicon, TextWriter writer)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        writer.Write("%\n");
        for (var i = 0; i < lexicon.Categories.Count; i++)
        {
            numbers[lexicon.Categories[i].Key] = i + 1;
            // The description after the label, as the reader takes it (on one line: white space runs become spaces).
            WriteLabel(writer, i + 1, lexicon.Categories[i].Key, string.Join(' ', (lexicon.Categories[i].Description ?? "")
                .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        }
        // Entry roles: a label of their own per category and role ("x@cue"), after the categories, in order of first use.
        foreach (var e in lexicon.Entries)
            foreach (var reference in e.Categories)
                if (!numbers.ContainsKey(reference))
                {
                    numbers[reference] = numbers.Count + 1;
                    WriteLabel(writer, numbers[reference], reference, "");
                }
        writer.Write("%\n");
        for (var i = 0; i < lexicon.Entries.Count; i++)
        {
            var e = lexicon.Entries[i];
            if (e.Weight != 1)
                throw new LexiconFormatException($"The entry {Quoting.Quote(e.Term)} has weight {e.Weight}; a .dic file cannot express weights (export JSON instead).", $"entries[{i}].weight");
            if (IsNumber(e.Term[(e.Term.LastIndexOf(' ') + 1)..]))
                throw new LexiconFormatException($"The entry {Quoting.Quote(e.Term)} ends in a number, which a .dic reader would take for a category number (export JSON instead).", $"entries[{i}].term");
            writer.Write(e.Term);
            foreach (var key in e.Categories)
            {
                writer.Write('\t');
                writer.Write(numbers[key].ToString(CultureInfo.InvariantCulture));
            }
            writer.Write('\n');
        }
    }

    static void WriteLabel(TextWriter writer, int number, string label, string description)
    {
        writer.Write(number.ToString(CultureInfo.InvariantCulture));
        writer.Write('\t');
        writer.Write(label);
        if (description.Length > 0)
        {
            writer.Write('\t');
            writer.Write(description);
        }
        writer.Write('\n');
    }

    /// <summary>Writes a lexicon as <c>.dic</c> text (see <see cref="Write(LexiconDefinition, TextWriter)"/>).</summary>
    public static string Write(LexiconDefinition lexicon)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(lexicon, writer);
        return writer.ToString();
    }

    static bool IsNumber(string s)
    {
        foreach (var ch in s) if (ch is < '0' or > '9') return false;
        return s.Length is > 0 and <= 9;
    }

    static int? LineOf(string path, List<int> categoryLines, List<int> entryLines)
    {
        static int? Index(string path, string prefix) =>
            path.StartsWith(prefix, StringComparison.Ordinal) &&
            int.TryParse(path.AsSpan(prefix.Length, path.IndexOf(']') - prefix.Length), CultureInfo.InvariantCulture, out var i) ? i : null;
        if (Index(path, "entries[") is { } e && e < entryLines.Count) return entryLines[e];
        if (Index(path, "categories[") is { } c && c < categoryLines.Count) return categoryLines[c];
        return null;
    }
}
