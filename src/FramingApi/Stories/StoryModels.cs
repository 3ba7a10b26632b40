using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using FramingApi.Infrastructure;
using FramingApi.Articles;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Stories;

/// <summary>A news event that several sources cover.</summary>
public sealed class StoryCreateRequest
{
    [Required, Description("URL-safe identifier, e.g. 'biden-icc-evidence-2023'.")]
    [MaxLength(TextLimits.Slug)]
    public string? Slug { get; set; }

    [Required, Description("Short title of the event.")]
    [MaxLength(TextLimits.StoryTitle)]
    public string? Title { get; set; }

    [Description("What happened, in a neutral sentence or two.")]
    [MaxLength(TextLimits.Description)]
    public string? Description { get; set; }

    [Description("The day of the event, e.g. 2023-07-26.")]
    public DateOnly? EventDate { get; set; }
}

/// <summary>A source as it appears in a story, with its number of articles in that story.</summary>
public sealed record StorySource(
    [property: Description("Source slug.")] string Slug,
    [property: Description("Source display name.")] string Name,
    [property: NamesFrom(typeof(SourceKindNames)), Description("The source's kind: wire, newspaper, broadcaster, magazine, blog, think-tank, state-media, aggregator, syndicated-copy or unknown.")] string Kind,
    [property: Description("Articles of this source in the story.")] long ArticleCount);

/// <summary>A story with its sources and articles.</summary>
public sealed record StoryResponse(
    [property: Description("Database id.")] long Id,
    [property: Description("URL-safe identifier, e.g. 'biden-icc-evidence-2023'.")] string Slug,
    [property: Description("Short title of the event.")] string Title,
    [property: Description("What happened, or null.")] string? Description,
    [property: Description("The day of the event, or null.")] DateOnly? EventDate,
    [property: Description("When the story was created (UTC).")] DateTime CreatedAt,
    [property: Description("Number of articles in the story.")] long ArticleCount,
    [property: Description("Number of distinct sources of those articles.")] long SourceCount,
    [property: Description("The sources of the story's articles, each with its article count.")] IReadOnlyList<StorySource> Sources,
    [property: Description("The story's articles, without their text.")] IReadOnlyList<ArticleSummary> Articles);
