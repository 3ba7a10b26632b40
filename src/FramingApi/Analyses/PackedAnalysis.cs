using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Analyses;

/// <summary>A category score as stored in a packed analysis (no lexicon: the row names its version).</summary>
public sealed record PackedScore(string Category, VoiceScope Voice, int Hits, double WeightedHits, double Per1000Words, double SentenceShare,
    double Emphasis, double? FirstMention, bool Covered);

/// <summary>An evidence span as stored in a packed analysis.</summary>
public sealed record PackedEvidence(string Category, string Term, string Matched, int Start, int End, int Sentence, Voice Voice,
    SegmentKind Segment, string? Target, string? Actor, Framing? Framing, string? Marker, int? MarkerStart, int? MarkerEnd,
    AttributionKind? Attribution, bool Detector = false);

/// <summary>
/// What one lexicon version found in one article — its scores and evidence — as one compact value
/// (<c>article_lexicon_versions.analysis</c>), instead of ~90 score rows and ~60 evidence rows each with its index
/// entries. Strings (categories, terms, matched text, targets, actors, markers) are written once per value in a
/// table and referred to by number; voices, segments, framings and attributions by their Vocabulary codes. Every
/// field of the former rows is kept exactly (doubles as their 8 bytes), so the API serves the same numbers.
/// </summary>
/// <remarks>
/// Layout (little-endian, 7-bit varints): format byte (1); string count, strings (length-prefixed UTF-8); score
/// count, scores; evidence count, evidence. A score: category, voice code, flags (1 all zero, 2 has first mention,
/// 4 covered, 8 weighted hits = hits), then unless all zero: hits, [weighted hits], per 1,000 words, sentence share,
/// emphasis, [first mention]. Evidence: category, term, matched, start, length, sentence, voice code, segment code,
/// flags (1 claim, 2 marker, 4 marker span, 8 attribution, 16 a claim the trained claim-sentence detector made), then [target, actor, framing code], [marker],
/// [marker start, marker end], [attribution code].
/// </remarks>
public static class PackedAnalysis
{
    const byte Format = 1;

