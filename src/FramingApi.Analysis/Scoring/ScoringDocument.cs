using System.Buffers;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using FramingApi.Analysis.Comparison;
using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Scoring;

/// <summary>
/// Per-document state the scorers share: the text, the matches of the one matcher pass, which sentences belong to
/// which voice scope (and where), and, built on first use per sentence, the clause of each token. Arrays are rented and returned
/// on <see cref="Dispose"/>; nothing is allocated per token.
/// </summary>
sealed class ScoringDocument : IDisposable
{
    internal const int ScopeCount = 4;

    // Clause boundaries between tokens: comma, then the hard ones (semicolon, colon, dashes, brackets).
    static readonly SearchValues<char> ClauseMarks = SearchValues.Create(",;:—–―‒-()[]{}");

    readonly int[] _ranks;           // sentence * 4 + scope: rank among the scope's sentences, or -1
    readonly double[] _sentenceWeights; // sentence * 4 + scope: emphasis weight (0 outside the scope)
    readonly int[] _scopeSentences = new int[ScopeCount];
    readonly double[] _scopeWeight = new double[ScopeCount];
    int[]? _clauses;                 // per token: clause id within its sentence (every boundary)
    int[]? _hardClauses;             // per token: clause id within its sentence (boundaries other than commas)
    bool[]? _clausesDone;            // per sentence: its tokens' clause ids are set
    sbyte[]? _titleCase;             // per sentence: 0 unknown, 1 title case, -1 not

    internal ScoringDocument(AnalyzedText text, List<LexiconMatch> matches, EmphasisWeights weights)
    {
        Text = text;
        Matches = matches;
        var sentences = text.Sentences;
        _ranks = ArrayPool<int>.Shared.Rent(Math.Max(1, sentences.Length * ScopeCount));
        _sentenceWeights = ArrayPool<double>.Shared.Rent(Math.Max(1, sentences.Length * ScopeCount));
        var ranks = _ranks.AsSpan(0, sentences.Length * ScopeCount);
        var sentenceWeights = _sentenceWeights.AsSpan(0, sentences.Length * ScopeCount);
        if (Avx.IsSupported) RanksAndWeightsByVector(sentences, weights, ranks, sentenceWeights, _scopeSentences, _scopeWeight);
        else RanksAndWeights(sentences, weights, ranks, sentenceWeights, _scopeSentences, _scopeWeight);
    }

    /// <summary>Every sentence's rank and emphasis weight in each scope (by sentence × <see cref="ScopeCount"/> +
    /// scope; rank -1 and weight 0 outside it), and each scope's sentence count and total weight (zero on entry),
    /// one scope at a time.</summary>
    internal static void RanksAndWeights(ReadOnlySpan<Sentence> sentences, EmphasisWeights weights, Span<int> ranks,
        Span<double> sentenceWeights, Span<int> scopeSentences, Span<double> scopeWeight)
    {
        Span<int> scopeMasks = [ScopeMask((VoiceScope)0), ScopeMask((VoiceScope)1), ScopeMask((VoiceScope)2), ScopeMask((VoiceScope)3)];
        for (var s = 0; s < sentences.Length; s++)
        {
            var mask = sentences[s].Voices; // which voices the sentence has: bit 1 outlet, 2 quotation, 4 comments
            for (var scope = 0; scope < ScopeCount; scope++)
                ranks[s * ScopeCount + scope] = (mask & scopeMasks[scope]) != 0 ? scopeSentences[scope]++ : -1;
        }
        // Position's denominators, once per scope (the same divisions as Position: a rank over the same double).
        // Not stackalloc: a method with one is compiled optimised at once, without the tiered profile (PGO).
        Span<double> denominators =
        [
            Math.Max(1, scopeSentences[0] - 1), Math.Max(1, scopeSentences[1] - 1),
            Math.Max(1, scopeSentences[2] - 1), Math.Max(1, scopeSentences[3] - 1),
        ];
        var boost = weights.PositionBoost;
        for (var s = 0; s < sentences.Length; s++)
        {
            var segment = SegmentWeight(sentences[s].Segment, weights);
            for (var scope = 0; scope < ScopeCount; scope++)
            {
                var i = s * ScopeCount + scope;
                var rank = ranks[i];
                if (rank < 0)
                {
                    sentenceWeights[i] = 0; // outside the scope (adds nothing to its total)
                    continue;
                }
                var weight = segment * (1 + boost * (1 - rank / denominators[scope]));
                sentenceWeights[i] = weight;
                scopeWeight[scope] += weight;
            }
        }
    }

    /// <summary>
    /// <see cref="RanksAndWeights"/> with the four scopes of a sentence in the four lanes of one vector (AVX): the same
    /// operations on the same values in the same order lane by lane (IEEE division, subtraction, multiplication and
    /// addition round alike in a vector and alone), so the same ranks, weights and totals bit for bit; a scope's total
    /// adds its sentences in text order, and a sentence outside it adds +0, which changes no sum that starts at +0.
    /// </summary>
    internal static void RanksAndWeightsByVector(ReadOnlySpan<Sentence> sentences, EmphasisWeights weights, Span<int> ranks,
        Span<double> sentenceWeights, Span<int> scopeSentences, Span<double> scopeWeight)
    {
        if (ranks.Length < sentences.Length * ScopeCount || sentenceWeights.Length < sentences.Length * ScopeCount)
            throw new ArgumentException("Four ranks and weights per sentence are needed.");
        var scopeMasks = Vector128.Create(ScopeMask((VoiceScope)0), ScopeMask((VoiceScope)1), ScopeMask((VoiceScope)2), ScopeMask((VoiceScope)3));
        ref var rank0 = ref MemoryMarshal.GetReference(ranks);
        var counts = Vector128<int>.Zero;
        for (var s = 0; s < sentences.Length; s++)
        {
            // All ones in the scopes the sentence belongs to (it has a voice of theirs).
            var inScope = ~Vector128.Equals(Vector128.Create((int)sentences[s].Voices) & scopeMasks, Vector128<int>.Zero);
            (counts | ~inScope).StoreUnsafe(ref rank0, (nuint)(s * ScopeCount)); // the rank, or -1 outside
            counts -= inScope;
        }
        counts.CopyTo(scopeSentences);
        var denominators = Avx.ConvertToVector256Double(Vector128.Max(counts - Vector128<int>.One, Vector128<int>.One));
        ref var weight0 = ref MemoryMarshal.GetReference(sentenceWeights);
        var one = Vector256<double>.One;
        var boost = Vector256.Create(weights.PositionBoost);
        var totals = Vector256<double>.Zero;
        for (var s = 0; s < sentences.Length; s++)
        {
            var rank = Avx.ConvertToVector256Double(Vector128.LoadUnsafe(ref rank0, (nuint)(s * ScopeCount))); // -1 outside
            var segment = Vector256.Create(SegmentWeight(sentences[s].Segment, weights));
            var weight = segment * (one + boost * (one - rank / denominators));
            weight = Vector256.ConditionalSelect(Vector256.GreaterThanOrEqual(rank, Vector256<double>.Zero), weight, Vector256<double>.Zero);
            weight.StoreUnsafe(ref weight0, (nuint)(s * ScopeCount));
            totals += weight;
        }
        totals.CopyTo(scopeWeight);
    }

    static double SegmentWeight(SegmentKind segment, EmphasisWeights weights) => segment switch
    {
        SegmentKind.Headline => weights.Headline,
        SegmentKind.Lead => weights.Lead,
        _ => weights.Body, // body, and comments (weighed as body)
    };

    internal AnalyzedText Text { get; }

    internal List<LexiconMatch> Matches { get; }

    /// <summary>Sentences in a scope: those with at least one token of its voices.</summary>
    internal int SentenceCount(VoiceScope scope) => _scopeSentences[(int)scope];

    /// <summary>Sum of the emphasis weights of the scope's sentences (the denominator of emphasis).</summary>
    internal double TotalWeight(VoiceScope scope) => _scopeWeight[(int)scope];

    /// <summary>Relative position p ∈ [0, 1] of a sentence among the scope's sentences (it must belong to it).</summary>
    internal double Position(int sentence, VoiceScope scope) =>
        (double)_ranks[sentence * ScopeCount + (int)scope] / Math.Max(1, _scopeSentences[(int)scope] - 1);

    /// <summary>Emphasis weight of a sentence in a scope: segment weight × (1 + boost × (1 − p)).</summary>
    internal double Weight(int sentence, VoiceScope scope) => _sentenceWeights[sentence * ScopeCount + (int)scope];

    /// <summary>Voice bits a scope counts (bit = 1 &lt;&lt; (int)Voice).</summary>
    internal static int ScopeMask(VoiceScope scope) => scope switch
    {
        VoiceScope.Outlet => 1 << (int)Voice.Outlet,
        VoiceScope.Quotation => 1 << (int)Voice.Quotation,
        VoiceScope.Comments => 1 << (int)Voice.Comments,
        _ => (1 << (int)Voice.Outlet) | (1 << (int)Voice.Quotation),
    };

    /// <summary>Whether tokens [a, b] (inclusive, a ≤ b) lie in one clause: same sentence, no boundary between.</summary>
    internal bool SameClause(int a, int b)
    {
        var sentence = Text.Tokens[a].Sentence;
        if (Text.Tokens[b].Sentence != sentence) return false;
        if (_clausesDone is null || !_clausesDone[sentence])
        {
            // A few tokens apart (most questions: a word or two before a cue), the gaps between them answer without
            // the clauses of the whole sentence.
            if ((uint)(b - a) <= LocalReach) return ClauseMarksBetween(a, b, out _) == 0;
            if ((uint)(a - b) <= LocalReach) return ClauseMarksBetween(b, a, out _) == 0;
            EnsureClauses(sentence);
        }
        return _clauses![a] == _clauses[b];
    }

    // Most tokens apart for which SameClause and CommasBetween read the gaps rather than build the sentence's clauses.
    const int LocalReach = 8;

    /// <summary>Number of gaps between tokens a ≤ b (one sentence) that hold a clause mark; <paramref name="hard"/>:
    /// whether one of them holds a mark other than a comma. The same answer as the clause numbers of
    /// <see cref="EnsureClauses"/>, read from the gaps alone.</summary>
    int ClauseMarksBetween(int a, int b, out bool hard)
    {
        var tokens = Text.Tokens;
        var text = Text.Text.AsSpan();
        var count = 0;
        hard = false;
        for (var t = a + 1; t <= b; t++)
        {
            var end = tokens[t - 1].End;
            var start = tokens[t].Start;
            if (start - end == 1 && text[end] == ' ') continue; // one space: the usual gap
            var gap = text[end..start];
            if (gap.IndexOfAny(ClauseMarks) < 0) continue;
            count++;
            if (gap.IndexOfAny(HardClauseMarks) >= 0) hard = true;
        }
        return count;
    }

    /// <summary>Whether one of tokens [<paramref name="from"/>, <paramref name="to"/>] (clipped to the text) is
    /// <paramref name="word"/> (lower case): a gate before a look-back that only that word can start, which then
    /// reads no clause.</summary>
    internal bool HasWord(string word, int from, int to)
    {
        var tokens = Text.Tokens;
        var lower = Text.LowerText;
        if (to >= tokens.Length) to = tokens.Length - 1;
        for (var t = Math.Max(0, from); t <= to; t++)
            if (tokens[t].Length == word.Length && lower.Slice(tokens[t].Start, word.Length).SequenceEqual(word)) return true;
        return false;
    }

    /// <summary>Whether tokens a and b (in range or not) lie in one clause of one sentence and have the same voice.</summary>
    internal bool SameClauseAndVoice(int a, int b)
    {
        var tokens = Text.Tokens;
        return (uint)a < (uint)tokens.Length && (uint)b < (uint)tokens.Length && tokens[a].Voice == tokens[b].Voice
               && SameClause(a, b);
    }

    /// <summary>The text between token <paramref name="before"/> and token <paramref name="after"/> (spaces, punctuation).</summary>
    internal ReadOnlySpan<char> Gap(int before, int after) =>
        Text.Text.AsSpan(Text.Tokens[before].End, Text.Tokens[after].Start - Text.Tokens[before].End);

    /// <summary>Whether a gap between tokens holds a dash: an em or en dash, or a hyphen standing alone (" - ").</summary>
    internal static bool HasDash(ReadOnlySpan<char> gap) => gap.IndexOfAny("—–") >= 0 || gap.IndexOf(" - ", StringComparison.Ordinal) >= 0;

    /// <summary>Number of clause boundaries between tokens a ≤ b if all of them are commas in one sentence; else -1.</summary>
    internal int CommasBetween(int a, int b)
    {
        var sentence = Text.Tokens[a].Sentence;
        if (Text.Tokens[b].Sentence != sentence) return -1;
        if (_clausesDone is null || !_clausesDone[sentence])
        {
            if ((uint)(b - a) <= LocalReach)
            {
                var commas = ClauseMarksBetween(a, b, out var hard);
                return hard ? -1 : commas;
            }
            EnsureClauses(sentence);
        }
        return _hardClauses![a] == _hardClauses[b] ? _clauses![b] - _clauses[a] : -1;
    }

    /// <summary>Whether tokens a ≤ b lie in different sentences or have a clause boundary other than a comma between
    /// them (<see cref="CommasBetween"/> &lt; 0), read from the gaps between them alone: a few tokens apart, that is
    /// cheaper than the clauses of their whole sentence.</summary>
    internal bool HardBoundaryBetween(int a, int b)
    {
        var tokens = Text.Tokens;
        if (tokens[a].Sentence != tokens[b].Sentence) return true;
        var text = Text.Text.AsSpan();
        for (var t = a + 1; t <= b; t++)
            if (tokens[t].Start - tokens[t - 1].End > 1 || text[tokens[t - 1].End] != ' ')
                if (text[tokens[t - 1].End..tokens[t].Start].IndexOfAny(HardClauseMarks) >= 0) return true;
        return false;
    }

    static readonly SearchValues<char> HardClauseMarks = SearchValues.Create(";:—–―‒-()[]{}");

