using System.ComponentModel;

namespace FramingApi.Infrastructure;

/// <summary>A page of results with what a client needs to ask for the next one.</summary>
public sealed record Paged<T>(
    [property: Description("The items of this page.")] IReadOnlyList<T> Items,
    [property: Description("This page's number, from 1.")] int Page,
    [property: Description("Items per page, as requested (1-200, default 50).")] int PageSize,
    [property: Description("Items over all pages.")] long Total)
{
    [Description("Number of pages: total / page_size, rounded up (0 when there are no items).")]
    public int TotalPages => (int)((Total + PageSize - 1) / PageSize);
}

public static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>Validates page (≥ 1) and page_size (1-200) and turns them into LIMIT/OFFSET.</summary>
    public static (int Page, int Size, int Offset) Check(int? page, int? pageSize, FieldErrors errors)
    {
        var p = page ?? 1;
        var s = pageSize ?? DefaultPageSize;
        if (p < 1 || p > 1_000_000) errors.Add("page", "Must be between 1 and 1,000,000.");
        if (s < 1 || s > MaxPageSize) errors.Add("page_size", $"Must be between 1 and {MaxPageSize}.");
        return (p, s, (int)Math.Min(int.MaxValue, (long)(Math.Max(p, 1) - 1) * Math.Max(s, 1)));
    }
}
