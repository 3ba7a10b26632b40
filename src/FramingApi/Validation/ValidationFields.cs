using FramingApi.Analyses;
using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;
using FramingApi.Infrastructure;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Validation;

/// <summary>
/// A field coders code, parsed: its kind (<see cref="ValidationFieldNames"/>), what it is about (an actor, a topic, a
/// lexicon and category) and its values. It also knows how the tool answers it from a unit's stored evidence.
/// </summary>
/// <param name="Name">The field as codes name it (<c>framing</c>, <c>topic:bucha</c>, <c>category:loaded:regime</c>).</param>
/// <param name="Kind">The part before the first colon.</param>
/// <param name="Key">The actor (framing of an actor), the topic, or the category; null for framing, actor and anonymous sourcing.</param>
/// <param name="Lexicon">The lexicon of a category field, or the claims lexicon of the claim fields; null otherwise.</param>
/// <param name="Values">The values the field takes, in the order reports show them.</param>
public sealed record FieldSpec(string Name, string Kind, string? Key, string? Lexicon, IReadOnlyList<string> Values)
{
    /// <summary>
    /// The tool's value for <paramref name="unit"/> from its article's stored evidence; null when the tool has none:
    /// no stored analysis by the lexicon the field needs, or (claim units) no mention at the unit's span any more.
    /// </summary>
    public string? ToolValue(UnitRef unit, ArticleEvidence? article)
    {
        if (article is null || !Scored(article)) return null;
        var basis = Basis(unit, article);
        return Kind switch
        {
            ValidationFieldNames.Framing when Key is null => basis.FirstOrDefault()?.Framing,
            ValidationFieldNames.Actor => basis.FirstOrDefault()?.Actor,
            ValidationFieldNames.Framing => FramingLabelNames.Map.Name(
                ClaimsSummary.From(basis.Select(ClaimSummaries.ToLibrary)).ArticleLabel(Key!, Voice.Outlet)),
            ValidationFieldNames.Category => basis.Count > 0 ? ValidationValueNames.Present : ValidationValueNames.Absent,
            _ => basis.Count > 0 ? ValidationValueNames.Yes : ValidationValueNames.No,
        };
    }

    /// <summary>
    /// The evidence inside the unit that the tool's value rests on: for a claim unit its mention; for the framing of
    /// an actor, the actor's claim mentions in the outlet's voice (the article-level rule reads only those); for a
    /// topic or a category, its matches in the outlet's voice and quotations (reader comments are never part of a
    /// unit); for anonymous sourcing, the outlet-voice reporting phrases with an anonymous source and matches of the
    /// sourcing lexicons' anonymous_source category (docs/VALIDITY.md).
    /// </summary>
    public IReadOnlyList<EvidenceDto> Basis(UnitRef unit, ArticleEvidence article)
    {
        var kinds = article.Lexicons.ToDictionary(l => l.Name, l => l.Kind, StringComparer.Ordinal);
        bool Inside(EvidenceDto e) => unit.Kind == ValidationUnitNames.Article || (e.Start >= unit.Start && e.Start < unit.End);
        bool Published(EvidenceDto e) => e.Voice is VoiceNames.Outlet or VoiceNames.Quotation;
        bool OfKind(EvidenceDto e, string kind) => kinds.GetValueOrDefault(e.Lexicon) == kind;
        Func<EvidenceDto, bool> test = Kind switch
        {
            ValidationFieldNames.Framing when Key is null => e => e.Lexicon == Lexicon && e.Framing is not null && e.Start == unit.Start && e.End == unit.End,
            ValidationFieldNames.Actor => e => e.Lexicon == Lexicon && e.Framing is not null && e.Start == unit.Start && e.End == unit.End,
            ValidationFieldNames.Framing => e => e.Lexicon == Lexicon && e.Framing is not null && e.Actor == Key && e.Voice == VoiceNames.Outlet && Inside(e),
            ValidationFieldNames.Topic => e => OfKind(e, LexiconKinds.Topics) && e.Category == Key && Published(e) && Inside(e),
            ValidationFieldNames.AnonymousSourcing => e => OfKind(e, LexiconKinds.Sourcing) && e.Voice == VoiceNames.Outlet && Inside(e)
                && (e.Attribution == AttributionNames.Anonymous || e.Category == SourcingCategoryNames.AnonymousSource),
            _ => e => e.Lexicon == Lexicon && e.Category == Key && Published(e) && Inside(e),
        };
        return article.Evidence.Where(test).ToList();
    }

