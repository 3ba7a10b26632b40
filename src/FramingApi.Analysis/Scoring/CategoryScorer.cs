using System.Numerics;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Scoring;

/// <summary>
/// Accumulates the per-category scores of one document, for every voice scope at once: hits, weighted hits, hits per
/// 1,000 words, sentence share, position-weighted emphasis, first-mention position, covered.
/// </summary>
/// <remarks>
/// <para>A hit counts in a scope when its first token's voice is one of the scope's voices (outlet → Outlet and
/// Article; quotation → Quotation and Article; comments → Comments; boilerplate never). Hits must be added in text
/// order (the matcher's order), so the sentences with a hit are counted by remembering the last one.</para>
/// <para>Sentence share = sentences with a hit / sentences in the scope. Emphasis = Σ weight of the sentences with a
/// hit / Σ weight of all the scope's sentences, with the weights of <see cref="EmphasisWeights"/>: 1 when every
/// sentence mentions the category, 0 when none does, and higher for a mention in the headline, lead or early
/// sentences than for one late in the body. First mention = relative position p of the first sentence with a hit.</para>
/// </remarks>
sealed class CategoryScorer
{
    struct Stats
    {
        public int Hits;
        public double Weighted;
        public int Sentences;
        public int LastSentencePlusOne;   // 0: none yet
        public double HitWeight;
        public int FirstSentencePlusOne;  // 0: none yet
    }

    readonly Stats[] _stats;
    readonly ulong[] _slotsHit; // a bit per slot with a hit in some scope
    readonly ScoringDocument _document;

    // One table per thread, reused for every document (the analyzer is shared across threads, and one thread scores
    // one document at a time): a new one per document was a sixth of what the pipeline allocated. With it, a bit per
    // slot that has a hit: a document hits a few of its slots, so only those are cleared for the next one (clearing
    // the whole table was 2-4 % of the pipeline's time), and a slot without a hit is answered from its bit.
    [ThreadStatic] static Stats[]? t_stats;
    [ThreadStatic] static ulong[]? t_slotsHit;

    internal CategoryScorer(ScoringDocument document, int slotCount)
    {
        _document = document;
        var stats = t_stats;
        var slotsHit = t_slotsHit;
        if (stats is null || slotsHit is null || stats.Length < slotCount * ScoringDocument.ScopeCount)
        {
            // Both new, so both clear; the bits are set before the stats they mark are written.
            t_stats = stats = new Stats[slotCount * ScoringDocument.ScopeCount];
            t_slotsHit = slotsHit = new ulong[(slotCount + 63) >> 6];
        }
        else
            for (var w = 0; w < slotsHit.Length; w++)
            {
                for (var bits = slotsHit[w]; bits != 0; bits &= bits - 1)
                    stats.AsSpan(((w << 6) + BitOperations.TrailingZeroCount(bits)) * ScoringDocument.ScopeCount,
                        ScoringDocument.ScopeCount).Clear();
                slotsHit[w] = 0;
            }
        _stats = stats;
        _slotsHit = slotsHit;
    }

    /// <summary>
    /// Whether a coordinated subordinate clause starts between tokens <paramref name="a"/> and <paramref name="b"/> of a
    /// topic's cue and trigger — "and", "but" or "or" followed by "that", "because", "while", "although", "when" or
    /// "if" (docs/ANALYSIS.md, "Topics"): "Israel says it targets fighters and that the group uses civilian buildings as
    /// cover" is two statements, and the target of the first is not the buildings of the second. Reads at most
    /// <see cref="ScoringDocument.CueReach"/> tokens, only for a cue near a trigger.
    /// </summary>
    internal static bool CoordinatedClauseBetween(AnalyzedText text, int a, int b)
    {
        for (var t = a + 1; t + 1 < b; t++)
            if (text.TokenText(t) is "and" or "but" or "or"
                && text.TokenText(t + 1) is "that" or "because" or "while" or "although" or "when" or "if")
                return true;
        return false;
    }

    /// <summary>Counts a hit of score slot <paramref name="slot"/> at <paramref name="token"/> in every scope of its voice.</summary>
    internal void Add(int slot, in Token token, double weight)
    {
        switch (token.Voice)
        {
            case Voice.Outlet:
                Add(slot, VoiceScope.Outlet, token.Sentence, weight);
                Add(slot, VoiceScope.Article, token.Sentence, weight);
                break;
            case Voice.Quotation:
                Add(slot, VoiceScope.Quotation, token.Sentence, weight);
                Add(slot, VoiceScope.Article, token.Sentence, weight);
                break;
            case Voice.Comments:
                Add(slot, VoiceScope.Comments, token.Sentence, weight);
                break;
        }
    }

    void Add(int slot, VoiceScope scope, int sentence, double weight)
    {
        _slotsHit[slot >> 6] |= 1UL << slot;
        ref var s = ref _stats[slot * ScoringDocument.ScopeCount + (int)scope];
        s.Hits++;
        s.Weighted += weight;
        if (s.LastSentencePlusOne == sentence + 1) return;
        s.LastSentencePlusOne = sentence + 1;
        s.Sentences++;
        s.HitWeight += _document.Weight(sentence, scope);
        if (s.FirstSentencePlusOne == 0) s.FirstSentencePlusOne = sentence + 1;
    }

    /// <summary>Whether the slot has a hit in any scope.</summary>
    internal bool HasHits(int slot) => (_slotsHit[slot >> 6] & (1UL << slot)) != 0;

    /// <summary>Adds the scores of one slot, for each scope with a hit (or for every scope when <paramref name="always"/>);
    /// a scope without a hit gets the slot's shared zero score from <paramref name="zeros"/> (by slot × scope count +
    /// scope: all zero, no first mention, not covered).</summary>
    internal void Emit(List<CategoryScore> output, int slot, int lexicon, string category, bool always, int[] wordsByScope,
        CategoryScore[] zeros)
    {
        if (!HasHits(slot))
        {
            // No hit in any scope (most synthetic slots): the zero scores, without reading the stats.
            if (always)
                for (var scope = 0; scope < ScoringDocument.ScopeCount; scope++)
                    output.Add(zeros[slot * ScoringDocument.ScopeCount + scope]);
            return;
        }
        for (var scope = 0; scope < ScoringDocument.ScopeCount; scope++)
        {
            var s = _stats[slot * ScoringDocument.ScopeCount + scope];
            if (s.Hits == 0)
            {
                if (always) output.Add(zeros[slot * ScoringDocument.ScopeCount + scope]);
                continue;
            }
            var voiceScope = (VoiceScope)scope;
            var words = wordsByScope[scope];
            var sentences = _document.SentenceCount(voiceScope);
            var total = _document.TotalWeight(voiceScope);
            output.Add(new CategoryScore(
                lexicon,
                category,
                voiceScope,
                s.Hits,
                s.Weighted,
                words == 0 ? 0 : s.Hits * 1000.0 / words,
                sentences == 0 ? 0 : (double)s.Sentences / sentences,
                total <= 0 ? 0 : s.HitWeight / total,
                s.FirstSentencePlusOne == 0 ? null : _document.Position(s.FirstSentencePlusOne - 1, voiceScope),
                s.Hits > 0));
        }
    }
}
