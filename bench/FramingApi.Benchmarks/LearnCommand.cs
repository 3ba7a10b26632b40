using System.Globalization;
using System.Text;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;
using FramingApi.Analysis.Validation;
using FramingApi.Benchmarks.Learning;

namespace FramingApi.Benchmarks;

/// <summary>
/// <c>learn [--bits B] [--lambda L] [--rate R] [--epochs E] [--seed S] [--average-seeds K] [--bootstrap] [--min-sets N] [--threshold T] [--words-only] [--corpus DIR]
/// [--write-model FILE [--exclude SET]] [--pipeline [--held-out SET,…] [--explain] [--nested T1,T2,…] | --in-sample] [--variant V]
/// [--relabel-threshold R] [--features words|classes|wordsandclasses|roles|wordsandroles|wordsrolesandcontext|wordsrolesandorder] [--claimed-threshold C]
/// [--relabel-others R [--relabel-gate roles]] [--cue-threshold Q] [--veto V]</c>, <c>learn --probe</c> (detector9), or <c>learn --framing …</c>
/// (the mention-framing experiment, <see cref="LearnFramingCommand"/>): an experiment
/// with a trained claim-sentence detector (docs/VALIDITY.md, "A trained claim detector (learn1)"). Every article of
/// the tuning sets (dev, dev2 … dev28; never the locked test half nor the blind set dev29) is split into sentences by the
/// library; a sentence is positive when it holds a labelled claim mention. A logistic regression over hashed words,
/// word pairs, crude stems and what the lexicons found in the sentence (<see cref="ClaimSentenceFeatures"/>) is trained
/// and tested leave-one-set-out, and compared with the rules (a sentence is positive when the tool has a claim
/// mention in it), per held-out set and pooled; then an article-level proxy: of the articles the tool calls "absent"
/// for russia where the reader does not, how many the model would catch, against how many reader-"absent" articles
/// it would wrongly flag.
/// </summary>
/// <remarks>With <c>--write-model</c>, it fits the "russia, outlet voice" model to every set (or all but
/// <c>--exclude</c>) and writes it in the format the library reads (<see cref="ClaimSentenceModel"/>), with
/// <c>--threshold</c> as its threshold, instead of the report. The rules it learns from and compares with are the
/// library's without a model (an analyzer given none). Exit code 0, or 2 for bad arguments or a
/// corpus file that does not parse.</remarks>
public static class LearnCommand
{
    /// <summary>The verb that selects this command as the program's first argument.</summary>
    public const string Verb = "learn";

    /// <summary>The sets trained and tested on: the tuning sets only.</summary>
    public static readonly string[] Sets = ["dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28"];

    const string Russia = "russia";

    /// <summary>What a sentence is positive for.</summary>
    public enum Target
    {
        /// <summary>A claim mention against any actor, in any voice.</summary>
        Any,
        /// <summary>A claim mention against Russia, in any voice.</summary>
        Russia,
        /// <summary>A claim mention against any actor in the outlet's own voice.</summary>
        Outlet,
        /// <summary>A claim mention against Russia in the outlet's own voice: what the article-level label counts.</summary>
        RussiaOutlet,
    }

    static readonly Target[] Targets = Enum.GetValues<Target>();

    /// <summary>A sentence of a labelled article: its features, its labels and the rules' answers, per target.</summary>
    /// <param name="Set">The set the sentence's article belongs to.</param>
    /// <param name="Article">The article's index among the command's articles.</param>
    /// <param name="Index">The sentence's index in its article.</param>
    /// <param name="Outlet">Whether one of its words is in the outlet's voice.</param>
    /// <param name="Slots">Its hashed features.</param>
    /// <param name="Labels">Per <see cref="Target"/>: does it hold a labelled claim mention of that kind.</param>
    /// <param name="Rules">Per <see cref="Target"/>: does the tool have a claim mention of that kind in it.</param>
    /// <param name="MarkerFraming">The framing its own markers suggest (denial, hedge, attribution or reporting phrase,
    /// else asserted): a stand-in for the framing the library would give a mention added there.</param>
    /// <param name="ReaderFraming">The reader's framing of its first outlet-voice claim against russia, or null.</param>
    public sealed record SentenceRow(string Set, int Article, int Index, bool Outlet, int[] Slots, bool[] Labels, bool[] Rules,
        Framing MarkerFraming, Framing? ReaderFraming);

