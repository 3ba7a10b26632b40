using System.ComponentModel;
using FramingApi.Analyses;
using FramingApi.Analysis.Lexicons;
using FramingApi.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Validation;

/// <summary>The query of GET /api/validation/sample.</summary>
public sealed class SampleQuery
{
    [NamesFrom(typeof(ValidationUnitNames)), FromQuery(Name = "unit"), Description("What to sample: claim (claim mentions of the claims lexicon, in the outlet's voice and quotations), sentence (sentences of headline, lead and body) or article.")]
    public string? Unit { get; init; }

    [FromQuery(Name = "n"), Description("Units to draw, 1-1000 (default 100); the whole population when it is smaller.")]
    public int? N { get; init; }

    [FromQuery(Name = "seed"), Description("Seed, 0 to 2^53 − 1: the same seed over the same data gives the same sample. Left out, one is chosen at random and returned.")]
    public long? Seed { get; init; }

    [FromQuery(Name = "story"), Description("Sample from this story's articles (slug), e.g. biden-icc-evidence-2023.")]
    public string? Story { get; init; }

    [FromQuery(Name = "sources"), Description("Sample from these sources' articles: comma-separated slugs (with from and to for a date range).")]
    public string? Sources { get; init; }

    [FromQuery(Name = "from"), Description("Only articles published at or after: a date (2023-07-01) or an ISO 8601 time with its offset (2023-07-01T14:00:00Z).")]
    public string? From { get; init; }

    [FromQuery(Name = "to"), Description("Only articles published at or before: a date (inclusive) or an ISO 8601 time with its offset (2023-07-01T14:00:00Z).")]
    public string? To { get; init; }

    [NamesFrom(typeof(ValidationSampling), nameof(ValidationSampling.Strata)), FromQuery(Name = "stratify"), Description("source: draw from each source's articles apart (see allocation).")]
    public string? Stratify { get; init; }

    [NamesFrom(typeof(ValidationSampling), nameof(ValidationSampling.Allocations)), FromQuery(Name = "allocation"), Description("With stratify=source: proportional (default; each source's share of n follows its share of the units) or equal (the same number from each source, as far as they have units).")]
    public string? Allocation { get; init; }

    [FromQuery(Name = "include_tool_labels"), Description("true: add the tool's value of every code-book field to each unit. Leave it out for blind coding.")]
    public bool? IncludeToolLabels { get; init; }

    [FromQuery(Name = "claims_lexicon"), Description("The claims lexicon whose mentions are claim units and whose framing the tool labels give (default: the built-in 'claims').")]
    public string? ClaimsLexicon { get; init; }

    [NamesFrom(typeof(OptionNames), nameof(OptionNames.JsonOrCsv)), FromQuery(Name = "format"), Description("json (default) or csv (one row per unit; tool labels as tool:<field> columns).")]
    public string? Format { get; init; }

    [FromQuery(Name = Infrastructure.CsvCells.Parameter), Description(Infrastructure.CsvCells.Description)]
    public bool? EscapeFormulas { get; init; }
}

/// <summary>
/// Draws samples for GET /api/validation/sample: the selected articles, their units (claim mentions from the stored
/// analysis, sentences as the analysis splits them, or the articles), a <see cref="Sampler"/> draw, and the units
/// with their text and context (and the tool's labels, only when asked).
/// </summary>
public sealed class ValidationSampling(ValidationStore store, AnalysisStore analyses, AnalyzerProvider analyzers, References references)
{
    /// <summary>The built-in claims lexicon (seeds/lexicons/claims.json), named as its kind.</summary>
    public const string DefaultClaimsLexicon = LexiconKinds.Claims;
    public const string BySource = "source";
    public const string Proportional = "proportional";
    public const string Equal = "equal";
    /// <summary>How a sample can be stratified (stratify=), and how a stratified one shares n out (allocation=).</summary>
    public static readonly NameSet Strata = new("stratification", BySource);
    public static readonly NameSet Allocations = new("allocation", Proportional, Equal);
    public const int DefaultSize = 100;
    public const int MaxSize = 1000;
    /// <summary>Most articles a claim or sentence sample is drawn from (their evidence or text is read whole).</summary>
    public const int MaxArticles = 5_000;
    /// <summary>Most articles an article sample is drawn from (only their ids are read).</summary>
    public const int MaxArticlesForArticleUnits = 100_000;
    /// <summary>Largest seed: 2^53 − 1, the largest integer JavaScript clients read exactly.</summary>
    public const long MaxSeed = (1L << 53) - 1;

