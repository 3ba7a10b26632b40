using FramingApi.Analysis.Comparison;
using FramingApi.Analysis.Tests.Text;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Comparison;

public class ArticleFingerprintTests
{
    static AnalyzedText Analyze(string body, params string[] comments) =>
        AnalyzedText.Analyze(ArticleText.Compose(new ArticleParts(body, Comments: comments.Length == 0 ? null : comments)));

    [Fact]
    public void Term_counts_cover_the_article_as_published_without_comments_or_numbers()
    {
        var text = Analyze("The court met. “The court will rule,” she said in 2023.", "The court is a farce.");
        var counts = ArticleFingerprint.TermCounts(text);
        Assert.Equal(2, counts["court"]);   // outlet + quotation, not the comment
        Assert.Equal(2, counts["the"]);
        Assert.False(counts.ContainsKey("farce"));
        Assert.False(counts.ContainsKey("2023"));
    }

    [Fact]
    public void Numbered_term_counts_are_the_same_counts_and_share_one_table_across_texts()
    {
        var first = Analyze("The court met. “The court will rule,” she said in 2023.", "The court is a farce.");
        var second = Analyze("A farce, the minister said; the court disagreed with the minister.");
        var mine = new TermNumbers();
        var theirs = new TermNumbers();
        var (terms1, counts1) = ArticleFingerprint.TermCounts(first, mine);
        var (terms2, counts2) = ArticleFingerprint.TermCounts(second, theirs);

        Assert.Equal(ArticleFingerprint.TermCounts(first), terms1.Select((t, i) => (mine.Terms[t], counts1[i])).ToDictionary());
        Assert.Equal(terms1.Length, terms1.Distinct().Count());
        // Renumbered into the first table: the shared words keep its numbers, new ones follow them.
        var map = mine.Renumber(theirs);
        var before = terms1.Length;
        Assert.Equal(ArticleFingerprint.TermCounts(second), terms2.Select((t, i) => (mine.Terms[map[t]], counts2[i])).ToDictionary());
        Assert.Equal(mine.Number("court"), map[theirs.Number("court")]);
        Assert.True(map[theirs.Number("minister")] >= before);
    }

    [Fact]
    public void Shingles_are_a_one_in_eight_sample_flagged_by_own_voice()
    {
        var words = string.Join(' ', Enumerable.Range(0, 400).Select(i => $"w{i}"));
        var quoted = string.Join(' ', Enumerable.Range(0, 400).Select(i => $"q{i}"));
        var text = Analyze($"{words}. “{quoted}.”");
        var shingles = ArticleFingerprint.Shingles(text);

        Assert.All(shingles.Keys, h => Assert.Equal(0UL, (ulong)h % ArticleFingerprint.ShingleSampling));
        var all = ArticleFingerprint.Shingles(text, sampling: 1);
        Assert.Equal(all.Where(s => (ulong)s.Key % 8 == 0).ToDictionary(), shingles);
        // About 1 in 8 of ~800 distinct shingles, own-voice ones among them.
        Assert.InRange(shingles.Count, 50, 160);
        Assert.Contains(shingles, s => s.Value);
        Assert.Contains(shingles, s => !s.Value);
        // The same text gives the same sample: hashes are stable, not per process.
        Assert.Equal(shingles, ArticleFingerprint.Shingles(Analyze($"{words}. “{quoted}.”")));
    }

    [Theory]
    [MemberData(nameof(Seeds.Ids), MemberType = typeof(Seeds))]
    public void Shingles_are_the_sampled_windows_of_outlet_and_quotation_flagged_own_when_all_outlet(string seed)
    {
        // The definition, by the general routine: all windows of outlet-or-quotation tokens, then the outlet-only ones.
        using var text = AnalyzedText.Analyze(ArticleText.Compose(new ArticleParts(Seeds.Read(seed), Comments: ["A reader's \"quoted\" comment."])));
        var expected = new Dictionary<long, bool>();
        var buffer = new List<Shingle>();
        TextReuse.Shingles(text.LowerText, text.Tokens, TextReuse.DefaultShingleLength, t => t.Voice is Voice.Outlet or Voice.Quotation, buffer);
        foreach (var s in buffer.Where(s => (ulong)s.Hash % ArticleFingerprint.ShingleSampling == 0)) expected.TryAdd(s.Hash, false);
        buffer.Clear();
        TextReuse.Shingles(text.LowerText, text.Tokens, TextReuse.DefaultShingleLength, t => t.Voice == Voice.Outlet, buffer);
        foreach (var s in buffer.Where(s => (ulong)s.Hash % ArticleFingerprint.ShingleSampling == 0)) expected[s.Hash] = true;

        var shingles = ArticleFingerprint.Shingles(text);
        Assert.Equal(expected.OrderBy(p => p.Key), shingles.OrderBy(p => p.Key));
        Assert.Contains(shingles, s => s.Value);
    }
}