    /// <summary>An article: the reader's and the tool's article-level label for russia (outlet voice), and the tool's
    /// outlet-voice mentions against russia by framing (indexed by <see cref="Framing"/>).</summary>
    public sealed record ArticleRow(string Set, string Id, string Reader, string Tool, int[] ToolFramings);

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static int Run(string[] args)
    {
        if (args.Contains("--framing")) // the mention-framing model (detector5)
            return LearnFramingCommand.Run(args, Path.Combine(Corpus.RepositoryRoot(), "tests", "validation"));
        var settings = new TrainingSettings();
        // The options kept in static fields are per run (a test may run the command twice in one process).
        CueBar = null;
        RelabelOthers = null;
        RelabelGate = null;
        var threshold = 0.5;
        var wordsOnly = false;
        var pipeline = false;
        var inSample = false;
        var explain = false;
        var probe = false;
        double? veto = null;
        double? relabelThreshold = null;
        IReadOnlyList<double>? nested = null;
        IReadOnlyList<double>? nestedClaimed = null;
        // --claimed-threshold: written into every model file as its claimedThreshold (the detector acts beyond the
        // fallback at that bar), or null (a fallback only); --nested-claimed chooses it per held-out set instead.
        double? claimed = null;
        var variant = DetectorVariant.Shipped;
        string? modelFile = null;
        string? exclude = null;
        IReadOnlyList<string> heldOut = Sets;
        var corpus = Path.Combine(Corpus.RepositoryRoot(), "tests", "validation");
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--bits" when int.TryParse(value, CultureInfo.InvariantCulture, out var bits) && bits is >= 8 and <= 26:
                    settings = settings with { Bits = bits }; i++; break;
                case "--lambda" when Number(value) is { } lambda && lambda >= 0:
                    settings = settings with { Lambda = lambda }; i++; break;
                case "--rate" when Number(value) is { } rate && rate > 0:
                    settings = settings with { LearningRate = rate }; i++; break;
                case "--epochs" when int.TryParse(value, CultureInfo.InvariantCulture, out var epochs) && epochs > 0:
                    settings = settings with { Epochs = epochs }; i++; break;
                case "--seed" when int.TryParse(value, CultureInfo.InvariantCulture, out var seed):
                    settings = settings with { Seed = seed }; i++; break;
                case "--threshold" when Number(value) is { } t && t is > 0 and < 1:
                    threshold = t; i++; break;
                case "--write-model" when value is not null:
                    modelFile = value; i++; break;
                case "--exclude" when value is not null && Sets.Contains(value):
                    exclude = value; i++; break;
                case "--pipeline":
                    pipeline = true; break;
                case "--held-out" when value is not null && value.Split(',') is var named && named.All(Sets.Contains):
                    heldOut = named; i++; break;
                case "--nested" when value is not null && Thresholds(value) is { } list:
                    nested = list; i++; break;
                case "--explain":
                    explain = true; break;
                case "--veto" when Number(value) is { } v && v is > 0 and < 1:
                    veto = v; i++; break;
                case "--relabel-others" when Number(value) is { } ro && ro is > 0 and < 1:
                    RelabelOthers = ro; i++; break;
                case "--relabel-gate" when value is ClaimSentenceModel.RolesGate:
                    RelabelGate = value; i++; break;
                case "--actor-threshold" when Number(value) is { } ab && ab is > 0 and < 1: // detector13
                    ActorBar = ab; i++; break;
                case "--cue-threshold" when Number(value) is { } cb && cb > 0: // above 1: ModelOptionChecks says why
                    CueBar = cb; i++; break;
                case "--probe":
                    probe = true; break;
                case "--in-sample":
                    inSample = true; break;
                case "--variant" when value is not null && ParseVariant(value) is { } parsed:
                    variant = parsed; i++; break;
                case "--claimed-threshold" when Number(value) is { } ct && ct is > 0 and < 1:
                    claimed = ct; i++; break;
                case "--nested-claimed" when value is not null && Thresholds(value) is { } bars:
                    nestedClaimed = bars; i++; break;
                case "--relabel-threshold" when Number(value) is { } r && r is > 0 and < 1:
                    relabelThreshold = r; i++; break;
                case "--words-only":
                    wordsOnly = true; break;
                case "--average-seeds" when int.TryParse(value, CultureInfo.InvariantCulture, out var k) && k is >= 1 and <= 50:
                    settings = settings with { Average = k }; i++; break;
                case "--bootstrap":
                    settings = settings with { Bootstrap = true }; break;
                case "--min-sets" when int.TryParse(value, CultureInfo.InvariantCulture, out var ms) && ms >= 1:
                    settings = settings with { MinSets = ms }; i++; break;
                case "--features" when value is not null && Enum.TryParse<ClaimFeatureSet>(value, ignoreCase: true, out var set) && Enum.IsDefined(set):
                    settings = settings with { Features = set }; i++; break;
                case "--corpus" when value is not null:
                    corpus = value; i++; break;
                default:
                    return Usage($"bad argument '{args[i]}'");
            }
        }

        Veto = veto;
        if (ClaimedThresholdError(threshold, claimed, nested) is { } error) return Usage(error);
        if (ModelOptionChecks.CueThresholdError(threshold, CueBar, nested) is { } cueError) return Usage(cueError);
        if (RelabelOthers is { } others && others < (nested?.Max() ?? threshold))
            return Usage("--relabel-others is below the threshold: a model's relabelThreshold must be at least its threshold");

        var analyzer = BuiltInLexicons.Analyzer(model: null); // the rules alone
        var kinds = ClaimSentenceFeatures.LexiconKindsOf(analyzer);
        var sentences = new List<SentenceRow>();
        var articles = new List<ArticleRow>();
        var labelled = new List<LabelledArticle>();
        foreach (var set in Sets)
        {
            var folder = Path.Combine(corpus, set);
            if (!Directory.Exists(folder)) return Usage($"{folder}: no such folder");
            foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
            {
                LabelledArticle article;
                try
                {
                    article = LabelledArticle.Parse(File.ReadAllText(file));
                }
                catch (FormatException e)
                {
                    return Usage(e.Message);
                }
                labelled.Add(article);
                articles.Add(Rows(analyzer, kinds, settings.Bits, set, articles.Count, article, sentences, wordsOnly, settings.Features));
            }
        }

        if (modelFile is not null)
        {
            var training = sentences.Where(s => s.Set != exclude).ToList();
            var fitted = FitRussiaOutlet(training, settings);
            File.WriteAllText(modelFile, ModelJson(fitted, threshold, training, exclude, settings, claimed));
            Console.WriteLine($"learn: wrote {modelFile} ({training.Count} sentences{(exclude is null ? "" : $", {exclude} left out")}, threshold {threshold})");
            return 0;
        }

        if (probe)
        {
            Console.Write(ProbeReport(sentences, articles, settings));
            return 0;
        }

        if (pipeline)
        {
            Console.Write(PipelineReport(analyzer, sentences, articles, labelled, settings, threshold, variant, explain, nested, relabelThreshold, heldOut, claimed, nestedClaimed));
            return 0;
        }

        if (inSample)
        {
            Console.Write(InSampleReport(analyzer, sentences, articles, labelled, settings, threshold, variant, relabelThreshold, claimed));
            return 0;
        }

        var output = new StringBuilder();
        output.AppendLine(CultureInfo.InvariantCulture, $"learn: {articles.Count} articles, {sentences.Count} sentences of {string.Join(", ", Sets)}; " +
                          $"bits {settings.Bits}, lambda {settings.Lambda}, rate {settings.LearningRate}, epochs {settings.Epochs}, " +
                          $"seed {settings.Seed}, threshold {threshold}{(wordsOnly ? ", words only (no lexicon evidence)" : "")}");
        output.AppendLine();

        var folds = LeaveOneSetOut.Split(Enumerable.Range(0, sentences.Count).ToList(), i => sentences[i].Set);
        // probabilities[target][sentence]: from the model that did not see the sentence's set.
        var probabilities = Targets.Select(_ => new double[sentences.Count]).ToArray();
        foreach (var target in Targets)
            foreach (var fold in folds)
            {
                var model = LogisticRegression.Fit([.. fold.Train.Select(i => new Example(sentences[i].Slots, sentences[i].Labels[(int)target]))], settings);
                foreach (var i in fold.Test) probabilities[(int)target][i] = model.Probability(sentences[i].Slots);
            }

        foreach (var target in Targets)
            PrintSentenceTable(output, target, sentences, probabilities[(int)target], threshold, settings);

        PrintArticleProxy(output, sentences, articles, probabilities[(int)Target.RussiaOutlet], [threshold, 0.7, 0.8, 0.9]);
        PrintArticleSimulation(output, sentences, articles, probabilities[(int)Target.RussiaOutlet], [threshold, 0.7, 0.8, 0.9]);
        Console.Write(output.ToString());
        return 0;
    }

    /// <summary>detector12: how the weights were fitted beyond one seed, for the model file's description.</summary>
    static string Ensemble(TrainingSettings settings) =>
        (settings.Average > 1 ? $", the mean of {settings.Average} fits (seeds {settings.Seed} + {LogisticRegression.MemberSeedStep} k, k < {settings.Average}{(settings.Bootstrap ? ", each on a bootstrap sample" : "")}; --average-seeds {settings.Average}{(settings.Bootstrap ? " --bootstrap" : "")})" : settings.Bootstrap ? ", fitted to a bootstrap sample (--bootstrap)" : "") +
        (settings.MinSets > 1 ? $", features seen in fewer than {settings.MinSets} sets left out (--min-sets {settings.MinSets})" : "");

    /// <summary>The model file the library reads (<c>ClaimSentenceModel.Parse</c>): weights rounded to 4 decimals,
    /// those that round to 0 left out.</summary>
    static string ModelJson(LogisticRegression model, double threshold, List<SentenceRow> training, string? exclude, TrainingSettings settings,
        double? claimed = null)
    {
        var sets = Sets.Where(s => s != exclude).ToList();
        var o = new StringBuilder();
        o.AppendLine("{");
        o.AppendLine("  \"name\": \"claim-sentences\",");
        o.AppendLine(CultureInfo.InvariantCulture, $"  \"version\": {ModelVersion},");
        o.AppendLine(CultureInfo.InvariantCulture, $"  \"description\": \"Probability that a sentence holds a claim against russia in the outlet's voice: logistic regression over hashed words, word pairs, stems and the lexicons' evidence{(settings.Features is ClaimFeatureSet.WordsAndRoles ? ", and the roles the claim rules give the sentence's words" : "")} (bench learn --threshold T{(settings.Features != ClaimFeatureSet.Words ? $" --features {settings.Features.ToString().ToLowerInvariant()}" : "")}{(claimed is { } c ? $" --claimed-threshold {c.ToString(CultureInfo.InvariantCulture)}" : "")}{(RelabelOthers is { } ro ? $" --relabel-others {ro.ToString(CultureInfo.InvariantCulture)}" : "")}{(RelabelOthers is not null && RelabelGate is { } rg ? $" --relabel-gate {rg}" : "")}{(CueBar is { } cb ? $" --cue-threshold {cb.ToString(CultureInfo.InvariantCulture)}" : "")}{(ActorBar is { } ab ? $" --actor-threshold {ab.ToString(CultureInfo.InvariantCulture)}" : "")}{(settings.Average > 1 ? $" --average-seeds {settings.Average}" : "")} --write-model FILE; docs/VALIDITY.md, learn1, ship2, detector2, detector3, detector4, detector7, detector8, detector9, detector9b, detector10, detector11, detector12, detector13 and detector13b). Trained on {string.Join(", ", sets)}: {training.Count} sentences, lambda {settings.Lambda}, rate {settings.LearningRate}, epochs {settings.Epochs}, seed {settings.Seed}{Ensemble(settings)}.\",");
        if (settings.Features != ClaimFeatureSet.Words)
            o.AppendLine(CultureInfo.InvariantCulture, $"  \"features\": \"{settings.Features.ToString().ToLowerInvariant()}\",");
        o.AppendLine(CultureInfo.InvariantCulture, $"  \"bits\": {settings.Bits},");
        o.AppendLine(CultureInfo.InvariantCulture, $"  \"threshold\": {threshold},");
        if (claimed is { } bar)
            o.AppendLine(CultureInfo.InvariantCulture, $"  \"claimedThreshold\": {bar},");
        if (RelabelOthers is { } relabel)
            o.AppendLine(CultureInfo.InvariantCulture, $"  \"relabelThreshold\": {relabel},");
        if (RelabelOthers is not null && RelabelGate is { } gate)
            o.AppendLine(CultureInfo.InvariantCulture, $"  \"relabelGate\": \"{gate}\",");
        if (CueBar is { } cueBar)
            o.AppendLine(CultureInfo.InvariantCulture, $"  \"cueThreshold\": {cueBar},");
        if (ActorBar is { } actorBar)
            o.AppendLine(CultureInfo.InvariantCulture, $"  \"actorThreshold\": {Math.Max(actorBar, threshold)},");
        o.AppendLine(CultureInfo.InvariantCulture, $"  \"bias\": {Math.Round(model.Bias, 4)},");
        o.Append("  \"weights\": [");
        var written = 0;
        foreach (var (slot, weight) in model.NonZeroWeights())
        {
            var rounded = Math.Round(weight, 4);
            if (rounded == 0) continue;
            o.Append(written == 0 ? "\n    " : written % 12 == 0 ? ",\n    " : ",").Append(CultureInfo.InvariantCulture, $"[{slot},{rounded}]");
            written++;
        }
        o.AppendLine("\n  ]");
        o.AppendLine("}");
        return o.ToString();
    }

    /// <summary>
    /// The whole pipeline, leave-one-set-out: for each set, the "russia, outlet voice" model fitted to the other eight
    /// (written and read back in the library's format, so rounding is included) runs inside the analysis
    /// (<c>ClaimSentenceDetector</c>), and the corpus evaluation compares the set's labels with the rules alone and with
    /// the rules and that model.
    /// </summary>
    /// <summary>The veto (<c>--veto V</c>, detector9): every model the command builds drops the rules' russia mentions in
    /// sentences it scores below V.</summary>
    static double? Veto;

    /// <summary><c>--relabel-others R</c> (detector9): every model file the command writes says <c>"relabelThreshold": R</c>
    /// (the detector relabels the rules' mentions of another actor in the sentences it rates at least R).</summary>
    static double? RelabelOthers;

    /// <summary><c>--relabel-gate roles</c> (detector9b): with <c>--relabel-others</c>, every model file the command writes
    /// says <c>"relabelGate": "roles"</c> (no relabelling where the rules' actor is named in the mention's clause, or russia
    /// only accuses or suffers).</summary>
    static string? RelabelGate;

    /// <summary><c>--cue-threshold Q</c> (detector10): every model file the command writes says <c>"cueThreshold": Q</c> (at
    /// least its threshold): the detector's new mention stands on a victim or place cue only in a sentence rated at least Q;
    /// 1: never.</summary>
    static double? CueBar;

    /// <summary><c>--actor-threshold A</c> (detector13): every model file the command writes says <c>"actorThreshold": A</c>
    /// (at least its threshold): a sentence naming russia as an actor in the outlet's voice, without an act word of the
    /// lexicon, is scored too and counts at A.</summary>
    static double? ActorBar;

    static string PipelineReport(FramingAnalyzer analyzer, List<SentenceRow> sentences, List<ArticleRow> articles,
        List<LabelledArticle> labelled, TrainingSettings settings, double threshold, DetectorVariant variant, bool explain,
        IReadOnlyList<double>? nested, double? relabelThreshold, IReadOnlyList<string> heldOut, double? claimed, IReadOnlyList<double>? nestedClaimed = null)
    {
        var o = new StringBuilder();
        o.AppendLine(CultureInfo.InvariantCulture, $"learn --pipeline: the library's analysis with each held-out set's model (threshold {threshold}, variant {variant}), against the rules alone");
        o.AppendLine("| held-out set | article framing, russia: rules | rules + model | mention recall / precision: rules | rules + model | mention actor: rules | rules + model | other actors' article framing: rules | rules + model |");
        o.AppendLine("|---|---:|---:|---|---|---:|---:|---:|---:|");
        var evaluator = new CorpusEvaluator(analyzer);
        int beforeAll = 0, afterAll = 0, total = 0;
        var changes = new StringBuilder();
        var explanations = new StringBuilder();
        var chosen = new StringBuilder();
        var detectorFraming = new List<DetectorTally>();
        foreach (var set in Sets.Where(heldOut.Contains))
        {
            var training = sentences.Where(s => s.Set != set).ToList();
            var fitted = FitRussiaOutlet(training, settings);
            var t = nested is null ? threshold : NestedThreshold(sentences, articles, labelled, settings, variant, relabelThreshold, set, nested, chosen, claimed);
            var bar = nestedClaimed is null ? claimed : NestedThreshold(sentences, articles, labelled, settings, variant, relabelThreshold, set, nestedClaimed, chosen, claimed, t);
            if (bar < t) bar = null; // --nested-claimed: a bar below the threshold is "the fallback only"
            var model = ClaimSentenceModel.Parse(ModelJson(fitted, t, training, set, settings, bar)).With(variant, relabelThreshold).WithVeto(Veto);
            var test = OfSet(articles, labelled, set);
            EvaluationReport before, after;
            before = evaluator.Evaluate(test);
            after = new CorpusEvaluator(BuiltInLexicons.Analyzer(model)).Evaluate(test);
            var b = before.FramingOf(Russia).Matrix;
            var a = after.FramingOf(Russia).Matrix;
            string Others(EvaluationReport r) =>
                $"{r.Framing.Where(f => f.Actor != Russia).Sum(f => f.Matrix.Agreed)}/{r.Framing.Where(f => f.Actor != Russia).Sum(f => f.Matrix.Total)}";
            o.AppendLine(CultureInfo.InvariantCulture, $"| {set} | {b.Agreed}/{b.Total} | {a.Agreed}/{a.Total} | " +
                $"{F(before.Mentions.Recall)} / {F(before.Mentions.Precision)} | {F(after.Mentions.Recall)} / {F(after.Mentions.Precision)} | " +
                $"{F(before.Mentions.ActorAccuracy)} | {F(after.Mentions.ActorAccuracy)} | {Others(before)} | {Others(after)} |");
            beforeAll += b.Agreed;
            afterAll += a.Agreed;
            total += b.Total;
            changes.AppendLine(CultureInfo.InvariantCulture, $"{set}: {Changes(before, after)}");
            detectorFraming.Add(DetectorMentions(BuiltInLexicons.Analyzer(model), sentences, articles, labelled, set));
            if (explain) Explain(explanations, analyzer, sentences, articles, labelled, set, model);
        }
        o.AppendLine(CultureInfo.InvariantCulture, $"| **pooled** | {beforeAll}/{total} ({F((double)beforeAll / total)}) | {afterAll}/{total} ({F((double)afterAll / total)}) | | | | | | |");
        o.AppendLine();
        o.AppendLine("Article framing of russia changed by the model (label: rules -> rules + model):");
        o.Append(changes);
        o.AppendLine();
        o.AppendLine("The detector's mentions held out (outlet voice, against russia): in a sentence the reader marks / framing agreed " +
                     "with the reader's (the mention's framing, the rules' at its span) / agreed if framed by the sentence's own markers; " +
                     "in a fallback article and in an article the rules claimed:");
        foreach (var (name, pick) in new (string, Func<DetectorTally, (int, int, int, int)>)[] { ("fallback", d => d.Fallback), ("claimed", d => d.Claimed) })
        {
            var rows = detectorFraming.Select(d => (d.Set, Tally: pick(d))).ToList();
            o.AppendLine(CultureInfo.InvariantCulture, $"{name}: {string.Join(", ", rows.Where(r => r.Tally.Item1 > 0).Select(r => $"{r.Set} {r.Tally.Item1}/{r.Tally.Item2}/{r.Tally.Item3}/{r.Tally.Item4}"))}; " +
                $"pooled {rows.Sum(r => r.Tally.Item1)} mentions, {rows.Sum(r => r.Tally.Item2)} in a reader's sentence, framing agreed {rows.Sum(r => r.Tally.Item3)} (markers: {rows.Sum(r => r.Tally.Item4)})");
        }
        if (nested is not null || nestedClaimed is not null)
        {
            o.AppendLine();
            o.AppendLine("Thresholds chosen by the inner leave-one-set-out (russia article framing agreed, pooled over the other sets):");
            o.Append(chosen);
        }
        if (explain)
        {
            o.AppendLine();
            o.AppendLine("Articles the rules call absent for russia wrongly: their sentences the held-out model scores 0.5 or more");
            o.Append(explanations);
        }
        return o.ToString();
    }

    /// <summary>
    /// detector9's probe (<c>learn --probe</c>): the held-out probabilities (each set scored by the "russia, outlet voice"
    /// model of the other sets) of (a) the sentences the rules give an outlet-voice claim against russia, true (the reader
    /// marks one there) and false, by band — what a veto of the rules' mentions in low-scoring sentences would remove —
    /// and (b) the sentences the reader marks that the rules leave without one, by situation (the article has a rules
    /// claim against russia or not; the sentence has the rules' outlet-voice mention of another actor), against the
    /// unlabelled sentences of the same situation in the same band.
    /// </summary>
    static string ProbeReport(List<SentenceRow> sentences, List<ArticleRow> articles, TrainingSettings settings)
    {
        var o = new StringBuilder();
        var p = new double[sentences.Count];
        foreach (var fold in LeaveOneSetOut.Split(Enumerable.Range(0, sentences.Count).ToList(), i => sentences[i].Set))
        {
            var model = FitRussiaOutlet(fold.Train.Select(i => sentences[i]), settings);
            foreach (var i in fold.Test) p[i] = model.Probability(sentences[i].Slots);
        }
        const int RO = (int)Target.RussiaOutlet;
        double[] bars = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5];
        o.AppendLine("(a) sentences with the rules' outlet-voice claim against russia, held-out p below the bar: true (reader marks russia/outlet) / false [false of which the reader marks another claim] (sets with a false one)");
        var rules = Enumerable.Range(0, sentences.Count).Where(i => sentences[i].Rules[RO]).ToList();
        o.AppendLine(CultureInfo.InvariantCulture, $"all: {rules.Count(i => sentences[i].Labels[RO])} true / {rules.Count(i => !sentences[i].Labels[RO])} false");
        foreach (var bar in bars)
        {
            var below = rules.Where(i => p[i] < bar).ToList();
            var falses = below.Where(i => !sentences[i].Labels[RO]).ToList();
            o.AppendLine(CultureInfo.InvariantCulture, $"p < {bar}: {below.Count - falses.Count} true / {falses.Count} false [{falses.Count(i => sentences[i].Labels[(int)Target.Any])}] " +
                $"({string.Join(", ", falses.GroupBy(i => sentences[i].Set).Select(g => $"{g.Key} {g.Count()}"))})");
        }
        o.AppendLine();
        o.AppendLine("(b) sentences the reader marks (russia, outlet) without the rules' mention, by situation and held-out p band: reader's / unlabelled outlet sentences of that situation");
        double[] bands = [0.9, 0.8, 0.7, 0.6, 0.5, 0.3, 0.0];
        string Band(double x) { foreach (var b in bands) if (x >= b) return b.ToString("0.0", CultureInfo.InvariantCulture); return "0.0"; }
        var situations = new (string Name, Func<SentenceRow, bool> Is)[]
        {
            ("fallback article, no rules mention in sentence", s => articles[s.Article].ToolFramings.Sum() == 0 && !s.Rules[(int)Target.Outlet]),
            ("claimed article, no rules mention in sentence", s => articles[s.Article].ToolFramings.Sum() > 0 && !s.Rules[(int)Target.Outlet]),
            ("sentence with rules outlet mention of another actor", s => s.Rules[(int)Target.Outlet]),
        };
        foreach (var (name, isIn) in situations)
        {
            var rows = Enumerable.Range(0, sentences.Count).Where(i => sentences[i].Outlet && !sentences[i].Rules[RO] && isIn(sentences[i])).ToList();
            o.AppendLine(CultureInfo.InvariantCulture, $"{name}: reader {rows.Count(i => sentences[i].Labels[RO])} of {rows.Count}");
            foreach (var b in bands)
            {
                var key = b.ToString("0.0", CultureInfo.InvariantCulture);
                var inBand = rows.Where(i => Band(p[i]) == key).ToList();
                o.AppendLine(CultureInfo.InvariantCulture, $"  p >= {key}: {inBand.Count(i => sentences[i].Labels[RO])} / {inBand.Count(i => !sentences[i].Labels[RO])}");
            }
        }
        return o.ToString();
    }

    /// <summary>
    /// Why <c>--claimed-threshold</c> cannot stand with the threshold(s), or null: a model file's <c>claimedThreshold</c>
    /// must be at least its <c>threshold</c> (<see cref="ClaimSentenceModel.Parse"/> rejects it otherwise, as the API
    /// does at start-up), so a bar below <c>--threshold</c>, or below a threshold of <c>--nested</c>, is refused before
    /// anything is trained or written.
    /// </summary>
    internal static string? ClaimedThresholdError(double threshold, double? claimed, IReadOnlyList<double>? nested)
    {
        if (claimed is not { } bar) return null;
        if (nested is null && bar < threshold)
            return $"--claimed-threshold {bar.ToString(CultureInfo.InvariantCulture)} is below --threshold {threshold.ToString(CultureInfo.InvariantCulture)}: a model's claimedThreshold must be at least its threshold";
        if (nested is not null && nested.Max() is var top && bar < top)
            return $"--claimed-threshold {bar.ToString(CultureInfo.InvariantCulture)} is below the --nested threshold {top.ToString(CultureInfo.InvariantCulture)}: a model's claimedThreshold must be at least its threshold";
        return null;
    }

    /// <summary>
    /// Nested leave-one-set-out: the threshold (of <paramref name="thresholds"/>) under which the models of the sets other
    /// than <paramref name="outer"/>, each fitted without <paramref name="outer"/> and itself, agree most with the labels
    /// of russia's article framing, pooled over those sets; ties go to the higher threshold. The outer set is never seen.
    /// </summary>
    static double NestedThreshold(List<SentenceRow> sentences, List<ArticleRow> articles, List<LabelledArticle> labelled,
        TrainingSettings settings, DetectorVariant variant, double? relabelThreshold, string outer, IReadOnlyList<double> thresholds, StringBuilder log,
        double? claimed, double? fixedThreshold = null)
    {
        var agreed = new int[thresholds.Count];
        foreach (var inner in Sets.Where(s => s != outer))
        {
            var training = sentences.Where(s => s.Set != outer && s.Set != inner).ToList();
            var fitted = FitRussiaOutlet(training, settings);
            var test = OfSet(articles, labelled, inner);
            for (var i = 0; i < thresholds.Count; i++)
            {
                // fixedThreshold: the fallback's threshold is fixed and the list is the bar beyond the fallback.
                var json = fixedThreshold is { } ft && thresholds[i] >= ft ? ModelJson(fitted, ft, training, inner, settings, thresholds[i])
                    : ModelJson(fitted, fixedThreshold ?? thresholds[i], training, inner, settings, fixedThreshold is null ? claimed : null);
                var at = ClaimSentenceModel.Parse(json).With(variant, relabelThreshold).WithVeto(Veto);
                agreed[i] += new CorpusEvaluator(BuiltInLexicons.Analyzer(at)).Evaluate(test).FramingOf(Russia).Matrix.Agreed;
            }
        }
        var best = 0;
        for (var i = 1; i < thresholds.Count; i++)
            if (agreed[i] > agreed[best] || (agreed[i] == agreed[best] && thresholds[i] > thresholds[best])) best = i;
        log.AppendLine(CultureInfo.InvariantCulture, $"{outer}{(fixedThreshold is null ? "" : " (beyond the fallback)")}: {string.Join(", ", thresholds.Select((t, i) => $"{t} {agreed[i]}"))} -> {thresholds[best]}");
        return thresholds[best];
    }

    /// <summary>For each article of <paramref name="set"/> that the rules call "absent" for russia where the reader does not:
    /// its sentences the held-out model scores 0.5 or more, with the probability, the reader's label and the rules' evidence
    /// of the claims lexicon in it (why the detector did or did not act).</summary>
    static void Explain(StringBuilder o, FramingAnalyzer analyzer, List<SentenceRow> sentences, List<ArticleRow> articles,
        List<LabelledArticle> labelled, string set, ClaimSentenceModel model)
    {
        for (var a = 0; a < articles.Count; a++)
        {
            var row = articles[a];
            if (row.Set != set || row.Tool != "absent" || row.Reader == "absent") continue;
            o.AppendLine(CultureInfo.InvariantCulture, $"{row.Id} (reader {row.Reader}):");
            var segmented = ArticleText.Compose(labelled[a].Parts);
            using var text = AnalyzedText.Analyze(segmented);
            var analysis = analyzer.Analyze(text);
            foreach (var s in sentences.Where(s => s.Article == a))
            {
                var p = model.Probability(s.Slots);
                if (p < 0.5 && !s.Labels[(int)Target.RussiaOutlet]) continue;
                var sentence = text.Sentences[s.Index];
                var evidence = string.Join(" ", analysis.Evidence.Where(e => e.Sentence == s.Index && analyzer.Lexicons[e.Lexicon].Kind == "claims")
                    .Select(e => $"{e.Category}{(e.Claim is { } c ? $"[{c.Actor},{c.Framing}]" : "")}/{e.Voice.ToString()[0]}"));
                o.AppendLine(CultureInfo.InvariantCulture, $"  p {p:0.00} reader {(s.Labels[(int)Target.RussiaOutlet] ? "Y" : "-")} {s.ReaderFraming} | {evidence} | {segmented.Text[sentence.Start..sentence.End].Replace('\n', ' ')}");
            }
        }
    }

    /// <summary>
    /// In-sample, the check of the regression floors: the "russia, outlet voice" model fitted to all the open sets (what
    /// <c>--write-model</c> writes) runs inside the analysis of each set, against the rules alone, with the figures
    /// DevHalfRegressionTests and Dev2RegressionTests guard (three decimals).
    /// </summary>
    static string InSampleReport(FramingAnalyzer analyzer, List<SentenceRow> sentences, List<ArticleRow> articles,
        List<LabelledArticle> labelled, TrainingSettings settings, double threshold, DetectorVariant variant, double? relabelThreshold, double? claimed)
    {
        var o = new StringBuilder();
        o.AppendLine(CultureInfo.InvariantCulture, $"learn --in-sample: the model of all the open sets (threshold {threshold}, variant {variant}) against the rules alone, rules -> model");
        o.AppendLine("| set | russia framing | kappa | mention recall | precision | actor | framing | voice | us / ukraine / israel / unknown framing |");
        o.AppendLine("|---|---|---|---|---|---|---|---|---|");
        var fitted = FitRussiaOutlet(sentences, settings);
        var model = ClaimSentenceModel.Parse(ModelJson(fitted, threshold, sentences, null, settings, claimed)).With(variant, relabelThreshold).WithVeto(Veto);
        var withModel = new CorpusEvaluator(BuiltInLexicons.Analyzer(model));
        var rules = new CorpusEvaluator(analyzer);
        int beforeAll = 0, afterAll = 0, total = 0;
        var changes = new StringBuilder();
        foreach (var set in Sets)
        {
            var test = OfSet(articles, labelled, set);
            var before = rules.Evaluate(test);
            var after = withModel.Evaluate(test);
            string P(double? b, double? a) => $"{F3(b)} -> {F3(a)}";
            string Others(EvaluationReport r) => string.Join(" / ", new[] { "us", "ukraine", "israel", "unknown" }.Select(k => r.FramingOf(k).Matrix.Agreed));
            var b = before.FramingOf(Russia).Matrix;
            var a = after.FramingOf(Russia).Matrix;
            o.AppendLine(CultureInfo.InvariantCulture, $"| {set} | {b.Agreed} -> {a.Agreed} /{b.Total} | {P(b.CohensKappa, a.CohensKappa)} | " +
                $"{P(before.Mentions.Recall, after.Mentions.Recall)} | {P(before.Mentions.Precision, after.Mentions.Precision)} | " +
                $"{P(before.Mentions.ActorAccuracy, after.Mentions.ActorAccuracy)} | {P(before.Mentions.FramingAccuracy, after.Mentions.FramingAccuracy)} | " +
                $"{P(before.Mentions.VoiceAccuracy, after.Mentions.VoiceAccuracy)} | {Others(before)} -> {Others(after)} |");
            beforeAll += b.Agreed;
            afterAll += a.Agreed;
            total += b.Total;
            changes.AppendLine(CultureInfo.InvariantCulture, $"{set}: {Changes(before, after)}");
        }
        o.AppendLine(CultureInfo.InvariantCulture, $"| **pooled** | {beforeAll} -> {afterAll} /{total} | | | | | | | |");
        o.AppendLine();
        o.AppendLine("Article framing of russia changed by the model (label: rules -> rules + model):");
        o.Append(changes);
        return o.ToString();
    }

    /// <summary>The detector's mentions of one held-out set, counted (mentions, in a sentence the reader marks, framing
    /// agreed with the reader's, agreed if framed by the sentence's markers instead), apart for articles where the rules
    /// found no outlet-voice claim against russia (the fallback) and articles where they did.</summary>
    sealed record DetectorTally(string Set, (int, int, int, int) Fallback, (int, int, int, int) Claimed);

    static DetectorTally DetectorMentions(FramingAnalyzer withModel, List<SentenceRow> sentences, List<ArticleRow> articles,
        List<LabelledArticle> labelled, string set)
    {
        (int, int, int, int) fallback = default, claimedTally = default;
        var rows = sentences.Where(s => s.Set == set).ToDictionary(s => (s.Article, s.Index));
        for (var a = 0; a < articles.Count; a++)
        {
            if (articles[a].Set != set) continue;
            var segmented = ArticleText.Compose(labelled[a].Parts);
            using var text = AnalyzedText.Analyze(segmented);
            var evidence = withModel.Analyze(text).Evidence;
            var claimed = evidence.Any(e => e.Claim is { Actor: Russia, Detector: false } && e.Voice == Voice.Outlet);
            foreach (var e in evidence)
            {
                if (e.Claim is not { Detector: true } claim) continue;
                var row = rows.GetValueOrDefault((a, e.Sentence));
                var inReader = row?.ReaderFraming is not null;
                var agreed = inReader && Same(row!.ReaderFraming!.Value, claim.Framing);
                var byMarkers = inReader && Same(row!.ReaderFraming!.Value, row.MarkerFraming);
                var t = claimed ? claimedTally : fallback;
                t = (t.Item1 + 1, t.Item2 + (inReader ? 1 : 0), t.Item3 + (agreed ? 1 : 0), t.Item4 + (byMarkers ? 1 : 0));
                if (claimed) claimedTally = t; else fallback = t;
            }
        }
        return new DetectorTally(set, fallback, claimedTally);
        static bool Same(Framing reader, Framing tool) => reader == tool || (reader is Framing.Denied or Framing.Hedged && tool is Framing.Denied or Framing.Hedged);
    }

    /// <summary>The detector's model (sentences holding a claim against russia in the outlet's voice) fitted to
    /// <paramref name="training"/>.</summary>
    /// <remarks>detector12: <c>--average-seeds K</c> and <c>--bootstrap</c> average K fits
    /// (<see cref="LogisticRegression.FitAveraged"/>); <c>--min-sets N</c> drops, before the fit, every feature slot seen in
    /// fewer than N of the training sentences' sets.</remarks>
    static LogisticRegression FitRussiaOutlet(IEnumerable<SentenceRow> training, TrainingSettings settings)
    {
        var rows = training as IReadOnlyList<SentenceRow> ?? [.. training];
        Func<SentenceRow, int[]> slotsOf = s => s.Slots;
        if (settings.MinSets > 1)
        {
            var kept = FeaturePruning.SlotsInGroups(rows, s => s.Slots, s => s.Set, settings.MinSets);
            slotsOf = s => [.. s.Slots.Where(kept.Contains)];
        }
        return LogisticRegression.FitAveraged([.. rows.Select(s => new Example(slotsOf(s), s.Labels[(int)Target.RussiaOutlet]))], settings);
    }

    /// <summary>The labelled articles of one set (<paramref name="articles"/> and <paramref name="labelled"/> are parallel).</summary>
    static List<LabelledArticle> OfSet(List<ArticleRow> articles, List<LabelledArticle> labelled, string set) =>
        [.. Enumerable.Range(0, labelled.Count).Where(a => articles[a].Set == set).Select(a => labelled[a])];

    /// <summary>The articles whose russia framing differs between two reports of the same articles: id, label, answers.</summary>
    static string Changes(EvaluationReport before, EvaluationReport after)
    {
        static Dictionary<string, EvaluationMiss> Misses(EvaluationReport r) =>
            r.Misses.Where(m => m.Kind == "framing:" + Russia).ToDictionary(m => m.ArticleId);
        var b = Misses(before);
        var a = Misses(after);
        var absent = b.Values.Count(m => m.Actual == "absent");
        var parts = new List<string>();
        foreach (var id in b.Keys.Union(a.Keys).Order(StringComparer.Ordinal))
        {
            var expected = (b.GetValueOrDefault(id) ?? a[id]).Expected;
            var was = b.GetValueOrDefault(id)?.Actual ?? expected;
            var now = a.GetValueOrDefault(id)?.Actual ?? expected;
            if (was != now) parts.Add($"{id} ({expected}: {was} -> {now})");
        }
        return $"rules miss {b.Count} (as absent {absent}); changed: {(parts.Count == 0 ? "none" : string.Join(", ", parts))}";
    }

    static string F3(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";

    /// <summary>A detector variant: <c>shipped</c>, <c>ship1</c>, or a comma-separated list of <c>fallback</c>,
    /// <c>rulesframing</c>, <c>nearestspan</c>, <c>norelabel</c>.</summary>
    internal static DetectorVariant? ParseVariant(string value)
    {
        var variant = DetectorVariant.Ship1;
        foreach (var part in value.Split(','))
        {
            if (!Enum.TryParse<DetectorVariant>(part.Trim(), ignoreCase: true, out var flag)) return null;
            variant |= flag;
        }
        return variant;
    }

    /// <summary>The version written into the model file: bump it whenever the shipped weights change.</summary>
    const int ModelVersion = 5;

    /// <summary>The sentence rows of one article (appended to <paramref name="sentences"/>) and its article row; with
    /// <paramref name="wordsOnly"/>, the features leave out what the lexicons found (an ablation).</summary>
    public static ArticleRow Rows(FramingAnalyzer analyzer, IReadOnlyList<string> kinds, int bits, string set, int articleIndex,
        LabelledArticle article, List<SentenceRow> sentences, bool wordsOnly = false, ClaimFeatureSet features = ClaimFeatureSet.Words)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(sentences);
        var segmented = ArticleText.Compose(article.Parts);
        using var text = AnalyzedText.Analyze(segmented);
        var analysis = analyzer.Analyze(text); // the rules alone (an analyzer without a model): the model is what is measured
        var count = text.Sentences.Length;
        var roles = ClaimSentenceFeatures.UsesRoles(features) ? analyzer.ClaimRoles(text, features) : null;
        var evidence = new List<Evidence>[count];
        for (var s = 0; s < count; s++) evidence[s] = [];
        foreach (var e in analysis.Evidence)
            if (e.Sentence >= 0 && e.Sentence < count) evidence[e.Sentence].Add(e);

        var labels = new bool[count, Targets.Length];
        var readerFraming = new Framing?[count];
        foreach (var claim in article.Labels.Claims)
        {
            if (LabelledArticle.Locate(segmented.Text, claim) is not var (start, _)) continue;
            var s = SentenceAt(text.Sentences, start);
            if (s < 0) continue;
            var russia = claim.Actor == Russia;
            var outlet = claim.Voice == "outlet";
            labels[s, (int)Target.Any] = true;
            labels[s, (int)Target.Russia] |= russia;
            labels[s, (int)Target.Outlet] |= outlet;
            labels[s, (int)Target.RussiaOutlet] |= russia && outlet;
            if (russia && outlet) readerFraming[s] ??= Enum.Parse<Framing>(claim.Framing, ignoreCase: true);
        }

        for (var s = 0; s < count; s++)
        {
            var sentence = text.Sentences[s];
            if ((sentence.Voices & Sentence.ScoredVoices) == 0) continue; // boilerplate only: never scored
            var rules = new bool[Targets.Length];
            foreach (var e in evidence[s])
            {
                if (e.Claim is not { } claim || e.Voice == Voice.None) continue;
                var russia = claim.Actor == Russia;
                var outlet = e.Voice == Voice.Outlet;
                rules[(int)Target.Any] = true;
                rules[(int)Target.Russia] |= russia;
                rules[(int)Target.Outlet] |= outlet;
                rules[(int)Target.RussiaOutlet] |= russia && outlet;
            }
            var row = new bool[Targets.Length];
            for (var t = 0; t < row.Length; t++) row[t] = labels[s, t];
            sentences.Add(new SentenceRow(set, articleIndex, s, sentence.Has(Voice.Outlet),
                ClaimSentenceFeatures.Of(text, s, wordsOnly ? [] : evidence[s], kinds, bits, features, roles?[s],
                    features is ClaimFeatureSet.WordsRolesAndContext ? ClaimSentenceFeatures.ContextOf(analysis.Evidence, s) : null), row, rules, MarkerFraming(evidence[s], kinds), readerFraming[s]));
        }

        var claims = analysis.Evidence.Where(e => e.Claim is not null && e.Voice != Voice.None).ToList();
        var tool = ClaimsSummary.Key(ClaimsSummary.From(claims).ArticleLabel(Russia));
        var framings = new int[4];
        foreach (var e in claims)
            if (e.Voice == Voice.Outlet && e.Claim!.Actor == Russia) framings[(int)e.Claim.Framing]++;
        return new ArticleRow(set, article.Id, article.Labels.FramingOf(Russia), tool, framings);
    }

    /// <summary>The framing a sentence's own markers suggest: a denial, else a hedge, else an attribution, accusation
    /// or reporting phrase, else asserted (the precedence of the labelling conventions).</summary>
    static Framing MarkerFraming(List<Evidence> evidence, IReadOnlyList<string> kinds)
    {
        bool Has(string category) => evidence.Any(e => kinds[e.Lexicon] == "claims" && e.Category == category);
        if (Has("denial")) return Framing.Denied;
        if (Has("hedge")) return Framing.Hedged;
        if (Has("attribution") || Has("accusation") || evidence.Any(e => e.Attribution is not null)) return Framing.Attributed;
        return Framing.Asserted;
    }

    /// <summary>The sentence holding character <paramref name="offset"/>: the first sentence that ends after it, or -1.</summary>
    public static int SentenceAt(ReadOnlySpan<Sentence> sentences, int offset)
    {
        for (var s = 0; s < sentences.Length; s++)
            if (offset < sentences[s].End) return s;
        return -1;
    }

    /// <summary>Counts of a binary decision against the labels.</summary>
    public readonly record struct Tally(int TruePositives, int FalsePositives, int FalseNegatives)
    {
        /// <summary>TP / (TP + FP), or null.</summary>
        public double? Precision => TruePositives + FalsePositives == 0 ? null : (double)TruePositives / (TruePositives + FalsePositives);

        /// <summary>TP / (TP + FN), or null.</summary>
        public double? Recall => TruePositives + FalseNegatives == 0 ? null : (double)TruePositives / (TruePositives + FalseNegatives);

        /// <summary>Harmonic mean of precision and recall, or null.</summary>
        public double? F1 => Precision is { } p && Recall is { } r && p + r > 0 ? 2 * p * r / (p + r) : null;

        /// <summary>This tally plus one decision.</summary>
        public Tally Add(bool predicted, bool actual) => (predicted, actual) switch
        {
            (true, true) => this with { TruePositives = TruePositives + 1 },
            (true, false) => this with { FalsePositives = FalsePositives + 1 },
            (false, true) => this with { FalseNegatives = FalseNegatives + 1 },
            _ => this,
        };
    }

    static void PrintSentenceTable(StringBuilder o, Target target, List<SentenceRow> sentences, double[] probability,
        double threshold, TrainingSettings settings)
    {
        o.AppendLine(CultureInfo.InvariantCulture, $"== sentences positive for: {Name(target)} (model trained leave-one-set-out, threshold {threshold}) ==");
        o.AppendLine("| held-out set | sentences | positive | rules P / R / F1 | model P / R / F1 | rules OR model P / R / F1 |");
        o.AppendLine("|---|---:|---:|---|---|---|");
        Tally allRules = default, allModel = default, allEither = default;
        var allPositive = 0;
        foreach (var set in Sets)
        {
            Tally rules = default, model = default, either = default;
            var n = 0;
            var positive = 0;
            for (var i = 0; i < sentences.Count; i++)
            {
                var s = sentences[i];
                if (s.Set != set) continue;
                n++;
                var actual = s.Labels[(int)target];
                if (actual) positive++;
                var byRules = s.Rules[(int)target];
                var byModel = probability[i] >= threshold;
                rules = rules.Add(byRules, actual);
                model = model.Add(byModel, actual);
                either = either.Add(byRules || byModel, actual);
            }
            o.AppendLine(CultureInfo.InvariantCulture, $"| {set} | {n} | {positive} | {Prf(rules)} | {Prf(model)} | {Prf(either)} |");
            allRules = Sum(allRules, rules);
            allModel = Sum(allModel, model);
            allEither = Sum(allEither, either);
            allPositive += positive;
        }
        o.AppendLine(CultureInfo.InvariantCulture, $"| **pooled** | {sentences.Count} | {allPositive} | {Prf(allRules)} | {Prf(allModel)} | {Prf(allEither)} |");

        // The same model fitted to all the open sets and tested on them: what it can fit, not what transfers.
        var all = LogisticRegression.Fit([.. sentences.Select(s => new Example(s.Slots, s.Labels[(int)target]))], settings);
        Tally seen = default;
        foreach (var s in sentences) seen = seen.Add(all.Probability(s.Slots) >= threshold, s.Labels[(int)target]);
        o.AppendLine(CultureInfo.InvariantCulture, $"fitted to all the open sets and tested on them (not transfer): model {Prf(seen)}");
        o.AppendLine();
    }

    static void PrintArticleProxy(StringBuilder o, List<SentenceRow> sentences, List<ArticleRow> articles, double[] probability,
        IReadOnlyList<double> thresholds)
    {
        const string Absent = "absent";
        o.AppendLine("== article-level proxy: russia, outlet voice (model of 'russia, outlet voice', leave-one-set-out) ==");
        o.AppendLine("missed: the tool says absent, the reader does not. caught: the model flags an outlet-voice sentence of it " +
                     "(of which: a sentence the reader marks). reader-absent: articles with no outlet-voice claim against russia; " +
                     "tool-absent too: those the tool gets right today; flagged: of those, the model flags a sentence (a new error).");
        o.AppendLine("| threshold | held-out set | missed | caught (true sentence) | reader-absent | tool-absent too | flagged |");
        o.AppendLine("|---:|---|---:|---:|---:|---:|---:|");
        foreach (var threshold in thresholds.Distinct())
        {
            int missedAll = 0, caughtAll = 0, caughtTrueAll = 0, readerAbsentAll = 0, bothAbsentAll = 0, flaggedAll = 0;
            foreach (var set in Sets)
            {
                int missed = 0, caught = 0, caughtTrue = 0, readerAbsent = 0, bothAbsent = 0, flagged = 0;
                for (var a = 0; a < articles.Count; a++)
                {
                    var article = articles[a];
                    if (article.Set != set) continue;
                    var flags = Enumerable.Range(0, sentences.Count)
                        .Where(i => sentences[i].Article == a && sentences[i].Outlet && probability[i] >= threshold).ToList();
                    if (article.Tool == Absent && article.Reader != Absent)
                    {
                        missed++;
                        if (flags.Count > 0) caught++;
                        if (flags.Any(i => sentences[i].Labels[(int)Target.RussiaOutlet])) caughtTrue++;
                    }
                    if (article.Reader == Absent)
                    {
                        readerAbsent++;
                        if (article.Tool == Absent)
                        {
                            bothAbsent++;
                            if (flags.Count > 0) flagged++;
                        }
                    }
                }
                o.AppendLine(CultureInfo.InvariantCulture, $"| {threshold} | {set} | {missed} | {caught} ({caughtTrue}) | {readerAbsent} | {bothAbsent} | {flagged} |");
                missedAll += missed; caughtAll += caught; caughtTrueAll += caughtTrue;
                readerAbsentAll += readerAbsent; bothAbsentAll += bothAbsent; flaggedAll += flagged;
            }
            o.AppendLine(CultureInfo.InvariantCulture, $"| {threshold} | **pooled** | {missedAll} | {caughtAll} ({caughtTrueAll}) | {readerAbsentAll} | {bothAbsentAll} | {flaggedAll} |");
        }
        o.AppendLine();
    }

    /// <summary>
    /// What the article-level label would become if every outlet-voice sentence the model flags, and in which the tool
    /// has no outlet-voice mention against russia, added one such mention: framed by the sentence's own markers
    /// (<see cref="SentenceRow.MarkerFraming"/>), or — an upper bound — by the reader when the reader marks a claim
    /// there.
    /// </summary>
    static void PrintArticleSimulation(StringBuilder o, List<SentenceRow> sentences, List<ArticleRow> articles, double[] probability,
        IReadOnlyList<double> thresholds)
    {
        o.AppendLine("== article-level framing, russia, outlet voice, if flagged sentences added a mention (simulation) ==");
        o.AppendLine("tool: today's label; +model (markers): one mention per flagged sentence, framed by the sentence's own markers; " +
                     "+model (reader's framing): framed as the reader frames that sentence's claim when there is one (an upper bound).");
        o.AppendLine($"| threshold | {string.Join(" | ", Sets)} | pooled |");
        o.AppendLine($"|---|{string.Concat(Enumerable.Repeat("---:|", Sets.Length + 1))}");
        string Row(string name, Func<int, string> label)
        {
            var cells = Sets.Select(set =>
            {
                var ids = Enumerable.Range(0, articles.Count).Where(a => articles[a].Set == set).ToList();
                return (ids.Count(a => label(a) == articles[a].Reader), ids.Count);
            }).ToList();
            var agreed = cells.Sum(c => c.Item1);
            var total = cells.Sum(c => c.Count);
            return $"| {name} | {string.Join(" | ", cells.Select(c => $"{c.Item1}/{c.Count}"))} | {agreed}/{total} ({F((double)agreed / total)}) |";
        }
        o.AppendLine(Row("tool", a => articles[a].Tool));
        foreach (var threshold in thresholds.Distinct())
        {
            foreach (var oracle in (bool[])[false, true])
                o.AppendLine(Row($"{threshold} +model ({(oracle ? "reader's framing" : "markers")})", a =>
                {
                    var counts = (int[])articles[a].ToolFramings.Clone();
                    for (var i = 0; i < sentences.Count; i++)
                    {
                        var s = sentences[i];
                        if (s.Article != a || !s.Outlet || s.Rules[(int)Target.RussiaOutlet] || probability[i] < threshold) continue;
                        counts[(int)(oracle && s.ReaderFraming is { } f ? f : s.MarkerFraming)]++;
                    }
                    // As ClaimsSummary.ArticleLabel: denials count as hedged.
                    return ClaimsSummary.Key(ClaimsSummary.Dominant(counts[(int)Framing.Asserted],
                        counts[(int)Framing.Hedged] + counts[(int)Framing.Denied], counts[(int)Framing.Attributed], 0));
                }));
        }
        o.AppendLine();
    }

    static Tally Sum(Tally a, Tally b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);

    static string Name(Target target) => target switch
    {
        Target.Any => "a claim, any actor, any voice",
        Target.Russia => "a claim against russia, any voice",
        Target.Outlet => "a claim, any actor, outlet voice",
        _ => "a claim against russia, outlet voice",
    };

    static string Prf(Tally t) => $"{F(t.Precision)} / {F(t.Recall)} / {F(t.F1)}";

    static string F(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";

    static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;

    /// <summary>A comma-separated list of thresholds, each between 0 and 1, or null.</summary>
    static IReadOnlyList<double>? Thresholds(string value)
    {
        var list = value.Split(',').Select(v => Number(v.Trim())).ToList();
        return list.All(t => t is > 0 and < 1) ? [.. list.Select(t => t!.Value)] : null;
    }

    static int Usage(string problem)
    {
        Console.Error.WriteLine($"learn: {problem}");
        Console.Error.WriteLine("   or: learn --framing [--seeds S1,S2,...] [--thresholds T1,...] [--lambda L] [--rate R] [--epochs E] [--bits B] [--drop PREFIX,...] [--held-out SET,...] [--in-sample] [--explain T] [--only marker|nomarker] [--toward F1,...]");
        Console.Error.WriteLine("usage: learn [--bits B] [--lambda L] [--rate R] [--epochs E] [--seed S] [--average-seeds K] [--bootstrap] [--min-sets N] [--threshold T] [--words-only] [--corpus DIR] [--write-model FILE [--exclude SET]] [--pipeline [--held-out SET,...] | --in-sample] [--features words|classes|wordsandclasses|roles|wordsandroles|wordsrolesandcontext|wordsrolesandorder] [--variant shipped|ship1|ship2|fallback,rulesframing,nearestspan,norelabel,relabelany,relabeleverywhere,namesrussia,hasclaim,targetsentences,dominantaccused,russiainclause] [--relabel-threshold R] [--explain] [--nested T1,T2,...] [--claimed-threshold C | --nested-claimed C1,C2,...] [--relabel-others R [--relabel-gate roles]] [--cue-threshold Q] [--veto V]");
        Console.Error.WriteLine("   or: learn --probe [--features F] (held-out scores of the rules' russia mentions and of the reader's sentences they miss)");
        return 2;
    }
}
