using System.Collections.Frozen;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace FramingApi.Analysis.Extraction;

/// <summary>What an element's tag, role, visibility, class or id says about its content.</summary>
/// <remarks>
/// <para>Class and id values are split into words (at spaces, '-', '_', digits and lower-to-upper case changes:
/// "article-share__button", "relatedStories" → article, share, button, related, stories), and each word is looked up
/// whole, so "comment" names a comments widget but "commentary" does not. The words are the ones the common
/// extractors use (Mozilla's Readability <c>unlikelyCandidates</c> and <c>negative</c> patterns, boilerpipe,
/// trafilatura's discard lists), grouped by the reason reported to the user.</para>
/// <para>Readability's class weight (±25 for a positive or negative class, the same for the id) is
/// <see cref="ClassWeight"/>, with its patterns unchanged.</para>
/// </remarks>
internal static partial class BoilerplatePatterns
{
    /// <summary>Reasons a block was removed, as reported.</summary>
    internal static class Reasons
    {
        public const string Navigation = "navigation";
        public const string Aside = "aside";
        public const string Footer = "footer";
        public const string Header = "header";
        public const string Caption = "caption";
        public const string Share = "share";
        public const string Related = "related links";
        public const string SignUp = "sign-up";
        public const string Comments = "comments";
        public const string Advertisement = "advertisement";
        public const string Byline = "byline";
        public const string Tags = "tags";
        public const string Hidden = "hidden";
        public const string Noscript = "noscript fallback";
        public const string Dialog = "dialog";
        public const string Sidebar = "sidebar";
        public const string Links = "mostly links";
        public const string OutsideArticle = "outside the article";
        public const string Duplicate = "duplicate";
        public const string Form = "form";
    }

