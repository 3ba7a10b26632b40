using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using FramingApi.Infrastructure;
using FramingApi.Analyses;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Validation;

/// <summary>A field human coders can code for a kind of unit, with the values it takes: one line of the code book.</summary>
public sealed record CodeBookField(
    [property: NamesFrom(typeof(ValidationFieldNames), Prefixed = true), Description("The field as codes name it: framing, actor, framing:<actor>, topic:<topic>, anonymous_sourcing, or category:<lexicon>:<category> (any category of any lexicon).")] string Field,
    [property: Description("The values the field takes; any other value is rejected.")] IReadOnlyList<string> Values,
    [property: Description("What the coder decides, and how the tool decides it (docs/VALIDITY.md).")] string Description);

/// <summary>How many units a sample drew from one source's articles.</summary>
public sealed record SampleStratum(
    [property: Description("Source slug (null for articles without a source).")] string? Source,
    [property: Description("Units of this source in the population.")] int Population,
    [property: Description("Units of this source in the sample.")] int Sampled);

/// <summary>One unit of a sample: where it is, its text and the text around it.</summary>
public sealed record SampleUnit(
    [property: NamesFrom(typeof(ValidationUnitNames), Prefixed = true), Description("The unit's id, which codes refer to: claim:<article>:<start>-<end>, sentence:<article>:<start>-<end> or article:<article>.")] string Unit,
    [property: Description("The article the unit is in.")] long ArticleId,
    [property: Description("The article's source (slug), or null.")] string? Source,
    [property: Description("The article's story (slug), or null.")] string? Story,
    [property: Description("The article's title, or null.")] string? Title,
    [property: Description("When the article was published, or null.")] DateTime? PublishedAt,
    [property: Description("Start of the unit in the article's text (UTF-16 code units, as GET /api/articles/{id} gives the text).")] int Start,
    [property: Description("End (exclusive) of the unit in the article's text.")] int End,
    [property: Description("The unit's text: the claim mention (e.g. 'war crimes'), the sentence, or the whole article text.")] string Text,
    [property: Description("Start of the context in the article's text: the sentence around a claim mention, or a sentence with the sentences before and after it; null for articles.")] int? ContextStart,
    [property: Description("End (exclusive) of the context; null for articles.")] int? ContextEnd,
    [property: Description("The context's text; null for articles (the unit is the whole text).")] string? Context,
    [property: Description("Only with include_tool_labels=true (else null, so coding stays blind): the tool's value of each field of the code book for this unit, from the stored analysis (null where the tool has none: an article not scored by that lexicon).")] IReadOnlyDictionary<string, string?>? ToolLabels);

/// <summary>A reproducible random sample of units for human coding.</summary>
public sealed record SampleResponse(
    [property: NamesFrom(typeof(ValidationUnitNames)), Description("The kind of unit: claim, sentence or article.")] string Unit,
    [property: Description("The seed the sample was drawn with (the one given, or one chosen at random when none was): the same seed over the same data gives the same sample.")] long Seed,
    [property: Description("Units asked for (n).")] int Requested,
    [property: Description("Units in the sample: n, or the whole population when it is smaller.")] int Size,
    [property: Description("Units the sample was drawn from: every claim mention (outlet and quotation voice) of the claims lexicon, every sentence of the headline, lead and body, or every article, of the selected articles.")] int Population,
    [property: Description("Articles selected (the story's, or the sources' in the date range).")] int Articles,
    [property: NamesFrom(typeof(ValidationSampling), nameof(ValidationSampling.Strata)), Description("source when the sample is stratified by source, else null.")] string? Stratify,
    [property: NamesFrom(typeof(ValidationSampling), nameof(ValidationSampling.Allocations)), Description("How a stratified sample shares n out among the sources: proportional (to each source's units) or equal; null when not stratified.")] string? Allocation,
    [property: Description("Each source's population and sampled units (one row for the whole population when not stratified).")] IReadOnlyList<SampleStratum> Strata,
    [property: Description("How the units were drawn (docs/VALIDITY.md): every unit gets the key SHA-256(\"<seed>:<unit id>\"), the sample is the units with the n smallest keys (in each source, for a stratified sample), listed in key order.")] string Method,
    [property: Description("The claims lexicon whose mentions are claim units and whose framing the tool labels give.")] string ClaimsLexicon,
    [property: Description("The code book: the fields coders can code for this kind of unit and their values.")] IReadOnlyList<CodeBookField> Fields,
    [property: Description("The units, in random (key) order.")] IReadOnlyList<SampleUnit> Units);

