using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Statistics;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Validation;

/// <summary>Agreement of the tool's article-level framing of one actor with the labels.</summary>
/// <param name="Actor">The actor key.</param>
/// <param name="Matrix">Labels (rows) against the tool (columns) over the article-level framing labels
/// (<c>asserted</c>, <c>attributed</c>, <c>hedged</c>, <c>mixed</c>, <c>absent</c>), one unit per article.</param>
public sealed record ActorFramingAgreement(string Actor, ConfusionMatrix Matrix);

/// <summary>Agreement of the tool's coverage of one topic with the labels: a yes/no matrix, one unit per article.</summary>
/// <param name="Topic">The topic key.</param>
/// <param name="Matrix">Labels (rows) against the tool (columns), classes <c>yes</c> and <c>no</c>.</param>
public sealed record TopicAgreement(string Topic, ConfusionMatrix Matrix)
{
    /// <summary>Precision, recall and F1 of "covered".</summary>
    public ClassAgreement Covered => Matrix.ForClass(CorpusEvaluator.Yes);
}

/// <summary>
/// Mention-level agreement: labelled claim spans matched to the tool's claim mentions by overlapping characters
/// (each tool mention matched at most once, to the labelled span it overlaps most).
/// </summary>
/// <param name="Labelled">Labelled claim mentions.</param>
/// <param name="Found">Labelled mentions the tool has a mention for (overlapping).</param>
/// <param name="ToolMentions">The tool's claim mentions (outlet, quotation and comments).</param>
/// <param name="ToolMatched">Tool mentions matched to a labelled one.</param>
/// <param name="TargetAgreed">Matched pairs with the same target.</param>
/// <param name="ActorAgreed">Matched pairs with the same actor.</param>
/// <param name="VoiceAgreed">Matched pairs with the same voice.</param>
/// <param name="Framing">Matched pairs: labelled framing (rows) against the tool's (columns).</param>
public sealed record MentionAgreement(
    int Labelled,
    int Found,
    int ToolMentions,
    int ToolMatched,
    int TargetAgreed,
    int ActorAgreed,
    int VoiceAgreed,
    ConfusionMatrix Framing)
{
    /// <summary>Found / Labelled: the share of labelled mentions the tool finds.</summary>
    public double? Recall => Labelled == 0 ? null : (double)Found / Labelled;

    /// <summary>ToolMatched / ToolMentions: the share of the tool's mentions a reader labelled as claims.</summary>
    public double? Precision => ToolMentions == 0 ? null : (double)ToolMatched / ToolMentions;

    /// <summary>Share of matched pairs with the same target.</summary>
    public double? TargetAccuracy => Share(TargetAgreed);

    /// <summary>Share of matched pairs with the same actor.</summary>
    public double? ActorAccuracy => Share(ActorAgreed);

    /// <summary>Share of matched pairs with the same framing.</summary>
    public double? FramingAccuracy => Framing.Accuracy;

    /// <summary>Share of matched pairs with the same voice.</summary>
    public double? VoiceAccuracy => Share(VoiceAgreed);

    double? Share(int agreed) => Found == 0 ? null : (double)agreed / Found;
}

/// <summary>One disagreement between the tool and the labels, with the evidence to look at.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Kind"><c>framing:&lt;actor&gt;</c>, <c>topic:&lt;key&gt;</c>, <c>anonymous</c>, <c>mention</c> (a
/// labelled mention the tool misses or reads differently) or <c>extra mention</c> (a tool mention no reader
/// labelled).</param>
/// <param name="Expected">The label.</param>
/// <param name="Actual">The tool's answer.</param>
/// <param name="Evidence">What the tool based its answer on (spans, framings, markers), or what it lacked.</param>
public sealed record EvaluationMiss(string ArticleId, string Kind, string Expected, string Actual, string Evidence);