    /// <summary>Packs what lexicon <paramref name="lexicon"/> (the analyzer's index) found in the text.</summary>
    public static byte[] Pack(string text, ArticleAnalysis analysis, int lexicon)
    {
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        int Id(string s)
        {
            if (!strings.TryGetValue(s, out var id)) { strings[s] = id = names.Count; names.Add(s); }
            return id;
        }

        using var body = new MemoryStream(1024);
        using (var w = new BinaryWriter(body, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            var scores = analysis.Scores.Where(s => s.Lexicon == lexicon).ToList();
            w.Write7BitEncodedInt(scores.Count);
            foreach (var s in scores) WriteScore(w, s, Id(s.Category));
            var evidence = analysis.Evidence.Where(e => e.Lexicon == lexicon).ToList();
            w.Write7BitEncodedInt(evidence.Count);
            foreach (var e in evidence) WriteEvidence(w, text, e, Id);
        }

        using var packed = new MemoryStream((int)body.Length + 16 * names.Count + 8);
        using (var w = new BinaryWriter(packed, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Format);
            w.Write7BitEncodedInt(names.Count);
            foreach (var name in names) w.Write(name);
        }
        body.Position = 0;
        body.CopyTo(packed);
        return packed.ToArray();
    }

    static void WriteScore(BinaryWriter w, CategoryScore s, int category)
    {
        var zero = s is { Hits: 0, WeightedHits: 0, Per1000Words: 0, SentenceShare: 0, Emphasis: 0, FirstMention: null, Covered: false }
            && !double.IsNegative(s.WeightedHits) && !double.IsNegative(s.Per1000Words) && !double.IsNegative(s.SentenceShare)
            && !double.IsNegative(s.Emphasis);
        var flags = (byte)((zero ? 1 : 0) | (s.FirstMention is null ? 0 : 2) | (s.Covered ? 4 : 0)
            | (BitConverter.DoubleToInt64Bits(s.WeightedHits) == BitConverter.DoubleToInt64Bits((double)s.Hits) ? 8 : 0));
        w.Write7BitEncodedInt(category);
        w.Write(VoiceNames.Scopes.Code(s.Voice));
        w.Write(flags);
        if (zero) return;
        w.Write7BitEncodedInt(s.Hits);
        if ((flags & 8) == 0) w.Write(s.WeightedHits);
        w.Write(s.Per1000Words);
        w.Write(s.SentenceShare);
        w.Write(s.Emphasis);
        if (s.FirstMention is { } first) w.Write(first);
    }

    static void WriteEvidence(BinaryWriter w, string text, Evidence e, Func<string, int> id)
    {
        var (markerStart, markerEnd) = EvidenceMarker.Span(e);
        var marker = EvidenceMarker.Text(text, e);
        var flags = (byte)((e.Claim is null ? 0 : 1) | (marker is null ? 0 : 2) | (markerStart is null || markerEnd is null ? 0 : 4)
            | (e.Attribution is null ? 0 : 8) | (e.Claim is { Detector: true } ? 16 : 0));
        w.Write7BitEncodedInt(id(e.Category));
        w.Write7BitEncodedInt(id(e.Term));
        w.Write7BitEncodedInt(id(text[e.Start..e.End]));
        w.Write7BitEncodedInt(e.Start);
        w.Write7BitEncodedInt(e.End - e.Start);
        w.Write7BitEncodedInt(e.Sentence);
        w.Write(VoiceNames.Voices.Code(e.Voice));
        w.Write(SegmentNames.Map.Code(e.Segment));
        w.Write(flags);
        if (e.Claim is { } claim)
        {
            w.Write7BitEncodedInt(id(claim.Target));
            w.Write7BitEncodedInt(id(claim.Actor));
            w.Write(FramingNames.Map.Code(claim.Framing));
        }
        if (marker is not null) w.Write7BitEncodedInt(id(marker));
        if ((flags & 4) != 0)
        {
            w.Write(markerStart!.Value);
            w.Write(markerEnd!.Value);
        }
        if (e.Attribution is { } attribution) w.Write(AttributionNames.Map.Code(attribution.Kind));
    }

    /// <summary>The scores and evidence of a packed value, in the order they were found.</summary>
    public static (List<PackedScore> Scores, List<PackedEvidence> Evidence) Unpack(byte[] packed, bool scores = true, bool evidence = true)
    {
        using var r = new BinaryReader(new MemoryStream(packed, writable: false), System.Text.Encoding.UTF8);
        if (r.ReadByte() != Format) throw new InvalidDataException("Unknown packed analysis format.");
        var names = new string[r.Read7BitEncodedInt()];
        for (var i = 0; i < names.Length; i++) names[i] = r.ReadString();

        var scoreCount = r.Read7BitEncodedInt();
        var scoreList = new List<PackedScore>(scores ? scoreCount : 0);
        for (var i = 0; i < scoreCount; i++)
        {
            var score = ReadScore(r, names);
            if (scores) scoreList.Add(score);
        }
        var evidenceList = new List<PackedEvidence>();
        if (!evidence) return (scoreList, evidenceList);
        var evidenceCount = r.Read7BitEncodedInt();
        evidenceList.Capacity = evidenceCount;
        for (var i = 0; i < evidenceCount; i++) evidenceList.Add(ReadEvidence(r, names));
        return (scoreList, evidenceList);
    }

    static PackedScore ReadScore(BinaryReader r, string[] names)
    {
        var category = names[r.Read7BitEncodedInt()];
        var voice = VoiceNames.Scopes.FromCode(r.ReadByte());
        var flags = r.ReadByte();
        if ((flags & 1) != 0) return new PackedScore(category, voice, 0, 0, 0, 0, 0, null, false);
        var hits = r.Read7BitEncodedInt();
        var weighted = (flags & 8) != 0 ? hits : r.ReadDouble();
        var per1000 = r.ReadDouble();
        var share = r.ReadDouble();
        var emphasis = r.ReadDouble();
        double? first = (flags & 2) != 0 ? r.ReadDouble() : null;
        return new PackedScore(category, voice, hits, weighted, per1000, share, emphasis, first, (flags & 4) != 0);
    }

    static PackedEvidence ReadEvidence(BinaryReader r, string[] names)
    {
        var category = names[r.Read7BitEncodedInt()];
        var term = names[r.Read7BitEncodedInt()];
        var matched = names[r.Read7BitEncodedInt()];
        var start = r.Read7BitEncodedInt();
        var end = start + r.Read7BitEncodedInt();
        var sentence = r.Read7BitEncodedInt();
        var voice = VoiceNames.Voices.FromCode(r.ReadByte());
        var segment = SegmentNames.Map.FromCode(r.ReadByte());
        var flags = r.ReadByte();
        string? target = null, actor = null, marker = null;
        Framing? framing = null;
        int? markerStart = null, markerEnd = null;
        AttributionKind? attribution = null;
        if ((flags & 1) != 0)
        {
            target = names[r.Read7BitEncodedInt()];
            actor = names[r.Read7BitEncodedInt()];
            framing = FramingNames.Map.FromCode(r.ReadByte());
        }
        if ((flags & 2) != 0) marker = names[r.Read7BitEncodedInt()];
        if ((flags & 4) != 0) { markerStart = r.ReadInt32(); markerEnd = r.ReadInt32(); }
        if ((flags & 8) != 0) attribution = AttributionNames.Map.FromCode(r.ReadByte());
        return new PackedEvidence(category, term, matched, start, end, sentence, voice, segment, target, actor, framing, marker,
            markerStart, markerEnd, attribution, (flags & 16) != 0);
    }
}