    static readonly FrozenDictionary<string, string> WordReasons = new Dictionary<string, string>
    {
        ["nav"] = Reasons.Navigation, ["navbar"] = Reasons.Navigation, ["navigation"] = Reasons.Navigation,
        ["menu"] = Reasons.Navigation, ["breadcrumb"] = Reasons.Navigation, ["breadcrumbs"] = Reasons.Navigation,
        ["pagination"] = Reasons.Navigation, ["pager"] = Reasons.Navigation, ["masthead"] = Reasons.Navigation,
        ["topbar"] = Reasons.Navigation,
        ["footer"] = Reasons.Footer, ["copyright"] = Reasons.Footer, ["colophon"] = Reasons.Footer,
        ["header"] = Reasons.Header,
        ["caption"] = Reasons.Caption, ["captions"] = Reasons.Caption, ["figcaption"] = Reasons.Caption,
        ["credit"] = Reasons.Caption, ["credits"] = Reasons.Caption,
        ["share"] = Reasons.Share, ["sharing"] = Reasons.Share, ["sharebar"] = Reasons.Share, ["social"] = Reasons.Share,
        ["sociable"] = Reasons.Share, ["addthis"] = Reasons.Share, ["sharethis"] = Reasons.Share, ["shares"] = Reasons.Share,
        ["toolbar"] = Reasons.Share, ["sharedaddy"] = Reasons.Share,
        ["related"] = Reasons.Related, ["relatedposts"] = Reasons.Related, ["yarpp"] = Reasons.Related, ["recommended"] = Reasons.Related, ["recommendations"] = Reasons.Related,
        ["recirc"] = Reasons.Related, ["recirculation"] = Reasons.Related, ["outbrain"] = Reasons.Related,
        ["taboola"] = Reasons.Related, ["popular"] = Reasons.Related, ["trending"] = Reasons.Related,
        ["readmore"] = Reasons.Related, ["teaser"] = Reasons.Related, ["teasers"] = Reasons.Related,
        ["newsletter"] = Reasons.SignUp, ["newsletters"] = Reasons.SignUp, ["subscribe"] = Reasons.SignUp, ["subscription"] = Reasons.SignUp,
        ["signup"] = Reasons.SignUp, ["promo"] = Reasons.SignUp, ["promotion"] = Reasons.SignUp, ["cta"] = Reasons.SignUp,
        ["registration"] = Reasons.SignUp, ["optin"] = Reasons.SignUp, ["donate"] = Reasons.SignUp,
        ["comment"] = Reasons.Comments, ["comments"] = Reasons.Comments, ["commentlist"] = Reasons.Comments, ["disqus"] = Reasons.Comments,
        ["discussion"] = Reasons.Comments, ["respond"] = Reasons.Comments, ["replies"] = Reasons.Comments,
        ["ad"] = Reasons.Advertisement, ["ads"] = Reasons.Advertisement, ["advert"] = Reasons.Advertisement,
        ["advertisement"] = Reasons.Advertisement, ["adslot"] = Reasons.Advertisement, ["adunit"] = Reasons.Advertisement,
        ["sponsor"] = Reasons.Advertisement, ["sponsored"] = Reasons.Advertisement, ["dfp"] = Reasons.Advertisement,
        ["gpt"] = Reasons.Advertisement, ["banner"] = Reasons.Advertisement, ["commercial"] = Reasons.Advertisement,
        ["byline"] = Reasons.Byline, ["meta"] = Reasons.Byline, ["postmeta"] = Reasons.Byline, ["bylines"] = Reasons.Byline, ["author"] = Reasons.Byline, ["authors"] = Reasons.Byline,
        ["dateline"] = Reasons.Byline, ["timestamp"] = Reasons.Byline, ["bio"] = Reasons.Byline,
        ["tags"] = Reasons.Tags, ["tag"] = Reasons.Tags, ["keywords"] = Reasons.Tags, ["categories"] = Reasons.Tags,
        ["hidden"] = Reasons.Hidden, ["invisible"] = Reasons.Hidden,
        ["modal"] = Reasons.Dialog, ["popup"] = Reasons.Dialog, ["overlay"] = Reasons.Dialog, ["gdpr"] = Reasons.Dialog,
        ["cookie"] = Reasons.Dialog, ["cookies"] = Reasons.Dialog, ["consent"] = Reasons.Dialog,
        ["sidebar"] = Reasons.Sidebar, ["widget"] = Reasons.Sidebar, ["widgets"] = Reasons.Sidebar, ["rail"] = Reasons.Sidebar,
        ["aside"] = Reasons.Sidebar, ["sidebars"] = Reasons.Sidebar,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words of embedded posts ("social-media-embed", "twitter-tweet"): what the article quotes, never furniture.</summary>
    static readonly FrozenSet<string> EmbedWords = new[] { "embed", "embedded", "tweet", "quote", "blockquote" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Class words of the screen-reader-only idiom (text a sighted reader never sees).</summary>
    static readonly FrozenSet<string> ScreenReaderOnly = new[]
    {
        "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screenreader-only", "offscreen", "u-hidden",
        "hide", "hidden", "is-hidden", "d-none",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    [ThreadStatic] static Dictionary<string, string?>? t_reasonByClass;

    /// <summary>The reason the element's class or id names, or null. Results are cached per class/id string.</summary>
    public static string? ClassReason(IElement element)
    {
        var cls = element.GetAttribute("class");
        var id = element.Id;
        if (string.IsNullOrEmpty(cls) && string.IsNullOrEmpty(id)) return null;
        var key = string.IsNullOrEmpty(id) ? cls! : string.IsNullOrEmpty(cls) ? "#" + id : cls + "#" + id;
        var cache = t_reasonByClass ??= new Dictionary<string, string?>(StringComparer.Ordinal);
        if (cache.TryGetValue(key, out var cached)) return cached;
        var reason = ReasonOfWords(cls) ?? ReasonOfWords(id);
        if (cache.Count > 50_000) cache.Clear();
        cache[key] = reason;
        return reason;
    }

    /// <summary>Whether the element's class names an embedded post (a tweet, an Instagram post): quoted content.</summary>
    public static bool IsEmbed(IElement element)
    {
        var cls = element.GetAttribute("class");
        return !string.IsNullOrEmpty(cls) && Words(cls).Any(word => EmbedWords.Contains(word));
    }

    static IEnumerable<string> Words(string value)
    {
        var i = 0;
        while (i < value.Length)
        {
            while (i < value.Length && !char.IsAsciiLetter(value[i])) i++;
            if (i >= value.Length) yield break;
            var start = i++;
            while (i < value.Length && char.IsAsciiLetter(value[i]) && !(char.IsAsciiLetterUpper(value[i]) && char.IsAsciiLetterLower(value[i - 1]))) i++;
            yield return value[start..i].ToLowerInvariant();
        }
    }

    static string? ReasonOfWords(string? value)
    {
        if (string.IsNullOrEmpty(value)) return null;
        var span = value.AsSpan();
        var i = 0;
        Span<char> lower = stackalloc char[32];
        string? found = null;
        while (i < span.Length)
        {
            while (i < span.Length && !char.IsAsciiLetter(span[i])) i++;
            var start = i;
            i++;
            // A word: letters, ending before a separator, a digit or an upper-case letter after a lower-case one.
            while (i < span.Length && char.IsAsciiLetter(span[i]) && !(char.IsAsciiLetterUpper(span[i]) && char.IsAsciiLetterLower(span[i - 1]))) i++;
            if (start >= span.Length) break;
            var word = span[start..Math.Min(i, span.Length)];
            if (word.Length > lower.Length) continue;
            var length = word.ToLowerInvariant(lower);
            if (EmbedWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower[..length])) return null;
            found ??= WordReasons.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower[..length], out var reason) ? reason : null;
        }
        return found;
    }

    /// <summary>Whether the element is hidden from a reader: the <c>hidden</c> attribute, <c>aria-hidden="true"</c>,
    /// an inline style with <c>display:none</c> or <c>visibility:hidden</c>, or a screen-reader-only class.</summary>
    public static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden")) return true;
        if (string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)) return true;
        var style = element.GetAttribute("style");
        if (style is not null && HiddenStyle().IsMatch(style)) return true;
        var cls = element.GetAttribute("class");
        if (cls is not null)
            foreach (var word in cls.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (ScreenReaderOnly.Contains(word)) return true;
        return false;
    }