/// <summary>The agreement of the analysis with a labelled corpus (or one half of it).</summary>
/// <param name="Articles">Articles evaluated.</param>
/// <param name="Framing">Article-level framing in the outlet's own voice, per actor (in lexicon order, then
/// <c>unknown</c>).</param>
/// <param name="Mentions">Mention-level agreement.</param>
/// <param name="Topics">Topic coverage per topic.</param>
/// <param name="Anonymous">Anonymous sourcing: labels (rows) against the tool (columns), <c>yes</c>/<c>no</c>.</param>
/// <param name="Misses">Every disagreement, article by article.</param>
public sealed record EvaluationReport(
    int Articles,
    IReadOnlyList<ActorFramingAgreement> Framing,
    MentionAgreement Mentions,
    IReadOnlyList<TopicAgreement> Topics,
    ConfusionMatrix Anonymous,
    IReadOnlyList<EvaluationMiss> Misses)
{
    /// <summary>The article-level framing agreement of <paramref name="actor"/>.</summary>
    public ActorFramingAgreement FramingOf(string actor) => Framing.Single(f => f.Actor == actor);

    /// <summary>"Covered" pooled over all topics and articles (micro average): its F1 is the topic micro-F1.</summary>
    public ClassAgreement TopicsMicro => new(
        CorpusEvaluator.Yes,
        Topics.Sum(t => t.Covered.Expected),
        Topics.Sum(t => t.Covered.Actual),
        Topics.Sum(t => t.Covered.Agreed));

    /// <summary>Mean of the per-topic F1 of "covered", over topics that the labels or the tool give at least once.</summary>
    public double? TopicsMacroF1
    {
        get
        {
            var f1 = Topics.Select(t => t.Covered.F1).OfType<double>().ToList();
            return f1.Count == 0 ? null : f1.Average();
        }
    }

    /// <summary>Precision, recall and F1 of "uses anonymous sourcing".</summary>
    public ClassAgreement AnonymousSourcing => Anonymous.ForClass(CorpusEvaluator.Yes);
}

/// <summary>
/// Runs the analysis over labelled articles and measures how far it agrees with the labels: article-level framing
/// per actor in the outlet's own voice (<see cref="ClaimsSummary.ArticleLabel"/>), mention-level target, actor,
/// framing and voice, topic coverage, and anonymous sourcing (see docs/VALIDITY.md for what each figure means).
/// </summary>
/// <remarks>
/// The tool's answers, as the API gives them:
/// <list type="bullet">
/// <item>framing of an actor: the article-level label of the actor's claim mentions in the outlet's voice;</item>
/// <item>a topic is covered when the topics lexicon's category has <c>covered</c> in the <c>article</c> scope
/// (outlet and quotations, comments excluded);</item>
/// <item>anonymous sourcing: at least one outlet-voice reporting phrase attributed to an anonymous source, or one
/// outlet-voice match of the sourcing lexicon's <c>anonymous_source</c> category.</item>
/// </list>
/// Actors, targets and topics are the keys of the analyzer's lexicons (claims lexicons' actor and target
/// categories, topics lexicons' categories), so the evaluator follows the lexicons rather than a list in code.
/// </remarks>
public sealed class CorpusEvaluator
{
    /// <summary>The class name of a yes answer in the binary matrices.</summary>
    public const string Yes = "yes";

    /// <summary>The class name of a no answer in the binary matrices.</summary>
    public const string No = "no";

    /// <summary>The sourcing category whose outlet-voice matches count as anonymous sourcing.</summary>
    public const string AnonymousSourceCategory = "anonymous_source";

    const string UnknownActor = "unknown";
    static readonly string[] BinaryClasses = [Yes, No];

    readonly FramingAnalyzer _analyzer;
    readonly HashSet<int> _topicLexicons = [];
    readonly HashSet<int> _sourcingLexicons = [];

