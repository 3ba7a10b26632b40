using System.Globalization;
using System.Text;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;
using FramingApi.Analysis.Validation;
using FramingApi.Benchmarks.Learning;

namespace FramingApi.Benchmarks;

/// <summary>
/// <c>learn --framing [--seeds S1,S2,…] [--thresholds T1,…] [--lambda L] [--rate R] [--epochs E] [--bits B]
/// [--drop PREFIX,…] [--held-out SET,…] [--in-sample] [--explain T] [--only marker|nomarker] [--toward F1,…]</c>: a
/// learned framing for the claim mentions the analysis finds (docs/VALIDITY.md, "The claim detector, round 6 (detector5)"). Every claim mention of the shipped
/// analysis matched to a labelled mention (the evaluator's matching: each labelled span to the unmatched tool mention
/// overlapping it most) is an example: its <see cref="MentionFramingFeatures"/> and the reader's framing as the class.
/// A softmax regression is fitted leave-one-set-out; each held-out set's mentions take the model's framing where
/// its probability is at least the threshold (0: always), and the article-level framing of russia (outlet voice)
/// is recomputed as <see cref="ClaimsSummary.ArticleLabel"/> does, against the rules' framing. <c>--only</c> lets the
/// model change only the mentions the rules framed by a marker (or only those asserted for want of one), <c>--toward</c>
/// only give the framings named; <c>--drop</c> leaves out the features with those prefixes (ablations).
/// </summary>
/// <remarks>Exit code 0, or 2 for bad arguments.</remarks>
public static class LearnFramingCommand
{
    const string Russia = "russia";
    static readonly Framing[] Classes = [Framing.Asserted, Framing.Hedged, Framing.Attributed, Framing.Denied];

    /// <summary>One claim mention of the analysis.</summary>
    sealed record MentionRow(string Set, int Article, List<string> Features, Framing Rule, Framing? Reader, Voice Voice, string Actor)
    {
        public int[] Slots { get; set; } = [];

        /// <summary>Whether the model may change this mention's framing (<c>--only</c>: where the rules found a marker, or none).</summary>
        public bool Open { get; set; } = true;

        /// <summary>The framings the model may give this mention (<c>--toward</c>); null: any.</summary>
        public Framing[]? Toward { get; set; }
    }

    /// <summary>One article: the reader's label per actor and its mentions (indexes of the rows).</summary>
    sealed record ArticleInfo(string Set, string Id, LabelledArticle Labelled, List<int> Mentions);

