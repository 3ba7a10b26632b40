using System.Collections.Concurrent;
using System.Text;
using FramingApi.Analysis.Text;
using Lucene.Net.Tartarus.Snowball.Ext;
using NpgsqlTypes;

namespace FramingApi.Articles;

/// <summary>
/// The article's full-text search vector (<c>articles.search</c>), made here rather than by PostgreSQL's
/// <c>to_tsvector('english', text)</c>, whose parser costs ~1.5 ms per 12 KB article (measured): more than the whole
/// rest of ingestion. It is meant to be equal to it, lexemes and positions, so that
/// <c>websearch_to_tsquery('english', …)</c> finds what it would find (<c>SearchVectorTests</c> compare the two):
/// </summary>
/// <remarks>
/// <list type="number">
/// <item>The text is split into tokens as PostgreSQL's default parser splits it (<see cref="SearchTokenizer"/>).</item>
/// <item>Tokens of 2,047 UTF-8 bytes or more are dropped without taking a position (PostgreSQL: "word is too long to
/// be indexed").</item>
/// <item>Every other token that the <c>english</c> configuration maps to a dictionary takes the next position (from 1;
/// from 16,383 on, all take 16,383); blanks, tags, entities and protocol heads take none.</item>
/// <item>Words and hyphenated words and their parts go to <c>english_stem</c>: lower-cased; longer than 1,000 bytes
/// kept as they are; a stop word of <c>english.stop</c> (db/search, PostgreSQL's copy) keeps its position but gives
/// no lexeme; else the Snowball English (Porter2) stem (Lucene.Net's port of the Snowball stemmer).</item>
/// <item>Numbers, words with digits, hosts, URLs and their paths, e-mail addresses and file paths go to
/// <c>simple</c>: lower-cased as they are.</item>
/// <item>A lexeme keeps its first 255 distinct positions (and none after 16,383); the lexemes' total stays under
/// PostgreSQL's 1 MB (where <c>to_tsvector</c> would fail, the rest is left out).</item>
/// </list>
/// </remarks>
public static class SearchVector
{
    const int MaxPosition = 16_383;
    const int MaxPositionsPerLexeme = 255;
    const int MaxTokenBytes = 2_046;
    const int MaxStemmedBytes = 1_000;
    const int MaxTotalBytes = (1 << 20) - 1;
    const int MaxCachedStems = 500_000;

    static readonly HashSet<string> StopWords = LoadStopWords();
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordsBySpan = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();
    static readonly ConcurrentDictionary<string, string> Stems = new(StringComparer.Ordinal);
    static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> StemsBySpan =
        Stems.GetAlternateLookup<ReadOnlySpan<char>>();
    static readonly ThreadLocal<EnglishStemmer> Stemmer = new(() => new EnglishStemmer());

    /// <summary>
    /// The search vector of an analysed article: <c>to_tsvector('english', …)</c> of its own text
    /// (<see cref="OwnText"/>), not of the whole stored text — a page's navigation, related headlines and sign-up boxes
    /// are not what the article says, nor are its reader comments.
    /// </summary>
    public static NpgsqlTsVector Build(AnalyzedText text) => Build(OwnText(text.Text, text.Segments));

    /// <summary>The kinds of segment a search reads: the article's headline, lead and body (with the quotations in them).</summary>
    public static readonly IReadOnlySet<SegmentKind> SearchedKinds = new HashSet<SegmentKind> { SegmentKind.Headline, SegmentKind.Lead, SegmentKind.Body };

    /// <summary>
    /// What the search vector and the search snippets are made of: the headline, lead and body segments of the text, in
    /// the order they start, each followed by a line break but the last — boilerplate and reader comments left out.
    /// Migration 0040 and <see cref="SearchQuery"/> build the same text in SQL.
    /// </summary>
    public static string OwnText(string text, IEnumerable<Segment> segments) =>
        string.Join('\n', segments.Where(s => SearchedKinds.Contains(s.Kind)).OrderBy(s => s.Start).Select(s => text[s.Start..s.End]));

