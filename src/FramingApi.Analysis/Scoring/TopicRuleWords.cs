using System.Collections.Frozen;
using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Scoring;

/// <summary>A list of rule words (<see cref="RuleWordLists"/>) compiled for look-ups by a token's lower-cased text: its
/// words, and the stems among them (<c>sanction*</c>) as prefixes.</summary>
sealed class RuleWordSet
{
    readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;
    readonly string[] _prefixes;
    // Shapes (first letter, last letter, length) of the words: most tokens asked about are rejected by one bit test
    // before the frozen set's hashing (a filter that never says no to a word of the set).
    readonly WordShapeFilter _shapes;

    internal RuleWordSet(IReadOnlyList<string>? words)
    {
        words ??= [];
        _words = words.Where(w => !LexiconTerms.IsStem(w)).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixes = [.. words.Where(LexiconTerms.IsStem).Select(w => w[..^1])];
        _shapes = new WordShapeFilter(_words.Set);
    }

    /// <summary>Whether the list has no word and no stem.</summary>
    internal bool IsEmpty => _words.Set.Count == 0 && _prefixes.Length == 0;

    /// <summary>Whether <paramref name="word"/> (lower-cased) is one of the words or starts with one of the stems.</summary>
    internal bool Contains(ReadOnlySpan<char> word)
    {
        if (_shapes.MayContain(word) && _words.Contains(word)) return true;
        foreach (var prefix in _prefixes)
            if (word.StartsWith(prefix, StringComparison.Ordinal)) return true;
        return false;
    }
}

/// <summary>A topics lexicon's rule words (<see cref="LexiconDefinition.RuleWords"/>), compiled once per analyzer; a list
/// the lexicon leaves out is empty.</summary>
sealed class TopicRuleWords
{
    internal TopicRuleWords(IReadOnlyDictionary<string, IReadOnlyList<string>>? lists)
    {
        RuleWordSet Set(string name) => new(lists?.GetValueOrDefault(name));
        TakingVerbs = Set(RuleWordLists.TakingVerbs);
        PassiveTakingVerbs = Set(RuleWordLists.PassiveTakingVerbs);
        ModifierParticiples = Set(RuleWordLists.ModifierParticiples);
        TakenObjectWords = Set(RuleWordLists.TakenObjectWords);
        RemovalWords = Set(RuleWordLists.RemovalWords);
        WantVerbs = Set(RuleWordLists.WantVerbs);
        SanctionWords = Set(RuleWordLists.SanctionWords);
        SanctionReversals = Set(RuleWordLists.SanctionReversals);
        PhrasalSanctionReversals = Set(RuleWordLists.PhrasalSanctionReversals);
        IrregularParticiples = Set(RuleWordLists.IrregularParticiples);
        CourtStaff = Set(RuleWordLists.CourtStaff);
        CourtStaffOwners = Set(RuleWordLists.CourtStaffOwners);
        CourtNames = Set(RuleWordLists.CourtNames);
        RequestVerbs = Set(RuleWordLists.RequestVerbs);
        Titles = Set(RuleWordLists.Titles);
        NegatedTriggers = Set(RuleWordLists.NegatedTriggers);
        NegationBridges = Set(RuleWordLists.NegationBridges);
        CapitalisedCues = Set(RuleWordLists.CapitalisedCues);
        AnaphoricCues = Set(RuleWordLists.AnaphoricCues);
        ObjectTriggers = Set(RuleWordLists.ObjectTriggers);
        ObjectVerbs = Set(RuleWordLists.ObjectVerbs);
        TargetNouns = Set(RuleWordLists.TargetNouns);
        TargetPrepositions = Set(RuleWordLists.TargetPrepositions);
        PassingNames = Set(RuleWordLists.PassingNames);
        PassingNameHeads = Set(RuleWordLists.PassingNameHeads);
        KeptTriggers = Set(RuleWordLists.KeptTriggers);
        KeepVerbs = Set(RuleWordLists.KeepVerbs);
        VerbCues = Set(RuleWordLists.VerbCues);
        MilitaryKinds = Set(RuleWordLists.MilitaryKinds);
        InstallationPersonNouns = Set(RuleWordLists.InstallationPersonNouns);
        OtherInstallationKinds = Set(RuleWordLists.OtherInstallationKinds);
        BareCuePrepositions = Set(RuleWordLists.BareCuePrepositions);
        ProductionVerbs = Set(RuleWordLists.ProductionVerbs);
        AgentCues = Set(RuleWordLists.AgentCues);
        AgentPrepositions = Set(RuleWordLists.AgentPrepositions);
        AgentVerbs = Set(RuleWordLists.AgentVerbs);
        EnParticiples = Set(RuleWordLists.EnParticiples);
        PrivateAddressees = Set(RuleWordLists.PrivateAddressees);
        PlacePrepositions = Set(RuleWordLists.PlacePrepositions);
        AgentPlaces = Set(RuleWordLists.AgentPlaces);
        SpeakerVerbs = Set(RuleWordLists.SpeakerVerbs);
        NearPrepositions = Set(RuleWordLists.NearPrepositions);
        NearHeads = Set(RuleWordLists.NearHeads);
        OriginVerbs = Set(RuleWordLists.OriginVerbs);
        TargetCueWords = Set(RuleWordLists.TargetCueWords);
        TargetCuePrepositions = Set(RuleWordLists.TargetCuePrepositions);
        TargetCueAdverbs = Set(RuleWordLists.TargetCueAdverbs);
        SubjectTriggerHeads = Set(RuleWordLists.SubjectTriggerHeads);
        TargetCueParticles = Set(RuleWordLists.TargetCueParticles);
        RemovalParticles = Set(RuleWordLists.RemovalParticles);
        StrikeAgentWords = Set(RuleWordLists.StrikeAgentWords);
        SubjectLinkingWords = Set(RuleWordLists.SubjectLinkingWords);
        SubjectHeadPrepositions = Set(RuleWordLists.SubjectHeadPrepositions);
    }

