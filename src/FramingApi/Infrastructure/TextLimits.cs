namespace FramingApi.Infrastructure;

/// <summary>
/// The longest value, in characters (UTF-16 code units, as JavaScript counts them), of every free-text field a client
/// sends: checked by the handlers (<see cref="FieldErrors.Text"/>) and published as <c>maxLength</c> in the OpenAPI
/// document (the request types' <c>[MaxLength]</c>), from these same constants.
/// </summary>
public static class TextLimits
{
    public const int Slug = 100;
    public const int Url = 2_000;
    /// <summary>An article's text or HTML, and each reader comment or boilerplate part.</summary>
    public const int ArticleText = 2_000_000;
    /// <summary>Reader comments or boilerplate parts of one article.</summary>
    public const int ArticleParts = 10_000;
    public const int ArticleTitle = 1_000;
    public const int Author = 300;
    public const int Language = 3;
    public const int SourceName = 300;
    public const int Country = 100;
    /// <summary>A source's or a story's description.</summary>
    public const int Description = 5_000;
    public const int Labels = 50;
    public const int Label = 100;
    public const int StoryTitle = 500;
    /// <summary>A name from a closed list (a kind, a role): long enough for any of them, and no longer.</summary>
    public const int Name = 100;
    /// <summary>A category an entry names: its key, and an entry role after it (<c>key@trigger</c>).</summary>
    public const int EntryCategory = Name + 8;
    public const int LexiconDescription = 10_000;
    public const int CategoryDescription = 2_000;
    public const int ValidationSetName = 200;
    public const int ValidationSetDescription = 4_000;
    public const int Coder = 100;
    /// <summary>A unit id of a validation sample (sentence:3:120-245).</summary>
    public const int ValidationUnit = 200;
    /// <summary>A field or value of a validation code book (category:&lt;lexicon&gt;:&lt;category&gt;).</summary>
    public const int ValidationField = 300;
    /// <summary>A lexicon term (after white space is collapsed; the library's limit).</summary>
    public const int Term = Analysis.Lexicons.LexiconTerms.MaxTermLength;
}

/// <summary>The longest item of a list of strings, published as the OpenAPI <c>items.maxLength</c>.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ItemMaxLengthAttribute(int length) : Attribute
{
    public int Length { get; } = length;
}
