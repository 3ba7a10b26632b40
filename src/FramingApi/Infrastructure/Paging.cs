using System.ComponentModel;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace FramingApi.Infrastructure;

/// <summary>A page of results with what a client needs to ask for the next one.</summary>
public sealed record Paged<T>(
    [property: Description("The items of this page.")] IReadOnlyList<T> Items,
    [property: Description("This page's number, from 1.")] int Page,
    [property: Description("Items per page, as requested (1-200, default 50).")] int PageSize,
    [property: Description("Items over all pages.")] long Total)
{
    [Description("Number of pages that can be read: total (or ranked_hits, when set) / page_size, rounded up (0 when there are no items).")]
    public int TotalPages => (int)((Math.Min(Total, RankedHits ?? Total) + PageSize - 1) / PageSize);

    [Description("Article list only: pass as ?cursor= for the page after this one (keyset paging: its cost does not grow with the page's depth), with the same source, story, from, to and q (a cursor pages only the list that gave it); null on the last page.")]
    public string? NextCursor { get; init; }

    [Description("Article list only: true when total is an estimate (a count past 10,000 is not made exactly); false when exact.")]
    public bool TotalEstimated { get; init; }

    [Description("Search only, set when the search has more hits than it ranks: only this many hits (the newest, in the list's order) are ranked and can be paged, while total counts every hit. Narrow the search with from/to, source or story to reach older hits. Null otherwise.")]
    public int? RankedHits { get; init; }
}

/// <summary>A checked page number and size.</summary>
public readonly record struct PageRequest(int Page, int Size)
{
    /// <summary>Rows before this page: the SQL OFFSET (capped at int.MaxValue).</summary>
    public int Offset => (int)Math.Min(int.MaxValue, (long)(Page - 1) * Size);

    /// <summary>This page of a list: its items and the total over all pages.</summary>
    public Paged<T> Of<T>(IReadOnlyList<T> items, long total) => new(items, Page, Size, total);
}

public static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
    public const int MaxPage = 1_000_000;

    /// <summary>Validates page (1 to 1,000,000) and page_size (1-200), naming the field of each mistake.</summary>
    public static PageRequest Check(int? page, int? pageSize, FieldErrors errors)
    {
        var p = page ?? 1;
        var s = pageSize ?? DefaultPageSize;
        if (p < 1 || p > MaxPage) errors.Add("page", $"Must be between 1 and {MaxPage:N0}.");
        if (s < 1 || s > MaxPageSize) errors.Add("page_size", $"Must be between 1 and {MaxPageSize}.");
        return new PageRequest(Math.Max(p, 1), Math.Max(s, 1));
    }

    /// <summary>
    /// A plain list endpoint: checks page and page_size (a 400 naming the field), then answers one page of
    /// <paramref name="list"/>.
    /// </summary>
    public static async Task<Results<Ok<Paged<T>>, ValidationProblem>> RespondAsync<T>(int? page, int? pageSize,
        Func<PageRequest, CancellationToken, Task<(IReadOnlyList<T> Items, long Total)>> list, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var paging = Check(page, pageSize, errors);
        if (errors.Any) return Problems.Invalid(errors);
        var (items, total) = await list(paging, ct);
        return TypedResults.Ok(paging.Of(items, total));
    }

    /// <summary>
    /// The one way a list counts its items: the page's rows carry the total (<c>count(*) OVER ()</c>, computed with
    /// the page); only a page past the end, which has no rows to carry it, asks <paramref name="countSql"/>.
    /// </summary>
    public static async Task<(List<TRow> Rows, long Total)> ReadPageAsync<TRow>(this NpgsqlConnection conn, string pageSql, string countSql,
        object args, PageRequest page, Func<TRow, long> total, CancellationToken ct)
    {
        var rows = (await conn.QueryAsync<TRow>(new CommandDefinition(pageSql, args, cancellationToken: ct))).ToList();
        if (rows.Count > 0) return (rows, total(rows[0]));
        if (page.Offset == 0) return (rows, 0);
        return (rows, await conn.ExecuteScalarAsync<long>(new CommandDefinition(countSql, args, cancellationToken: ct)));
    }
}
