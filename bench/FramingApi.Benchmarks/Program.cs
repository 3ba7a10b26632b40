using BenchmarkDotNet.Running;
using FramingApi.Benchmarks;

// Either the throughput command over an NDJSON corpus (bench/analyze-corpus.sh):
//   dotnet run -c Release --project bench/FramingApi.Benchmarks -- analyze-corpus FILE.jsonl [--threads N] [--seconds S]
// or two builds' pipelines side by side in one process (their Release output folders):
//   dotnet run -c Release --project bench/FramingApi.Benchmarks -- compare-builds DIR_A DIR_B FILE.jsonl [ROUNDS]
// or the SHA-256 of every article's whole analysis (the same before and after a speed change):
//   dotnet run -c Release --project bench/FramingApi.Benchmarks -- digest FILE.jsonl
// or the agreement with the labelled validation corpus (bench/evaluate.sh, docs/VALIDITY.md):
//   dotnet run -c Release --project bench/FramingApi.Benchmarks -- evaluate [--half dev|test] [--misses]
// or a trained claim-sentence detector, leave-one-set-out over the tuning sets (docs/VALIDITY.md, learn1):
//   dotnet run -c Release --project bench/FramingApi.Benchmarks -- learn [--threshold T] [--pipeline] [--write-model FILE]
// or article extraction on a benchmark folder (bench/extraction.sh):
//   dotnet run -c Release --project bench/FramingApi.Benchmarks -- extraction DIR [--rounds R] [--worst K] [--page KEY]
// or where ingestion's CPU time goes, per stage (ArticleIngestion.Prepare):
//   dotnet run -c Release --project bench/FramingApi.Benchmarks -- ingest-stages FILE.jsonl [--rounds R] [--threads N]
// or the benchmarks chosen by the arguments, e.g.
//   dotnet run -c Release --project bench/FramingApi.Benchmarks -- --filter '*Pipeline*' --job short
// The benchmarks' corpus: $FRAMING_BENCH_CORPUS, else bench/corpus/brown.jsonl (bench/make-brown-corpus.sh), else seeds/articles/.
if (args is [AnalyzeCorpusCommand.Verb, .. var rest]) return AnalyzeCorpusCommand.Run(rest);
if (args is [CompareBuildsCommand.Verb, .. var compareArgs]) return CompareBuildsCommand.Run(compareArgs);
if (args is [DigestCommand.Verb, .. var digestArgs]) return DigestCommand.Run(digestArgs);
if (args is [EvaluateCommand.Verb, .. var options]) return EvaluateCommand.Run(options);
if (args is [LearnCommand.Verb, .. var learnArgs]) return LearnCommand.Run(learnArgs);
if (args is [IngestStagesCommand.Verb, .. var ingestArgs]) return IngestStagesCommand.Run(ingestArgs);
if (args is [ExtractionCommand.Verb, .. var extractionArgs]) return ExtractionCommand.Run(extractionArgs);
BenchmarkSwitcher.FromAssembly(typeof(Corpus).Assembly).Run(args);
return 0;
