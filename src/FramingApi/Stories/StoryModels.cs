using System.ComponentModel;
using FramingApi.Articles;

namespace FramingApi.Stories;

/// <summary>A news event that several sources cover.</summary>
public sealed class StoryCreateRequest
{
    [Description("URL-safe identifier, e.g. 'biden-icc-evidence-2023'.")]
    public string? Slug { get; set; }

    [Description("Short title of the event.")]
    public string? Title { get; set; }

    [Description("What happened, in a neutral sentence or two.")]
    public string? Description { get; set; }

    [Description("The day of the event, e.g. 2023-07-26.")]
    public DateOnly? EventDate { get; set; }
}

/// <summary>A source as it appears in a story, with its number of articles in that story.</summary>
public sealed record StorySource(string Slug, string Name, string Kind, long ArticleCount);

/// <summary>A story with its sources and articles.</summary>
public sealed record StoryResponse(
    long Id,
    string Slug,
    string Title,
    string? Description,
    DateOnly? EventDate,
    DateTime CreatedAt,
    [property: Description("Number of articles in the story.")] long ArticleCount,
    [property: Description("Number of distinct sources of those articles.")] long SourceCount,
    IReadOnlyList<StorySource> Sources,
    IReadOnlyList<ArticleSummary> Articles);
