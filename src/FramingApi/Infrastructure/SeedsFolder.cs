namespace FramingApi.Infrastructure;

/// <summary>
/// The seeds folder (articles, story, built-in lexicons and model): configuration <c>Seeds:Path</c>, else
/// <c>seeds</c> beside the API's binaries (copied there by the build).
/// </summary>
public static class SeedsFolder
{
    /// <summary>The seeds folder, or <paramref name="subfolder"/> of it.</summary>
    public static string Of(IConfiguration configuration, string subfolder = "") =>
        Path.Combine(configuration["Seeds:Path"] ?? Path.Combine(AppContext.BaseDirectory, "seeds"), subfolder);
}
