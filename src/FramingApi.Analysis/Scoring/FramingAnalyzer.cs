using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Scoring;

/// <summary>
/// Runs every scorer over an analysed text with a set of lexicons compiled once (thread-safe, reusable):
/// one matcher pass over the tokens, then category scores for every lexicon, claim framing for claims lexicons and
/// attribution for sourcing lexicons.
/// </summary>
/// <remarks>
/// <para>Every match is one <see cref="Evidence"/>, in text order (boilerplate never matches). A match of a claims
/// target category carries a <see cref="ClaimDetail"/> (see <see cref="ClaimFramingScorer"/> for the rules), a
/// reporting phrase of a sourcing lexicon an <see cref="AttributionDetail"/> (see <see cref="AttributionScorer"/>).
/// An actor match on the word "us" not written in capitals ("told us") is the pronoun, not the United States, and is
/// left out altogether.</para>
/// <para>Category scores (see <see cref="CategoryScorer"/>) are given for each voice scope in which a category has a
/// hit; for topics lexicons for every category and scope, so that "not covered" is explicit. Claims lexicons add
/// the synthetic categories <c>framing_asserted</c>, <c>framing_hedged</c>, <c>framing_attributed</c> and
/// <c>framing_denied</c> (target mentions by framing), sourcing lexicons <c>attribution_named</c>,
/// <c>attribution_anonymous</c> and <c>attribution_unresolved</c> (reporting phrases by source); these are given
/// for every scope, zero or not.</para>
/// </remarks>
public sealed class FramingAnalyzer
{
    readonly LexiconMatcher _matcher;
    readonly LexiconPlan[] _plans;
    readonly int _slotCount;
    readonly int _alwaysScored; // scores given whatever the text: topics and synthetic categories, every scope
    readonly EmphasisWeights _weights;
    // By slot * ScopeCount + scope: the score of a slot without a hit, the same in every text (immutable, shared).
    readonly CategoryScore[] _zeroScores;
    readonly ClaimSentenceModel? _claimModel; // the trained claim-sentence detector, run for lexicon _claimModelLexicon
    readonly int _claimModelLexicon = -1;

    // One match buffer per thread, reused across documents (the analyzer itself is shared).
    [ThreadStatic] static List<LexiconMatch>? t_matches;