    // Per score slot (lexicon plan's SlotBase + category): whether the text has a cue of it; filled on the first trigger.
    bool[]? _hasCue;

    /// <summary>Whether the text has any cue of the trigger's lexicon and category (one pass over the matches, on first
    /// use): most triggers ("court", "pressure", "strike") stand in texts without any cue of their topic, and then
    /// <see cref="CueOf"/> finds none (a cue it pairs has the trigger's voice, never <see cref="Voice.None"/>) — except a
    /// topic's sanction falling on a court (<see cref="IsTopicSanction"/>), which the caller asks
    /// <see cref="CueOf"/> about anyway.</summary>
    internal bool HasCue(in LexiconMatch trigger, LexiconPlan[] plans)
    {
        if (_hasCue is null)
        {
            var last = plans[^1];
            var hasCue = new bool[last.SlotBase + last.SlotCount];
            var tokens = Text.Tokens;
            foreach (ref readonly var m in CollectionsMarshal.AsSpan(Matches))
            {
                var plan = plans[m.Lexicon];
                if (plan.CueRoleOf(m) == CueRole.Cue && tokens[m.FirstToken].Voice != Voice.None)
                    hasCue[plan.SlotBase + m.Category] = true;
            }
            _hasCue = hasCue;
        }
        return _hasCue[plans[trigger.Lexicon].SlotBase + trigger.Category];
    }

    /// <summary>Most tokens between a trigger and the cue that makes it count.</summary>
    internal const int CueReach = 10;

    /// <summary>
    /// The cue that makes trigger match <paramref name="index"/> count, or -1: the nearest match of a cue entry of the
    /// same lexicon and category in the trigger's sentence, at most <see cref="CueReach"/> tokens away, with no clause
    /// boundary but commas between (appositions and lists stay together: "Senators Durbin, …, and Graham, …, shamed the
    /// Pentagon"; a semicolon, colon, dash or bracket ends the relation), in the same voice.
    /// </summary>
    /// <remarks>Every path of <see cref="CueOfInReach"/> pairs a cue of the trigger's lexicon and category among the
    /// matches in reach (<see cref="CueInReach"/>): with none there — most triggers in a text with a cue of their topic
    /// somewhere — the paths' answer is none, without the rule words' look-ups; then a sanction may still pair with the
    /// court it falls on (<see cref="SanctionedCourtWord"/>, round 24).</remarks>
    internal int CueOf(int index, LexiconPlan plan) =>
        CueInReach(index, Matches[index], plan) && CueOfInReach(index, plan) is var cue and >= 0 ? cue : SanctionedCourtWord(index, plan);

    /// <summary><see cref="CueOf"/> without its gate (the rules themselves).</summary>
    internal int CueOfInReach(int index, LexiconPlan plan)
    {
        var trigger = Matches[index];
        var first = trigger.FirstToken;
        var last = first + trigger.TokenCount - 1;
        var tokens = Text.Tokens;
        int best = -1, bestGap = int.MaxValue;
        // A verb that is a topic's trigger only when negated ("will not share") is none otherwise.
        if (plan.IsTopics && plan.TopicWords.NegatedTriggers.Contains(Text.TokenText(first)) && !IsNegated(first, plan.TopicWords)) return -1;
        // A noun that is a topic's trigger only as a verb's object ("opened a murder case") is none otherwise.
        if (plan.IsTopics && trigger.TokenCount == 1 && plan.TopicWords.ObjectTriggers.Contains(Text.TokenText(first))
            && !IsObjectOfVerb(first, plan.TopicWords)) return -1;
        // "away from the court" is withholding only when something is kept there ("to keep those tracks away from The
        // Hague"), not "a block away from the court" (round 26).
        if (plan.IsTopics && trigger.TokenCount > 1 && plan.TopicWords.KeptTriggers.Contains(Text.TokenText(first))
            && !IsKeptAway(first, plan.TopicWords)) return -1;
        // A letter or appeal to constituents or voters is no pressure on a government ("wrote to his constituents"; round 28, mended).
        if (plan.IsTopics && trigger.TokenCount > 1 && Text.TokenText(last) is "to" && IsPrivateAddressee(last + 1, plan.TopicWords)) return -1;
        // A topic's nominal trigger with its own agent after it ("despite objections from several allies", "opposition
        // by Republicans") is that agent's act: a cue before it does not pair.
        var agentAfter = plan.IsTopics && trigger.TokenCount == 1 && last + 1 < tokens.Length
            && tokens[last + 1].Sentence == tokens[last].Sentence && Text.TokenText(last + 1) is "from" or "by"
            && !Text.TokenText(first).EndsWith("ed") && !Text.TokenText(first).EndsWith("en") && !Text.TokenText(first).EndsWith("ing")
            && !IsPassiveParticiple(first);
        // A noun of an attack with its own target after it ("damage to heritage sites") is about
        // that target: a cue before it does not pair, on any path (round 22).
        var targetAfter = plan.IsTopics && trigger.TokenCount == 1 && HasTargetAfter(first, plan.TopicWords);
        for (var j = index - 1; j >= 0 && !agentAfter && !targetAfter && Matches[j].FirstToken >= first - CueReach - LexiconTerms.MaxWords; j--) Consider(j, tokens);
        for (var j = index + 1; j < Matches.Count && Matches[j].FirstToken <= last + 1 + CueReach; j++) Consider(j, tokens);
        if (best < 0 && plan.IsTopics && !targetAfter)
        {
            best = AntecedentCueOf(index, plan) is var antecedent and >= 0 ? antecedent : SubjectCueOf(index, plan);
            // "the Justice Department, which …, would be withheld": a department that takes up no cue is none here either.
            if (best >= 0 && (IsUnboundAnaphor(Matches[best], plan.TopicWords) || IsNoInstallationCue(Matches[best], plan.TopicWords))) best = -1;
            // A civilian building of round 31 is a cue only as the strike's target, never through a pronoun (round 31, mended).
            if (best >= 0 && HasWordIn(Matches[best], plan.TopicWords.TargetCueWords)) best = -1;
            // A court's own name is a cue only of a sanction after it (round 23), never through a pronoun or a relative clause.
            if (best >= 0 && plan.SanctionTopic[Matches[best].Category] && IsCourtItself(Matches[best], plan.TopicWords)) best = -1;
        }
        // A claim act whose victims are a pronoun subject takes the victims named just before (ClaimFramingScorer).
        else if (best < 0 && plan.IsClaims) best = ClaimFramingScorer.AntecedentVictimCue(this, index, plan);
        return best;

        void Consider(int j, ReadOnlySpan<Token> tokens)
        {
            var m = Matches[j];
            if (m.Lexicon != trigger.Lexicon || m.Category != trigger.Category || plan.CueRoleOf(m) != CueRole.Cue) return;
            // A place is a cue only as the object after its verb (ClaimFramingScorer.IsStruckPlace).
            if (plan.IsClaims && m.FirstToken < first && plan.PlaceEntry[m.Entry]) return;
            var mLast = m.FirstToken + m.TokenCount - 1;
            int gap, a, b;
            if (mLast < first) (gap, a, b) = (first - mLast - 1, m.FirstToken, first);
            else if (m.FirstToken > last) (gap, a, b) = (m.FirstToken - last - 1, last, m.FirstToken);
            else (gap, a, b) = (0, Math.Min(first, m.FirstToken), Math.Max(first, m.FirstToken)); // overlapping
            if (gap > CueReach || gap >= bestGap || !SameVoiceFor(plan, tokens[a].Voice, tokens[b].Voice)) return;
            if (HardBoundaryBetween(a, b) && !(plan.IsTopics && m.FirstToken > last && ListAfterColon(last, m.FirstToken))) return;
            if (plan.IsTopics && CategoryScorer.CoordinatedClauseBetween(Text, a, b)) return;
            if (plan.IsTopics && !TopicCuePairs(m, trigger, plan.TopicWords, plan.SanctionTopic[m.Category])) return;
            // A civilian building of round 31 is a cue only as the strike's target (round 31, mended).
            if (plan.IsTopics && HasWordIn(m, plan.TopicWords.TargetCueWords) && !IsStrikeTarget(m, trigger, plan)) return;
            // A cue of an agent after its trigger is the trigger's agent only over a preposition, "by" or a fronted phrase (round 28).
            if (plan.IsTopics && m.FirstToken > last && !IsAgentAfter(m, last, plan.TopicWords)) return;
            best = j;
            bestGap = gap;
        }
    }

    /// <summary>Whether a cue match of the trigger's lexicon and category stands where one of <see cref="CueOf"/>'s paths
    /// may pair it: before the trigger back to the earliest of SubjectReach tokens before it, CueReach + a term's words
    /// before it and the first token of the sentence before its own (<see cref="AntecedentCueOf"/>,
    /// <see cref="ClaimFramingScorer.AntecedentVictimCue"/>); after it, up to CueReach tokens past it. A superset of
    /// the matches each path reads, so a false answer changes nothing but the work.</summary>
    internal bool CueInReach(int index, in LexiconMatch trigger, LexiconPlan plan)
    {
        var matches = CollectionsMarshal.AsSpan(Matches);
        var first = trigger.FirstToken;
        var last = first + trigger.TokenCount - 1;
        var sentence = Text.Tokens[first].Sentence;
        var lo = Math.Min(Math.Min(first - SubjectReach, first - CueReach - LexiconTerms.MaxWords),
            Text.Sentences[Math.Max(0, sentence - 1)].FirstToken);
        for (var j = index - 1; j >= 0 && matches[j].FirstToken >= lo; j--)
            if (matches[j].Lexicon == trigger.Lexicon && matches[j].Category == trigger.Category && plan.CueRoleOf(matches[j]) == CueRole.Cue)
                return true;
        var hi = last + 1 + CueReach;
        for (var j = index + 1; j < matches.Length && matches[j].FirstToken <= hi; j++)
            if (matches[j].Lexicon == trigger.Lexicon && matches[j].Category == trigger.Category && plan.CueRoleOf(matches[j]) == CueRole.Cue)
                return true;
        return false;
    }

    /// <summary>
    /// Whether the topic rules that read the lexicon's rule words (<see cref="TopicRuleWords"/>) let a cue within reach
    /// pair with a topic's trigger: not the addressee of a request, an untitled representative or a proper name written
    /// as a common noun (<see cref="IsCommonNoun"/>); what a verb of taking takes; not a place near the target
    /// (<see cref="IsNearPlace"/>, round 29); for a negated verb of sharing, its
    /// subject before it (<see cref="IsNegated"/>, round 20); a court's people only with sanctions and sanctions only
    /// with them; and for <i>want, wants, wanted</i>, a
    /// demand only with someone to act ("senators want the State Department to restore funding";
    /// <see cref="WantsSomeoneTo"/>) and only for a cue before it, the one who wants (docs/ANALYSIS.md, "Topics", round 19).
    /// </summary>
    bool TopicCuePairs(in LexiconMatch cue, in LexiconMatch trigger, TopicRuleWords words, bool sanctionTopic)
    {
        var first = trigger.FirstToken;
        var last = first + trigger.TokenCount - 1;
        if (IsAddresseeOf(cue, first, last, words) || IsUntitledRepresentative(cue, words) || IsCommonNoun(cue, words)
            || IsUnboundAnaphor(cue, words) || IsNoInstallationCue(cue, words)) return false;
        if (trigger.TokenCount == 1 && words.TakingVerbs.Contains(Text.TokenText(first)) && !IsTakenBy(cue, first, words)) return false;
        if (IsNearPlace(cue, words)) return false;
        // A negated verb's cue is its subject, before it ("the Pentagon will not share"; not "… share with the Pentagon").
        if (cue.FirstToken > last && words.NegatedTriggers.Contains(Text.TokenText(first))) return false;
        // "in no hurry" is its subject's ("the Pentagon is in no hurry"; not "Congress is in no hurry to confirm the
        // Pentagon's nominee", "the museum next to the Pentagon is in no hurry"; round 31, mended).
        if (words.SubjectTriggerHeads.Contains(Text.TokenText(last)) && !IsPredicateSubject(cue, first, words)) return false;
        var sanction = IsSanction(trigger, words);
        if (sanctionTopic && IsCourtItself(cue, words)) return sanction && IsSanctionedCourt(cue, last);
        if (sanction != IsCourtStaff(cue, words) || (sanction && !NamesItsCourt(cue, words))) return false;
        return trigger.TokenCount != 1 || !words.WantVerbs.Contains(Text.TokenText(first)) || IsWantedBy(first)
            || (cue.FirstToken <= last && (WantsSomeoneTo(first) || WantsASanction(cue, first, words)));
    }

