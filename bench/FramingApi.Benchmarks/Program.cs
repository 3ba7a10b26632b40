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
// or article extraction on a benchmark folder (bench/extraction.sh):
//   dotnet run -c Release --project bench/FramingApi.Benchmarks -- extraction DIR [--rounds R] [--worst K] [--page KEY]
// or the benchmarks chosen by the arguments, e.g.
//   dotnet run -c Release --project bench/FramingApi.Benchmarks -- --filter '*Pipeline*' --job short
// The benchmarks' corpus: $FRAMING_BENCH_CORPUS, else bench/corpus/brown.jsonl (bench/make-brown-corpus.sh), else seeds/articles/.
if (args is [AnalyzeCorpusCommand.Verb, .. var rest]) return AnalyzeCorpusCommand.Run(rest);
if (args is [CompareBuildsCommand.Verb, .. var compareArgs]) return CompareBuildsCommand.Run(compareArgs);
if (args is [DigestCommand.Verb, .. var digestArgs]) return DigestCommand.Run(digestArgs);
if (args is [EvaluateCommand.Verb, .. var options]) return EvaluateCommand.Run(options);
if (args is [ExtractionCommand.Verb, .. var extractionArgs]) return ExtractionCommand.Run(extractionArgs);
BenchmarkSwitcher.FromAssembly(typeof(Corpus).Assembly).Run(args);
return 0;