    const string Method = "Every unit gets the key SHA-256(\"<seed>:<unit id>\") (its first 8 bytes, big-endian); the sample is the n units with the smallest keys";

    /// <summary>The sample, or null with the errors of a bad query.</summary>
    public async Task<SampleResponse?> DrawAsync(SampleQuery q, FieldErrors errors, CancellationToken ct)
    {
        var (unit, n, seed, stratified, equal) = CheckQuery(q, errors);
        var range = QueryValues.DateRange(q.From, q.To, errors);
        var sourceSlugs = QueryValues.SlugList(q.Sources);
        if (q.Story is null && sourceSlugs.Count == 0) errors.Add("story", "Give a story, or sources (and optionally from and to).");
        if (errors.Any) return null;

        var ids = await references.ResolveAsync(sourceSlugs, q.Story is null ? [] : [q.Story], ct);
        var storyId = ids.Story("story", q.Story, errors);
        foreach (var slug in sourceSlugs.Where(s => !ids.Sources.ContainsKey(s))) errors.Add("sources", SlugIds.UnknownSource(slug));
        var catalog = FieldCatalog.From(await analyzers.ActiveAsync(ct), q.ClaimsLexicon ?? DefaultClaimsLexicon);
        if (catalog.ClaimsLexiconProblem() is { } problem) errors.Add("claims_lexicon", problem);
        if (errors.Any) return null;

        var limit = unit == ValidationUnitNames.Article ? MaxArticlesForArticleUnits : MaxArticles;
        var articles = await store.PopulationAsync(new ArticleSelection(storyId, sourceSlugs.Select(s => ids.Sources[s]).ToList(), range.From, range.To),
            limit + 1, ct);
        if (articles.Count > limit)
        {
            errors.Add(q.Story is not null ? "story" : "sources", $"More than {limit:N0} articles to sample {unit} units from: narrow the selection (fewer sources, a shorter date range).");
            return null;
        }

        var (population, texts) = await PopulationAsync(unit, articles, catalog.ClaimsLexicon, ct);
        var drawn = Sampler.Draw(population, n, seed, stratified, equal);
        var units = await UnitsAsync(unit, drawn, texts, q.IncludeToolLabels == true ? catalog.Labelled(unit) : null, ct);
        var strata = stratified
            ? population.GroupBy(c => c.Source ?? "").OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new SampleStratum(g.First().Source, g.Count(), drawn.Count(d => (d.Source ?? "") == g.Key))).ToList()
            : [new SampleStratum(null, population.Count, drawn.Count)];
        return new SampleResponse(unit, seed, n, drawn.Count, population.Count, articles.Count, stratified ? BySource : null,
            stratified ? (equal ? Equal : Proportional) : null, strata,
            Method + (stratified ? $" in each source ({(equal ? Equal : Proportional)} allocation)" : "") + ", listed in key order.",
            catalog.ClaimsLexicon, catalog.CodeBook(unit), units);
    }

    static (string Unit, int N, long Seed, bool Stratified, bool Equal) CheckQuery(SampleQuery q, FieldErrors errors)
    {
        if (!ValidationUnitNames.Set.IsKnown(q.Unit)) errors.Add("unit", q.Unit is null ? $"Required: {ValidationUnitNames.Set.Describe()}." : ValidationUnitNames.Set.Unknown("unit", q.Unit));
        var n = q.N ?? DefaultSize;
        if (n is < 1 or > MaxSize) errors.Add("n", $"Must be between 1 and {MaxSize:N0}.");
        if (q.Seed is < 0 or > MaxSeed) errors.Add("seed", $"Must be between 0 and {MaxSeed} (2^53 − 1).");
        errors.OneOf("stratify", q.Stratify, Strata, "Leave it out for a sample that is not stratified.");
        errors.OneOf("allocation", q.Allocation, Allocations);
        if (q.Allocation is not null && q.Stratify is null) errors.Add("allocation", "Needs stratify=source.");
        errors.OneOf("format", q.Format, OptionNames.JsonOrCsv);
        Infrastructure.CsvCells.Check(q.EscapeFormulas, q.Format == "csv", errors);
        return (q.Unit ?? "", n, q.Seed ?? Random.Shared.NextInt64(0, MaxSeed + 1), q.Stratify is not null, q.Allocation == Equal);
    }

    /// <summary>The units of the selected articles (and the texts read on the way, for sentences).</summary>
    async Task<(List<Candidate>, IReadOnlyDictionary<long, ArticleText>?)> PopulationAsync(string unit, IReadOnlyList<PopulationArticle> articles,
        string claimsLexicon, CancellationToken ct)
    {
        var ids = articles.Select(a => a.Id).ToList();
        var sources = articles.ToDictionary(a => a.Id, a => a.Source);
        if (unit == ValidationUnitNames.Article)
            return (articles.Select(a => new Candidate(UnitRef.OfArticle(a.Id), a.Source)).ToList(), null);
        if (unit == ValidationUnitNames.Claim)
        {
            var evidence = await analyses.ReadEvidenceAsync(ids, claimsLexicon, ct);
            var claims = evidence.SelectMany(a => a.Value.Evidence
                    .Where(e => e.Framing is not null && e.Voice is VoiceNames.Outlet or VoiceNames.Quotation)
                    .Select(e => new Candidate(new UnitRef(ValidationUnitNames.Claim, a.Key, e.Start, e.End), sources[a.Key])))
                .DistinctBy(c => c.Unit.Id).ToList();
            return (claims, null);
        }
        var texts = await store.TextsAsync(ids, ct);
        var sentences = texts.Values.SelectMany(t => t.Sentences.Select(s => new Candidate(new UnitRef(ValidationUnitNames.Sentence, t.Id, s.Start, s.End), sources[t.Id])))
            .ToList();
        return (sentences, texts);
    }

    async Task<List<SampleUnit>> UnitsAsync(string unit, IReadOnlyList<Candidate> drawn, IReadOnlyDictionary<long, ArticleText>? texts,
        IReadOnlyList<FieldSpec>? labelled, CancellationToken ct)
    {
        var ids = drawn.Select(d => d.Unit.ArticleId).Distinct().ToList();
        texts ??= await store.TextsAsync(ids, ct);
        var evidence = labelled is null ? null : await analyses.ReadEvidenceAsync(ids, null, ct);
        var units = new List<SampleUnit>(drawn.Count);
        foreach (var candidate in drawn)
        {
            if (!texts.TryGetValue(candidate.Unit.ArticleId, out var text)) continue; // deleted while we read
            var u = unit == ValidationUnitNames.Article ? UnitRef.OfArticle(text.Id, text.Text.Length) : candidate.Unit;
            var context = text.Context(u);
            var labels = labelled?.ToDictionary(f => f.Name, f => f.ToolValue(u, evidence!.GetValueOrDefault(u.ArticleId)), StringComparer.Ordinal);
            units.Add(new SampleUnit(u.Id, text.Id, text.Source, text.Story, text.Title, text.PublishedAt, u.Start, u.End, text.Text[u.Start..u.End],
                context?.Start, context?.End, context is var (s, e) ? text.Text[s..e] : null, labels));
        }
        return units;
    }
}
