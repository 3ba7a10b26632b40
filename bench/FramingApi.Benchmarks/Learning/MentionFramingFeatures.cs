using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Benchmarks.Learning;

/// <summary>
/// The features of one claim mention for the mention-framing experiment (the benchmark's <c>learn --framing</c>, LearnFramingCommand): what is around
/// the mention that tells how the outlet presents it, named so that no feature names an event — the claim rules'
/// framing and marker kind, the markers the lexicons found in its sentence (before or after it, near or far), in the
/// sentence before and after it and in the headline, the marker words of the model's list near it, quote marks at
/// its edges, scare quotes, a question, a colon, its voice, segment, place in the article and the sentence's length.
/// </summary>
/// <remarks>Each feature is a short string (<c>rule:hedged</c>, <c>s:attribution:before:near</c>,
/// <c>w:reportedly:before:near</c>); the model hashes them with <see cref="ClaimSentenceFeatures.Slot"/>. The marker
/// categories are the claims lexicon's marker roles (hedge, attribution, denial, accusation) and the sourcing
/// lexicon's reporting phrases by source kind; the words are a list the caller gives
/// (<see cref="Words"/> in the experiment). The experiment did not ship (docs/VALIDITY.md, "The claim detector,
/// round 6 (detector5)"), so this lives in the benchmark, not the library.</remarks>
public static class MentionFramingFeatures
{
    /// <summary>The marker words the features read near a mention: hedges, reporting and denial words, modals and
    /// conditionals, question marks — none names an event.</summary>
    public static readonly string[] Words =
    [
        "alleged", "allegedly", "allegation", "allegations", "alleges", "reportedly", "purportedly", "purported", "so-called",
        "suspected", "suspect", "accused", "accuses", "accusing", "accusation", "accusations", "according", "said", "says", "say",
        "told", "tells", "claims", "claimed", "claim", "claiming", "denied", "denies", "deny", "denying", "denial", "rejected",
        "rejects", "dismissed", "dismisses", "if", "whether", "may", "might", "could", "would", "possible", "possibly",
        "potential", "potentially", "apparent", "apparently", "what", "called", "calls", "described", "describes",
        "evidence", "no", "not", "never", "insisted", "insists", "false", "fake", "staged", "provocation", "charged",
        "charges", "investigating", "investigation", "investigators", "probe", "documented", "found", "concluded", "report",
        "reports", "reported", "wrote", "writes", "testimony", "testified", "amount", "constitute", "likely", "unverified",
        "verified", "confirmed", "believe", "believed", "lies", "propaganda", "fabricated", "baseless", "unfounded",
        "we", "our", "i", "us", "?", "that", "of", "for", "over", "by", "into", "about", "crimes", "committed",
    ];

    /// <summary>The features of claim mention <paramref name="index"/> of <paramref name="evidence"/> (which must carry a
    /// <see cref="ClaimDetail"/>), appended to <paramref name="into"/>.</summary>
    /// <param name="text">The analysed text the evidence was found in.</param>
    /// <param name="evidence">The article's evidence, in text order.</param>
    /// <param name="index">The mention's index in <paramref name="evidence"/>.</param>
    /// <param name="lexiconKinds">The kind of each lexicon (<see cref="Evidence.Lexicon"/> indexes it).</param>
    /// <param name="words">The marker words the model reads (lower case; "?" for a question mark).</param>
    /// <param name="into">Where the features go.</param>
    public static void Of(AnalyzedText text, IReadOnlyList<Evidence> evidence, int index, IReadOnlyList<string> lexiconKinds,
        IReadOnlySet<string> words, List<string> into)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(lexiconKinds);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(into);
        var mention = evidence[index];
        var claim = mention.Claim ?? throw new ArgumentException("not a claim mention", nameof(index));
        var rule = Key(claim.Framing);
        into.Add("bias");
        into.Add("rule:" + rule);
        into.Add("mk:" + (claim.MarkerKind?.ToString() ?? "none"));
        into.Add("voice:" + mention.Voice);
        into.Add("rv:" + rule + ":" + mention.Voice);
        into.Add("seg:" + mention.Segment);
        into.Add("actor:" + (claim.Actor == "unknown" ? "unknown" : "known"));
        if (claim.Detector) into.Add("detector");
        if (claim.Marker is { } marker && claim.MarkerKind == MarkerKind.Term)
        {
            into.Add("marker:" + marker);
            if (claim.MarkerStart is { } ms) into.Add("markerside:" + (ms < mention.Start ? "before" : "after"));
        }

        var sentences = text.Sentences;
        var s = mention.Sentence;
        var sentence = sentences[s];
        var tokens = text.Tokens;
        var first = FirstToken(tokens, mention.Start, sentence);
        var last = first;
        while (last + 1 < sentence.FirstToken + sentence.TokenCount && tokens[last + 1].Start < mention.End) last++;

        // The mention's own shape: a verb form (a clause a reporting verb can govern) or a noun phrase (presupposed),
        // the word before it, the claims lexicon's term.
        var head = text.TokenText(first);
        into.Add("shape:" + (head.EndsWith("ed") ? "ed" : head.EndsWith("ing") ? "ing" : head.EndsWith("ion") || head.EndsWith("ions") ? "ion" : head.EndsWith("s") ? "s" : "other"));
        into.Add("term:" + mention.Term);
        if (first > sentence.FirstToken)
        {
            var before = text.TokenText(first - 1).ToString();
            into.Add("prev:" + (words.Contains(before) || before.Length <= 4 ? before : "other"));
        }
        else into.Add("prev:start");
        var endOfSentence = sentence.FirstToken + sentence.TokenCount;
        into.Add("tail:" + Math.Min(endOfSentence - 1 - last, 9) / 3);

