using System.Collections.Frozen;

namespace FramingApi.Benchmarks;

/// <summary>The one word set of the bare baseline.</summary>
public static class WordList
{
    /// <summary>How many words the fallback list takes when the AFINN file is missing.</summary>
    public const int FallbackSize = 2500;

    /// <summary>
    /// The AFINN-165 single words the npm <c>sentiment</c> package scores (<c>bench/corpus/afinn-165.txt</c>, written by
    /// <c>bench/make-brown-corpus.sh</c>; not committed, like the corpus), so the baseline looks up the same words as
    /// the reference scorer. Without that file: the <see cref="FallbackSize"/> most frequent words of the corpus, a
    /// list of the same size order whose hit rate is higher (the lookup costs about the same either way).
    /// </summary>
    public static (string Name, FrozenSet<string> Words) Load(Corpus corpus)
    {
        var afinn = Path.Combine(Corpus.RepositoryRoot(), "bench", "corpus", "afinn-165.txt");
        if (File.Exists(afinn))
        {
            var words = File.ReadLines(afinn).Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0);
            return ("afinn-165", words.ToFrozenSet(StringComparer.Ordinal));
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in corpus.Documents)
        {
            var text = document.Text;
            for (var i = 0; i < text.Length;)
            {
                if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
                var start = i;
                while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
                var word = text[start..i].ToLowerInvariant();
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }
        var top = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(FallbackSize).Select(c => c.Key);
        return ($"top {FallbackSize} of {corpus.Name}", top.ToFrozenSet(StringComparer.Ordinal));
    }
}