/// <summary>One human code: a coder's value of a field for a unit.</summary>
public sealed class CodeRequest
{
    [Required, NamesFrom(typeof(ValidationUnitNames), Prefixed = true), Description("The unit's id as the sample gives it, e.g. sentence:3:120-245.")]
    [MaxLength(TextLimits.ValidationUnit)]
    public string? Unit { get; set; }

    [Required, Description("Who coded it: a name or pseudonym, 1-100 characters.")]
    [MaxLength(TextLimits.Coder)]
    public string? Coder { get; set; }

    [Required, NamesFrom(typeof(ValidationFieldNames), Prefixed = true), Description("The field coded, as the sample's code book names it: framing, actor, framing:<actor>, topic:<topic>, anonymous_sourcing or category:<lexicon>:<category>.")]
    [MaxLength(TextLimits.ValidationField)]
    public string? Field { get; set; }

    [Required, Description("The coder's value, one of the field's values (e.g. hedged, yes, present).")]
    [MaxLength(TextLimits.ValidationField)]
    public string? Value { get; set; }
}

/// <summary>A set of human codes to validate the tool against (JSON; the same rows can be sent as CSV).</summary>
public sealed class ValidationSetRequest
{
    [Description("A name for the set, e.g. 'ICC story, sentences, pilot' (optional, at most 200 characters).")]
    [MaxLength(TextLimits.ValidationSetName)]
    public string? Name { get; set; }

    [Description("A description: who coded, with which instructions (optional, at most 4,000 characters).")]
    [MaxLength(TextLimits.ValidationSetDescription)]
    public string? Description { get; set; }

    [Description("The claims lexicon whose analysis the claim fields compare with (default 'claims', the built-in one).")]
    [MaxLength(TextLimits.Name)]
    public string? ClaimsLexicon { get; set; }

    [Description("The coders (optional). When given, every coder listed must have codes, and every code's coder must be listed.")]
    [ItemMaxLength(TextLimits.Coder)]
    public List<string?>? Coders { get; set; }

    [Required, Description("The codes, one per unit, coder and field (at least one). All units must be of one kind.")]
    public List<CodeRequest?>? Codes { get; set; }
}

/// <summary>How many codes one coder gave.</summary>
public sealed record CoderCount(
    [property: Description("The coder.")] string Coder,
    [property: Description("Codes the coder gave.")] int Codes);

/// <summary>How many units a field was coded for.</summary>
public sealed record FieldCount(
    [property: NamesFrom(typeof(ValidationFieldNames), Prefixed = true), Description("The field.")] string Field,
    [property: Description("Units with at least one code of the field.")] int Units,
    [property: Description("Codes of the field.")] int Codes);

/// <summary>A stored set of human codes.</summary>
public sealed record ValidationSetResponse(
    [property: Description("The set's id.")] long Id,
    [property: Description("The set's name, or null.")] string? Name,
    [property: Description("The set's description, or null.")] string? Description,
    [property: NamesFrom(typeof(ValidationUnitNames)), Description("The kind of its units: claim, sentence or article.")] string Unit,
    [property: Description("The claims lexicon the claim fields are compared with.")] string ClaimsLexicon,
    [property: Description("Units coded.")] int Units,
    [property: Description("Codes stored.")] int Codes,
    [property: Description("The coders, with their number of codes.")] IReadOnlyList<CoderCount> Coders,
    [property: Description("The fields coded.")] IReadOnlyList<FieldCount> Fields,
    [property: Description("When the set was stored.")] DateTime CreatedAt,
    [property: ApiLink, Description("The path of the set's agreement report.")] string Report);

