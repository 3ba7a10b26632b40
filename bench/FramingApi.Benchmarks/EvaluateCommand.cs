using System.Globalization;
using System.Text;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Statistics;
using FramingApi.Analysis.Validation;

namespace FramingApi.Benchmarks;

/// <summary>
/// <c>evaluate [--half dev|test|dev2|dev3|dev4|dev5|dev6|dev7|dev8|dev9|dev10|dev11|dev12|dev13|dev14|dev15|dev16|dev17|dev18|dev19|dev20|dev21|dev22|dev23|dev24|dev25|dev26|dev27|dev28|dev29] [--misses] [--gates] [--corpus DIR] [--model FILE|none] [--variant V]</c>: runs the analysis with the built-in lexicons
/// (seeds/lexicons) over the labelled validation corpus (tests/validation, see its README) and prints, per half, how
/// far it agrees with the labels: article-level framing per actor in the outlet's own voice (accuracy, confusion
/// matrix, per-class precision/recall/F1, Cohen's κ), mention-level agreement, topic coverage F1 per topic (micro and
/// macro) and anonymous sourcing; with <c>--misses</c>, every disagreement with its evidence; with <c>--gates</c> (claims
/// round 51), the misses too, each labelled span the tool did not find ending in the gate that stopped it
/// (<c>[gate b: act without agent 'killed']</c>: CorpusEvaluator.Gates; bench/claims-gates.py counts them); the trained
/// claim-sentence detector runs with the shipped model (<c>seeds/models/claim-sentences.json</c>), as in the API; with
/// <c>--model FILE</c>, with a model file <c>learn --write-model</c> wrote instead, <c>--model none</c> the rules alone
/// (docs/VALIDITY.md, learn1).
/// </summary>
/// <remarks>Exit code 0, or 2 for bad arguments or a corpus file that does not parse. What each figure means for a
/// researcher: docs/VALIDITY.md.</remarks>
public static class EvaluateCommand
{
    /// <summary>The verb that selects this command as the program's first argument.</summary>
    public const string Verb = "evaluate";

    static readonly string[] Halves = ["dev", "test", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29"];

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static int Run(string[] args)
    {
        var halves = Halves.ToList();
        var misses = false;
        var gates = false;
        var corpus = Path.Combine(Corpus.RepositoryRoot(), "tests", "validation");
        string? modelFile = null;
        DetectorVariant? variant = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--half" when i + 1 < args.Length && Halves.Contains(args[i + 1]):
                    halves = [args[++i]];
                    break;
                case "--corpus" when i + 1 < args.Length:
                    corpus = args[++i];
                    break;
                case "--misses":
                    misses = true;
                    break;
                case "--gates":
                    (misses, gates) = (true, true);
                    break;
                case "--model" when i + 1 < args.Length:
                    modelFile = args[++i];
                    break;
                case "--variant" when i + 1 < args.Length && LearnCommand.ParseVariant(args[i + 1]) is { } parsed:
                    variant = parsed; i++;
                    break;
                default:
                    return Usage($"bad argument '{args[i]}'");
            }
        }

