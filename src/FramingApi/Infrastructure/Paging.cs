namespace FramingApi.Infrastructure;

/// <summary>A page of results with what a client needs to ask for the next one.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total)
{
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
