using FramingApi.Analyses;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Validation;

/// <summary>
/// The report of a stored set: the human codes from the set, the tool's values from the stored analysis (read
/// through <see cref="AnalysisStore"/> now, so it follows re-scoring), each field's figures from
/// <see cref="ReportBuilder"/>.
/// </summary>
public sealed class ValidationReporting(ValidationStore store, AnalysisStore analyses, AnalyzerProvider analyzers)
{
    public const int DefaultResamples = 1000;
    public const int MinResamples = 100;
    public const int MaxResamples = 10_000;
    public const long DefaultSeed = 1;
    const int MaxDisagreementText = 1000;

    const string BootstrapMethod = "Units are resampled with replacement, as many as the field has (a unit's codes and the tool's value "
        + "together). Alpha and kappa: percentile bootstrap, the 2.5th and 97.5th percentiles (type 7) of the figure over the resamples in "
        + "which it is defined, SplitMix64 from the seed. Shares (accuracy, agreement with a coder): the statistics library's cluster "
        + "bootstrap with each unit a cluster, bias-corrected and accelerated at expanded levels, seeded from the data; the Wilson "
        + "interval when all units agree or all disagree.";

    /// <summary>The report of set <paramref name="id"/>; null when there is no such set.</summary>
    public async Task<ValidationReport?> BuildAsync(long id, int resamples, long seed, CancellationToken ct)
    {
        if (await store.FindAsync(id, ct) is not { } set) return null;
        var articleIds = set.Units.Select(u => u.ArticleId).Distinct().ToList();
        var evidence = await analyses.ReadEvidenceAsync(articleIds,
            set.UnitKind == ValidationUnitNames.Claim ? set.ClaimsLexicon : null, ct);
        var texts = await store.TextsAsync(articleIds, ct);
        var catalog = FieldCatalog.From(await analyzers.ActiveAsync(ct), set.ClaimsLexicon);
        var units = set.Units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        var coders = set.Codes.Select(c => c.Coder).Distinct(StringComparer.Ordinal).ToList();

        var fields = new List<FieldReport>();
        foreach (var group in set.Codes.GroupBy(c => c.Field, StringComparer.Ordinal))
        {
            var field = catalog.Parse(group.Key, set.UnitKind, out _) ?? Unparsed(group.Key, set.ClaimsLexicon, group.Select(c => c.Value));
            var fieldCoders = coders.Where(c => group.Any(g => g.Coder == c)).ToList();
            var unitCodes = group.GroupBy(c => c.Unit, StringComparer.Ordinal).Select(g =>
            {
                var unit = units[g.Key];
                return new UnitCodes(unit, g.ToDictionary(c => c.Coder, c => c.Value, StringComparer.Ordinal),
                    field.ToolValue(unit, evidence.GetValueOrDefault(unit.ArticleId)));
            }).ToList();
            fields.Add(new ReportBuilder(field, fieldCoders, unitCodes, resamples, seed)
                .Build((unit, majority) => Disagreement(unit, majority, field, texts, evidence, set.ClaimsLexicon)));
        }

        var lexicons = evidence.Values.SelectMany(a => a.Lexicons).DistinctBy(l => l.LexiconVersionId)
            .OrderBy(l => l.Name, StringComparer.Ordinal).ThenBy(l => l.Version).ToList();
        return new ValidationReport(set.Id, set.Name, set.UnitKind, set.ClaimsLexicon, set.Units.Count, coders,
            set.Units.Count(u => !texts.ContainsKey(u.ArticleId)), lexicons,
            new BootstrapInfo(resamples, seed, BootstrapMethod),
            fields);
    }

    /// <summary>
    /// A field stored when the lexicons had it, which they no longer have (a topic removed): its values are the ones
    /// coded, and the tool answers it from what is stored.
    /// </summary>
    static FieldSpec Unparsed(string name, string claimsLexicon, IEnumerable<string> values)
    {
        var parts = name.Split(':', 3);
        var kind = parts[0];
        var (key, lexicon) = kind switch
        {
            ValidationFieldNames.Category when parts.Length == 3 => (parts[2], parts[1]),
            ValidationFieldNames.Framing or ValidationFieldNames.Actor => (parts.Length > 1 ? parts[1] : null, claimsLexicon),
            _ => (parts.Length > 1 ? parts[1] : null, (string?)null),
        };
        return new FieldSpec(name, kind, key, lexicon, values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());
    }

    static Disagreement Disagreement(UnitCodes codes, string majority, FieldSpec field, IReadOnlyDictionary<long, ArticleText> texts,
        IReadOnlyDictionary<long, ArticleEvidence> evidence, string claimsLexicon)
    {
        var u = codes.Unit;
        // The tool has a value, so the article was stored when its evidence was read; it may be deleted since.
        var text = texts.GetValueOrDefault(u.ArticleId);
        var unitText = text is null ? "" : text.Text[Math.Min(u.Start, text.Text.Length)..Math.Min(u.End, text.Text.Length)];
        if (unitText.Length > MaxDisagreementText) unitText = unitText[..(MaxDisagreementText - 1)] + "…";
        var basis = evidence.TryGetValue(u.ArticleId, out var article) ? field.Basis(u, article) : [];
        var lexicon = field.Kind switch
        {
            ValidationFieldNames.Framing or ValidationFieldNames.Actor => claimsLexicon,
            ValidationFieldNames.Category => field.Lexicon,
            _ => null,
        };
        return new Disagreement(u.Id, u.ArticleId, text?.Source, u.Start, u.End, unitText, codes.Tool!, majority, codes.Codes, basis,
            $"/api/articles/{u.ArticleId}/analysis" + (lexicon is null ? "" : $"?lexicon={Uri.EscapeDataString(lexicon)}"));
    }
}