        ClaimSentenceModel? model;
        if (modelFile is null) model = BuiltInLexicons.Model(); // the shipped analysis
        else if (modelFile == "none") model = null; // the rules alone
        else
        {
            if (!File.Exists(modelFile)) return Usage($"{modelFile}: no such file");
            try { model = ClaimSentenceModel.Parse(File.ReadAllText(modelFile)); }
            catch (FormatException e) { return Usage($"{modelFile}: {e.Message}"); }
        }
        if (variant is { } v) model = model?.With(v);
        var evaluator = new CorpusEvaluator(BuiltInLexicons.Analyzer(model)) { Gates = gates };
        var output = new StringBuilder();
        foreach (var half in halves)
        {
            var folder = Path.Combine(corpus, half);
            if (!Directory.Exists(folder)) return Usage($"{folder}: no such folder");
            List<LabelledArticle> articles;
            try
            {
                articles = [.. Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal)
                    .Select(f => LabelledArticle.Parse(File.ReadAllText(f)))];
            }
            catch (FormatException e)
            {
                return Usage(e.Message);
            }
            Print(output, half, folder, evaluator.Evaluate(articles), misses);
        }
        Console.Write(output.ToString());
        return 0;
    }

    static void Print(StringBuilder o, string half, string folder, EvaluationReport report, bool misses)
    {
        o.AppendLine($"== {half} half: {report.Articles} articles ({folder}) ==");
        o.AppendLine();

        var russia = report.FramingOf("russia").Matrix;
        o.AppendLine($"Article-level framing of claims against russia, outlet's own voice: accuracy {Ratio(russia.Agreed, russia.Total)}, " +
                     $"Cohen's kappa {F(russia.CohensKappa)}, macro-F1 {F(russia.MacroF1)}");
        Matrix(o, russia, "labels \\ tool");
        PerClass(o, russia);
        o.AppendLine();

        o.AppendLine("Article-level framing per actor (outlet voice; 'absent' counts: an article without mentions of the actor):");
        o.AppendLine($"  {"actor",-10} {"accuracy",-16} {"kappa",6}  {"labelled present",16}");
        foreach (var actor in report.Framing)
        {
            var m = actor.Matrix;
            var present = m.Total - m.ForClass("absent").Expected;
            o.AppendLine($"  {actor.Actor,-10} {Ratio(m.Agreed, m.Total),-16} {F(m.CohensKappa),6}  {present,16}");
        }
        o.AppendLine();

        var mentions = report.Mentions;
        o.AppendLine($"Mentions (labelled spans matched to the tool's claim mentions by overlap): labelled {mentions.Labelled}, " +
                     $"found {mentions.Found} (recall {F(mentions.Recall)}); tool mentions {mentions.ToolMentions}, " +
                     $"labelled by a reader {mentions.ToolMatched} (precision {F(mentions.Precision)})");
        o.AppendLine($"  of the {mentions.Found} matched: target {F(mentions.TargetAccuracy)}, actor {F(mentions.ActorAccuracy)}, " +
                     $"framing {F(mentions.FramingAccuracy)} (kappa {F(mentions.Framing.CohensKappa)}), voice {F(mentions.VoiceAccuracy)}");
        Matrix(o, mentions.Framing, "framing: labels \\ tool");
        o.AppendLine();

        o.AppendLine("Topic coverage (anywhere in the article, quotations included, comments excluded):");
        o.AppendLine($"  {"topic",-24} {"labelled",8} {"tool",5} {"both",5} {"precision",10} {"recall",7} {"F1",6}");
        foreach (var topic in report.Topics) Binary(o, topic.Topic, topic.Covered);
        Binary(o, "all (micro)", report.TopicsMicro);
        o.AppendLine($"  macro-F1 {F(report.TopicsMacroF1)}");
        o.AppendLine();

        var anonymous = report.AnonymousSourcing;
        o.AppendLine($"Anonymous sourcing (the outlet's own reporting relies on an unnamed source): labelled {anonymous.Expected}, " +
                     $"tool {anonymous.Actual}, both {anonymous.Agreed}; precision {F(anonymous.Precision)}, recall {F(anonymous.Recall)}, " +
                     $"F1 {F(anonymous.F1)}; accuracy {Ratio(report.Anonymous.Agreed, report.Anonymous.Total)}, kappa {F(report.Anonymous.CohensKappa)}");
        o.AppendLine();

        var articleMisses = report.Misses.Count(m => !m.Kind.Contains("mention", StringComparison.Ordinal));
        o.AppendLine($"Misses: {articleMisses} article-level (framing, topics, anonymous sourcing), " +
                     $"{report.Misses.Count - articleMisses} mention-level{(misses ? ":" : " (--misses lists them)")}");
        if (misses)
        {
            foreach (var miss in report.Misses.OrderBy(m => m.Kind.Contains("mention", StringComparison.Ordinal)).ThenBy(m => m.ArticleId, StringComparer.Ordinal))
                o.AppendLine($"  {miss.ArticleId} {miss.Kind}: expected {miss.Expected}, got {miss.Actual} — {miss.Evidence}");
        }
        o.AppendLine();
    }

    static void Matrix(StringBuilder o, ConfusionMatrix m, string corner)
    {
        const int width = 11;
        o.Append("  ").Append(corner.PadRight(24));
        foreach (var c in m.Classes) o.Append(c.PadLeft(width));
        o.AppendLine();
        foreach (var row in m.Classes)
        {
            o.Append("  ").Append(row.PadRight(24));
            foreach (var column in m.Classes) o.Append(m.Count(row, column).ToString(CultureInfo.InvariantCulture).PadLeft(width));
            o.AppendLine();
        }
    }

    static void PerClass(StringBuilder o, ConfusionMatrix m)
    {
        o.AppendLine($"  {"class",-12} {"labelled",8} {"tool",5} {"both",5} {"precision",10} {"recall",7} {"F1",6}");
        foreach (var c in m.PerClass())
            o.AppendLine($"  {c.Class,-12} {c.Expected,8} {c.Actual,5} {c.Agreed,5} {F(c.Precision),10} {F(c.Recall),7} {F(c.F1),6}");
    }

    static void Binary(StringBuilder o, string name, ClassAgreement c) =>
        o.AppendLine($"  {name,-24} {c.Expected,8} {c.Actual,5} {c.Agreed,5} {F(c.Precision),10} {F(c.Recall),7} {F(c.F1),6}");

    static string F(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";

    static string Ratio(int part, int whole) =>
        whole == 0 ? "n/a" : $"{((double)part / whole).ToString("0.00", CultureInfo.InvariantCulture)} ({part}/{whole})";

    static int Usage(string problem)
    {
        Console.Error.WriteLine($"evaluate: {problem}");
        Console.Error.WriteLine("usage: evaluate [--half dev|test|dev2|dev3|dev4|dev5|dev6|dev7|dev8|dev9|dev10|dev11|dev12|dev13|dev14|dev15|dev16|dev17|dev18|dev19|dev20|dev21|dev22|dev23|dev24|dev25|dev26|dev27|dev28|dev29] [--misses] [--gates] [--corpus DIR] [--model FILE|none] [--variant V (as learn's)]");
        return 2;
    }
}