/// <summary>A figure with its 95 % interval.</summary>
public sealed record Estimate(
    [property: Description("The figure over all units; null when it is undefined (no units, or, for alpha and kappa, no variation: every value the same class).")] double? Value,
    [property: Description("Lower end of the 95 % interval; null when there is none (no resamples asked for, or none in which the figure is defined).")] double? Lower,
    [property: Description("Upper end of the 95 % interval.")] double? Upper,
    [property: NamesFrom(typeof(EstimateMethodNames)), Description("How the interval was made: percentile_bootstrap (alpha and kappa: units resampled with replacement, the 2.5th and 97.5th percentiles), bca_bootstrap (shares — accuracy, agreement — by the statistics library's bootstrap of the units: bias-corrected and accelerated at expanded levels), wilson (a share whose units all agree or all disagree: the library's Wilson interval, since resampling would show no variation) or none.")] string Method,
    [property: Description("percentile_bootstrap: the resamples in which the figure was defined, of which the interval is made; other methods: 0.")] int Resamples);

/// <summary>How often one coder agrees with the other human coders.</summary>
public sealed record CoderAgreement(
    [property: Description("The coder.")] string Coder,
    [property: Description("Units the coder coded.")] int Units,
    [property: Description("Pairs of this coder's value with another coder's value of the same unit.")] int Pairs,
    [property: Description("Share of those pairs with the same value (null without pairs).")] double? Agreement);

/// <summary>Agreement of two human coders on the units both coded.</summary>
public sealed record CoderPair(
    [property: Description("One coder.")] string Coder,
    [property: Description("The other coder.")] string OtherCoder,
    [property: Description("Units both coded.")] int Units,
    [property: Description("Share of those units with the same value.")] double? Agreement,
    [property: Description("Cohen's kappa of the two coders on those units; null when undefined.")] double? Kappa);

/// <summary>Agreement of the tool with one human coder.</summary>
public sealed record ToolVsCoder(
    [property: Description("The coder.")] string Coder,
    [property: Description("Units the coder coded and the tool has a value for.")] int Units,
    [property: Description("Share of those units where the tool's value is the coder's, with its 95 % interval.")] Estimate Agreement,
    [property: Description("Cohen's kappa of the tool against the coder (coder = reference), with its 95 % interval.")] Estimate Kappa);

/// <summary>Precision, recall and F1 of one class: the tool against the human majority.</summary>
public sealed record ClassScores(
    [property: Description("The class (value).")] string Class,
    [property: Description("Units whose human majority is this class (the support).")] int Majority,
    [property: Description("Units the tool put in this class.")] int Tool,
    [property: Description("Units both put in this class.")] int Agreed,
    [property: Description("agreed / tool; null when the tool never gave the class.")] double? Precision,
    [property: Description("agreed / majority; null when the humans never gave the class.")] double? Recall,
    [property: Description("2 · agreed / (majority + tool); null when neither gave the class.")] double? F1);

/// <summary>The tool against the human majority of each unit.</summary>
public sealed record ToolVsMajority(
    [property: Description("Units with a human majority (a value more than half of the unit's coders gave) and a tool value.")] int Units,
    [property: Description("Share of those units where the tool gives the majority's value, with its 95 % interval.")] Estimate Accuracy,
    [property: Description("Cohen's kappa of the tool against the majority, with its 95 % interval.")] Estimate Kappa,
    [property: Description("Mean F1 over the classes either gave; null without units.")] double? MacroF1,
    [property: Description("Per class: support, the tool's count, agreed, precision, recall, F1.")] IReadOnlyList<ClassScores> PerClass,
    [property: Description("The confusion matrix: counts[i][j] = units whose majority is classes[i] and the tool's value classes[j].")] IReadOnlyList<IReadOnlyList<int>> Confusion);