    /// <summary>Whether a cue after a trigger ending at <paramref name="last"/> may be its agent: always, unless a word of
    /// the cue is one of the rule words' <see cref="RuleWordLists.AgentCues"/> (<i>senators, Congress, committee</i> …);
    /// then only after a preposition of <see cref="RuleWordLists.AgentPrepositions"/> that governs the cue
    /// (<see cref="GovernsCue"/>), right after the trigger or after its auxiliaries, participles
    /// (<see cref="IsParticipleAt"/>) and one verb of <see cref="RuleWordLists.AgentVerbs"/> ("pressure from Congress",
    /// "the resolution introduced in the Senate", "a bill in the Senate", "asked by senators", "Pressure grew in
    /// Congress"), or after <i>on, at</i> (<see cref="RuleWordLists.PlacePrepositions"/>) before a place ("outrage on
    /// Capitol Hill"), with no comma between; after a <i>by</i> that governs the cue with no comma between ("the letter,
    /// signed last month by 34 senators"); as the subject right after the first comma of a sentence opening with a
    /// preposition, the trigger before that comma (<see cref="IsFrontedSubject"/>: "In a letter to Austin, the chair of
    /// the Senate Judiciary Committee …"); or as the speaker of a first-person quotation holding the trigger
    /// (<see cref="IsOwnQuotation"/>). Not the speaker of a reporting clause ("The armed forces had pressed for the clause
    /// since at least 2022, the lawmakers said"), what the trigger falls on ("pressure on the Senate"), nor the object of
    /// another verb ("a bill that would require the intelligence agencies to report to Congress"; round 28,
    /// mended).</summary>
    bool IsAgentAfter(in LexiconMatch cue, int last, TopicRuleWords words)
    {
        var cueFirst = cue.FirstToken;
        if (!HasWordIn(cue, words.AgentCues)) return true;
        var commaAfter = -1; // the last gap with a comma before the cue: the token after it
        for (var t = last; t < cueFirst; t++)
            if (Gap(t, t + 1).Contains(',')) commaAfter = t + 1;
        // Over auxiliaries, participles and one verb of agent_verbs first: "the resolution introduced in the Senate",
        // "a letter was circulating in the Senate", "Pressure grew in Congress".
        var p = last + 1;
        var verbs = 0;
        while (p < cueFirst && p - last <= 3)
        {
            var w = Text.TokenText(p);
            if (ClaimGrammar.IsAuxiliary(w) || IsParticipleAt(p, words)) p++;
            else if (verbs == 0 && words.AgentVerbs.Contains(w)) { p++; verbs++; }
            else break;
        }
        if (commaAfter < 0 && p < cueFirst && words.AgentPrepositions.Contains(Text.TokenText(p)) && GovernsCue(p, cueFirst)) return true;
        // "on, at" name a place ("outrage on Capitol Hill") before a place, otherwise what the trigger falls on ("pressure on the Senate").
        if (commaAfter < 0 && p < cueFirst && words.PlacePrepositions.Contains(Text.TokenText(p)) && HasWordIn(cue, words.AgentPlaces)
            && GovernsCue(p, cueFirst)) return true;
        for (var t = Math.Max(last + 1, commaAfter); t < cueFirst; t++)
            if (Text.TokenText(t) is "by" && GovernsCue(t, cueFirst)) return true;
        return IsFrontedSubject(last, cueFirst) || IsOwnQuotation(last, cueFirst, words);
    }

    /// <summary>Whether the addressee after a trigger ending in <i>to</i>, from <paramref name="t"/>, is one of the rule
    /// words' <see cref="RuleWordLists.PrivateAddressees"/>: right after it or after its determiners and one modifier
    /// ("wrote to constituents", "writing to their local voters"; round 28, mended).</summary>
    bool IsPrivateAddressee(int t, TopicRuleWords words)
    {
        var tokens = Text.Tokens;
        if (t >= tokens.Length) return false;
        var sentence = tokens[t].Sentence;
        while (t < tokens.Length && tokens[t].Sentence == sentence && ClaimGrammar.IsDeterminer(Text.TokenText(t))) t++;
        for (var k = t; k < tokens.Length && k <= t + 1 && tokens[k].Sentence == sentence; k++)
            if (words.PrivateAddressees.Contains(Text.TokenText(k))) return true;
        return false;
    }

    /// <summary>Whether a cue after a trigger in a quotation is the speaker of that quotation speaking of its own act:
    /// the quotation ends between them with at most a verb of the rule words' <see cref="RuleWordLists.SpeakerVerbs"/>
    /// after it, and the quotation has <i>we</i> or <i>I</i> before the trigger ("\"We pressed hard,\" Senator Ellison
    /// said"; round 28, mended).</summary>
    bool IsOwnQuotation(int last, int cueFirst, TopicRuleWords words)
    {
        var tokens = Text.Tokens;
        if (tokens[last].Voice != Voice.Quotation || tokens[cueFirst].Voice == Voice.Quotation) return false;
        var t = last + 1;
        while (t < cueFirst && tokens[t].Voice == Voice.Quotation) t++;
        if (cueFirst - t > 1 || (t < cueFirst && !words.SpeakerVerbs.Contains(Text.TokenText(t)))) return false;
        for (var k = last - 1; k >= 0 && tokens[k].Voice == Voice.Quotation && tokens[k].Sentence == tokens[last].Sentence; k--)
            if (Text.TokenText(k) is "we" or "i") return true;
        return false;
    }

    /// <summary>Whether the preposition at <paramref name="by"/> (<i>by</i>, or one of the agent prepositions) governs
    /// the cue starting at <paramref name="cueFirst"/>: within six tokens, only its noun phrase's determiners, numbers
    /// and modifiers between ("by 34 senators", "from a bipartisan group of senators"), no other preposition but
    /// <i>of</i>, no <i>and, or</i>, no auxiliary or clause word, no <i>-ing</i> verb right after it ("by ignoring the
    /// senators", "by the Pentagon to the Senate committee"; round 28, mended).</summary>
    bool GovernsCue(int by, int cueFirst)
    {
        for (var t = by + 1; t < cueFirst; t++)
        {
            var w = Text.TokenText(t);
            if ((t == by + 1 && w.EndsWith("ing")) || ClaimGrammar.IsAuxiliary(w) || ClaimGrammar.IsClauseWord(w)
                || (w is not "of" && ClaimGrammar.IsPreposition(w)) || w is "and" or "or") return false;
        }
        return cueFirst - by <= 6;
    }

    /// <summary>Whether a cue is the subject after a phrase opening its sentence with a preposition that holds the
    /// trigger ending at <paramref name="last"/>: the sentence's first comma closes the phrase after the trigger, and the
    /// cue follows it with at most determiners and numbers between, or a head of two words at most and <i>of</i> ("In a
    /// letter to the White House, the 11 senators …", "In a letter to Austin, the chair of the Senate Judiciary
    /// Committee …"). Not after <i>under</i> (the subject of "Under White House pressure, the Senate …" is the one pressed), nor a
    /// cue after a later comma ("On Tuesday, the Pentagon pressed for a delay, senators said"; round 28, mended).</summary>
    bool IsFrontedSubject(int last, int cueFirst)
    {
        var opening = Text.Sentences[Text.Tokens[last].Sentence].FirstToken;
        var openingWord = Text.TokenText(opening);
        if (!ClaimGrammar.IsPreposition(openingWord) || openingWord is "under") return false;
        var comma = -1; // the token after the sentence's first comma
        for (var c = opening; c < cueFirst && comma < 0; c++)
            if (Gap(c, c + 1).Contains(',')) comma = c + 1;
        if (comma <= last) return false;
        var t = SkipDeterminers(comma, cueFirst);
        // A head before "of" whose complement is the cue ("the chair of the Senate Judiciary Committee", "senior members of the Senate").
        for (var k = t; k < cueFirst && k - t <= 2; k++)
        {
            var w = Text.TokenText(k);
            if (w is "of") { t = SkipDeterminers(k + 1, cueFirst); break; }
            if (ClaimGrammar.IsPreposition(w) || ClaimGrammar.IsAuxiliary(w) || ClaimGrammar.IsClauseWord(w) || w.EndsWith("ing")
                || ClaimGrammar.IsEdForm(w)) break;
        }
        return t == cueFirst;
    }

    int SkipDeterminers(int t, int end)
    {
        while (t < end && (ClaimGrammar.IsDeterminer(Text.TokenText(t)) || IsNumberAt(t))) t++;
        return t;
    }

    /// <summary>Whether a word of match <paramref name="match"/> is in <paramref name="words"/>.</summary>
    bool HasWordIn(in LexiconMatch match, RuleWordSet words)
    {
        for (var t = match.FirstToken; t < match.FirstToken + match.TokenCount; t++)
            if (words.Contains(Text.TokenText(t))) return true;
        return false;
    }

    /// <summary>Whether the token at <paramref name="t"/> is a number: a figure or a number word.</summary>
    internal bool IsNumberAt(int t) =>
        (Text.Tokens[t].Flags & TokenFlags.Numeric) != 0 || ClaimGrammar.IsNumberWord(Text.TokenText(t));

    /// <summary>Whether the token at <paramref name="t"/> has the form of a participle: lower-case, more than four
    /// letters, ending in <i>-ed</i> or <i>-ing</i> ("introduced", "circulating"), or one of the rule words'
    /// <see cref="RuleWordLists.EnParticiples"/> ("written", "taken"); not "women", "Biden", "seven" (round 28,
    /// mended).</summary>
    bool IsParticipleAt(int t, TopicRuleWords words)
    {
        if ((Text.Tokens[t].Flags & TokenFlags.Capitalized) != 0 && t != Text.Sentences[Text.Tokens[t].Sentence].FirstToken) return false;
        var w = Text.TokenText(t);
        return (w.Length > 4 && (w.EndsWith("ed") || w.EndsWith("ing"))) || words.EnParticiples.Contains(w);
    }

    /// <summary>Whether a one-word cue of the rule words' <see cref="RuleWordLists.CapitalisedCues"/> (<i>House</i>) is no
    /// proper name of its body here: written lower-case ("their house"), after another capitalised word that is no
    /// determiner ("the White House", "the Opera House") or before <i>of</i> ("the House of Lords"; round 20).</summary>
    bool IsCommonNoun(in LexiconMatch cue, TopicRuleWords words)
    {
        var t = cue.FirstToken;
        if (cue.TokenCount != 1 || !words.CapitalisedCues.Contains(Text.TokenText(t))) return false;
        var tokens = Text.Tokens;
        if (!char.IsUpper(Text.Text[tokens[t].Start])) return true;
        if (t > 0 && tokens[t - 1].Sentence == tokens[t].Sentence && char.IsUpper(Text.Text[tokens[t - 1].Start])
            && !ClaimGrammar.IsDeterminer(Text.TokenText(t - 1))) return true;
        return t + 1 < tokens.Length && tokens[t + 1].Sentence == tokens[t].Sentence && Text.TokenText(t + 1) is "of";
    }

    /// <summary>Whether a one-word cue of the rule words' <see cref="RuleWordLists.VerbCues"/> (<i>plant, station</i>) is
    /// a verb here, no cue: right after <i>to</i>, an auxiliary or modal, or a subject pronoun ("to plant mines", "could
    /// station missiles near the border", "they plant explosives"), and a singular form right after a plural noun
    /// ("retreating troops plant mines"; round 27). A noun of the rule words' <see cref="RuleWordLists.MilitaryKinds"/>
    /// before it — right before it, or two words before it with a modifier between, a possessive allowed ("the army's
    /// fuel station") — names a military installation, no cue either ("an ammunition plant", "a radar station"), and
    /// so does a verb of <see cref="RuleWordLists.ProductionVerbs"/> after it with a military product ("a plant
    /// producing drones"). Nor is it one as the modifier of a person or office after it ("the station chief"), after a
    /// word of <see cref="RuleWordLists.OtherInstallationKinds"/> ("his duty station", "a potted plant") or bare after a
    /// preposition of <see cref="RuleWordLists.BareCuePrepositions"/> ("on station"; mend27). "The plant was struck",
    /// "a strike on the station", "thermal plants", "the bus station", "the police station" stay cues.</summary>
    bool IsNoInstallationCue(in LexiconMatch cue, TopicRuleWords words)
    {
        var t = cue.FirstToken;
        if (cue.TokenCount != 1 || !words.VerbCues.Contains(Text.TokenText(t))) return false;
        var tokens = Text.Tokens;
        var word = Text.TokenText(t);
        // The modifier of a person or office after it: "the CIA station chief", "the plant manager".
        if (t + 1 < tokens.Length && tokens[t + 1].Sentence == tokens[t].Sentence
            && words.InstallationPersonNouns.Contains(WithoutPossessive(Text.TokenText(t + 1)))) return true;
        // A military product of a participle or relative clause after it: "a plant producing drones", "the plant,
        // which makes engines for military aircraft".
        if (MakesMilitaryProduct(t, words)) return true;
        if (t == 0 || tokens[t - 1].Sentence != tokens[t].Sentence) return false;
        var before = Text.TokenText(t - 1);
        if (before is "to" or "i" or "we" or "you" or "they" or "he" or "she" or "it" || ClaimGrammar.IsAuxiliary(before)) return true;
        // A modifier naming a military installation: "an ammunition plant", "a radar station", "the army's station".
        if (words.MilitaryKinds.Contains(WithoutPossessive(before))) return true;
        // A modifier naming something else: "his duty station", "a potted plant", "a house plant".
        if (words.OtherInstallationKinds.Contains(before)) return true;
        // An idiom, bare after a preposition: "in transit, and on station" (a singular with no determiner, its noun
        // phrase ending there — not "people waiting on station platforms").
        if (word[^1] != 's' && words.BareCuePrepositions.Contains(before) && EndsNounPhrase(t)) return true;
        // A military kind two words back, with a modifier between: "the army's fuel station", "an ammunition storage
        // plant" (not "drones struck plants": the word between is a trigger, or a function word).
        if (t >= 2 && tokens[t - 2].Sentence == tokens[t].Sentence && words.MilitaryKinds.Contains(WithoutPossessive(Text.TokenText(t - 2)))
            && IsPlainModifier(t - 1, cue.Lexicon)) return true;
        // A singular form after a plural noun agrees with it as a verb: "retreating troops plant mines" (not "gas plant",
        // "bus station": no plural; "thermal plants": plural itself).
        return word[^1] != 's' && ClaimGrammar.IsPluralOrVerbS(before);
    }

