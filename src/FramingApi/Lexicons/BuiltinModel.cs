using FramingApi.Analysis.Scoring;
using FramingApi.Infrastructure;

namespace FramingApi.Lexicons;

/// <summary>
/// The trained claim-sentence model that ships with the built-in claims lexicon (<c>seeds/models/claim-sentences.json</c>,
/// written by the benchmark's <c>learn --threshold 0.7 --write-model</c>), read once at start-up. The built-in claims
/// lexicon names it (<see cref="Analysis.Lexicons.LexiconDefinition.Model"/>), so a new model file is a new claims
/// version and re-scoring job; lexicons posted through the API never name it (docs/ANALYSIS.md, LEXICONS.md).
/// </summary>
public sealed class BuiltinModel
{
    /// <summary>The model file, relative to the seeds folder.</summary>
    public const string File = "models/claim-sentences.json";

    public BuiltinModel(IConfiguration configuration, ILogger<BuiltinModel> log)
    {
        var path = SeedsFolder.Of(configuration, File);
        if (!System.IO.File.Exists(path))
        {
            log.LogInformation("No claim-sentence model at {Path}: the claims lexicon runs on its rules alone.", path);
            return;
        }
        // A malformed shipped model stops the start-up (FormatException): it is the project's own file.
        Model = ClaimSentenceModel.Parse(System.IO.File.ReadAllText(path));
        log.LogInformation("Claim-sentence model {Id}.", Model.Id);
    }

    /// <summary>The shipped model, or null when the file is missing.</summary>
    public ClaimSentenceModel? Model { get; }
}
