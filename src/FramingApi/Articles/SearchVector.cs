using System.Collections.Concurrent;
using System.Text;
using FramingApi.Analysis.Text;
using Lucene.Net.Tartarus.Snowball.Ext;
using NpgsqlTypes;

namespace FramingApi.Articles;

/// <summary>
/// The article's full-text search vector (<c>articles.search</c>), made here from the analysis's tokens rather than
/// by PostgreSQL's <c>to_tsvector('english', …)</c>, whose parser costs ~1.5 ms per 12 KB article (measured): more
/// than the whole rest of ingestion. It follows the <c>english</c> configuration, so that
/// <c>websearch_to_tsquery('english', …)</c> finds what it would find: words lower-cased, PostgreSQL's English stop
/// words dropped (they still take a position, so phrases keep their distances), the rest stemmed with the Snowball
/// English stemmer PostgreSQL uses (Lucene.Net's port); tokens with digits kept as they are (the <c>simple</c>
/// dictionary); a word is split at apostrophes ("Biden's" is biden, s); a hyphenated word is indexed whole and by
/// its parts, taking one position more per part, as PostgreSQL's parser does. Positions count tokens from 1 and stop
/// at 16,383; a lexeme keeps at most 256 positions (PostgreSQL's limits). URLs, e-mail addresses and abbreviations
/// with dots are indexed by their words rather than whole. The test <c>SearchVectorTests</c> compares it with
/// <c>to_tsvector</c> on the seed articles.
/// </summary>
public static class SearchVector
{
    const int MaxPosition = 16_383;
    const int MaxPositionsPerLexeme = 256;
    const int MaxLexemeBytes = 2_047;
    const int MaxCachedStems = 500_000;

    static readonly HashSet<string> StopWords = LoadStopWords();
    static readonly ConcurrentDictionary<string, string> Stems = new(StringComparer.Ordinal);
    static readonly ThreadLocal<EnglishStemmer> Stemmer = new(() => new EnglishStemmer());

    /// <summary>The search vector of an analysed text: every token of it (all segments).</summary>
    public static NpgsqlTsVector Build(AnalyzedText text)
    {
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var position = 0;
        var lower = text.LowerText;
        foreach (var token in text.Tokens)
        {
            var word = lower.Slice(token.Start, token.Length);
            foreach (var part in ApostropheParts(word))
            {
                if (position >= MaxPosition) break;
                if (part.Contains('-') && part.Trim('-').Length > 0)
                {
                    Add(positions, part.Trim('-'), ++position);
                    foreach (var piece in part.Split('-', StringSplitOptions.RemoveEmptyEntries))
                        Add(positions, piece, ++position);
                }
                else if (part.Length > 0) Add(positions, part, ++position);
            }
        }
        return Vector(positions);
    }

    static IEnumerable<string> ApostropheParts(ReadOnlySpan<char> word)
    {
        if (word.IndexOfAny('\'', '\u2019') < 0) return [word.ToString()];
        return word.ToString().Split(['\'', '\u2019'], StringSplitOptions.RemoveEmptyEntries);
    }

    static void Add(Dictionary<string, List<int>> positions, string word, int position)
    {
        if (StopWords.Contains(word) || Encoding.UTF8.GetByteCount(word) > MaxLexemeBytes) return;
        if (Stems.Count > MaxCachedStems) Stems.Clear(); // bounded: a vocabulary is far smaller, junk tokens are not
        var lexeme = word.Any(char.IsDigit) ? word : Stems.GetOrAdd(word, Stem);
        if (!positions.TryGetValue(lexeme, out var list)) positions[lexeme] = list = new List<int>(2);
        if (list.Count < MaxPositionsPerLexeme) list.Add(Math.Min(position, MaxPosition));
    }

    static string Stem(string word)
    {
        var stemmer = Stemmer.Value!;
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
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