    /// <summary>Runs <c>learn --framing</c>; returns the process exit code.</summary>
    public static int Run(string[] args, string corpus)
    {
        var settings = new TrainingSettings(Bits: 16, Lambda: 1e-3, LearningRate: 0.1, Epochs: 12, Seed: 11);
        IReadOnlyList<int> seeds = [11];
        IReadOnlyList<double> thresholds = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95];
        var drop = new List<string>();
        IReadOnlyList<string> heldOut = LearnCommand.Sets;
        var inSample = false;
        double? explain = null;
        string? only = null;
        Framing[]? toward = null;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            try
            {
                switch (args[i])
                {
                    case "--framing": break;
                    case "--seeds" when value is not null: seeds = [.. value.Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture))]; i++; break;
                    case "--thresholds" when value is not null: thresholds = [.. value.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture))]; i++; break;
                    case "--lambda" when value is not null: settings = settings with { Lambda = double.Parse(value, CultureInfo.InvariantCulture) }; i++; break;
                    case "--rate" when value is not null: settings = settings with { LearningRate = double.Parse(value, CultureInfo.InvariantCulture) }; i++; break;
                    case "--epochs" when value is not null: settings = settings with { Epochs = int.Parse(value, CultureInfo.InvariantCulture) }; i++; break;
                    case "--bits" when value is not null: settings = settings with { Bits = int.Parse(value, CultureInfo.InvariantCulture) }; i++; break;
                    case "--drop" when value is not null: drop.AddRange(value.Split(',')); i++; break;
                    case "--held-out" when value is not null && value.Split(',') is var named && named.All(LearnCommand.Sets.Contains): heldOut = named; i++; break;
                    case "--in-sample": inSample = true; break;
                    case "--toward" when value is not null && value.Split(',').All(v => Enum.TryParse<Framing>(v, true, out _)):
                        toward = [.. value.Split(',').Select(v => Enum.Parse<Framing>(v, true))]; i++; break;
                    case "--only" when value is "marker" or "nomarker": only = value; i++; break;
                    case "--explain" when value is not null: explain = double.Parse(value, CultureInfo.InvariantCulture); i++; break;
                    default:
                        Console.Error.WriteLine($"learn --framing: bad argument '{args[i]}'");
                        return 2;
                }
            }
            catch (Exception e) when (e is FormatException or OverflowException)
            {
                Console.Error.WriteLine($"learn --framing: bad value for '{args[i]}': {e.Message}");
                return 2;
            }
        }

        var analyzer = BuiltInLexicons.Analyzer(); // the shipped analysis: rules and the claim-sentence detector
        var kinds = ClaimSentenceFeatures.LexiconKindsOf(analyzer);
        var words = new HashSet<string>(MentionFramingFeatures.Words, StringComparer.Ordinal);
        var rows = new List<MentionRow>();
        var articles = new List<ArticleInfo>();
        foreach (var set in LearnCommand.Sets)
            foreach (var file in Directory.GetFiles(Path.Combine(corpus, set), "*.json").Order(StringComparer.Ordinal))
            {
                var article = LabelledArticle.Parse(File.ReadAllText(file));
                articles.Add(Collect(analyzer, kinds, words, set, articles.Count, article, rows));
            }
        foreach (var row in rows)
        {
            if (only is not null) row.Open = (only == "marker") == !row.Features.Contains("mk:none");
            row.Toward = toward;
        }
        foreach (var row in rows)
        {
            if (drop.Count > 0) row.Features.RemoveAll(f => drop.Any(d => f.StartsWith(d, StringComparison.Ordinal)));
            row.Slots = [.. row.Features.Select(f => ClaimSentenceFeatures.Slot(settings.Bits, "", f)).Distinct().Order()];
        }

        var o = new StringBuilder();
        var matched = rows.Count(r => r.Reader is not null);
        o.AppendLine(CultureInfo.InvariantCulture, $"learn --framing: {articles.Count} articles, {rows.Count} tool claim mentions, {matched} matched to a labelled one; " +
            $"bits {settings.Bits}, lambda {settings.Lambda}, rate {settings.LearningRate}, epochs {settings.Epochs}, seeds {string.Join(",", seeds)}{(drop.Count > 0 ? ", without " + string.Join(",", drop) : "")}");
        if (inSample)
        {
            InSample(o, rows, articles, settings, seeds[0], thresholds);
            Console.Write(o.ToString());
            return 0;
        }

        foreach (var seed in seeds)
        {
            var s = settings with { Seed = seed };
            // probability[row][class] from the model that did not see the row's set.
            var probability = new double[rows.Count][];
            foreach (var set in LearnCommand.Sets.Where(heldOut.Contains))
            {
                var model = Fit(rows.Where(r => r.Set != set), s);
                for (var i = 0; i < rows.Count; i++)
                    if (rows[i].Set == set)
                    {
                        probability[i] = new double[Classes.Length];
                        model.Probabilities(rows[i].Slots, probability[i]);
                    }
            }
            o.AppendLine();
            o.AppendLine(CultureInfo.InvariantCulture, $"== seed {seed}: held out one set at a time ==");
            Report(o, rows, articles, probability, thresholds, heldOut, explain);
        }
        Console.Write(o.ToString());
        return 0;
    }

    static SoftmaxRegression Fit(IEnumerable<MentionRow> rows, TrainingSettings settings) =>
        SoftmaxRegression.Fit([.. rows.Where(r => r.Reader is not null).Select(r => new ClassExample(r.Slots, (int)r.Reader!.Value))], Classes.Length, settings);

    /// <summary>The framing a mention gets: the model's most probable where its probability reaches the threshold (0:
    /// always), else the rules'.</summary>
    static Framing Framed(MentionRow row, double[]? p, double threshold)
    {
        if (p is null || !row.Open) return row.Rule;
        var best = 0;
        for (var k = 1; k < p.Length; k++) if (p[k] > p[best]) best = k;
        return p[best] >= threshold && (row.Toward is null || row.Toward.Contains((Framing)best)) ? (Framing)best : row.Rule;
    }

    static string ArticleLabel(IEnumerable<(Voice Voice, string Actor, Framing Framing)> mentions, string actor)
    {
        int a = 0, h = 0, t = 0;
        foreach (var m in mentions)
        {
            if (m.Voice != Voice.Outlet || m.Actor != actor) continue;
            switch (m.Framing)
            {
                case Framing.Asserted: a++; break;
                case Framing.Attributed: t++; break;
                default: h++; break;
            }
        }
        return ClaimsSummary.Key(ClaimsSummary.Dominant(a, h, t, 0));
    }

    /// <summary>The article label from the model's expected counts: each mention adds its class probabilities (denied to
    /// hedged), and the framing with more than half of the total wins, else mixed.</summary>
    static string SoftLabel(IEnumerable<int> mentions, List<MentionRow> rows, double[][] probability, string actor)
    {
        double a = 0, h = 0, t = 0;
        var any = false;
        foreach (var i in mentions)
        {
            var r = rows[i];
            if (r.Voice != Voice.Outlet || r.Actor != actor) continue;
            any = true;
            var p = probability[i];
            a += p[0]; h += p[1] + p[3]; t += p[2];
        }
        if (!any) return "absent";
        var total = a + h + t;
        return 2 * a > total ? "asserted" : 2 * h > total ? "hedged" : 2 * t > total ? "attributed" : "mixed";
    }

    static readonly string[] OtherActors = ["us", "ukraine", "israel", "unknown"];

    static void Report(StringBuilder o, List<MentionRow> rows, List<ArticleInfo> articles, double[][] probability,
        IReadOnlyList<double> thresholds, IReadOnlyList<string> heldOut, double? explain)
    {
        o.AppendLine($"| held-out set | mentions matched | mention framing: rules | {string.Join(" | ", thresholds.Select(t => $"model {t}"))} | russia article framing: rules | {string.Join(" | ", thresholds.Select(t => $"model {t}"))} | other actors: rules | {string.Join(" | ", thresholds.Select(t => $"model {t}"))} |");
        o.AppendLine($"|---|---:|---:|{string.Concat(Enumerable.Repeat("---:|", thresholds.Count))}---:|{string.Concat(Enumerable.Repeat("---:|", thresholds.Count))}---:|{string.Concat(Enumerable.Repeat("---:|", thresholds.Count))}");
        var n = thresholds.Count;
        int allMatched = 0, allRules = 0, allArticles = 0, allArticleRules = 0, allOthersRules = 0, allOthersTotal = 0;
        var allModel = new int[n];
        var allArticleModel = new int[n];
        var allOthersModel = new int[n];
        var changes = new StringBuilder();
        int allOracle = 0, allDrop = 0, allBoth = 0, allSoft = 0;
        var confusion = new int[4, 4];
        var confusionModel = new int[4, 4];
        for (var i = 0; i < rows.Count; i++)
            if (heldOut.Contains(rows[i].Set) && rows[i].Reader is { } rd && rows[i].Voice == Voice.Outlet)
            {
                confusion[(int)rd, (int)rows[i].Rule]++;
                confusionModel[(int)rd, (int)Framed(rows[i], probability[i], thresholds[^1])]++;
            }
        o.AppendLine("outlet-voice matched mentions, reader (rows) x rules (cols) asserted/hedged/attributed/denied; then x model at the last threshold:");
        for (var r = 0; r < 4; r++) o.AppendLine(CultureInfo.InvariantCulture, $"  {Classes[r],-11} {confusion[r, 0],5} {confusion[r, 1],5} {confusion[r, 2],5} {confusion[r, 3],5}   | {confusionModel[r, 0],5} {confusionModel[r, 1],5} {confusionModel[r, 2],5} {confusionModel[r, 3],5}");
        foreach (var set in LearnCommand.Sets.Where(heldOut.Contains))
        {
            int matched = 0, rules = 0;
            var model = new int[n];
            for (var i = 0; i < rows.Count; i++)
            {
                var r = rows[i];
                if (r.Set != set || r.Reader is not { } reader) continue;
                matched++;
                if (r.Rule == reader) rules++;
                for (var t = 0; t < n; t++) if (Framed(r, probability[i], thresholds[t]) == reader) model[t]++;
            }
            int arts = 0, artRules = 0, others = 0, othersRules = 0, soft = 0;
            var artModel = new int[n];
            var othersModel = new int[n];
            foreach (var a in articles.Where(a => a.Set == set))
            {
                arts++;
                var reader = a.Labelled.Labels.FramingOf(Russia);
                var byRules = ArticleLabel(a.Mentions.Select(i => (rows[i].Voice, rows[i].Actor, rows[i].Rule)), Russia);
                if (byRules == reader) artRules++;
                if (SoftLabel(a.Mentions, rows, probability, Russia) == reader) soft++;
                for (var t = 0; t < n; t++)
                {
                    var byModel = ArticleLabel(a.Mentions.Select(i => (rows[i].Voice, rows[i].Actor, Framed(rows[i], probability[i], thresholds[t]))), Russia);
                    if (byModel == reader) artModel[t]++;
                    if (t == n - 1 || thresholds[t] == explain)
                        if (byModel != byRules && (explain is null ? t == n - 1 : thresholds[t] == explain))
                            changes.Append(CultureInfo.InvariantCulture, $"{a.Id} ({reader}: {byRules} -> {byModel}{(byModel == reader ? ", right" : byRules == reader ? ", WRONG" : "")}); ");
                }
                foreach (var actor in OtherActors)
                {
                    others++;
                    var expected = a.Labelled.Labels.FramingOf(actor);
                    if (ArticleLabel(a.Mentions.Select(i => (rows[i].Voice, rows[i].Actor, rows[i].Rule)), actor) == expected) othersRules++;
                    for (var t = 0; t < n; t++)
                        if (ArticleLabel(a.Mentions.Select(i => (rows[i].Voice, rows[i].Actor, Framed(rows[i], probability[i], thresholds[t]))), actor) == expected) othersModel[t]++;
                }
            }
            var oracle = articles.Where(a => a.Set == set).Count(a => ArticleLabel(a.Mentions.Select(i => (rows[i].Voice, rows[i].Actor, rows[i].Reader ?? rows[i].Rule)), Russia) == a.Labelled.Labels.FramingOf(Russia));
            allOracle += oracle;
            var oracleDrop = articles.Where(a => a.Set == set).Count(a => ArticleLabel(a.Mentions.Where(i => rows[i].Reader is not null).Select(i => (rows[i].Voice, rows[i].Actor, rows[i].Rule)), Russia) == a.Labelled.Labels.FramingOf(Russia));
            var oracleBoth = articles.Where(a => a.Set == set).Count(a => ArticleLabel(a.Mentions.Where(i => rows[i].Reader is not null).Select(i => (rows[i].Voice, rows[i].Actor, rows[i].Reader!.Value)), Russia) == a.Labelled.Labels.FramingOf(Russia));
            allDrop += oracleDrop; allBoth += oracleBoth;
            o.AppendLine(CultureInfo.InvariantCulture, $"| {set} (oracle {oracle}, drop {oracleDrop}, both {oracleBoth}) | {matched} | {F(rules, matched)} | {string.Join(" | ", model.Select(m => F(m, matched)))} | {artRules}/{arts} | {string.Join(" | ", artModel.Select(m => $"{m}/{arts}"))} soft {soft} | {othersRules}/{others} | {string.Join(" | ", othersModel)} |");
            allMatched += matched; allRules += rules; allArticles += arts; allArticleRules += artRules;
            allOthersRules += othersRules; allOthersTotal += others; allSoft += soft;
            for (var t = 0; t < n; t++) { allModel[t] += model[t]; allArticleModel[t] += artModel[t]; allOthersModel[t] += othersModel[t]; }
            changes.AppendLine();
        }
        o.AppendLine(CultureInfo.InvariantCulture, $"| **pooled** (oracle {allOracle}, drop {allDrop}, both {allBoth}) | {allMatched} | {F(allRules, allMatched)} | {string.Join(" | ", allModel.Select(m => F(m, allMatched)))} | {allArticleRules}/{allArticles} | {string.Join(" | ", allArticleModel.Select(m => $"{m}/{allArticles}"))} soft {allSoft} | {allOthersRules}/{allOthersTotal} | {string.Join(" | ", allOthersModel)} |");
        o.AppendLine(CultureInfo.InvariantCulture, $"russia articles changed at threshold {explain ?? thresholds[^1]}: ");
        o.Append(changes);
    }

    static void InSample(StringBuilder o, List<MentionRow> rows, List<ArticleInfo> articles, TrainingSettings settings, int seed, IReadOnlyList<double> thresholds)
    {
        var model = Fit(rows, settings with { Seed = seed });
        var probability = new double[rows.Count][];
        for (var i = 0; i < rows.Count; i++)
        {
            probability[i] = new double[Classes.Length];
            model.Probabilities(rows[i].Slots, probability[i]);
        }
        o.AppendLine("== in-sample: the model of all the open sets, tested on them ==");
        Report(o, rows, articles, probability, thresholds, LearnCommand.Sets, null);
    }

    static string F(int part, int whole) => whole == 0 ? "n/a" : ((double)part / whole).ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>The article's tool claim mentions as rows (appended to <paramref name="rows"/>), each with the reader's
    /// framing of the labelled mention the evaluator matches it to, or null.</summary>
    static ArticleInfo Collect(FramingAnalyzer analyzer, IReadOnlyList<string> kinds, IReadOnlySet<string> words, string set, int index,
        LabelledArticle article, List<MentionRow> rows)
    {
        var segmented = ArticleText.Compose(article.Parts);
        using var text = AnalyzedText.Analyze(segmented);
        var analysis = analyzer.Analyze(text);
        var evidence = analysis.Evidence;
        var claims = new List<int>();
        for (var i = 0; i < evidence.Count; i++)
            if (evidence[i].Claim is not null && evidence[i].Voice != Voice.None) claims.Add(i);
        var reader = new Framing?[claims.Count];
        var used = new bool[claims.Count];
        foreach (var claim in article.Labels.Claims)
        {
            if (LabelledArticle.Locate(text.Text, claim) is not var (start, end)) continue;
            int best = -1, bestOverlap = 0;
            for (var c = 0; c < claims.Count; c++)
            {
                var e = evidence[claims[c]];
                var overlap = Math.Min(end, e.End) - Math.Max(start, e.Start);
                if (!used[c] && overlap > bestOverlap) (best, bestOverlap) = (c, overlap);
            }
            if (best < 0) continue;
            used[best] = true;
            reader[best] = Enum.Parse<Framing>(claim.Framing, ignoreCase: true);
        }
        var mentions = new List<int>();
        for (var c = 0; c < claims.Count; c++)
        {
            var e = evidence[claims[c]];
            var features = new List<string>();
            MentionFramingFeatures.Of(text, evidence, claims[c], kinds, words, features);
            // The rules' framing of the article's other outlet-voice mentions: how the article frames on the whole.
            var others = claims.Where(j => j != claims[c] && evidence[j].Voice == Voice.Outlet).Select(j => evidence[j].Claim!.Framing).ToList();
            foreach (var f in Classes)
            {
                var share = others.Count == 0 ? 0 : (double)others.Count(x => x == f) / others.Count;
                features.Add($"art:{f}:{(share == 0 ? "none" : share < 0.34 ? "few" : share < 0.67 ? "some" : "most")}");
            }
            mentions.Add(rows.Count);
            rows.Add(new MentionRow(set, index, features, e.Claim!.Framing, reader[c], e.Voice, e.Claim.Actor));
        }
        return new ArticleInfo(set, article.Id, article, mentions);
    }
}