    /// <summary>Whether the article was scored by the lexicon (or a lexicon of the kind) the field needs.</summary>
    bool Scored(ArticleEvidence article) => Kind switch
    {
        ValidationFieldNames.Topic => article.Lexicons.Any(l => l.Kind == LexiconKinds.Topics),
        ValidationFieldNames.AnonymousSourcing => article.Lexicons.Any(l => l.Kind == LexiconKinds.Sourcing),
        _ => article.Lexicons.Any(l => l.Name == Lexicon),
    };
}

/// <summary>
/// The fields that can be coded, from the current lexicons: framing and actor of claim mentions; for sentences and
/// articles the framing of each actor of the claims lexicon, each topic of the topics lexicons, anonymous sourcing,
/// and any category of any lexicon.
/// </summary>
public sealed class FieldCatalog
{
    readonly IReadOnlyList<string> _actors;
    readonly IReadOnlyList<string> _topics;
    readonly Dictionary<string, (string Kind, HashSet<string> Categories)> _lexicons;

    FieldCatalog(string claimsLexicon, LexiconSet active)
    {
        ClaimsLexicon = claimsLexicon;
        _lexicons = new(StringComparer.Ordinal);
        var topics = new List<string>();
        var actors = new List<string>();
        foreach (var lexicon in active.Analyzer.Lexicons)
        {
            _lexicons[lexicon.Name] = (lexicon.Kind, lexicon.Categories.Select(c => c.Key).ToHashSet(StringComparer.Ordinal));
            if (lexicon.Kind == LexiconKinds.Topics) topics.AddRange(lexicon.Categories.Select(c => c.Key));
            if (lexicon.Name == claimsLexicon) actors.AddRange(lexicon.Categories.Where(c => c.Role == CategoryRoles.Actor).Select(c => c.Key));
        }
        _topics = topics.Distinct(StringComparer.Ordinal).ToList();
        _actors = [.. actors.Distinct(StringComparer.Ordinal), ClaimActorNames.Unknown];
    }

    /// <summary>The catalog of the latest lexicon versions, with <paramref name="claimsLexicon"/> as the claims lexicon.</summary>
    public static FieldCatalog From(LexiconSet active, string claimsLexicon) => new(claimsLexicon, active);

    /// <summary>The claims lexicon the claim fields read.</summary>
    public string ClaimsLexicon { get; }

    /// <summary>Whether a lexicon of the claims lexicon's name exists (of any kind).</summary>
    public bool ClaimsLexiconExists => _lexicons.ContainsKey(ClaimsLexicon);

    /// <summary>What is wrong with the claims lexicon's name, or null: it must exist and be of kind claims.</summary>
    public string? ClaimsLexiconProblem() =>
        !_lexicons.TryGetValue(ClaimsLexicon, out var lexicon) ? $"No lexicon {Echo.Quote(ClaimsLexicon)}."
        : lexicon.Kind != LexiconKinds.Claims ? $"{Echo.Quote(ClaimsLexicon)} is a {lexicon.Kind} lexicon, not a claims lexicon."
        : null;

    /// <summary>The field named <paramref name="field"/> for units of <paramref name="unitKind"/>; null with a message when there is none.</summary>
    public FieldSpec? Parse(string field, string unitKind, out string? problem)
    {
        var colon = field.IndexOf(':');
        var kind = colon < 0 ? field : field[..colon];
        var rest = colon < 0 ? null : field[(colon + 1)..];
        var claim = unitKind == ValidationUnitNames.Claim;
        problem = null;
        FieldSpec? spec = (kind, rest) switch
        {
            (ValidationFieldNames.Framing, null) when claim => new(field, kind, null, ClaimsLexicon, FramingNames.Map.Names),
            (ValidationFieldNames.Actor, null) when claim => new(field, kind, null, ClaimsLexicon, _actors),
            (ValidationFieldNames.Framing, { } actor) when !claim && _actors.Contains(actor) => new(field, kind, actor, ClaimsLexicon, FramingLabelNames.UnitLabels.Names),
            (ValidationFieldNames.Topic, { } topic) when !claim && _topics.Contains(topic) => new(field, kind, topic, null, ValidationValueNames.YesNo.Names),
            (ValidationFieldNames.AnonymousSourcing, null) when !claim => new(field, kind, null, null, ValidationValueNames.YesNo.Names),
            (ValidationFieldNames.Category, { } category) when !claim => Category(field, category),
            _ => null,
        };
        if (spec is null) problem = Unknown(field, kind, rest, claim);
        return spec;
    }