    internal static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> word) =>
        word.EndsWith("'s") ? word[..^2] : word.EndsWith("s'") ? word[..^1] : word;

    /// <summary>Whether token <paramref name="i"/> can be a noun modifier between a military kind and a cue: no function
    /// word (determiner, preposition, auxiliary, stopword), no possessive, and no match of the cue's lexicon (a trigger:
    /// "drones struck plants").</summary>
    bool IsPlainModifier(int i, int lexicon)
    {
        var w = Text.TokenText(i);
        if (ClaimGrammar.IsDeterminer(w) || ClaimGrammar.IsPreposition(w) || ClaimGrammar.IsAuxiliary(w) || ClaimGrammar.IsStopword(w)
            || ClaimGrammar.IsPossessive(w)) return false;
        foreach (var m in Matches)
            if (m.Lexicon == lexicon && m.FirstToken <= i && i < m.FirstToken + m.TokenCount) return false;
        return true;
    }

    /// <summary>Whether a verb of making follows the cue at <paramref name="t"/> — right after it, or after <i>which</i>
    /// or <i>that</i> and any auxiliaries — with a noun of the military kinds among the next four words of its clause
    /// (no comma, semicolon, colon, dash or bracket, clause word, auxiliary or <i>after, before, until, since</i>
    /// before it): "a plant producing drones", "a plant that builds tanks", "the plant, which makes engines for military
    /// aircraft"; not "the plant made headlines when a missile hit it". <i>building</i> is no verb of the list: "the
    /// station building" is the station's.</summary>
    bool MakesMilitaryProduct(int t, TopicRuleWords words)
    {
        var tokens = Text.Tokens;
        var sentence = tokens[t].Sentence;
        var i = t + 1;
        if (i < tokens.Length && tokens[i].Sentence == sentence && Text.TokenText(i) is "which" or "that") i++;
        while (i < tokens.Length && tokens[i].Sentence == sentence && ClaimGrammar.IsAuxiliary(Text.TokenText(i))) i++;
        if (i >= tokens.Length || tokens[i].Sentence != sentence || !words.ProductionVerbs.Contains(Text.TokenText(i))) return false;
        for (var k = i + 1; k <= i + 4 && k < tokens.Length && tokens[k].Sentence == sentence; k++)
        {
            if (Gap(k - 1, k).IndexOfAny(",;:—–()") >= 0) return false;
            var w = Text.TokenText(k);
            if (words.MilitaryKinds.Contains(w)) return true;
            // The clause ends at a clause word or a finite verb: "the plant made headlines when a missile hit it".
            if (ClaimGrammar.IsClauseWord(w) || ClaimGrammar.IsAuxiliary(w) || w is "after" or "before" or "until" or "since") return false;
        }
        return false;
    }

    /// <summary>
    /// Whether a one-word cue of the rule words' <see cref="RuleWordLists.AnaphoricCues"/> (<i>department</i>) takes up no
    /// body of its topic (round 21): it does not follow <i>the</i> ("the State Department"), it stands before <i>of</i>
    /// ("the Department of State"), or the nearest earlier mention of a body in its sentence or the one before — a cue
    /// of its topic, or another word of the list ("the State Department's spending bill … the department") — is not a
    /// cue of its topic, or there is none ("The Pentagon has refused … The department has refused" takes up the
    /// Pentagon).
    /// </summary>
    bool IsUnboundAnaphor(in LexiconMatch cue, TopicRuleWords words)
    {
        var head = cue.FirstToken;
        if (cue.TokenCount != 1 || !words.AnaphoricCues.Contains(Text.TokenText(head))) return false;
        var tokens = Text.Tokens;
        // Only after "the": "the department", not "the State Department" (a cue entry of its own, or no cue).
        if (head == 0 || tokens[head - 1].Sentence != tokens[head].Sentence || Text.TokenText(head - 1) is not "the") return true;
        if (head + 1 < tokens.Length && tokens[head + 1].Sentence == tokens[head].Sentence && Text.TokenText(head + 1) is "of")
            return true;
        var sentence = tokens[head].Sentence;
        var from = Text.Sentences[Math.Max(0, sentence - 1)].FirstToken;
        // The nearest earlier cue of the topic that is no anaphor itself (matches are in text order).
        var antecedentEnd = -1;
        foreach (ref readonly var m in CollectionsMarshal.AsSpan(Matches))
        {
            if (m.FirstToken >= cue.FirstToken) break;
            if (m.FirstToken < from || m.Lexicon != cue.Lexicon || m.Category != cue.Category) continue;
            if (m.TokenCount == 1 && words.AnaphoricCues.Contains(Text.TokenText(m.FirstToken))) continue;
            antecedentEnd = m.FirstToken + m.TokenCount - 1;
        }
        if (antecedentEnd < 0) return true;
        // Another body named after it ("… the State Department's …"): the anaphor takes that one up.
        for (var t = antecedentEnd + 1; t < cue.FirstToken; t++)
        {
            var word = Text.TokenText(t);
            if (words.AnaphoricCues.Contains(word) || (word.EndsWith("'s") && words.AnaphoricCues.Contains(word[..^2]))) return true;
        }
        return false;
    }

    /// <summary>Whether a one-word entity entry of a topics lexicon (the rule words' <see cref="RuleWordLists.PassingNames"/>:
    /// <i>Israel, Israeli, Israelis</i>) is named in passing, as one of a pair or list of capitalised names — "and" or
    /// "or" between it and another capitalised word, before or after it ("the United States and Israel",
    /// "Americans and Israelis", "China, India and Israel", "involving Israel and the United States") — and no word of
    /// <see cref="RuleWordLists.PassingNameHeads"/> follows it ("the United States and Israeli forces") or is the other
    /// name ("Israel and Hamas"): no evidence of the topic (round 22). In a title-case sentence (<see cref="IsTitleCase"/>)
    /// a capitalised function word is no name ("Israel and Its Allies Fear the Court": evidence, as in sentence case; fix22).</summary>
    internal bool IsNameInPassing(in LexiconMatch match, TopicRuleWords words)
    {
        var t = match.FirstToken;
        if (match.TokenCount != 1 || !words.PassingNames.Contains(Text.TokenText(t))) return false;
        var tokens = Text.Tokens;
        var sentence = tokens[t].Sentence;
        bool Same(int k) => k >= 0 && k < Text.Tokens.Length && Text.Tokens[k].Sentence == sentence;
        // Another capitalised name, not one of the topic's own words ("Israeli and Hamas leaders" is the conflict).
        // In a title-case line every word is capitalised: a closed-class word there ("Israel and Its Allies") is no name (fix22).
        bool Capitalised(int k) => Same(k) && char.IsUpper(Text.Text[Text.Tokens[k].Start]) && !words.PassingNameHeads.Contains(Text.TokenText(k))
            && !(IsStopword(Text.TokenText(k)) && IsTitleCase(sentence));
        if (Same(t + 1) && !HardBoundaryBetween(t, t + 1) && words.PassingNameHeads.Contains(Text.TokenText(t + 1))) return false;
        // Before it: "X and Israel" (and so the last of a list: "China, India and Israel").
        if (Same(t - 1) && !HardBoundaryBetween(t - 1, t) && Text.TokenText(t - 1) is "and" or "or"
            && Capitalised(t - 2) && !HardBoundaryBetween(t - 2, t - 1)) return true;
        // After it: "Israel and X", "Israel and the X".
        return Same(t + 1) && !HardBoundaryBetween(t, t + 1) && Text.TokenText(t + 1) is "and" or "or"
            && (Capitalised(t + 2) || (Same(t + 3) && Text.TokenText(t + 2) is "the" && Capitalised(t + 3)));
    }

    /// <summary>Whether the one clause mark between a trigger ending at <paramref name="from"/> and a cue at
    /// <paramref name="cue"/> after it is a colon that opens a list of what the trigger did it to: the colon's next word
    /// is a determiner, a number or the cue itself ("have shelled the town every day: the market, the bus station, the
    /// hospital"; "Damaged: 4 high-rise buildings and 17 private houses"; not "had no purpose: there were no positions in
    /// the neighbourhoods"; round 22).</summary>
    bool ListAfterColon(int from, int cue)
    {
        var tokens = Text.Tokens;
        if (tokens[from].Sentence != tokens[cue].Sentence) return false;
        var text = Text.Text.AsSpan();
        var colonAfter = -1;
        for (var t = from + 1; t <= cue; t++)
        {
            var between = text[tokens[t - 1].End..tokens[t].Start];
            if (between.IndexOfAny(HardClauseMarks) < 0) continue;
            if (colonAfter >= 0 || between.Trim() is not ":") return false;
            colonAfter = t;
        }
        if (colonAfter < 0) return false;
        var word = Text.TokenText(colonAfter);
        return colonAfter == cue || ClaimGrammar.IsDeterminer(word) || char.IsAsciiDigit(word[0]);
    }

    /// <summary>Whether the one-word trigger at <paramref name="noun"/> is one of the rule words'
    /// <see cref="RuleWordLists.TargetNouns"/> followed in its sentence by one of <see cref="RuleWordLists.TargetPrepositions"/>
    /// and not after an auxiliary ("damage to heritage sites"; not "they will attack to retake the town", where the word
    /// is a verb): the noun names its own target (round 22). Not when a possessive determiner (<i>its, their, his, her</i>)
    /// follows the preposition: it refers back to the cue ("the hospital suffered damage to its roof"; fix22).</summary>
    bool HasTargetAfter(int noun, TopicRuleWords words)
    {
        var tokens = Text.Tokens;
        if (noun + 1 >= tokens.Length || tokens[noun + 1].Sentence != tokens[noun].Sentence) return false;
        if (!words.TargetNouns.Contains(Text.TokenText(noun)) || !words.TargetPrepositions.Contains(Text.TokenText(noun + 1))) return false;
        if (HardBoundaryBetween(noun, noun + 1) || Text.Text.AsSpan(tokens[noun].End, tokens[noun + 1].Start - tokens[noun].End).Contains(',')) return false;
        // A possessive determiner after the preposition refers back to the cue: "the hospital suffered damage to its roof"
        // (fix22).
        if (noun + 2 < tokens.Length && tokens[noun + 2].Sentence == tokens[noun].Sentence
            && Text.TokenText(noun + 2) is "its" or "their" or "his" or "her") return false;
        return noun == 0 || tokens[noun - 1].Sentence != tokens[noun].Sentence || !ClaimGrammar.IsAuxiliary(Text.TokenText(noun - 1));
    }

    /// <summary>Whether the cue is governed by one of the rule words' <see cref="RuleWordLists.NearPrepositions"/>, or by
    /// <i>to</i> after one of <see cref="RuleWordLists.NearHeads"/>, with at most three lower-case modifiers between
    /// and no other preposition, clause word or conjunction ("a queue outside a bakery", "fired from next to a
    /// kindergarten", "hit a minibus near the central market"): the cue is where something was, not what a strike hit.
    /// Not a capitalised cue (a proper name near its place is still the place: "the forest outside Izium"), nor after
    /// <i>or, and, anywhere</i> ("strikes on or near the plant", "anywhere near its soldiers"; round 29). Round 31: a cue
    /// governed by <i>from</i> right after one of <see cref="RuleWordLists.OriginVerbs"/> ("the shot had been fired from
    /// either hotel", "rockets launched from a school") is where the fire came from, not what it hit.</summary>
    bool IsNearPlace(in LexiconMatch cue, TopicRuleWords words)
    {
        if (words.NearPrepositions.IsEmpty) return false;
        var tokens = Text.Tokens;
        // A proper name near its place is still the place ("the forest outside Izium"); not a common noun at the head of
        // a name ("near the Hotel Ukraina"; round 31, mended).
        if (char.IsUpper(Text.Text[tokens[cue.FirstToken].Start]) && !HasWordIn(cue, words.TargetCueWords)) return false;
        var sentence = tokens[cue.FirstToken].Sentence;
        for (var t = cue.FirstToken - 1; t >= 0 && t >= cue.FirstToken - 4 && tokens[t].Sentence == sentence; t--)
        {
            if (HardBoundaryBetween(t, t + 1) || Gap(t, t + 1).Contains(',')) return false;
            var w = Text.TokenText(t);
            // "on or near the plant", "anywhere near its soldiers" are not about nearness alone.
            if (words.NearPrepositions.Contains(w))
                return t == 0 || tokens[t - 1].Sentence != sentence || Text.TokenText(t - 1) is not ("or" or "and" or "anywhere");
            if (w is "to") return t > 0 && tokens[t - 1].Sentence == sentence && words.NearHeads.Contains(Text.TokenText(t - 1));
            // "fired from the hotel", "launched from a school": where the fire came from (round 31).
            if (w is "from") return t > 0 && tokens[t - 1].Sentence == sentence && !HardBoundaryBetween(t - 1, t)
                                    && words.OriginVerbs.Contains(Text.TokenText(t - 1));
            if (ClaimGrammar.IsPreposition(w) || ClaimGrammar.IsClauseWord(w) || ClaimGrammar.IsAuxiliary(w) || w is "and" or "or"
                || char.IsUpper(Text.Text[tokens[t].Start])) return false;
        }
        return false;
    }

    /// <summary>Whether a cue of the rule words' <see cref="RuleWordLists.TargetCueWords"/> ("hotel", "bakery", "water
    /// point") is what the strike <paramref name="trigger"/> hit: after it, the object of the verb or the complement of
    /// the noun over one of <see cref="RuleWordLists.TargetCuePrepositions"/> right after it ("a missile hit the hotel",
    /// "the strike on the hotel", "fired on a hotel", "bombed the bridges, the trains and a television centre"), with
    /// only modifiers, names and list words between and the cue the head of its phrase ("a hotel full of reporters",
    /// "hit the hotel twice"; not "hit the hotel bar", "struck a chord with the bakery owners", "found rooms at a
    /// hotel"); before it, the noun right before a noun of attack ("the hotel strike") or the subject of its passive
    /// ("the hotel was hit", "the bakery had been shelled"), whose agent after <i>by</i>, if any, is a strike word of the
    /// topic or a name ("hit by a missile", "struck by Russian drones"; not "hit by rising flour prices", "struck by
    /// lightning"). Round 31, mended.</summary>
    bool IsStrikeTarget(in LexiconMatch cue, in LexiconMatch trigger, LexiconPlan plan)
    {
        var words = plan.TopicWords;
        var tokens = Text.Tokens;
        var first = trigger.FirstToken;
        var last = first + trigger.TokenCount - 1;
        var cueFirst = cue.FirstToken;
        var cueLast = cueFirst + cue.TokenCount - 1;
        var sentence = tokens[cueFirst].Sentence;
        var next = cueLast + 1;
        // "the hotel bar", "the bakery owners": the cue modifies the noun after it ("hit the hotel twice" does not).
        var headAfter = next < tokens.Length && tokens[next].Sentence == sentence && !MarkBetween(cueLast, next)
                        && IsNounAfterHead(next, words) && !words.TargetCueAdverbs.Contains(Text.TokenText(next))
                        && !(next + 1 < tokens.Length && tokens[next + 1].Sentence == sentence && Text.TokenText(next + 1) is "of");
        if (cueFirst > last)
        {
            if (headAfter) return false;
            var t = last + 1;
            // "shells rained down on the bakery", "bombs fell down on": a particle before the preposition, after the
            // strike word's own verb if it is the subject (mend31b).
            if (t + 2 < cueFirst && !MarkBetween(t, t + 1) && words.TargetCueParticles.Contains(Text.TokenText(t + 1))
                && words.TargetCuePrepositions.Contains(Text.TokenText(t + 2))) t++;
            if (t + 1 < cueFirst && words.TargetCueParticles.Contains(Text.TokenText(t))) t++;
            if (t < cueFirst && words.TargetCuePrepositions.Contains(Text.TokenText(t))) t++;
            // A noun of attack reaches its target only through a preposition ("the strike on the hotel"; not "after
            // the bombing, the hotel closed", "the shelling forced the bakery to close"; mend31b).
            else if (IsNounOfAttack(first, last, words)) return false;
            if (cueFirst - t > 8) return false;
            for (; t < cueFirst; t++)
            {
                if (HardBoundaryBetween(t - 1, t)) return false;
                // A comma only inside a list ("hit the port, a hotel and a bakery", "damaged several buildings,
                // including a hotel"; not "after the strike on the port, the hotel reopened"; mend31b).
                if (MarkBetween(t - 1, t) && !ListGoesOn(t, cueLast)) return false;
                var w = Text.TokenText(t);
                if (w is "and" or "or" || ClaimGrammar.IsInclusionWord(w)) continue;
                if (ClaimGrammar.IsPreposition(w) || ClaimGrammar.IsClauseWord(w) || ClaimGrammar.IsAuxiliary(w)
                    || ClaimGrammar.IsNegation(w)) return false;
            }
            return !HardBoundaryBetween(cueFirst - 1, cueFirst)
                   && (!MarkBetween(cueFirst - 1, cueFirst) || ListGoesOn(cueFirst, cueLast));
        }
        if (cueLast >= first) return false;
        // "the hotel strike", "a bakery bombing": the noun before a noun of attack.
        if (next == first) return words.TargetNouns.Contains(Text.TokenText(first));
        // "the hotel was hit", "the bakery had been shelled": the subject of the passive ("a hotel popular with
        // journalists was struck": an adjective before its preposition is no head; mend31b).
        if (headAfter && !(next + 1 < first && ClaimGrammar.IsPreposition(Text.TokenText(next + 1)))) return false;
        // The passive's auxiliaries, walking back from its verb.
        var aux = first;
        var passive = false;
        while (aux - 1 > cueLast && !MarkBetween(aux - 1, aux))
        {
            var w = Text.TokenText(aux - 1);
            if (ClaimGrammar.IsNegation(w)) return false;
            if (ClaimGrammar.IsBeForm(w) || w is "got") passive = true;
            else if (!IsAuxiliaryOrAdverb(w)) break;
            aux--;
        }
        if (!passive || MarkBetween(first - 1, first)) return false;
        // Between the place and its auxiliaries, the subject's modifiers ("the Hotel Kalyna was struck", "a hotel in
        // central Kharkiv was struck", "two hotels and a bakery were hit", "the hotel, which housed reporters, was hit";
        // mend31b).
        if (aux > next && !IsSubjectModifiers(next, aux, words)) return false;
        var by = last + 1;
        if (by >= tokens.Length || tokens[by].Sentence != sentence || MarkBetween(last, by)) return true;
        // "the bakery was struck off the register": struck from a list, not hit (mend31b).
        if (words.RemovalParticles.Contains(Text.TokenText(by))) return false;
        // "hit hard by the pandemic": one adverb before the agent (mend31b).
        if (Text.TokenText(by) is not "by" && by + 1 < tokens.Length && tokens[by + 1].Sentence == sentence
            && !MarkBetween(by, by + 1) && Text.TokenText(by + 1) is "by" && IsNounAfterHead(by, words)) by++;
        if (Text.TokenText(by) is not "by") return true;
        for (var t = by + 1; t < tokens.Length && t <= by + 5 && tokens[t].Sentence == sentence && !MarkBetween(t - 1, t); t++)
        {
            var w = Text.TokenText(t);
            if (ClaimGrammar.IsClauseWord(w)) break;
            if (IsStrikeWordAt(t, trigger, plan) || words.StrikeAgentWords.Contains(w)) return true;
            // A name, not a capitalised word before a common noun or a possessive ("by Covid restrictions", "by the
            // EU's new tariffs"; mend31b).
            if (char.IsUpper(Text.Text[tokens[t].Start]) && !ClaimGrammar.IsPossessive(w)
                && !(t + 1 < tokens.Length && tokens[t + 1].Sentence == sentence && !MarkBetween(t, t + 1)
                     && IsNounAfterHead(t + 1, words))) return true;
        }
        return false;
    }

    /// <summary>Whether a strike word that ends in one of the rule words' <see cref="RuleWordLists.TargetNouns"/> is
    /// used as a noun: after a determiner, a possessive or a capitalised modifier ("the bombing", "Russian strikes"), or
    /// not followed right away by an object's determiner ("the shelling stopped"); a verb has its object after it
    /// ("troops shelling the bakery"; mend31b).</summary>
    bool IsNounOfAttack(int first, int last, TopicRuleWords words)
    {
        if (!words.TargetNouns.Contains(Text.TokenText(last))) return false;
        var tokens = Text.Tokens;
        var sentence = tokens[last].Sentence;
        var before = first - 1;
        if (before >= 0 && tokens[before].Sentence == sentence && !MarkBetween(before, first))
        {
            var w = Text.TokenText(before);
            if (ClaimGrammar.IsDeterminer(w) || ClaimGrammar.IsPossessive(w) || char.IsUpper(Text.Text[tokens[before].Start]))
                return true;
        }
        var after = last + 1;
        return !(after < tokens.Length && tokens[after].Sentence == sentence && !MarkBetween(last, after)
                 && ClaimGrammar.IsDeterminer(Text.TokenText(after)));
    }

    /// <summary>Whether the comma before <paramref name="t"/> is inside a list that runs to the cue: a coordinator or
    /// an inclusion word ("including") at or after it, before the cue or within three words after it (mend31b).</summary>
    bool ListGoesOn(int t, int cueLast)
    {
        var tokens = Text.Tokens;
        var sentence = tokens[t].Sentence;
        for (var k = t; k < tokens.Length && k <= cueLast + 3 && tokens[k].Sentence == sentence; k++)
        {
            if (k > cueLast && MarkBetween(k - 1, k) && !Gap(k - 1, k).Contains(',')) return false;
            var w = Text.TokenText(k);
            if (w is "and" or "or" || ClaimGrammar.IsInclusionWord(w)) return true;
        }
        return false;
    }

    /// <summary>Whether the words from <paramref name="from"/> to before <paramref name="to"/> (a passive's
    /// auxiliaries) modify the place right before them, the passive's subject: a name ("the Hotel Kalyna"), a
    /// prepositional phrase ("a hotel in central Kharkiv"), an adjective with its preposition ("a hotel popular with
    /// journalists"), a coordinated place ("two hotels and a bakery"), a relative clause ("the hotel where journalists
    /// stayed", "the hotel that housed the reporters") or a parenthesis between commas ("the bakery, the town's only
    /// one,"); not a verb of the place's own clause ("the hotel closed and the port was hit", "the hotel said the port
    /// was hit"; mend31b).</summary>
    bool IsSubjectModifiers(int from, int to, TopicRuleWords words)
    {
        if (to - from > 12 || HardBoundaryBetween(from - 1, to)) return false;
        // A parenthesis between commas, right after the place.
        if (MarkBetween(from - 1, from))
            return Gap(from - 1, from).Contains(',') && Gap(to - 1, to).Contains(',');
        var tokens = Text.Tokens;
        var opened = false; // inside a prepositional phrase or after a coordinator
        for (var t = from; t < to; t++)
        {
            if (t > from && MarkBetween(t - 1, t))
                // "a hotel in Kharkiv, which housed reporters, was hit": a parenthesis closing before the auxiliaries.
                return Gap(t - 1, t).Contains(',') && Gap(to - 1, to).Contains(',');
            var w = Text.TokenText(t);
            if (w is "where" or "that" or "which" or "who") return true; // a relative clause, to the verb
            if (char.IsUpper(Text.Text[tokens[t].Start])) continue;
            if (w is "and" or "or" || (ClaimGrammar.IsPreposition(w) && !ClaimGrammar.IsClauseWord(w)))
            {
                opened = true;
                continue;
            }
            if (ClaimGrammar.IsClauseWord(w) || ClaimGrammar.IsAuxiliary(w) || ClaimGrammar.IsBeForm(w)
                || ClaimGrammar.IsNegation(w)) return false;
            if (opened)
            {
                if (ClaimGrammar.IsEdForm(w) && !(t > from && ClaimGrammar.IsDeterminer(Text.TokenText(t - 1)))) return false;
                continue;
            }
            // "a hotel popular with journalists": an adjective right after the place, before its preposition.
            if (t != from || ClaimGrammar.IsEdForm(w) || t + 1 >= to || !ClaimGrammar.IsPreposition(Text.TokenText(t + 1)))
                return false;
        }
        return true;
    }

    /// <summary>Whether a match of the <paramref name="trigger"/>'s topic that is no cue (a strike word) starts at
    /// <paramref name="t"/>.</summary>
    bool IsStrikeWordAt(int t, in LexiconMatch trigger, LexiconPlan plan)
    {
        foreach (var m in Matches)
        {
            if (m.FirstToken > t) break;
            if (m.FirstToken == t && m.Lexicon == trigger.Lexicon && m.Category == trigger.Category
                && plan.CueRoleOf(m) != CueRole.Cue) return true;
        }
        return false;
    }

    /// <summary>Whether the <paramref name="cue"/> is the subject of the predicate at <paramref name="predicate"/> ("the
    /// Pentagon is in no hurry", "Pentagon officials are in no hurry", "the Pentagon, we are told, is in no hurry", "its
    /// generals are in no hurry"): the cue opens its noun phrase (no preposition before it and its determiners: not "the
    /// museum next to the Pentagon"); after it at most two nouns of its phrase, a reflexive, a parenthesis between commas
    /// and auxiliaries and adverbs, no negation (round 31, mended).</summary>
    bool IsPredicateSubject(in LexiconMatch cue, int predicate, TopicRuleWords words)
    {
        var tokens = Text.Tokens;
        var cueFirst = cue.FirstToken;
        var cueLast = cueFirst + cue.TokenCount - 1;
        if (cueLast >= predicate) return false;
        var sentence = tokens[cueFirst].Sentence;
        var b = cueFirst - 1;
        while (b >= 0 && tokens[b].Sentence == sentence && !MarkBetween(b, b + 1)
               && (ClaimGrammar.IsDeterminer(Text.TokenText(b)) || ClaimGrammar.IsPossessive(Text.TokenText(b)))) b--;
        if (b >= 0 && tokens[b].Sentence == sentence && !MarkBetween(b, b + 1)
            && (ClaimGrammar.IsPreposition(Text.TokenText(b)) || Text.TokenText(b) is "to")
            && !(words.SubjectHeadPrepositions.Contains(Text.TokenText(b)) && OpensClause(b - 1, sentence))) return false;
        var k = cueLast + 1;
        var nouns = 0;
        var resume = -1; // the word after the parenthesis's closing comma
        while (k < predicate)
        {
            if (k != resume && MarkBetween(k - 1, k))
            {
                // One parenthesis between commas ("the Pentagon, we are told, is"): up to six words to the next comma.
                if (resume >= 0 || !Gap(k - 1, k).Contains(',')) return false;
                // "the Pentagon, which is in no hurry to …": a relative clause whose predicate the trigger is (mend31b).
                if (Text.TokenText(k) is "which" or "who" && AuxiliariesTo(k + 1, predicate, words)) return true;
                var end = k;
                while (end < predicate && end < k + 6 && !MarkBetween(end, end + 1)) end++;
                if (end + 1 >= predicate || !Gap(end, end + 1).Contains(',')) return false;
                k = resume = end + 1;
                continue;
            }
            var w = Text.TokenText(k);
            if (ClaimGrammar.IsNegation(w)) return false;
            if (!(IsAuxiliaryOrAdverb(w) || w is "itself" or "themselves" || words.SubjectLinkingWords.Contains(w)))
            {
                if (resume >= 0 || k != cueLast + 1 + nouns || nouns >= 2 || !IsNounAfterHead(k, words)) return false;
                nouns++;
            }
            k++;
        }
        return true;
    }

    /// <summary>Whether the word at <paramref name="head"/> opens its clause, alone or after a determiner ("officials at
    /// the Pentagon", "the officials at the Pentagon"; mend31b).</summary>
    bool OpensClause(int head, int sentence)
    {
        var tokens = Text.Tokens;
        if (head < 0 || tokens[head].Sentence != sentence) return false;
        var before = head - 1;
        if (before >= 0 && tokens[before].Sentence == sentence && !MarkBetween(before, head)
            && ClaimGrammar.IsDeterminer(Text.TokenText(before))) before--;
        return ClaimGrammar.IsPreposition(Text.TokenText(head)) is false
               && (before < 0 || tokens[before].Sentence != sentence || MarkBetween(before, before + 1));
    }

    /// <summary>Whether only auxiliaries, adverbs and linking words stand from <paramref name="from"/> to before
    /// <paramref name="to"/> (mend31b).</summary>
    bool AuxiliariesTo(int from, int to, TopicRuleWords words)
    {
        for (var t = from; t < to; t++)
        {
            var w = Text.TokenText(t);
            if (MarkBetween(t - 1, t) || ClaimGrammar.IsNegation(w)
                || !(IsAuxiliaryOrAdverb(w) || words.SubjectLinkingWords.Contains(w))) return false;
        }
        return from < to;
    }

    /// <summary>Whether the noun at <paramref name="noun"/> is the object of one of the rule words'
    /// <see cref="RuleWordLists.ObjectVerbs"/>: the verb at most three words before it in its sentence, with nothing
    /// between but lower-case words and no clause mark ("opened a murder case", "build the case", "has never opened a
    /// single case"; not "in any case", "the case against sanctions", "opened fire, a case in point"; round 20).</summary>
    bool IsObjectOfVerb(int noun, TopicRuleWords words)
    {
        var tokens = Text.Tokens;
        var start = Text.Sentences[tokens[noun].Sentence].FirstToken;
        for (var t = noun - 1; t >= start && t >= noun - 3; t--)
        {
            if (HardBoundaryBetween(t, t + 1) || Text.Text.AsSpan(tokens[t].End, tokens[t + 1].Start - tokens[t].End).Contains(',')) return false;
            if (words.ObjectVerbs.Contains(Text.TokenText(t))) return true;
            if (char.IsUpper(Text.Text[tokens[t].Start])) return false;
        }
        return false;
    }

    /// <summary>Whether one of the rule words' <see cref="RuleWordLists.KeepVerbs"/> stands at most eight words before
    /// <paramref name="away"/> in its sentence with no clause mark or comma between ("keep its radar tracks of the
    /// missiles away from", "fought to keep intelligence away from"; round 26).</summary>
    bool IsKeptAway(int away, TopicRuleWords words)
    {
        var tokens = Text.Tokens;
        var start = Text.Sentences[tokens[away].Sentence].FirstToken;
        for (var t = away - 1; t >= start && t >= away - 8; t--)
        {
            if (HardBoundaryBetween(t, t + 1) || Text.Text.AsSpan(tokens[t].End, tokens[t + 1].Start - tokens[t].End).Contains(',')) return false;
            if (words.KeepVerbs.Contains(Text.TokenText(t))) return true;
        }
        return false;
    }

    /// <summary>Whether the verb at <paramref name="verb"/> is negated: <i>not</i>, <i>never</i> or a word in <i>n't</i> before
    /// it in its sentence, at most five words back, over auxiliaries, adverbs, <i>to</i> and the rule words'
    /// <see cref="RuleWordLists.NegationBridges"/> ("does not want to share", "not wanting to share", "won't hand over";
    /// not "has not said whether it will share").</summary>
    bool IsNegated(int verb, TopicRuleWords words)
    {
        var start = Text.Sentences[Text.Tokens[verb].Sentence].FirstToken;
        for (var t = verb - 1; t >= start && t >= verb - 5; t--)
        {
            var word = Text.TokenText(t);
            if (ClaimGrammar.IsNegation(word)) return true;
            if (word is not "to" && !ClaimGrammar.IsAuxiliary(word) && !words.NegationBridges.Contains(word)) return false;
        }
        return false;
    }

    /// <summary>Whether a topic's trigger is one word of <i>sanction</i> (<i>sanctions, sanctioned, sanctioning</i>: the rule
    /// words' <see cref="RuleWordLists.SanctionWords"/>): it pairs only with the court's own people as its cue
    /// (<see cref="IsCourtStaff"/>; docs/ANALYSIS.md, "Topics", round 19): "imposed sanctions on several of the court's
    /// judges", not "US officials announced sanctions on Moscow".</summary>
    bool IsSanction(in LexiconMatch trigger, TopicRuleWords words) =>
        trigger.TokenCount == 1 && words.SanctionWords.Contains(Text.TokenText(trigger.FirstToken));

    /// <summary>Whether a topic's cue names a court's own people — <i>the court's officials</i>, <i>its judges</i>, <i>ICC
    /// staff</i>, <i>judges of the court</i> — which are a cue only of sanctions (<see cref="IsSanction"/>): "the quality
    /// of its judges and … its jurisdiction", "a vote on the court's judges … anyone the court names" say nothing of
    /// the court's reach over Americans. The words are the rule words' <see cref="RuleWordLists.CourtStaff"/> after
    /// <see cref="RuleWordLists.CourtStaffOwners"/> or before <see cref="RuleWordLists.CourtNames"/>.</summary>
    bool IsCourtStaff(in LexiconMatch cue, TopicRuleWords words)
    {
        if (cue.TokenCount < 2) return false;
        var head = Text.TokenText(cue.FirstToken);
        var tail = Text.TokenText(cue.FirstToken + cue.TokenCount - 1);
        return (words.CourtStaffOwners.Contains(head) && words.CourtStaff.Contains(tail))
            || (words.CourtStaff.Contains(head) && words.CourtNames.Contains(tail));
    }

    /// <summary>Whether a topic's cue names a court itself — its last word one of the rule words'
    /// <see cref="RuleWordLists.CourtNames"/> (<i>court</i>, <i>the International Criminal Court</i>, <i>ICC</i>), not its
    /// people (<see cref="IsCourtStaff"/>): such a cue is a cue only of a sanction on it (<see cref="IsSanctionedCourt"/>;
    /// round 23).</summary>
    bool IsCourtItself(in LexiconMatch cue, TopicRuleWords words) =>
        words.CourtNames.Contains(Text.TokenText(cue.FirstToken + cue.TokenCount - 1)) && !IsCourtStaff(cue, words);

    /// <summary>
    /// Whether a court's name is what the sanction ending at <paramref name="last"/> falls on (round 23): after it in
    /// the sentence, the words between opening with <i>on</i> or <i>against</i> and, after that, at most five lower-case
    /// words ("sanctions on the International Criminal Court", "sanctions on the war crimes court in The Hague", "on
    /// officials of the International Criminal Court", "on the leadership of this so-called court"; not "sanctions on
    /// Moscow … the court", nor a court named before the sanction: "the court … sanctions on Russia").
    /// </summary>
    bool IsSanctionedCourt(in LexiconMatch cue, int last)
    {
        var tokens = Text.Tokens;
        var on = last + 1;
        if (cue.FirstToken <= on || cue.FirstToken - on > 6 || tokens[cue.FirstToken].Sentence != tokens[last].Sentence
            || Text.TokenText(on) is not ("on" or "against")) return false;
        for (var t = on + 1; t < cue.FirstToken; t++)
            if (char.IsUpper(Text.Text[tokens[t].Start]) || HardBoundaryBetween(t - 1, t)) return false;
        return !HardBoundaryBetween(cue.FirstToken - 1, cue.FirstToken);
    }

    /// <summary>Whether a trigger is a one-word sanction of a topic with sanction triggers, which may pair with the court
    /// it falls on even in a text with no cue of its topic (<see cref="SanctionedCourtWord"/>).</summary>
    internal bool IsTopicSanction(in LexiconMatch trigger, LexiconPlan plan) =>
        plan.IsTopics && plan.SanctionTopic[trigger.Category] && IsSanction(trigger, plan.TopicWords);

    /// <summary>
    /// For a one-word sanction of a topic with sanction triggers (<see cref="LexiconPlan.SanctionTopic"/>) that found no
    /// cue, the match of the trigger's topic whose last word is a court's name (rule words <c>court_names</c>) that the
    /// sanction falls on, or -1 (docs/ANALYSIS.md, "Topics", round 24): after it, over <i>on</i> or <i>against</i> and at
    /// most five lower-case words ("slapped sanctions on the very court", "sanctions on the leadership of this so-called
    /// court"); before it, as the object of a relative clause with its own subject ("a court which Washington itself
    /// sanctions", "the same court which the American administration itself has placed under sanctions") or of
    /// <i>under sanctions</i> at most two words on ("have placed the same court under sanctions"). One sentence, one
    /// voice. After the sanction the court heads the object: no comma, no preposition but <i>of</i>, no clause word or
    /// auxiliary between (not "sanctions on the firm, a federal court said", "sanctions against the company in a district
    /// court"); <i>under sanctions</i> ends its noun phrase (not "the court under sanctions review"). Not "the court, which
    /// imposed sanctions on …" (the court is the clause's subject), nor "sanctions on Moscow … the court". Limit: a relative
    /// clause with a verb of its own before the sanction ("the tribunal that The Hague hosts sanctions …") still pairs.
    /// </summary>
    int SanctionedCourtWord(int index, LexiconPlan plan)
    {
        var trigger = Matches[index];
        if (!IsTopicSanction(trigger, plan)) return -1;
        var words = plan.TopicWords;
        var tokens = Text.Tokens;
        var s = trigger.FirstToken;
        bool Same(int t) => t >= 0 && t < Text.Tokens.Length && Text.Tokens[t].Sentence == Text.Tokens[s].Sentence
                            && Text.Tokens[t].Voice == Text.Tokens[s].Voice;
        bool IsCourt(int t) => words.CourtNames.Contains(Text.TokenText(t));
        var court = -1;
        if (Same(s + 1) && Text.TokenText(s + 1) is "on" or "against")
        {
            // The court heads the object of on/against: no comma, no preposition but "of", no clause word or
            // auxiliary on the way ("sanctions on the firm, a federal court said", "sanctions against the company in a
            // district court", "sanctions on the club that the court overturned" name another court's act).
            for (var t = s + 2; t <= s + 7 && Same(t) && CommasBetween(t - 1, t) == 0; t++)
            {
                if (IsCourt(t)) { court = t; break; }
                var word = Text.TokenText(t);
                if (char.IsUpper(Text.Text[tokens[t].Start]) || (ClaimGrammar.IsPreposition(word) && word is not "of")
                    || ClaimGrammar.IsClauseWord(word) || ClaimGrammar.IsAuxiliary(word)) break;
            }
        }
        else
        {
            // "under sanctions" ends its noun phrase ("placed the same court under sanctions"; not "the court under
            // sanctions review").
            if (Same(s - 1) && Text.TokenText(s - 1) is "under" && EndsNounPhrase(s))
                for (var t = s - 2; t >= s - 4 && Same(t) && !HardBoundaryBetween(t, t + 1); t--)
                    if (IsCourt(t)) { court = t; break; }
            for (var t = s - 1; court < 0 && t >= s - 12 && Same(t - 1) && !HardBoundaryBetween(t, t + 1); t--)
            {
                if (Text.TokenText(t) is not ("which" or "that")) continue;
                // The clause has a subject of its own ("which Washington …", "that the administration …"), so the court is its object.
                if (IsCourt(t - 1) && !HardBoundaryBetween(t - 1, t) && t + 1 < s && Text.TokenText(t + 1) is var next
                    && (ClaimGrammar.IsDeterminer(next) || next is "it" or "they" or "we" or "he" or "she" || char.IsUpper(Text.Text[tokens[t + 1].Start])))
                    court = t - 1;
                break;
            }
        }
        if (court < 0) return -1;
        for (var j = 0; j < Matches.Count; j++)
        {
            var m = Matches[j];
            if (m.FirstToken > court) break;
            if (m.Lexicon == trigger.Lexicon && m.Category == trigger.Category && m.FirstToken + m.TokenCount - 1 == court) return j;
        }
        return -1;
    }

    /// <summary>Whether token <paramref name="t"/> ends its noun phrase: the sentence, the voice or the clause ends after it,
    /// or a preposition, clause word, auxiliary or conjunction follows.</summary>
    bool EndsNounPhrase(int t)
    {
        var next = t + 1;
        if (next >= Text.Tokens.Length || Text.Tokens[next].Sentence != Text.Tokens[t].Sentence
            || Text.Tokens[next].Voice != Text.Tokens[t].Voice || CommasBetween(t, next) != 0) return true;
        var word = Text.TokenText(next);
        return ClaimGrammar.IsPreposition(word) || ClaimGrammar.IsClauseWord(word) || ClaimGrammar.IsAuxiliary(word)
               || word is "and" or "or" or "but";
    }

    /// <summary>Whether a court's-people cue names its court: <i>its officials, its judges, its staff</i> only with a court
    /// (<i>court, court's, tribunal, ICC, Hague</i>: <see cref="RuleWordLists.CourtNames"/>) in their sentence or the one
    /// before ("a member of the court, has sanctioned its officials"; not "The ministry sanctioned its officials for taking
    /// bribes").</summary>
    bool NamesItsCourt(in LexiconMatch cue, TopicRuleWords words)
    {
        if (Text.TokenText(cue.FirstToken) is not "its") return true;
        var tokens = Text.Tokens;
        var sentence = tokens[cue.FirstToken].Sentence;
        var from = Text.Sentences[Math.Max(0, sentence - 1)].FirstToken;
        for (var t = from; t < tokens.Length && tokens[t].Sentence <= sentence; t++)
            if (words.CourtNames.Contains(Text.TokenText(t))) return true;
        return false;
    }

    /// <summary>Whether <i>wanted</i> at <paramref name="verb"/> is the passive of a pursuit — followed by <i>by, over, for</i>
    /// or after a form of <i>be</i> ("wanted by the International Criminal Court", "who is wanted over the deportation of
    /// children"): then it pairs as any trigger does, with its agent after it too.</summary>
    bool IsWantedBy(int verb)
    {
        if (Text.TokenText(verb) is not "wanted") return false;
        var next = verb + 1;
        if (next < Text.Tokens.Length && Text.Tokens[next].Sentence == Text.Tokens[verb].Sentence
            && Text.TokenText(next) is "by" or "over" or "for") return true;
        return IsPassiveParticiple(verb);
    }

    /// <summary>Whether the gap between two tokens holds a mark that ends a phrase: a comma, semicolon, colon, dash,
    /// parenthesis or quotation mark.</summary>
    bool MarkBetween(int before, int after) => Gap(before, after).ContainsAny(",;:—–()\"“”");

    /// <summary>Whether a verb at <paramref name="verb"/> has an object and then <i>to</i> within its clause, at most four
    /// words on ("want the Defense Department to share", "want Austin to explain"): not "want to hand" (an intention),
    /// "wants a deal with him" or "wanted, they said, to …".</summary>
    bool WantsSomeoneTo(int verb)
    {
        var tokens = Text.Tokens;
        for (var t = verb + 1; t <= verb + 5 && t < tokens.Length && tokens[t].Sentence == tokens[verb].Sentence; t++)
        {
            if (MarkBetween(t - 1, t)) return false;
            if (Text.TokenText(t) is "to") return t > verb + 1;
        }
        return false;
    }

    /// <summary>
    /// Whether the <paramref name="cue"/> before a verb at <paramref name="verb"/> wants a sanction (round 30; mended after
    /// two reviews): a word of the rule words' <see cref="RuleWordLists.SanctionWords"/> heads the verb's object, or is
    /// the participle of a small clause after its object, within four words of its own clause ("senators want sanctions
    /// on three officers", "want new sanctions", "want them sanctioned") — a demand for the measure, as "want the
    /// Treasury to sanction them" is. The cue is the verb's subject (<see cref="IsWantSubject"/>); <i>wanted</i> after a
    /// determiner other than the relative <i>that</i> is an adjective ("the wanted men"). Not past a clause word, a
    /// preposition (<i>to</i> among them) or a mark ("want to sanction", "want answers before sanctions", "a briefing on
    /// sanctions", "want answers, and sanctions"), nor under <i>no, fewer</i> or past <i>until</i>; not a sanction word
    /// that modifies a noun after it (<see cref="IsNounAfterHead"/>: "a sanctions waiver", "the sanctions regime
    /// tightened" — what is wanted is the regime changed) or is itself a modifier after a determiner ("the sanctioned
    /// firms"); not with a participle of <see cref="RuleWordLists.SanctionReversals"/> (or of
    /// <see cref="RuleWordLists.PhrasalSanctionReversals"/> before <i>back, out</i>) anywhere after it in its clause, up
    /// to a mark, <i>to</i>, a clause word or an adverbial clause's <i>before, after, since, until</i> ("want sanctions
    /// lifted", "want the sanctions on the three port operators rescinded"; not "want sanctions imposed before the
    /// ceasefire ended").
    /// </summary>
    bool WantsASanction(in LexiconMatch cue, int verb, TopicRuleWords words)
    {
        var tokens = Text.Tokens;
        var sentence = tokens[verb].Sentence;
        // After a determiner a form of want is no verb ("the wanted men"); "that" before it is a relative pronoun.
        if (verb > 0 && Text.TokenText(verb - 1) is var before && before is not "that" && ClaimGrammar.IsDeterminer(before)
            && !IsFloatingQuantifier(cue, verb - 1)) return false;
        if (!IsWantSubject(cue, verb)) return false;
        var sanction = -1;
        for (var t = verb + 1; t <= verb + 4 && t < tokens.Length && tokens[t].Sentence == sentence; t++)
        {
            if (MarkBetween(t - 1, t)) return false;
            var word = Text.TokenText(t);
            if (words.SanctionWords.Contains(word)) { sanction = t; break; }
            if (word is "no" or "fewer" or "until" || ClaimGrammar.IsClauseWord(word) || ClaimGrammar.IsPreposition(word)) return false;
        }
        if (sanction < 0) return false;
        var participle = ClaimGrammar.IsEdForm(Text.TokenText(sanction));
        if (participle && ClaimGrammar.IsDeterminer(Text.TokenText(sanction - 1))) return false;
        var head = sanction + 1;
        if (head < tokens.Length && tokens[head].Sentence == sentence && !participle
            && !MarkBetween(sanction, head) && IsNounAfterHead(head, words)) return false;
        for (var t = sanction + 1; t < tokens.Length && tokens[t].Sentence == sentence; t++)
        {
            if (MarkBetween(t - 1, t)) break;
            var word = Text.TokenText(t);
            if (word is "to" or "before" or "after" or "since" or "until" || ClaimGrammar.IsClauseWord(word)) break;
            if (words.SanctionReversals.Contains(word)) return false;
            if (words.PhrasalSanctionReversals.Contains(word) && t + 1 < tokens.Length && Text.TokenText(t + 1) is "back" or "out") return false;
        }
        return true;
    }

    /// <summary>Whether the <paramref name="cue"/> is the subject of a want at <paramref name="verb"/>: between them only
    /// auxiliaries, adverbs, a relative <i>who, that</i>, a floating quantifier (<i>all, both, each</i>: "senators all
    /// want"), a closed phrase of <i>of, from, in</i> and a noun phrase ("senators from both parties want") and an
    /// appositive of names between commas ("two senators, Smith and Jones, want"); no negation, and no other verb ("a
    /// senator said voters want").</summary>
    bool IsWantSubject(in LexiconMatch cue, int verb)
    {
        var tokens = Text.Tokens;
        var text = Text.Text.AsSpan();
        var t = cue.FirstToken + cue.TokenCount;
        // An appositive of names, numbers, determiners and "and" between two commas right after the cue.
        if (t < verb && Gap(t - 1, t).Contains(','))
        {
            var end = t;
            while (end < verb && !Gap(end, end + 1).Contains(','))
            {
                var word = Text.TokenText(end);
                if (!(char.IsUpper(text[tokens[end].Start]) || word is "and" || ClaimGrammar.IsDeterminer(word)
                      || ClaimGrammar.IsNumberWord(word) || (tokens[end].Flags & TokenFlags.Numeric) != 0)) return false;
                end++;
            }
            if (end >= verb || end - t > 5) return false;
            t = end + 1;
        }
        for (; t < verb; t++)
        {
            if (MarkBetween(t - 1, t)) return false;
            var between = Text.TokenText(t);
            if (ClaimGrammar.IsNegation(between)) return false;
            if (IsAuxiliaryOrAdverb(between) || between is "who" or "that" || IsFloatingQuantifier(cue, t)) continue;
            if (between is not ("of" or "from" or "in")) return false;
            // A closed prepositional phrase: determiners, numbers and nouns, up to four words, then the verb or an adverb.
            var end = t + 1;
            while (end < verb && end <= t + 4 && (ClaimGrammar.IsDeterminer(Text.TokenText(end)) || IsPhraseNoun(end))) end++;
            if (end == t + 1) return false;
            t = end - 1;
        }
        return true;
    }

    /// <summary>Whether <i>all, both, each</i> at <paramref name="t"/> floats after the cue, before its verb ("senators all
    /// want", "the senators both want").</summary>
    bool IsFloatingQuantifier(in LexiconMatch cue, int t) =>
        t >= cue.FirstToken + cue.TokenCount && Text.TokenText(t) is "all" or "both" or "each";

    /// <summary>Whether the word at <paramref name="t"/> may be a noun or a modifier inside a prepositional phrase: a
    /// number, a name or a lower-case word that is no clause word, auxiliary, adverb, preposition, negation or
    /// <i>-ed</i> form.</summary>
    bool IsPhraseNoun(int t)
    {
        var word = Text.TokenText(t);
        return (Text.Tokens[t].Flags & TokenFlags.Numeric) != 0 || char.IsUpper(Text.Text[Text.Tokens[t].Start])
               || !(ClaimGrammar.IsClauseWord(word) || IsAuxiliaryOrAdverb(word) || ClaimGrammar.IsPreposition(word)
                    || ClaimGrammar.IsNegation(word) || ClaimGrammar.IsEdForm(word));
    }

    /// <summary>Whether the word at <paramref name="t"/>, right after a noun, continues its noun phrase as the phrase's
    /// head ("a sanctions waiver", "sanctions relief"): a lower-case word that is no preposition, clause word, auxiliary,
    /// adverb (nor <i>fast, right</i> or a day: "want sanctions fast", "yesterday"), stopword, <i>-ed</i> or <i>-ing</i>
    /// form or irregular participle of the rule words' <see cref="RuleWordLists.IrregularParticiples"/> ("want sanctions
    /// made permanent", "sanctions penalising the firms").</summary>
    bool IsNounAfterHead(int t, TopicRuleWords words)
    {
        var word = Text.TokenText(t);
        return !char.IsUpper(Text.Text[Text.Tokens[t].Start]) && (Text.Tokens[t].Flags & TokenFlags.Numeric) == 0
               && !ClaimGrammar.IsPreposition(word) && !ClaimGrammar.IsClauseWord(word) && !IsAuxiliaryOrAdverb(word)
               && !ClaimGrammar.IsStopword(word) && !ClaimGrammar.IsEdForm(word) && !(word.Length > 4 && word.EndsWith("ing"))
               && !words.IrregularParticiples.Contains(word) && !AttributionScorer.IsCalendar(word) && word is not ("fast" or "right");
    }

    /// <summary>Whether a cue is <i>representative(s)</i> other than as a member of Congress's title before a name
    /// ("Representative Michael Turner"): "representatives of international organisations", "Britain's
    /// representative", "the official representative of the ministry" name nobody in Congress (round 17).</summary>
    bool IsUntitledRepresentative(in LexiconMatch cue, TopicRuleWords words)
    {
        if (cue.TokenCount != 1 || !words.Titles.Contains(Text.TokenText(cue.FirstToken))) return false;
        var tokens = Text.Tokens;
        var next = cue.FirstToken + 1;
        return !char.IsUpper(Text.Text[tokens[cue.FirstToken].Start]) || next >= tokens.Length
            || tokens[next].Sentence != tokens[cue.FirstToken].Sentence || !char.IsUpper(Text.Text[tokens[next].Start]);
    }

    /// <summary>Whether the word at <paramref name="token"/> follows a form of <i>be</i> (over one <i>-ly</i> adverb) and so is
    /// a passive participle, however it ends: "a market was hit by cluster shells", "was badly shot by" (round 17).</summary>
    bool IsPassiveParticiple(int token)
    {
        var start = Text.Sentences[Text.Tokens[token].Sentence].FirstToken;
        var t = token - 1;
        if (t > start && Text.TokenText(t).EndsWith("ly", StringComparison.Ordinal)) t--;
        return t >= start && ClaimGrammar.IsBeForm(Text.TokenText(t));
    }

    /// <summary>
    /// Whether a topic's cue is the addressee of its trigger, a verb of request, and so not its agent (docs/ANALYSIS.md,
    /// "Topics", round 17): the cue is the verb's object — right after it, or after a determiner and capitalised
    /// modifiers ("asked Congress to approve", "urged the United States Congress") — or the subject of its passive
    /// ("Congress should then be asked"). The agent of a passive stays one ("the Pentagon is being asked by senators").
    /// </summary>
    bool IsAddresseeOf(in LexiconMatch cue, int first, int last, TopicRuleWords words)
    {
        if (!words.RequestVerbs.Contains(Text.TokenText(first))) return false;
        var cueFirst = cue.FirstToken;
        if (cueFirst > last)
        {
            // The object's noun phrase: a determiner and capitalised modifiers before the cue ("the Continental Congress").
            if (cueFirst - last > 4) return false;
            for (var t = last + 1; t < cueFirst; t++)
                if (!ClaimGrammar.IsDeterminer(Text.TokenText(t)) && !char.IsUpper(Text.Text[Text.Tokens[t].Start])) return false;
            return true;
        }
        return first > 0 && Text.TokenText(first).EndsWith("ed", StringComparison.Ordinal)
            && Text.TokenText(first - 1) is "is" or "are" or "was" or "were" or "be" or "been" or "being";
    }

    /// <summary>
    /// Whether a topic's cue is what a verb of taking at <paramref name="verb"/> takes (verbs of taking, moving and
    /// adopting — <i>take, took, taken, move, moved, adopt</i> …, the rule words' <see cref="RuleWordLists.TakingVerbs"/> —
    /// say nothing of a topic by themselves: "take part", "taken to hospital", "adopted a resolution"; as a topic's
    /// trigger one pairs only with what it takes; docs/ANALYSIS.md, "Topics", round 18): its object, right after it or
    /// after determiners, numbers, quantities and capitalised modifiers ("accused Russia of taking children", "they did
    /// take children", "moved dozens of children", "took in a teenage boy"; never after <i>adopted</i>, as often a modifier:
    /// "the adopted son"), or the subject of passive <i>taken</i> or <i>adopted</i> right before it, over <i>who, that</i>
    /// and forms of <i>be</i> and <i>have</i> ("the children who were taken", "whose children are taken").
    /// </summary>
    bool IsTakenBy(in LexiconMatch cue, int verb, TopicRuleWords words)
    {
        var cueFirst = cue.FirstToken;
        if (cueFirst > verb)
        {
            // "adopted" before a noun is as often its modifier ("the adopted son") as a verb with its object.
            if (cueFirst - verb > 5 || words.ModifierParticiples.Contains(Text.TokenText(verb))) return false;
            var t = verb + 1;
            if (Text.TokenText(t) is "in") t++; // "took in three children"
            for (; t < cueFirst; t++)
            {
                var word = Text.TokenText(t);
                if (!ClaimGrammar.IsDeterminer(word) && !ClaimGrammar.IsNumberWord(word) && !IsFigure(word)
                    && !words.TakenObjectWords.Contains(word) && !char.IsUpper(Text.Text[Text.Tokens[t].Start])) return false;
            }
            return true;
        }
        if (!words.PassiveTakingVerbs.Contains(Text.TokenText(verb)) || !EndsTakenClause(verb, words)) return false;
        var sawBe = false;
        for (var t = cueFirst + cue.TokenCount; t < verb; t++)
        {
            var word = Text.TokenText(t);
            if (ClaimGrammar.IsBeForm(word)) sawBe = true;
            else if (word is not ("who" or "that" or "which" or "have" or "has" or "had")) return false;
        }
        return sawBe;
    }

    /// <summary>Whether a passive participle at <paramref name="verb"/> ends its clause or goes on with a removal
    /// (<i>there, away, from, across, abroad, by</i>) or the verb of the clause around it: "the children who were taken
    /// do not wait", not "the child was taken to hospital" (a destination says where; "taken to Russia" is its own
    /// entry).</summary>
    bool EndsTakenClause(int verb, TopicRuleWords words)
    {
        var tokens = Text.Tokens;
        var next = verb + 1;
        if (next >= tokens.Length || tokens[next].Sentence != tokens[verb].Sentence) return true;
        if (Text.Text.AsSpan(tokens[verb].End, tokens[next].Start - tokens[verb].End).ContainsAny(",;:—–)\"”")) return true;
        var word = Text.TokenText(next);
        return words.RemovalWords.Contains(word) || ClaimGrammar.IsAuxiliary(word);
    }

    /// <summary>Whether a word is a figure: digits, with commas or points between ("140", "20,000"; not "10-year-old").</summary>
    static bool IsFigure(ReadOnlySpan<char> word) => word.Length > 0 && char.IsAsciiDigit(word[0]) && !word.ContainsAnyExcept("0123456789,.");

    /// <summary>Whether a cue and a trigger of <paramref name="plan"/> may pair across their voices: the same voice, or
    /// for a topic the outlet's and a quotation's in one sentence ("the prosecutor's office said it was “gathering
    /// information”": the article scope counts both).</summary>
    static bool SameVoiceFor(LexiconPlan plan, Voice a, Voice b) =>
        a == b || (plan.IsTopics && a is Voice.Outlet or Voice.Quotation && b is Voice.Outlet or Voice.Quotation);

    /// <summary>Most tokens between a topic trigger and the pronoun before it that stands for the trigger's cue.</summary>
    internal const int PronounReach = 4;

    /// <summary>Most tokens before a pronoun that continues the previous sentence's subject ("In 2023 it …").</summary>
    const int SentenceOpening = 3;

    /// <summary>
    /// A topic's cue that a pronoun before its trigger stands for, or -1 (docs/ANALYSIS.md, "Topics", round 16). The
    /// pronoun is the trigger's subject — <i>it</i> or <i>they</i> with nothing between but auxiliaries, negation and
    /// adverbs ("In 2023 it fought …, precisely because it feared the precedent", "that they had pressed the
    /// administration") — or its possessor — <i>its</i> or <i>their</i> before the trigger or before the one or two
    /// words of the trigger's subject ("Its lawyers spent months blocking …", "has not withdrawn its objections"), at
    /// most <see cref="PronounReach"/> tokens before it, no clause mark but commas between. The cue it stands for is
    /// the subject of the sentence the pronoun continues: the cue that opens the trigger's sentence or the one before
    /// ("The Pentagon has been at least consistent. In 2023 it …"; "Senators Dick Durbin and Lindsey Graham said …
    /// that they had pressed …"), of the trigger's topic, in its voice, and of its number (<i>it, its</i> a singular
    /// cue, <i>they, their</i> a plural one, ending in <i>-s</i>: "senators", "the Joint Chiefs"; "Congress", "the
    /// Pentagon's" are singular).
    /// </summary>
    int AntecedentCueOf(int index, LexiconPlan plan)
    {
        var trigger = Matches[index];
        var first = trigger.FirstToken;
        var tokens = Text.Tokens;
        var sentence = tokens[first].Sentence;
        var start = Text.Sentences[sentence].FirstToken;
        int pronoun = -1, words = 0;
        var plural = false;
        for (var t = first - 1; t >= start && t >= first - PronounReach; t--)
        {
            var word = Text.TokenText(t);
            if (word is "it" or "they" or "its" or "their")
            {
                // A subject pronoun needs its verb right after it (over auxiliaries and adverbs); a possessive, the
                // subject's noun (one or two words) or the trigger itself.
                if (word is "it" or "they" ? words > 0 : words > 2) return -1;
                (pronoun, plural) = (t, word is "they" or "their");
                break;
            }
            if (IsAuxiliaryOrAdverb(word)) continue;
            if (++words > 2) return -1;
        }
        if (pronoun < 0 || tokens[pronoun].Voice != tokens[first].Voice || HardBoundaryBetween(pronoun, first)) return -1;
        // A pronoun that continues the sentence before stands near its sentence's start ("In 2023 it fought …, because
        // it feared"): after a subject of its own ("Yesterday the embassy said it opposed …") it is that subject.
        var opening = start + SentenceOpening;
        for (var t = start; t < pronoun && t <= opening; t++)
            if (Text.TokenText(t) is var w && (plural ? w is "they" or "their" : w is "it" or "its"))
            {
                opening = int.MaxValue;
                break;
            }
        var continuesPrevious = opening == int.MaxValue || pronoun <= opening;
        for (var j = index - 1; j >= 0; j--)
        {
            var m = Matches[j];
            if (m.FirstToken >= pronoun) continue;
            var cueSentence = tokens[m.FirstToken].Sentence;
            if (cueSentence < sentence - 1 || (cueSentence < sentence && !continuesPrevious)) return -1;
            if (m.Lexicon != trigger.Lexicon || m.Category != trigger.Category || plan.CueRoleOf(m) != CueRole.Cue) continue;
            // The subject that opens its sentence (after one word: "The Pentagon", "Senators …"; round 24: or after a
            // determiner and at most two capitalised modifiers: "The American senators", "Several Republican senators").
            if (!OpensItsSentence(m.FirstToken, Text.Sentences[cueSentence].FirstToken)) continue;
            if (tokens[m.FirstToken].Voice != tokens[first].Voice) return -1;
            return IsPluralCue(m) == plural ? j : -1;
        }
        return -1;
    }

    /// <summary>
    /// Whether a cue starting at token <paramref name="cue"/> opens the sentence starting at <paramref name="start"/>:
    /// right at its start or after one word ("The Pentagon", "Senators …"), or after a determiner and at most two
    /// capitalised modifiers of the noun ("The American senators", "Several Republican senators"; docs/ANALYSIS.md,
    /// "Topics", round 24).
    /// </summary>
    bool OpensItsSentence(int cue, int start)
    {
        if (cue - start <= 1) return true;
        if (cue - start > 3 || !ClaimGrammar.IsDeterminer(Text.TokenText(start))) return false;
        for (var t = start + 1; t < cue; t++)
            if (!char.IsUpper(Text.Text[Text.Tokens[t].Start]) || HardBoundaryBetween(t, t + 1)) return false;
        return true;
    }

    /// <summary>Most tokens between a topic's cue and its trigger when a relative clause between them is set off by commas.</summary>
    internal const int SubjectReach = 40;

    /// <summary>
    /// A topic's cue that is its trigger's subject across a relative clause, or -1 (docs/ANALYSIS.md, "Topics", round
    /// 16): the cue is followed by a comma and <i>which, who</i> or <i>whose</i>, and the trigger is the predicate after the
    /// clause's closing comma — right after it, or over auxiliaries and adverbs ("Congress, which in 2002 passed a law
    /// authorising the president to use “all means necessary” to free any American detained by the court, amended its
    /// own restrictions"); at most <see cref="SubjectReach"/> tokens, one sentence, one voice, no clause mark but commas.
    /// </summary>
    int SubjectCueOf(int index, LexiconPlan plan)
    {
        var trigger = Matches[index];
        var first = trigger.FirstToken;
        var tokens = Text.Tokens;
        var text = Text.Text.AsSpan();
        // The trigger opens the predicate after a comma: over auxiliaries and adverbs, a comma right before.
        var t = first - 1;
        while (t >= 0 && tokens[t].Sentence == tokens[first].Sentence && IsAuxiliaryOrAdverb(Text.TokenText(t))
               && text[tokens[t].End..tokens[t + 1].Start].IndexOf(',') < 0) t--;
        if (t < 0 || tokens[t].Sentence != tokens[first].Sentence || text[tokens[t].End..tokens[t + 1].Start].IndexOf(',') < 0) return -1;
        for (var j = index - 1; j >= 0 && Matches[j].FirstToken >= first - SubjectReach; j--)
        {
            var m = Matches[j];
            if (m.Lexicon != trigger.Lexicon || m.Category != trigger.Category || plan.CueRoleOf(m) != CueRole.Cue) continue;
            var next = m.FirstToken + m.TokenCount;
            if (next >= t || Text.TokenText(next) is not ("which" or "who" or "whose")
                || text[tokens[next - 1].End..tokens[next].Start].IndexOf(',') < 0) continue;
            if (tokens[m.FirstToken].Voice != tokens[first].Voice || HardBoundaryBetween(m.FirstToken, first)) return -1;
            return j;
        }
        return -1;
    }

    /// <summary>Whether a word may stand between a subject pronoun and its verb: an auxiliary, a negation or an adverb
    /// (<see cref="ClaimGrammar.IsAuxiliary"/>), or one of a few time adverbs that class leaves out.</summary>
    static bool IsAuxiliaryOrAdverb(ReadOnlySpan<char> word) =>
        ClaimGrammar.IsAuxiliary(word) || word is "always" or "first" or "soon";

    /// <summary>Whether a cue's last word is a plural noun: it ends in <i>s</i>, not in <i>ss</i> or <i>'s</i>.</summary>
    bool IsPluralCue(in LexiconMatch cue)
    {
        var word = Text.TokenText(cue.FirstToken + cue.TokenCount - 1);
        return word.Length > 2 && word[^1] == 's' && word[^2] is not ('s' or '\'');
    }

    /// <summary>The scare quote that holds tokens [first, last] (<see cref="AnalyzedText.ScareQuotes"/>), if any.</summary>
    internal TextSpan? ScareQuoteAround(int first, int last)
    {
        var quotes = Text.ScareQuotes;
        if (quotes.Count == 0) return null;
        var start = Text.Tokens[first].Start;
        var end = Text.Tokens[last].End;
        int lo = 0, hi = quotes.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (quotes[mid].End <= start) lo = mid + 1;
            else hi = mid;
        }
        return lo < quotes.Count && quotes[lo].Start < start && end < quotes[lo].End ? quotes[lo] : null;
    }

    /// <summary>
    /// Whether a sentence is in title case (headlines, cross-heads), so that capitals there do not mark names: at least
    /// 4 words, at least 3 of them content words (not function words), and at most one in ten content words in lower
    /// case. A sentence full of names still has lower-case verbs and nouns ("Ukrainian President Volodymyr Zelensky
    /// accused Russia of genocide"); a title-case line has none. Computed on first use per sentence.
    /// </summary>
    internal bool IsTitleCase(int sentence)
    {
        if (_titleCase is null)
        {
            _titleCase = ArrayPool<sbyte>.Shared.Rent(Math.Max(1, Text.Sentences.Length));
            _titleCase.AsSpan(0, Text.Sentences.Length).Clear();
        }
        if (_titleCase[sentence] == 0)
        {
            var tokens = Text.Tokens;
            var s = Text.Sentences[sentence];
            int words = 0, content = 0, lowerContent = 0;
            for (var t = s.FirstToken; t < s.FirstToken + s.TokenCount; t++)
            {
                if ((tokens[t].Flags & TokenFlags.Numeric) != 0) continue;
                words++;
                if ((tokens[t].Flags & TokenFlags.Capitalized) != 0) content++; // capitalised function words count too
                else if (!IsStopword(Text.TokenText(t)))
                {
                    content++;
                    // Content can be at most the sentence's token count: past a tenth of it in lower case, the
                    // answer is settled (most sentences, after a few words).
                    if (++lowerContent * 10 > s.TokenCount) break;
                }
            }
            _titleCase[sentence] = words >= 4 && content >= 3 && lowerContent * 10 <= content ? (sbyte)1 : (sbyte)-1;
        }
        return _titleCase[sentence] > 0;
    }

    // Shapes (first letter, last letter, length) of the stopwords: most content words are rejected by one bit test
    // before any hashing.
    static readonly WordShapeFilter StopwordShapes = new(EnglishStopwords.Words);

    // The stopwords in the matcher's kind of table (one slot read per look-up; exact, ordinal): the function words
    // that pass the shape test are most of those the scorers ask about, and the frozen set's look-up cost three times
    // as much.
    static readonly WordTable StopwordTable = new([.. EnglishStopwords.Words]);

    /// <summary>Whether a lower-case word is one of <see cref="EnglishStopwords"/> (a shape test first).</summary>
    internal static bool IsStopword(ReadOnlySpan<char> word) => StopwordShapes.MayContain(word) && StopwordTable.Find(word) >= 0;

    /// <summary>
    /// Clause numbers of the tokens of one sentence, on first use (most sentences have no claim or attribution to
    /// ask about): a clause mark between two tokens starts a new clause. Numbers are comparable within the sentence.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    void EnsureClauses(int sentence)
    {
        var tokens = Text.Tokens;
        if (_clauses is null)
        {
            _clauses = ArrayPool<int>.Shared.Rent(Math.Max(1, tokens.Length));
            _hardClauses = ArrayPool<int>.Shared.Rent(Math.Max(1, tokens.Length));
            _clausesDone = ArrayPool<bool>.Shared.Rent(Math.Max(1, Text.Sentences.Length));
            _clausesDone.AsSpan(0, Text.Sentences.Length).Clear();
        }
        if (_clausesDone![sentence]) return;
        _clausesDone[sentence] = true;

        var text = Text.Text.AsSpan();
        var first = Text.Sentences[sentence].FirstToken;
        var end = first + Text.Sentences[sentence].TokenCount;
        var last = tokens[end - 1].Start;
        int clause = 0, hard = 0;
        // Next clause mark at or after the current gap: found with one vectorised search, reused across tokens.
        var nextMark = -1;
        _clauses![first] = 0;
        _hardClauses![first] = 0;
        for (var t = first + 1; t < end; t++)
        {
            var previous = tokens[t - 1];
            var token = tokens[t];
            if (nextMark < previous.End)
            {
                var k = text[previous.End..last].IndexOfAny(ClauseMarks);
                nextMark = k < 0 ? int.MaxValue : previous.End + k;
            }
            if (nextMark < token.Start)
            {
                clause++;
                var gap = text[previous.End..token.Start];
                foreach (var c in gap)
                    if (c != ',' && ClauseMarks.Contains(c))
                    {
                        hard++;
                        break;
                    }
            }
            _clauses[t] = clause;
            _hardClauses[t] = hard;
        }
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_ranks);
        ArrayPool<double>.Shared.Return(_sentenceWeights);
        if (_clauses is not null) ArrayPool<int>.Shared.Return(_clauses);
        if (_hardClauses is not null) ArrayPool<int>.Shared.Return(_hardClauses);
        if (_clausesDone is not null) ArrayPool<bool>.Shared.Return(_clausesDone);
        if (_titleCase is not null) ArrayPool<sbyte>.Shared.Return(_titleCase);
    }
}
