using FramingApi.Analyses;
using FramingApi.Infrastructure;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Validation;

/// <summary>
/// Checks a sent set of codes against the stored articles and analysis and turns it into a set to store, or into
/// field errors that name the row and the field: <c>codes[3].value</c> (JSON) or <c>line[5].unit</c> (CSV). Nothing
/// is stored unless every row is right.
/// </summary>
public sealed class SetIntake(ValidationStore store, AnalysisStore analyses)
{
    /// <summary>Errors reported at most; the rest are counted.</summary>
    const int MaxErrors = 100;

    /// <summary>The set to store, or null with <paramref name="errors"/> filled in.</summary>
    public async Task<NewValidationSet?> CheckAsync(SentSet sent, FieldCatalog catalog, FieldErrors errors, CancellationToken ct)
    {
        var report = new ErrorCounter(errors);
        errors.Text("name", sent.Name, TextLimits.ValidationSetName);
        errors.Text("description", sent.Description, TextLimits.ValidationSetDescription, multiline: true);
        if (sent.Codes.Count == 0) report.Add("codes", "No codes: send at least one (unit, coder, field, value).");
        if (sent.Codes.Count > CodesReader.MaxCodes) report.Add("codes", $"At most {CodesReader.MaxCodes:N0} codes in one set.");
        if (errors.Any) return null;

        var (rows, located) = CheckRows(sent.Codes, catalog, report);
        CheckCoders(sent, rows, report);
        // Every unit that could be read is looked up, whatever else is wrong with its row, so one answer names every
        // unknown unit too.
        var units = await ResolveUnitsAsync(located, catalog.ClaimsLexicon, report, ct);
        if (errors.Any) return null;
        return new NewValidationSet(sent.Name, sent.Description, rows[0].Unit.Kind, catalog.ClaimsLexicon, units,
            rows.Select(r => new StoredCode(r.Unit.Id, r.Coder, r.Field.Name, r.Value)).ToList());
    }

    /// <summary>A row that passed the checks of its own: its unit parsed, its field known, its value one of the field's.</summary>
    sealed record Row(string Where, UnitRef Unit, string Coder, FieldSpec Field, string Value);

    /// <summary>The rows that are right on their own, and the unit of every row whose unit could be read (with where it was).</summary>
    static (List<Row> Rows, List<(string Where, UnitRef Unit)> Located) CheckRows(IReadOnlyList<SentCode> codes, FieldCatalog catalog,
        ErrorCounter report)
    {
        var rows = new List<Row>(codes.Count);
        var located = new List<(string, UnitRef)>(codes.Count);
        var seen = new Dictionary<(string, string, string), string>();
        string? kind = null;
        foreach (var code in codes)
        {
            var (unit, checkedRow) = CheckRow(code, catalog, ref kind, report);
            if (unit is { } u) located.Add((code.Where, u));
            if (checkedRow is not { } row) continue;
            if (seen.TryGetValue((row.Unit.Id, row.Coder, row.Field.Name), out var first))
                report.Add($"{code.Where}.field", $"{row.Coder} coded {row.Field.Name} of {row.Unit.Id} twice (also {first}).");
            else
                seen[(row.Unit.Id, row.Coder, row.Field.Name)] = code.Where;
            rows.Add(row);
        }
        return (rows, located);
    }

    /// <summary>One row on its own: its unit when it could be read, and the row when unit, coder, field and value are all right.</summary>
    static (UnitRef? Unit, Row? Row) CheckRow(SentCode code, FieldCatalog catalog, ref string? kind, ErrorCounter report)
    {
        UnitRef? unit = null;
        if (Required(code, code.Unit, "unit", report) is { } id)
        {
            unit = UnitRef.Parse(id, out var problem);
            if (unit is null) report.Add($"{code.Where}.unit", problem!);
            else if (kind is not null && unit.Value.Kind != kind)
            {
                report.Add($"{code.Where}.unit", $"A set holds units of one kind: {unit.Value.Id} is not a {kind} unit, as the first code's is.");
                unit = null;
            }
            kind ??= unit?.Kind;
        }
        var coder = Required(code, code.Coder, "coder", report);
        if (coder is not null && (coder.Length > TextLimits.Coder || FieldErrors.FindBadCharacter(coder, multiline: false) is not null))
        {
            report.Add($"{code.Where}.coder", "Must be 1-100 characters without control characters.");
            coder = null;
        }
        FieldSpec? field = null;
        if (Required(code, code.Field, "field", report) is { } name && unit is { } at)
        {
            field = catalog.Parse(name, at.Kind, out var problem);
            if (field is null) report.Add($"{code.Where}.field", problem!);
        }
        var value = Required(code, code.Value, "value", report);
        if (field is not null && value is not null && !field.Values.Contains(value))
        {
            report.Add($"{code.Where}.value", NameSets.Unknown(field.Values, $"{field.Name} value", value));
            value = null;
        }
        return (unit, unit is { } u && coder is not null && field is not null && value is not null ? new Row(code.Where, u, coder, field, value) : null);
    }