/// <summary>A unit where the tool's value is not the human majority's, with what to look at.</summary>
public sealed record Disagreement(
    [property: NamesFrom(typeof(ValidationUnitNames), Prefixed = true), Description("The unit's id.")] string Unit,
    [property: Description("The article the unit is in.")] long ArticleId,
    [property: Description("The article's source (slug), or null.")] string? Source,
    [property: Description("Start of the unit in the article's text.")] int Start,
    [property: Description("End (exclusive) of the unit.")] int End,
    [property: Description("The unit's text (at most 1,000 characters: a longer unit, an article, is cut with '…').")] string Text,
    [property: Description("The tool's value.")] string Tool,
    [property: Description("The human majority's value.")] string Majority,
    [property: Description("Every coder's value: coder → value.")] IReadOnlyDictionary<string, string> Codes,
    [property: Description("The evidence spans inside the unit that the tool's value rests on (offsets into the article's text; none when the tool found nothing there).")] IReadOnlyList<EvidenceDto> Evidence,
    [property: ApiLink, Description("Where to open the article's whole stored analysis.")] string Analysis);

/// <summary>The agreement report of one field.</summary>
public sealed record FieldReport(
    [property: NamesFrom(typeof(ValidationFieldNames), Prefixed = true), Description("The field.")] string Field,
    [property: Description("The field's classes, in the order of the confusion matrix.")] IReadOnlyList<string> Classes,
    [property: Description("Units with at least one human code of the field.")] int UnitsCoded,
    [property: Description("Of those, units the tool has a value for (a claim mention no longer in the stored analysis, or an article deleted or not scored by the lexicon, has none).")] int UnitsWithToolValue,
    [property: Description("Units with a human majority: a value more than half of the unit's coders gave (one coder is a majority).")] int UnitsWithMajority,
    [property: Description("Per coder: units coded and agreement with the other coders.")] IReadOnlyList<CoderAgreement> Coders,
    [property: Description("Per pair of coders: units both coded, agreement and Cohen's kappa.")] IReadOnlyList<CoderPair> CoderPairs,
    [property: Description("Krippendorff's alpha (nominal) among the human coders, with its 95 % interval; null with one coder or no variation.")] Estimate AlphaHumans,
    [property: Description("Krippendorff's alpha (nominal) with the tool as one more coder: close to alpha_humans when the tool codes like one of them.")] Estimate AlphaWithTool,
    [property: Description("The tool against each coder: agreement and Cohen's kappa.")] IReadOnlyList<ToolVsCoder> ToolVsCoders,
    [property: Description("The tool against the human majority: accuracy, kappa, per-class precision, recall and F1, and the confusion matrix.")] ToolVsMajority ToolVsMajority,
    [property: Description("The units where the tool's value is not the human majority's, with the evidence to open.")] IReadOnlyList<Disagreement> Disagreements);

/// <summary>How the intervals were computed.</summary>
public sealed record BootstrapInfo(
    [property: Description("Bootstrap resamples (0: no intervals).")] int Resamples,
    [property: Description("The seed of the percentile bootstrap of alpha and kappa: the same seed gives the same intervals. The shares' bootstrap takes its seed from the data, so the same codes always give the same intervals.")] long Seed,
    [property: Description("The method, in words.")] string Method);

/// <summary>How far the tool agrees with the set's human coders, field by field.</summary>
public sealed record ValidationReport(
    [property: Description("The set's id.")] long SetId,
    [property: Description("The set's name, or null.")] string? Name,
    [property: NamesFrom(typeof(ValidationUnitNames)), Description("The kind of its units: claim, sentence or article.")] string Unit,
    [property: Description("The claims lexicon the claim fields are compared with.")] string ClaimsLexicon,
    [property: Description("Units coded.")] int Units,
    [property: Description("The human coders.")] IReadOnlyList<string> Coders,
    [property: Description("Units whose article is no longer stored (the tool has no value for them).")] int UnitsWithoutArticle,
    [property: Description("The lexicon versions whose stored analysis gave the tool's values (several versions of a lexicon while a re-scoring job runs).")] IReadOnlyList<LexiconVersionDto> Lexicons,
    [property: Description("How the 95 % intervals were computed.")] BootstrapInfo Bootstrap,
    [property: Description("One report per field coded.")] IReadOnlyList<FieldReport> Fields);
