namespace FramingApi.Analysis.Tests.Statistics;

/// <summary>
/// The test classes whose coverage simulations bootstrap thousands of simulated sources: several seconds of both cores
/// in a Debug build. They run on their own, after the parallel tests, so that they neither compete with each other nor
/// slow the suite's other tests (one of which times a lexicon compile).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ResamplingSimulations
{
    public const string Name = "Resampling simulations";
}
