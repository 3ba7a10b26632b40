using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace FramingApi.Benchmarks;

/// <summary>
/// Adds MB/s and words/s to the summary. Every benchmark that uses this config must process the whole
/// <see cref="Corpus.Default"/> once per operation; throughput is the corpus size divided by the mean time.
/// MB = 10^6 bytes of UTF-8 article text; words = letter/digit runs (<see cref="WordSplitter"/>).
/// </summary>
public sealed class ThroughputConfig : ManualConfig
{
    /// <summary>Adds the corpus, MB/s and words/s columns.</summary>
    public ThroughputConfig()
    {
        AddColumn(new CorpusColumn());
        AddColumn(new ThroughputColumn("MB/s", () => Corpus.Default.TextBytes / 1e6));
        AddColumn(new ThroughputColumn("words/s", () => CorpusWords.Value));
    }

    static readonly Lazy<double> CorpusWords =
        new(() => Corpus.Default.Documents.Sum(d => (double)WordSplitter.CountWords(d.Text)));

    sealed class CorpusColumn : IColumn
    {
        public string Id => "Corpus";
        public string ColumnName => "Corpus";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Params;
        public int PriorityInCategory => 0;
        public bool IsNumeric => false;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Corpus run once per operation: file, documents, MB of text";
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
            $"{Corpus.Default.Name} ({Corpus.Default.Documents.Count} docs, {Corpus.Default.TextBytes / 1e6:F2} MB)";
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;
    }

    sealed class ThroughputColumn(string name, Func<double> unitsPerOperation) : IColumn
    {
        public string Id => "Throughput." + name;
        public string ColumnName => name;
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => $"{name}: corpus size / mean time per operation";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var meanNanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
            if (meanNanoseconds is not > 0) return "NA";
            var perSecond = unitsPerOperation() / (meanNanoseconds.Value / 1e9);
            return perSecond >= 1e5 ? perSecond.ToString("N0") : perSecond.ToString("F1");
        }

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;
    }
}