    /// <summary>The reason an element's tag or ARIA role gives (navigation, aside, footer …), or null.</summary>
    public static string? SemanticReason(IElement element)
    {
        var reason = element.LocalName switch
        {
            "nav" => Reasons.Navigation,
            "aside" => Reasons.Aside,
            "footer" => Reasons.Footer,
            "header" => Reasons.Header,
            "figure" or "figcaption" => Reasons.Caption,
            "dialog" => Reasons.Dialog,
            _ => null,
        };
        if (reason is not null) return reason;
        var role = element.GetAttribute("role");
        return role?.Trim().ToLowerInvariant() switch
        {
            "navigation" or "menu" or "menubar" or "search" => Reasons.Navigation,
            "complementary" => Reasons.Aside,
            "contentinfo" => Reasons.Footer,
            "banner" => Reasons.Header,
            "dialog" or "alertdialog" => Reasons.Dialog,
            _ => null,
        };
    }

    /// <summary>Readability's class weight: +25 for a positive class, −25 for a negative one, the same for the id.</summary>
    public static int ClassWeight(IElement element)
    {
        var weight = 0;
        var cls = element.GetAttribute("class");
        if (!string.IsNullOrEmpty(cls))
        {
            if (NegativeClass().IsMatch(cls)) weight -= 25;
            if (PositiveClass().IsMatch(cls)) weight += 25;
        }
        var id = element.Id;
        if (!string.IsNullOrEmpty(id))
        {
            if (NegativeClass().IsMatch(id)) weight -= 25;
            if (PositiveClass().IsMatch(id)) weight += 25;
        }
        return weight;
    }

    /// <summary>Whether the element is marked as the article's body (schema.org microdata, ARIA main, &lt;main&gt;, &lt;article&gt;).</summary>
    public static bool IsArticleMarkup(IElement element) =>
        element.LocalName is "article" or "main"
        || string.Equals(element.GetAttribute("itemprop"), "articleBody", StringComparison.OrdinalIgnoreCase)
        || string.Equals(element.GetAttribute("role"), "main", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();

    // Mozilla Readability's REGEXPS.positive and REGEXPS.negative.
    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PositiveClass();

    [GeneratedRegex(@"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegativeClass();
}