    static string? Required(SentCode code, string? value, string column, ErrorCounter report)
    {
        if (!string.IsNullOrWhiteSpace(value)) return value.Trim();
        report.Add($"{code.Where}.{column}", column == "value"
            ? "Required: every code needs a value (leave the row out if the coder did not code this unit)."
            : "Required.");
        return null;
    }

    /// <summary>Listed coders: each with codes, every code's coder listed.</summary>
    static void CheckCoders(SentSet sent, List<Row> rows, ErrorCounter report)
    {
        if (sent.Coders is null) return;
        var listed = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < sent.Coders.Count; i++)
        {
            var coder = sent.Coders[i]?.Trim();
            if (string.IsNullOrEmpty(coder)) report.Add($"coders[{i}]", "Required: a coder's name.");
            else if (!listed.TryAdd(coder, i)) report.Add($"coders[{i}]", $"{Echo.Quote(coder)} is listed twice (also coders[{listed[coder]}]).");
        }
        var coding = rows.Select(r => r.Coder).ToHashSet(StringComparer.Ordinal);
        foreach (var (coder, i) in listed.Where(c => !coding.Contains(c.Key)))
            report.Add($"coders[{i}]", $"Coder {Echo.Quote(coder)} has no codes: every coder listed must have at least one.");
        foreach (var row in rows.Where(r => !listed.ContainsKey(r.Coder)).DistinctBy(r => r.Coder))
            report.Add($"{row.Where}.coder", $"Coder {Echo.Quote(row.Coder)} is not in the coders list.");
    }

    /// <summary>
    /// Every unit must exist now: the article is stored, and a claim unit is a mention of the claims lexicon at that
    /// span, a sentence unit a sentence at that span (as GET /api/validation/sample draws them). Article units get
    /// their span (the whole text).
    /// </summary>
    async Task<IReadOnlyList<UnitRef>> ResolveUnitsAsync(List<(string Where, UnitRef Unit)> located, string claimsLexicon, ErrorCounter report,
        CancellationToken ct)
    {
        var first = located.GroupBy(r => r.Unit.Id).Select(g => g.First()).ToList();
        if (first.Count == 0) return [];
        var ids = first.Select(r => r.Unit.ArticleId).Distinct().ToList();
        var texts = await store.TextsAsync(ids, ct);
        var evidence = first[0].Unit.Kind == ValidationUnitNames.Claim ? await analyses.ReadEvidenceAsync(ids, claimsLexicon, ct) : null;
        var units = new List<UnitRef>(first.Count);
        foreach (var row in first)
        {
            var u = row.Unit;
            string? missing = !texts.TryGetValue(u.ArticleId, out var text) ? $"No article {u.ArticleId}."
                : u.Kind == ValidationUnitNames.Sentence && !text.Sentences.Contains((u.Start, u.End)) ? $"Article {u.ArticleId} has no sentence at {u.Start}-{u.End}."
                : u.Kind == ValidationUnitNames.Claim && !IsMention(evidence!, u, claimsLexicon)
                    ? $"Article {u.ArticleId} has no mention of the claims lexicon {Echo.Quote(claimsLexicon)} at {u.Start}-{u.End}."
                : null;
            if (missing is not null) report.Add($"{row.Where}.unit", $"Unknown unit {u.Id}: {missing} Units come from GET /api/validation/sample.");
            else units.Add(u.Kind == ValidationUnitNames.Article ? UnitRef.OfArticle(u.ArticleId, text!.Text.Length) : u);
        }
        return units;
    }

    static bool IsMention(IReadOnlyDictionary<long, ArticleEvidence> evidence, UnitRef unit, string lexicon) =>
        evidence.TryGetValue(unit.ArticleId, out var article)
        && article.Evidence.Any(e => e.Lexicon == lexicon && e.Framing is not null && e.Start == unit.Start && e.End == unit.End
                                     && e.Voice is VoiceNames.Outlet or VoiceNames.Quotation);

    /// <summary>Adds errors up to <see cref="MaxErrors"/>, then counts the rest under 'body'.</summary>
    sealed class ErrorCounter(FieldErrors errors)
    {
        int _count;

        public void Add(string field, string message)
        {
            if (++_count <= MaxErrors) errors.Add(field, message);
            else if (_count == MaxErrors + 1) errors.Add(FieldErrors.Body, $"More than {MaxErrors} problems; the first {MaxErrors} are listed.");
        }
    }
}