    /// <summary>What <c>to_tsvector('english', text)</c> gives.</summary>
    public static NpgsqlTsVector Build(string text)
    {
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byLexeme = positions.GetAlternateLookup<ReadOnlySpan<char>>();
        var codePoints = SearchTokenizer.CodePoints(text);
        var buffer = new char[64];
        var position = 0;
        var totalBytes = 0;
        var tokenizer = new SearchTokenizer(codePoints);
        while (tokenizer.Next() is { } token)
        {
            var stemmed = token.Kind switch
            {
                SearchTokenKind.AsciiWord or SearchTokenKind.Word or SearchTokenKind.AsciiHWord or SearchTokenKind.HWord
                    or SearchTokenKind.AsciiPartHWord or SearchTokenKind.PartHWord => true,
                SearchTokenKind.Blank or SearchTokenKind.Tag or SearchTokenKind.XmlEntity or SearchTokenKind.Protocol => (bool?)null,
                _ => false,
            };
            if (stemmed is null) continue;
            var (length, bytes) = Lower(codePoints.AsSpan(token.Start, token.Length), ref buffer);
            if (bytes > MaxTokenBytes) continue;
            position = Math.Min(position + 1, MaxPosition);
            var word = buffer.AsSpan(0, length);
            List<int>? list;
            if (stemmed.Value && bytes <= MaxStemmedBytes)
            {
                if (length == 0 || StopWordsBySpan.Contains(word)) continue;
                var stem = Stem(word);
                if (!positions.TryGetValue(stem, out list) && !TryAdd(stem, out list)) continue;
            }
            else if (!byLexeme.TryGetValue(word, out list) && !TryAdd(word.ToString(), out list)) continue;
            if (list.Count < MaxPositionsPerLexeme && (list.Count == 0 || list[^1] != position)) list.Add(position);
        }
        return Vector(positions);

        bool TryAdd(string lexeme, out List<int> list)
        {
            list = new List<int>(2);
            var size = Encoding.UTF8.GetByteCount(lexeme);
            if (totalBytes + size > MaxTotalBytes) return false;
            totalBytes += size;
            positions[lexeme] = list;
            return true;
        }
    }

    /// <summary>A token lower-cased into <paramref name="buffer"/> (grown as needed): its length there and its UTF-8 bytes.</summary>
    static (int Length, int Bytes) Lower(ReadOnlySpan<int> codePoints, ref char[] buffer)
    {
        if (buffer.Length < 2 * codePoints.Length) buffer = new char[2 * codePoints.Length];
        var length = 0;
        var bytes = 0;
        foreach (var c in codePoints)
        {
            if (c < 0x80)
            {
                buffer[length++] = (char)(c is >= 'A' and <= 'Z' ? c | 0x20 : c);
                bytes++;
                continue;
            }
            var rune = Rune.IsValid(c) ? new Rune(c) : Rune.ReplacementChar;
            bytes += rune.Utf8SequenceLength;
            // glibc lower-cases by Unicode's simple mapping; .NET's invariant casing leaves the Turkish dotted I alone.
            var lower = c == 0x130 ? new Rune('i') : Rune.ToLowerInvariant(rune);
            length += lower.EncodeToUtf16(buffer.AsSpan(length));
        }
        return (length, bytes);
    }

    static string Stem(ReadOnlySpan<char> word)
    {
        if (StemsBySpan.TryGetValue(word, out var stem)) return stem;
        if (Stems.Count > MaxCachedStems) Stems.Clear(); // bounded: a vocabulary is far smaller, junk tokens are not
        var key = word.ToString();
        var stemmer = Stemmer.Value!;
        stemmer.SetCurrent(key);
        stemmer.Stem();
        stem = stemmer.Current.Length > 0 ? stemmer.Current : key;
        Stems.TryAdd(key, stem);
        return stem;
    }

    static NpgsqlTsVector Vector(Dictionary<string, List<int>> positions)
    {
        if (positions.Count == 0) return NpgsqlTsVector.Empty;
        var builder = new StringBuilder(positions.Count * 12);
        foreach (var (lexeme, list) in positions)
        {
            builder.Append('\'').Append(lexeme.Replace("\\", "\\\\").Replace("'", "''")).Append("':");
            for (var i = 0; i < list.Count; i++)
            {
                if (i > 0) builder.Append(',');
                builder.Append(list[i]);
            }
            builder.Append(' ');
        }
        // Npgsql offers no public constructor from lexemes; Parse is marked obsolete because it cannot reproduce
        // to_tsvector's parsing of text — here it only reads the quoted lexemes and positions written just above.
#pragma warning disable CS0618
        return NpgsqlTsVector.Parse(builder.ToString());
#pragma warning restore CS0618
    }

    static HashSet<string> LoadStopWords()
    {
        using var stream = typeof(SearchVector).Assembly.GetManifestResourceStream("search/english.stop")
            ?? throw new InvalidOperationException("The English stop words (db/search/english.stop) are not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToHashSet(StringComparer.Ordinal);
    }
}