    /// <summary>
    /// Compiles the lexicons (validated definitions) into one matcher. With <paramref name="claimModel"/>, the trained
    /// claim-sentence detector (<see cref="ClaimSentenceDetector"/>) runs for the claims lexicon that names it
    /// (<see cref="LexiconDefinition.Model"/> = <see cref="ClaimSentenceModel.Id"/>); without, or when no lexicon
    /// names it, the rules alone.
    /// </summary>
    /// <exception cref="LexiconFormatException">A lexicon is not valid.</exception>
    /// <exception cref="ArgumentException">The weights are not valid (see <see cref="EmphasisWeights.Problem"/>).</exception>
    public FramingAnalyzer(IReadOnlyList<LexiconDefinition> lexicons, EmphasisWeights? weights = null, ClaimSentenceModel? claimModel = null)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        _weights = Checked(weights ?? EmphasisWeights.Default);
        _matcher = LexiconMatcher.Compile(lexicons);
        _plans = new LexiconPlan[_matcher.Lexicons.Count];
        var slot = 0;
        for (var l = 0; l < _plans.Length; l++)
        {
            _plans[l] = new LexiconPlan(l, _matcher.Lexicons[l], slot);
            slot += _plans[l].SlotCount;
            _alwaysScored += ((_plans[l].IsTopics ? _plans[l].CategoryKeys.Length : 0) + _plans[l].SyntheticKeys.Length)
                             * ScoringDocument.ScopeCount;
        }
        _slotCount = slot;
        _zeroScores = ZeroScores(_plans, _slotCount);
        if (claimModel is not null && ClaimSentenceDetector.LexiconFor(claimModel, lexicons, _plans) is var claims and >= 0)
            (_claimModel, _claimModelLexicon) = (claimModel, claims);
    }

    static CategoryScore[] ZeroScores(LexiconPlan[] plans, int slotCount)
    {
        var zeros = new CategoryScore[slotCount * ScoringDocument.ScopeCount];
        foreach (var plan in plans)
            for (var c = 0; c < plan.SlotCount; c++)
            {
                var key = c < plan.CategoryKeys.Length ? plan.CategoryKeys[c] : plan.SyntheticKeys[c - plan.CategoryKeys.Length];
                for (var scope = 0; scope < ScoringDocument.ScopeCount; scope++)
                    zeros[(plan.SlotBase + c) * ScoringDocument.ScopeCount + scope] =
                        new CategoryScore(plan.Index, key, (VoiceScope)scope, 0, 0, 0, 0, 0, null, false);
            }
        return zeros;
    }

    FramingAnalyzer(FramingAnalyzer other, EmphasisWeights weights)
    {
        _matcher = other._matcher;
        _plans = other._plans;
        _slotCount = other._slotCount;
        _alwaysScored = other._alwaysScored;
        _zeroScores = other._zeroScores;
        _claimModel = other._claimModel;
        _claimModelLexicon = other._claimModelLexicon;
        _weights = weights;
    }

    /// <summary>The same lexicons, compiled once, scored with other emphasis weights.</summary>
    /// <exception cref="ArgumentException">The weights are not valid (see <see cref="EmphasisWeights.Problem"/>).</exception>
    public FramingAnalyzer WithWeights(EmphasisWeights weights) =>
        weights == _weights ? this : new FramingAnalyzer(this, Checked(weights));

    static EmphasisWeights Checked(EmphasisWeights weights) =>
        weights.Problem() is { } problem
            ? throw new ArgumentException($"Emphasis weight {problem.Field}: {problem.Message}", nameof(weights))
            : weights;

    /// <summary>The compiled lexicons, in the order given; <see cref="Evidence.Lexicon"/> and <see cref="CategoryScore.Lexicon"/> index it.</summary>
    public IReadOnlyList<CompiledLexicon> Lexicons => _matcher.Lexicons;

    /// <summary>The trained claim-sentence model this analyzer runs, or null (none given, or no claims lexicon names it).</summary>
    public ClaimSentenceModel? ClaimModel => _claimModel;

    /// <summary>The emphasis weights in use.</summary>
    public EmphasisWeights Weights => _weights;

    /// <summary>Tokenizes and scores one segmented text (the analysed text is disposed: its arrays are reused).</summary>
    public ArticleAnalysis Analyze(SegmentedText text)
    {
        using var analyzed = AnalyzedText.Analyze(text, _matcher.Words); // the word ids found as the tokens end
        return Analyze(analyzed);
    }

    /// <summary>Scores one text.</summary>
    public ArticleAnalysis Analyze(AnalyzedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = t_matches ??= new List<LexiconMatch>(256);
        matches.Clear();
        try
        {
            _matcher.Match(text.LowerText, text.Tokens, text.WordIds(_matcher.Words), matches);
            using var document = new ScoringDocument(text, matches, _weights);
            return Score(document);
        }
        finally
        {
            matches.Clear();
            if (matches.Capacity > 1 << 16) t_matches = null; // do not keep a huge document's buffer alive
        }
    }

    /// <summary>For the benchmark's <c>learn</c> (the detector's training features): per sentence of <paramref name="text"/>,
    /// the roles the matches of the first claims lexicon with an actor category <c>russia</c> play in it
    /// (<see cref="ClaimSentenceFeatures.RolesOf"/>); empty lists when there is no such lexicon.</summary>
    internal List<string>[] ClaimRoles(AnalyzedText text, ClaimFeatureSet features = ClaimFeatureSet.WordsAndRoles)
    {
        ArgumentNullException.ThrowIfNull(text);
        var roles = new List<string>[text.Sentences.Length];
        var plan = Array.Find(_plans, p => p.IsClaims && Array.IndexOf(p.CategoryKeys, "russia") is var a && a >= 0 && p.Roles[a] == ScoringRole.Actor);
        var matches = new List<LexiconMatch>(256);
        _matcher.Match(text.LowerText, text.Tokens, text.WordIds(_matcher.Words), matches);
        using var document = new ScoringDocument(text, matches, _weights);
        for (var s = 0; s < roles.Length; s++) roles[s] = plan is null ? [] : ClaimSentenceFeatures.RolesFor(document, plan, s, features) ?? [];
        return roles;
    }

    /// <summary>For tests: <paramref name="read"/> of the scoring document of <paramref name="text"/> (its matches) and
    /// the lexicon plans, as <see cref="Score"/> sees them.</summary>
    internal T ReadDocument<T>(AnalyzedText text, Func<ScoringDocument, LexiconPlan[], T> read)
    {
        var matches = new List<LexiconMatch>(256);
        _matcher.Match(text.LowerText, text.Tokens, text.WordIds(_matcher.Words), matches);
        using var document = new ScoringDocument(text, matches, _weights);
        return read(document, _plans);
    }

    /// <summary>Claims round 42: the seizure the actor at match <paramref name="i"/> does, if any, as a claim mention
    /// (<see cref="ClaimFramingScorer.ScoreSeizure"/>); out of <see cref="Score(ScoringDocument)"/>'s loop, which runs for
    /// every match.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    void AddSeizure(ScoringDocument document, LexiconPlan plan, int i, ref ClaimFramingScorer? claims, CategoryScorer categories,
        List<Evidence> evidence)
    {
        if ((claims ??= new ClaimFramingScorer(document, _plans)).ScoreSeizure(i, out var seizedFrom, out var seizedTo) is not { } seizure)
            return;
        var text = document.Text;
        var tokens = text.Tokens;
        var target = Array.IndexOf(plan.CategoryKeys, seizure.Target);
        var verb = tokens[seizedFrom];
        categories.Add(plan.SlotBase + target, verb, 1);
        categories.Add(plan.SyntheticBase + (int)seizure.Framing, verb, 1);
        var seizedEnd = tokens[seizedTo].End;
        evidence.Add(new Evidence(document.Matches[i].Lexicon, seizure.Target, SpanTerm(text, seizedFrom, seizedTo),
            verb.Start, seizedEnd, verb.Sentence, verb.Voice, verb.Segment, seizure, null, null));
    }

    /// <summary>The term of a mention the rules read across tokens (a marked act, a seizure): its tokens' lower-case text
    /// joined by single spaces, as a lexicon entry's term is written — not the text between them, which may hold a quote
    /// mark or a dash ("seized “nine doctors”" has the term "seized nine doctors").</summary>
    static string SpanTerm(AnalyzedText text, int first, int last)
    {
        var tokens = text.Tokens;
        if (first == last) return text.LowerSpan(tokens[first].Start, tokens[first].End).ToString();
        var builder = new System.Text.StringBuilder(tokens[last].End - tokens[first].Start);
        for (var t = first; t <= last; t++)
        {
            if (t > first) builder.Append(' ');
            builder.Append(text.LowerSpan(tokens[t].Start, tokens[t].End));
        }
        return builder.ToString();
    }

    ArticleAnalysis Score(ScoringDocument document)
    {
        var text = document.Text;
        var tokens = text.Tokens;
        var matches = document.Matches;
        var categories = new CategoryScorer(document, _slotCount);
        ClaimFramingScorer? claims = null; // most texts have no claim: built on the first one
        var attributions = new AttributionScorer(document, _plans);
        var evidence = new List<Evidence>(matches.Count);
        var trace = ClaimGateTrace.Records is not null; // bench only (evaluate --gates): read once per text

        for (var i = 0; i < matches.Count; i++)
        {
            var match = matches[i];
            var plan = _plans[match.Lexicon];
            var role = plan.Role(match);
            var firstToken = tokens[match.FirstToken];
            if (trace && plan.IsClaims) // bench only (evaluate --gates)
            {
                ClaimGateTrace.Begin(text, plan, match, i, role);
                if (firstToken.Voice == Voice.None) ClaimGateTrace.Outcome(i, "voice-none");
            }
            if (firstToken.Voice == Voice.None) continue;
            if (role == ScoringRole.Actor && ClaimFramingScorer.IsPronounUs(text, match)) continue;
            // Grammar the scorers read (perpetration, event, victim, person words), and the actor a victim implies: no hits.
            if (plan.Silent[match.Category] || (role == ScoringRole.Actor && plan.VictimEntry[match.Entry]))
            {
                if (trace) ClaimGateTrace.Outcome(i, "grammar or victim word");
                continue;
            }
            // A topic or claim target that needs evidence: a cue never counts, a trigger only with a cue near it.
            CueDetail? cue = null;
            var placeCue = false;
            switch (plan.CueRoleOf(match))
            {
                case CueRole.Cue:
                    if (trace) ClaimGateTrace.Outcome(i, "cue");
                    continue;
                case CueRole.None when plan.IsTopics && document.IsNameInPassing(match, plan.TopicWords):
                    continue; // "the United States and Israel": a name in passing (ScoringDocument.IsNameInPassing)
                case CueRole.Trigger:
                    // No cue of its category near it (always so in a text without one: the usual case, answered
                    // without looking near it).
                    // A sanction may pair with the court it falls on, in a text with no cue of its topic (round 24).
                    var hasCue = document.HasCue(match, _plans) || document.IsTopicSanction(match, plan);
                    var c = hasCue ? document.CueOf(i, plan) : -1;
                    if (c < 0)
                    {
                        // An act whose subject is a bare quantifier ("many were shot"), in a text with a cue of its
                        // category somewhere: the claim scorer decides.
                        if (!hasCue || role != ScoringRole.Target || !plan.IsAct(match)
                            || !(claims ??= new ClaimFramingScorer(document, _plans)).IsQuantifierPassive(match.FirstToken))
                        {
                            if (trace) ClaimGateTrace.Outcome(i, hasCue ? "no-cue in reach" : "no-cue in text");
                            continue;
                        }
                        break;
                    }
                    var cueMatch = matches[c];
                    placeCue = plan.IsClaims && plan.PlaceEntry[cueMatch.Entry];
                    cue = new CueDetail(plan.EntryTerms[cueMatch.Entry], tokens[cueMatch.FirstToken].Start,
                        tokens[cueMatch.FirstToken + cueMatch.TokenCount - 1].End);
                    break;
            }

            ClaimDetail? claim = null;
            AttributionDetail? attribution = null;
            if (role == ScoringRole.Target)
            {
                claim = (claims ??= new ClaimFramingScorer(document, _plans)).Score(i);
                if (trace) ClaimGateTrace.Outcome(i, claim is null ? claims.Veto ?? "null" : "found");
                // an act without agent is an event, no hit; so is a siege act or shield entry that is no claim (claims round 48)
                if (claim is null && (plan.IsAct(match) || placeCue || ClaimFramingScorer.IsSiegeEntry(text, plan, match))) continue;
                // Synthetic keys follow the enum's order (LexiconPlan.FramingKeys).
                if (claim is not null) categories.Add(plan.SyntheticBase + (int)claim.Framing, firstToken, 1);
            }
            else if (plan.IsSourcing && role is ScoringRole.ReportingVerb or ScoringRole.AnonymousSource
                     && AttributionScorer.IsReportingPhrase(text, plan, match))
            {
                attribution = attributions.Score(i);
                categories.Add(plan.SyntheticBase + (int)attribution.Kind, firstToken, 1); // LexiconPlan.AttributionKeys
            }
            else if (role == ScoringRole.ReportingVerb)
                continue; // a verb form used as an adjective or noun ("of alleged war crimes") reports nothing
            else if (role == ScoringRole.AnonymousSource && plan.IsSourcing && !attributions.IsSourceMention(i))
                continue; // "an official investigation", "two officials were killed": no source (AttributionScorer)

            categories.Add(plan.SlotBase + match.Category, firstToken, match.Weight);
            var category = plan.CategoryKeys[match.Category];
            var term = plan.EntryTerms[match.Entry];
            var end = tokens[match.FirstToken + match.TokenCount - 1].End;
            // Most hits have no details: their nulls written as constants, for which the JIT calls no write barrier
            // (three calls fewer per hit).
            evidence.Add(claim is null && attribution is null && cue is null
                ? new Evidence(match.Lexicon, category, term, firstToken.Start, end, firstToken.Sentence, firstToken.Voice,
                    firstToken.Segment)
                : new Evidence(match.Lexicon, category, term, firstToken.Start, end, firstToken.Sentence, firstToken.Voice,
                    firstToken.Segment, claim, attribution, cue));

            // Claims round 40: an accusation marker before an act the lexicon has no entry for ("the alleged removals",
            // "allegedly funnelled") makes the act a claim (ClaimFramingScorer.ScoreMarkedAct).
            if (role == ScoringRole.Hedge && plan.IsClaims && match.TokenCount == 1
                && plan.ClaimWords.AccusationMarkers.Contains(text.TokenText(match.FirstToken))
                && (claims ??= new ClaimFramingScorer(document, _plans)).ScoreMarkedAct(i, out var act) is { } marked)
            {
                var target = Array.IndexOf(plan.CategoryKeys, marked.Target);
                categories.Add(plan.SlotBase + target, firstToken, 1);
                categories.Add(plan.SyntheticBase + (int)marked.Framing, firstToken, 1);
                var actEnd = tokens[act].End;
                evidence.Add(new Evidence(match.Lexicon, marked.Target, SpanTerm(text, match.FirstToken, act),
                    firstToken.Start, actEnd, firstToken.Sentence, firstToken.Voice, firstToken.Segment, marked, null, null));
            }

            // Claims round 42: this actor removes a person by force under a verb the lexicon has no entry for ("Russian
            // military police dragged nine doctors from their homes", "were seized by Russian military police":
            // ClaimFramingScorer.ScoreSeizure).
            if (role == ScoringRole.Actor && plan.IsClaims && ClaimFramingScorer.MaySeize(text, plan.ClaimWords, match))
                AddSeizure(document, plan, i, ref claims, categories, evidence);
        }

        claims?.FillUnknownActors(evidence);
        if (_claimModel is not null) // the trained detector, where the rules found none
            ClaimSentenceDetector.AddMentions(document, _plans, evidence, categories, _claimModel, _claimModelLexicon, claims);

        var outlet = text.WordCount(Voice.Outlet);
        var quotation = text.WordCount(Voice.Quotation);
        var comments = text.WordCount(Voice.Comments);
        int[] words = [outlet, quotation, comments, outlet + quotation]; // by VoiceScope
        var scores = new List<CategoryScore>(_alwaysScored + 32);
        foreach (var plan in _plans)
        {
            var keys = plan.CategoryKeys;
            for (var c = 0; c < keys.Length; c++)
                if (plan.IsTopics || categories.HasHits(plan.SlotBase + c))
                    categories.Emit(scores, plan.SlotBase + c, plan.Index, keys[c], plan.IsTopics, words, _zeroScores);
            for (var k = 0; k < plan.SyntheticKeys.Length; k++)
                categories.Emit(scores, plan.SyntheticBase + k, plan.Index, plan.SyntheticKeys[k], always: true, words, _zeroScores);
        }

        var counts = new VoiceCounts(outlet, quotation, comments,
            document.SentenceCount(VoiceScope.Outlet), document.SentenceCount(VoiceScope.Quotation),
            document.SentenceCount(VoiceScope.Comments));
        return new ArticleAnalysis(counts, scores, evidence);
    }
}