    FieldSpec? Category(string field, string rest)
    {
        var colon = rest.IndexOf(':');
        if (colon <= 0 || !_lexicons.TryGetValue(rest[..colon], out var lexicon) || !lexicon.Categories.Contains(rest[(colon + 1)..])) return null;
        return new FieldSpec(field, ValidationFieldNames.Category, rest[(colon + 1)..], rest[..colon], ValidationValueNames.PresentAbsent.Names);
    }

    string Unknown(string field, string kind, string? rest, bool claim)
    {
        var unit = claim ? "a claim unit" : "a sentence or article unit";
        return (kind, rest) switch
        {
            (ValidationFieldNames.Framing or ValidationFieldNames.Actor, null) when !claim =>
                $"{Echo.Quote(field)} is a field of claim units; for sentences and articles code the framing of one actor, e.g. framing:{_actors[0]}.",
            (ValidationFieldNames.Framing, { } actor) when !claim => $"{Echo.Quote(actor)} is not an actor of the claims lexicon {Echo.Quote(ClaimsLexicon)}: {Describe(_actors)}.",
            (ValidationFieldNames.Topic, { } topic) when !claim => $"{Echo.Quote(topic)} is not a topic of the topics lexicons: {Describe(_topics)}.",
            (ValidationFieldNames.Category, _) when !claim => $"{Echo.Quote(field)} names no category of a lexicon: category:<lexicon>:<category>, e.g. category:loaded:regime.",
            _ when claim => $"{Echo.Quote(field)} is not a field of {unit}: framing or actor.",
            _ => $"{Echo.Quote(field)} is not a field of {unit}: framing:<actor>, topic:<topic>, anonymous_sourcing or category:<lexicon>:<category>.",
        };
    }

    /// <summary>The code book of a kind of unit: the fields coders can code (a category stands for every category of every lexicon).</summary>
    public IReadOnlyList<CodeBookField> CodeBook(string unitKind)
    {
        if (unitKind == ValidationUnitNames.Claim)
            return
            [
                new(ValidationFieldNames.Framing, FramingNames.Map.Names,
                    "How the text presents this claim mention: asserted (stated as fact), hedged (alleged, reportedly, scare quotes), attributed (according to …, X said) or denied."),
                new(ValidationFieldNames.Actor, _actors, "Whom the claim is made against (the actor of the crime or act), or unknown."),
            ];
        var fields = new List<CodeBookField>();
        foreach (var actor in _actors.Where(a => a != ClaimActorNames.Unknown))
            fields.Add(new($"{ValidationFieldNames.Framing}:{actor}", FramingLabelNames.UnitLabels.Names,
                $"How the outlet's own voice frames claims against {actor} in this unit: asserted, hedged (a reported denial counts as hedged) or attributed when more than half of the mentions are; mixed when none is; absent when there is none."));
        foreach (var topic in _topics)
            fields.Add(new($"{ValidationFieldNames.Topic}:{topic}", ValidationValueNames.YesNo.Names,
                $"Whether the unit mentions the topic {topic} (quotations included, reader comments excluded)."));
        fields.Add(new(ValidationFieldNames.AnonymousSourcing, ValidationValueNames.YesNo.Names,
            "Whether the outlet cites an unnamed source (officials familiar with the matter, a US official, people briefed on the talks)."));
        fields.Add(new($"{ValidationFieldNames.Category}:<lexicon>:<category>", ValidationValueNames.PresentAbsent.Names,
            "Any category of any lexicon (e.g. category:loaded:regime): whether a term of the category occurs (quotations included, reader comments excluded)."));
        return fields;
    }

    /// <summary>The fields of the code book the tool labels of a sample give (every field but the category pattern).</summary>
    public IReadOnlyList<FieldSpec> Labelled(string unitKind) =>
        CodeBook(unitKind).Select(f => Parse(f.Field, unitKind, out _)).OfType<FieldSpec>().ToList();
}