    /// <summary>Evaluates with <paramref name="analyzer"/> (the built-in lexicons for the project's figures).</summary>
    public CorpusEvaluator(FramingAnalyzer analyzer)
    {
        _analyzer = analyzer ?? throw new ArgumentNullException(nameof(analyzer));
        var actors = new List<string>();
        var targets = new List<string>();
        var topics = new List<string>();
        for (var l = 0; l < analyzer.Lexicons.Count; l++)
        {
            var lexicon = analyzer.Lexicons[l];
            switch (lexicon.Kind)
            {
                case LexiconKinds.Claims:
                    actors.AddRange(lexicon.Categories.Where(c => c.Role == CategoryRoles.Actor).Select(c => c.Key));
                    targets.AddRange(lexicon.Categories.Where(c => c.Role == CategoryRoles.Target).Select(c => c.Key));
                    break;
                case LexiconKinds.Topics:
                    _topicLexicons.Add(l);
                    topics.AddRange(lexicon.Categories.Select(c => c.Key));
                    break;
                case LexiconKinds.Sourcing:
                    _sourcingLexicons.Add(l);
                    break;
            }
        }
        actors.Add(UnknownActor);
        Actors = [.. actors.Distinct(StringComparer.Ordinal)];
        Targets = [.. targets.Distinct(StringComparer.Ordinal)];
        Topics = [.. topics.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The actor keys: the claims lexicons' actors, then <c>unknown</c>.</summary>
    public IReadOnlyList<string> Actors { get; }

    /// <summary>The claim target keys of the claims lexicons.</summary>
    public IReadOnlyList<string> Targets { get; }

    /// <summary>The topic keys of the topics lexicons.</summary>
    public IReadOnlyList<string> Topics { get; }

    /// <summary>
    /// What is wrong with an article's labels, if anything: unknown targets, actors or topics; a span that does not
    /// occur as often as its occurrence says, that overlaps another, or whose voice does not fit where it is (a
    /// <c>comments</c> span outside the comments, an <c>outlet</c> or <c>quotation</c> span inside them); a quoted
    /// mention labelled asserted; an article-level label that disagrees with the spans by the majority rule.
    /// </summary>
    public IReadOnlyList<string> Problems(LabelledArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var problems = new List<string>();
        var text = ArticleText.Compose(article.Parts).Text;
        var commentsStart = CommentsStart(article, text);
        var spans = new List<(int Start, int End, LabelledClaim Claim)>();
        foreach (var claim in article.Labels.Claims)
        {
            var where = $"claim '{claim.Span}' #{claim.Occurrence}";
            if (!Targets.Contains(claim.Target)) problems.Add($"{where}: unknown target '{claim.Target}'");
            if (!Actors.Contains(claim.Actor)) problems.Add($"{where}: unknown actor '{claim.Actor}'");
            if (claim is { Voice: "quotation", Framing: "asserted" }) problems.Add($"{where}: a quotation is never asserted");
            if (LabelledArticle.Locate(text, claim) is not var (start, end))
            {
                problems.Add($"{where}: the span does not occur that often");
                continue;
            }
            if ((start >= commentsStart) != (claim.Voice == "comments"))
                problems.Add($"{where}: voice '{claim.Voice}' but the span is {(start >= commentsStart ? "in" : "outside")} the comments");
            foreach (var other in spans)
                if (start < other.End && other.Start < end)
                    problems.Add($"{where}: overlaps '{other.Claim.Span}' #{other.Claim.Occurrence}");
            spans.Add((start, end, claim));
        }
        foreach (var actor in article.Labels.Framing.Keys.Where(a => !Actors.Contains(a)))
            problems.Add($"framing: unknown actor '{actor}'");
        foreach (var actor in Actors)
        {
            var outlet = article.Labels.Claims.Where(c => c.Actor == actor && c.Voice == "outlet").ToList();
            int Count(string framing) => outlet.Count(c => c.Framing == framing);
            var byRule = ClaimsSummary.Key(ClaimsSummary.Dominant(Count("asserted"), Count("hedged") + Count("denied"), Count("attributed"), 0));
            if (byRule != article.Labels.FramingOf(actor))
                problems.Add($"framing.{actor}: labelled '{article.Labels.FramingOf(actor)}', its outlet-voice spans give '{byRule}'");
        }
        foreach (var topic in article.Labels.Topics.Where(t => !Topics.Contains(t)))
            problems.Add($"topics: unknown topic '{topic}'");
        return problems;
    }

    /// <summary>Claims round 51 (bench only): each labelled span the tool did not find ends its miss with the condition
    /// that stopped the claims-lexicon match in the span that got furthest (<see cref="Gate"/>).</summary>
    public bool Gates { get; init; }

    /// <summary>
    /// The gate that stopped the labelled span <paramref name="start"/> … <paramref name="end"/>, as
    /// <c>[gate X: detail 'term']</c>, from the claims-lexicon matches overlapping it, the one that got furthest first:
    /// <c>g</c> found (the mention went to another labelled span); <c>b</c> an act without its agent; <c>f</c> a veto of
    /// the claim scorer (named); <c>c</c> an act or trigger with no cue of its category in reach; <c>g</c> outside every
    /// voice; <c>a2</c> only words of other roles (cue, actor, hedge …) and no act or trigger; <c>a1</c> no claims-lexicon
    /// word at all.
    /// </summary>
    static string Gate(Dictionary<int, ClaimGateTrace.Record> records, int start, int end)
    {
        ClaimGateTrace.Record? best = null;
        var bestRank = 0;
        foreach (var r in records.Values)
        {
            if (r.End <= start || r.Start >= end) continue;
            var rank = r.Outcome switch
            {
                "found" => 7,
                "act without agent" => 6,
                "no-cue in reach" or "no-cue in text" => 4,
                "voice-none" => 3,
                null => r.Role == ScoringRole.Target ? 2 : 1,
                "cue" or "grammar or victim word" => 1,
                _ => 5,
            };
            if (rank > bestRank) (best, bestRank) = (r, rank);
        }
        if (best is null) return "[gate a1: no claims-lexicon word]";
        var what = best.Act ? "act" : best.Role == ScoringRole.Target ? "trigger" : best.Role.ToString();
        return bestRank switch
        {
            7 => $"[gate g: found, matched to another span '{best.Term}']",
            6 => $"[gate b: act without agent '{best.Term}']",
            5 => $"[gate f: {best.Outcome} ({what}) '{best.Term}']",
            4 => $"[gate c: {what} without cue ({best.Outcome![7..]}; {(records.Values.Any(r => r.Role == ScoringRole.Actor && r.Sentence == best.Sentence) ? "an actor" : "no actor")} in its sentence) '{best.Term}']",
            3 => $"[gate g: outside every voice '{best.Term}']",
            2 => $"[gate g: target not scored ({what}) '{best.Term}']",
            _ => $"[gate a2: {best.Outcome ?? best.Role.ToString()} words only '{best.Term}']",
        };
    }

    /// <summary>Runs <paramref name="analyze"/> with the gate trace on for this thread when <paramref name="gates"/> is set,
    /// and turns it off again even when the analysis throws (gates51, mend50b): a trace left on would record every later
    /// analysis on the thread.</summary>
    internal static T Traced<T>(bool gates, Func<T> analyze, out Dictionary<int, ClaimGateTrace.Record>? records)
    {
        if (gates) ClaimGateTrace.Records = [];
        try
        {
            return analyze();
        }
        finally
        {
            records = ClaimGateTrace.Records;
            ClaimGateTrace.Records = null;
        }
    }

    /// <summary>Runs the analysis over every article and compares it with the labels.</summary>
    public EvaluationReport Evaluate(IReadOnlyList<LabelledArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var labels = ClaimsSummary.ArticleLabels.Select(ClaimsSummary.Key).ToArray();
        var framing = Actors.Select(a => new ActorFramingAgreement(a, new ConfusionMatrix(labels))).ToList();
        var topics = Topics.Select(t => new TopicAgreement(t, new ConfusionMatrix(BinaryClasses))).ToList();
        var anonymous = new ConfusionMatrix(BinaryClasses);
        var mentionFraming = new ConfusionMatrix(LabelledArticle.ClaimFramings);
        var misses = new List<EvaluationMiss>();
        int labelled = 0, found = 0, toolMentions = 0, toolMatched = 0, targetAgreed = 0, actorAgreed = 0, voiceAgreed = 0;

        foreach (var article in articles)
        {
            var segmented = ArticleText.Compose(article.Parts);
            var text = segmented.Text;
            var analysis = Traced(Gates, () => _analyzer.Analyze(segmented), out var gates);
            var claims = analysis.Evidence.Where(e => e.Claim is not null && e.Voice != Voice.None).ToList();
            var summary = ClaimsSummary.From(claims);

            // Article-level framing per actor, outlet voice.
            foreach (var agreement in framing)
            {
                var expected = article.Labels.FramingOf(agreement.Actor);
                var actual = ClaimsSummary.Key(summary.ArticleLabel(agreement.Actor));
                agreement.Matrix.Add(expected, actual);
                if (expected != actual)
                    misses.Add(new EvaluationMiss(article.Id, "framing:" + agreement.Actor, expected, actual,
                        FramingEvidence(text, claims, article, agreement.Actor)));
            }

            // Topics: covered in the article scope (outlet and quotations).
            foreach (var agreement in topics)
            {
                var covered = analysis.Scores.Any(s => _topicLexicons.Contains(s.Lexicon) && s.Category == agreement.Topic
                                                       && s.Voice == VoiceScope.Article && s.Covered);
                var expected = article.Labels.Topics.Contains(agreement.Topic);
                agreement.Matrix.Add(expected ? Yes : No, covered ? Yes : No);
                if (expected != covered)
                    misses.Add(new EvaluationMiss(article.Id, "topic:" + agreement.Topic, expected ? Yes : No, covered ? Yes : No,
                        covered
                            ? "topic evidence: " + Quote(text, analysis.Evidence.Where(e => _topicLexicons.Contains(e.Lexicon)
                                && e.Category == agreement.Topic && e.Voice is Voice.Outlet or Voice.Quotation))
                            : "no topic evidence"));
            }

            // Anonymous sourcing in the outlet's voice.
            var anonymousEvidence = analysis.Evidence.Where(e => e.Voice == Voice.Outlet && _sourcingLexicons.Contains(e.Lexicon)
                && (e.Attribution?.Kind == AttributionKind.Anonymous || e.Category == AnonymousSourceCategory)).ToList();
            var anonymousFound = anonymousEvidence.Count > 0;
            anonymous.Add(article.Labels.AnonymousSourcing ? Yes : No, anonymousFound ? Yes : No);
            if (anonymousFound != article.Labels.AnonymousSourcing)
                misses.Add(new EvaluationMiss(article.Id, "anonymous", article.Labels.AnonymousSourcing ? Yes : No,
                    anonymousFound ? Yes : No,
                    anonymousFound ? "anonymous: " + Quote(text, anonymousEvidence) : "no anonymous source found in the outlet's voice"));

            // Mentions: each labelled span to the unmatched tool mention overlapping it most.
            var used = new bool[claims.Count];
            toolMentions += claims.Count;
            foreach (var claim in article.Labels.Claims)
            {
                labelled++;
                var expected = $"{claim.Target}/{claim.Actor}/{claim.Framing}/{claim.Voice}";
                if (LabelledArticle.Locate(text, claim) is not var (start, end))
                {
                    misses.Add(new EvaluationMiss(article.Id, "mention", expected, "span not in text", $"'{claim.Span}' #{claim.Occurrence}"));
                    continue;
                }
                var best = -1;
                var bestOverlap = 0;
                for (var i = 0; i < claims.Count; i++)
                {
                    var overlap = Math.Min(end, claims[i].End) - Math.Max(start, claims[i].Start);
                    if (!used[i] && overlap > bestOverlap) (best, bestOverlap) = (i, overlap);
                }
                if (best < 0)
                {
                    misses.Add(new EvaluationMiss(article.Id, "mention", expected, "not found", $"'{claim.Span}' in: {Context(text, start, end)}"
                        + (gates is null ? "" : " " + Gate(gates, start, end))));
                    continue;
                }
                used[best] = true;
                found++;
                toolMatched++;
                var tool = claims[best];
                var detail = tool.Claim!;
                var toolFraming = FramingKey(detail.Framing);
                var toolVoice = VoiceKey(tool.Voice);
                mentionFraming.Add(claim.Framing, toolFraming);
                if (detail.Target == claim.Target) targetAgreed++;
                if (detail.Actor == claim.Actor) actorAgreed++;
                if (toolVoice == claim.Voice) voiceAgreed++;
                var actual = $"{detail.Target}/{detail.Actor}/{toolFraming}/{toolVoice}";
                if (actual != expected)
                    misses.Add(new EvaluationMiss(article.Id, "mention", expected, actual, Describe(text, tool)));
            }
            for (var i = 0; i < claims.Count; i++)
                if (!used[i])
                {
                    var d = claims[i].Claim!;
                    misses.Add(new EvaluationMiss(article.Id, "extra mention", "no claim",
                        $"{d.Target}/{d.Actor}/{FramingKey(d.Framing)}/{VoiceKey(claims[i].Voice)}", Describe(text, claims[i])));
                }
        }

        return new EvaluationReport(articles.Count, framing,
            new MentionAgreement(labelled, found, toolMentions, toolMatched, targetAgreed, actorAgreed, voiceAgreed, mentionFraming),
            topics, anonymous, misses);
    }

    /// <summary>Where the explicit comments start in the composed text (its length when there are none).</summary>
    static int CommentsStart(LabelledArticle article, string text)
    {
        if (article.Comments.Count == 0) return text.Length;
        var first = article.Comments.First(c => !string.IsNullOrWhiteSpace(c)).Trim();
        return text.LastIndexOf(first, StringComparison.Ordinal) is >= 0 and var at ? at : text.Length;
    }

    static string FramingEvidence(string text, List<Evidence> claims, LabelledArticle article, string actor)
    {
        var tool = claims.Where(e => e.Voice == Voice.Outlet && e.Claim!.Actor == actor).Select(e => Describe(text, e)).ToList();
        var labelled = article.Labels.Claims.Where(c => c.Actor == actor && c.Voice == "outlet")
            .Select(c => $"'{c.Span}' {c.Framing}").ToList();
        return $"tool: {(tool.Count == 0 ? "no outlet-voice mention" : string.Join("; ", tool))} | labels: {(labelled.Count == 0 ? "none" : string.Join("; ", labelled))}";
    }

    static string Describe(string text, Evidence e)
    {
        var d = e.Claim!;
        var marker = d.Marker is null ? "" : $" by '{d.Marker}'";
        return $"'{text[e.Start..e.End]}' {d.Actor} {FramingKey(d.Framing)}{marker} ({VoiceKey(e.Voice)})";
    }

    static string Quote(string text, IEnumerable<Evidence> evidence) =>
        string.Join("; ", evidence.Take(4).Select(e => $"'{text[e.Start..e.End]}' ({e.Category}, {VoiceKey(e.Voice)})"));

    static string Context(string text, int start, int end)
    {
        var from = Math.Max(0, start - 40);
        var to = Math.Min(text.Length, end + 40);
        return "…" + text[from..to].ReplaceLineEndings(" ") + "…";
    }

    static string FramingKey(Framing framing) => framing switch
    {
        Scoring.Framing.Hedged => "hedged",
        Scoring.Framing.Attributed => "attributed",
        Scoring.Framing.Denied => "denied",
        _ => "asserted",
    };

    static string VoiceKey(Voice voice) => voice switch
    {
        Voice.Quotation => "quotation",
        Voice.Comments => "comments",
        _ => "outlet",
    };
}
