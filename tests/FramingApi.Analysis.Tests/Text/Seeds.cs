using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Text;

/// <summary>The seed articles, as copied next to the test assembly.</summary>
static class Seeds
{
    /// <summary>The five seed articles' file prefixes.</summary>
    public static readonly string[] Prefixes = ["000", "001", "002", "003", "004"];

    /// <summary><see cref="Prefixes"/> as theory data, for theories over every seed.</summary>
    public static TheoryData<string> Ids => new(Prefixes);

    public static string Read(string prefix)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "seeds", "articles");
        var file = Directory.GetFiles(dir, prefix + "_*.txt").Single();
        return File.ReadAllText(file);
    }

    public static SegmentedText Segmented(string prefix) => ArticleText.Compose(new ArticleParts(Read(prefix)));

    public static string Slice(this SegmentedText text, Segment segment) => text.Text[segment.Start..segment.End];

    /// <summary>The kind of the block segment whose text is (or starts with) <paramref name="line"/>.</summary>
    public static SegmentKind KindOf(this SegmentedText text, string line)
    {
        var matches = text.Segments.Where(s => text.Slice(s).StartsWith(line, StringComparison.Ordinal)).ToList();
        Assert.True(matches.Count > 0, $"no segment starts with '{line}'");
        return matches[0].Kind;
    }
}
