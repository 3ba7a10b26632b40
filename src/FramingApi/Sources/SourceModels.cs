using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using FramingApi.Infrastructure;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Sources;

/// <summary>A news outlet, wire service, blog or other publisher.</summary>
public sealed class SourceCreateRequest
{
    [Required, Description("URL-safe identifier: lower-case letters, digits and hyphens, e.g. 'stars-and-stripes'.")]
    [MaxLength(TextLimits.Slug)]
    public string? Slug { get; set; }

    [Required, Description("Display name, e.g. 'Stars and Stripes'.")]
    [MaxLength(TextLimits.SourceName)]
    public string? Name { get; set; }

    [Description("Home page URL.")]
    [MaxLength(TextLimits.Url)]
    public string? Homepage { get; set; }

    [Description("Country of the outlet, ISO 3166-1 alpha-2 or a name, e.g. 'US'.")]
    [MaxLength(TextLimits.Country)]
    public string? Country { get; set; }

    [NamesFrom(typeof(SourceKindNames)), Description("What kind of publisher: wire, newspaper, broadcaster, magazine, blog, think-tank, state-media, aggregator, syndicated-copy, unknown (the default).")]
    [MaxLength(TextLimits.Name)]
    public string? Kind { get; set; }

    [Description("How the source was identified and anything a reader of the comparison should know.")]
    [MaxLength(TextLimits.Description)]
    public string? Description { get; set; }

    [Description("Free-form labels for grouping, e.g. ['us', 'libertarian'].")]
    [MaxLength(TextLimits.Labels), ItemMaxLength(TextLimits.Label)]
    public string[]? Labels { get; set; }
}

/// <summary>A stored source.</summary>
public sealed record SourceResponse(
    [property: Description("Database id.")] long Id,
    [property: Description("URL-safe identifier.")] string Slug,
    [property: Description("Display name.")] string Name,
    [property: Description("Home page URL, or null.")] string? Homepage,
    [property: Description("Country of the outlet as sent (ISO 3166-1 alpha-2 or a name), or null.")] string? Country,
    [property: NamesFrom(typeof(SourceKindNames)), Description("wire, newspaper, broadcaster, magazine, blog, think-tank, state-media, aggregator, syndicated-copy or unknown (the default).")] string Kind,
    [property: Description("How the source was identified and anything a reader of the comparison should know; or null.")] string? Description,
    [property: Description("Free-form labels for grouping; empty when none.")] string[] Labels,
    [property: Description("Number of stored articles from this source.")] long ArticleCount,
    [property: Description("When the source was created (UTC).")] DateTime CreatedAt);
