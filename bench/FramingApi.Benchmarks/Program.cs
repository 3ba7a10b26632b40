using BenchmarkDotNet.Running;

// Runs the benchmarks chosen by the arguments, e.g.
//   dotnet run -c Release --project bench/FramingApi.Benchmarks -- --filter '*Baseline*' --job short
// The corpus: $FRAMING_BENCH_CORPUS, else bench/corpus/brown.jsonl (bench/make-brown-corpus.sh), else seeds/articles/.
BenchmarkSwitcher.FromAssembly(typeof(FramingApi.Benchmarks.Corpus).Assembly).Run(args);