        into.Add("pos:" + (s == 0 ? "first" : s <= 2 ? "lede" : s >= sentences.Length - 2 ? "end" : "body"));
        into.Add("len:" + (sentence.TokenCount <= 10 ? "short" : sentence.TokenCount <= 25 ? "mid" : sentence.TokenCount <= 40 ? "long" : "vlong"));
        if (sentence.Has(Voice.Quotation) && mention.Voice == Voice.Outlet) into.Add("quotedsentence");

        // Quote marks at the mention's edges, scare quotes over it, quote marks in the sentence.
        var raw = text.Text;
        if (mention.Start > 0 && IsQuote(raw[mention.Start - 1])) into.Add("q:openbefore");
        if (mention.End < raw.Length && IsQuote(raw[mention.End])) into.Add("q:closeafter");
        foreach (var scare in text.ScareQuotes)
            if (scare.Start <= mention.Start && mention.End <= scare.End) { into.Add("q:scare"); break; }
        var quotes = 0;
        var question = false;
        var colon = false;
        for (var c = sentence.Start; c < sentence.End && c < raw.Length; c++)
        {
            if (IsQuote(raw[c])) quotes++;
            else if (raw[c] == '?') question = true;
            else if (raw[c] == ':') colon = true;
        }
        into.Add("quotes:" + (quotes == 0 ? "0" : quotes <= 2 ? "1-2" : "3+"));
        if (question) into.Add("question");
        if (colon) into.Add("colon");

        // Marker words of the model's list in the sentence, by side and distance.
        for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
        {
            if (t >= first && t <= last) continue;
            var word = text.TokenText(t).ToString();
            if (!words.Contains(word)) continue;
            var side = t < first ? "before" : "after";
            var distance = t < first ? first - t : t - last;
            into.Add("w:" + word);
            into.Add("w:" + word + ":" + side + ":" + Near(distance));
            into.Add("rw:" + rule + ":" + word);
        }
        if (question && words.Contains("?")) into.Add("w:?");

        // The lexicons' markers in the sentence, by side and distance; the rules' framing of other mentions in it.
        var near = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < evidence.Count; i++)
        {
            var e = evidence[i];
            if (i == index || Math.Abs(e.Sentence - s) > 1 && !(e.Sentence == 0 && e.Segment == SegmentKind.Headline)) continue;
            if (e.Claim is { } other)
            {
                if (e.Sentence == s) near.Add("sib:" + Key(other.Framing));
                continue;
            }
            if (MarkerOf(e, lexiconKinds) is not { } kind) continue;
            if (e.Sentence == s)
            {
                var side = e.Start < mention.Start ? "before" : "after";
                var distance = e.Start < mention.Start ? TokensBetween(tokens, e.End, mention.Start, sentence) : TokensBetween(tokens, mention.End, e.Start, sentence);
                near.Add("s:" + kind);
                near.Add("s:" + kind + ":" + side + ":" + Near(distance));
                near.Add("rs:" + rule + ":" + kind);
                // Between the marker and the mention: a "that" (a reported clause), a comma (a clause apart).
                var (from, to) = e.Start < mention.Start ? (e.End, mention.Start) : (mention.End, e.Start);
                var between = raw.AsSpan(from, Math.Max(0, to - from));
                var that = between.Contains(" that ", StringComparison.OrdinalIgnoreCase);
                var comma = between.Contains(',');
                near.Add("sb:" + kind + ":" + side + (that ? ":that" : "") + (comma ? ":comma" : ""));
                near.Add("rsb:" + rule + ":" + kind + ":" + side + (that ? ":that" : "") + (comma ? ":comma" : ""));
                if (lexiconKinds[e.Lexicon] == "claims") near.Add("t:" + e.Term);
            }
            else if (e.Sentence == s - 1) near.Add("p:" + kind);
            else if (e.Sentence == s + 1) near.Add("n:" + kind);
            if (e.Sentence == 0 && e.Segment == SegmentKind.Headline && s != 0) near.Add("h:" + kind);
        }
        into.AddRange(near);
    }

    /// <summary>The marker kind of a piece of evidence (a claims-lexicon hedge, attribution, denial or accusation; a
    /// sourcing reporting phrase by its source's kind), or null.</summary>
    static string? MarkerOf(Evidence e, IReadOnlyList<string> kinds)
    {
        if (e.Attribution is { } attribution) return "report:" + attribution.Kind;
        return kinds[e.Lexicon] == "claims" && e.Category is "hedge" or "attribution" or "denial" or "accusation" ? e.Category : null;
    }

    static string Near(int distance) => distance <= 3 ? "near" : distance <= 8 ? "mid" : "far";

    static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\'';

    static int FirstToken(ReadOnlySpan<Token> tokens, int start, Sentence sentence)
    {
        var end = sentence.FirstToken + sentence.TokenCount;
        for (var t = sentence.FirstToken; t < end; t++)
            if (tokens[t].End > start) return t;
        return Math.Max(sentence.FirstToken, end - 1);
    }

    static int TokensBetween(ReadOnlySpan<Token> tokens, int from, int to, Sentence sentence)
    {
        var n = 0;
        for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
            if (tokens[t].Start >= from && tokens[t].End <= to) n++;
        return n;
    }

    /// <summary>The lower-case key of a framing (<c>asserted</c>, <c>hedged</c>, <c>attributed</c>, <c>denied</c>).</summary>
    public static string Key(Framing framing) => framing switch
    {
        Framing.Hedged => "hedged",
        Framing.Attributed => "attributed",
        Framing.Denied => "denied",
        _ => "asserted",
    };
}