    internal RuleWordSet TakingVerbs { get; }
    internal RuleWordSet PassiveTakingVerbs { get; }
    internal RuleWordSet ModifierParticiples { get; }
    internal RuleWordSet TakenObjectWords { get; }
    internal RuleWordSet RemovalWords { get; }
    internal RuleWordSet WantVerbs { get; }
    internal RuleWordSet SanctionWords { get; }
    internal RuleWordSet SanctionReversals { get; }
    internal RuleWordSet PhrasalSanctionReversals { get; }
    internal RuleWordSet IrregularParticiples { get; }
    internal RuleWordSet CourtStaff { get; }
    internal RuleWordSet CourtStaffOwners { get; }
    internal RuleWordSet CourtNames { get; }
    internal RuleWordSet RequestVerbs { get; }
    internal RuleWordSet Titles { get; }
    internal RuleWordSet NegatedTriggers { get; }
    internal RuleWordSet NegationBridges { get; }
    internal RuleWordSet CapitalisedCues { get; }
    internal RuleWordSet AnaphoricCues { get; }
    internal RuleWordSet ObjectTriggers { get; }
    internal RuleWordSet ObjectVerbs { get; }
    internal RuleWordSet TargetNouns { get; }
    internal RuleWordSet TargetPrepositions { get; }
    internal RuleWordSet PassingNames { get; }
    internal RuleWordSet PassingNameHeads { get; }
    internal RuleWordSet KeptTriggers { get; }
    internal RuleWordSet KeepVerbs { get; }
    internal RuleWordSet VerbCues { get; }
    internal RuleWordSet MilitaryKinds { get; }
    internal RuleWordSet InstallationPersonNouns { get; }
    internal RuleWordSet OtherInstallationKinds { get; }
    internal RuleWordSet BareCuePrepositions { get; }
    internal RuleWordSet ProductionVerbs { get; }
    internal RuleWordSet AgentCues { get; }
    internal RuleWordSet AgentPrepositions { get; }
    internal RuleWordSet AgentVerbs { get; }
    internal RuleWordSet EnParticiples { get; }
    internal RuleWordSet PrivateAddressees { get; }
    internal RuleWordSet PlacePrepositions { get; }
    internal RuleWordSet AgentPlaces { get; }
    internal RuleWordSet SpeakerVerbs { get; }
    internal RuleWordSet NearPrepositions { get; }
    internal RuleWordSet NearHeads { get; }
    internal RuleWordSet OriginVerbs { get; }
    internal RuleWordSet TargetCueWords { get; }
    internal RuleWordSet TargetCuePrepositions { get; }
    internal RuleWordSet TargetCueAdverbs { get; }
    internal RuleWordSet SubjectTriggerHeads { get; }
    internal RuleWordSet TargetCueParticles { get; }
    internal RuleWordSet RemovalParticles { get; }
    internal RuleWordSet StrikeAgentWords { get; }
    internal RuleWordSet SubjectLinkingWords { get; }
    internal RuleWordSet SubjectHeadPrepositions { get; }
}
