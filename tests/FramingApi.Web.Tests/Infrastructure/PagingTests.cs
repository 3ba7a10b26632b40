using FramingApi.Infrastructure;

namespace FramingApi.Web.Tests.Infrastructure;

public sealed class PagingTests
{
    [Theory]
    [InlineData(null, null, 1, 50, 0)]
    [InlineData(3, 20, 3, 20, 40)]
    [InlineData(1, 200, 1, 200, 0)]
    [InlineData(1_000_000, 200, 1_000_000, 200, 199_999_800)]
    public void A_valid_page_becomes_its_offset(int? page, int? size, int expectedPage, int expectedSize, int offset)
    {
        var errors = new FieldErrors();
        var p = Paging.Check(page, size, errors);
        Assert.False(errors.Any);
        Assert.Equal((expectedPage, expectedSize, offset), (p.Page, p.Size, p.Offset));
    }

    [Theory]
    [InlineData(0, 10, "page")]
    [InlineData(1_000_001, 10, "page")]
    [InlineData(1, 0, "page_size")]
    [InlineData(1, 201, "page_size")]
    public void An_invalid_page_names_its_parameter(int page, int size, string field)
    {
        var errors = new FieldErrors();
        Paging.Check(page, size, errors);
        Assert.Equal([field], errors.ToDictionary().Keys);
    }

    [Fact]
    public void The_offset_is_capped_rather_than_overflowing()
    {
        Assert.Equal(int.MaxValue, new PageRequest(int.MaxValue, 200).Offset);
    }

    [Theory]
    [InlineData(0, 50, 0)]
    [InlineData(1, 50, 1)]
    [InlineData(50, 50, 1)]
    [InlineData(51, 50, 2)]
    public void Total_pages_round_up(long total, int size, int pages)
    {
        Assert.Equal(pages, new PageRequest(1, size).Of<int>([], total).TotalPages);
    }
}
