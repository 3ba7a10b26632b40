using FramingApi.Analysis.Lexicons;

namespace FramingApi.Analysis.Scoring;

/// <summary>A claims lexicon's rule words (<see cref="LexiconDefinition.RuleWords"/>, <see cref="RuleWordLists.ClaimLists"/>):
/// the content words the claim rules read, compiled once per lexicon plan; a list the lexicon leaves out is empty, and the
/// rule that reads it never applies.</summary>
sealed class ClaimRuleWords
{
    /// <summary>Every list empty: the words of a lexicon that is not a claims lexicon.</summary>
    internal static ClaimRuleWords Empty { get; } = new(null);

    internal ClaimRuleWords(IReadOnlyDictionary<string, IReadOnlyList<string>>? lists)
    {
        RuleWordSet Set(string name) => new(lists?.GetValueOrDefault(name));
        ClassifiedNouns = Set(RuleWordLists.ClassifiedNouns);
        WordNouns = Set(RuleWordLists.WordNouns);
        JudicialVerbs = Set(RuleWordLists.JudicialVerbs);
        CreditNouns = Set(RuleWordLists.CreditNouns);
        SourceNouns = Set(RuleWordLists.SourceNouns);
        EvidenceNouns = Set(RuleWordLists.EvidenceNouns);
        GatheringParticiples = Set(RuleWordLists.GatheringParticiples);
        LawNouns = Set(RuleWordLists.LawNouns);
        ProhibitionVerbs = Set(RuleWordLists.ProhibitionVerbs);
        ProhibitedWords = Set(RuleWordLists.ProhibitedWords);
        FindingParticiples = Set(RuleWordLists.FindingParticiples);
        ClassifyingWords = Set(RuleWordLists.ClassifyingWords);
        AttackNouns = Set(RuleWordLists.AttackNouns);
        SystemNouns = Set(RuleWordLists.SystemNouns);
        CustodyParticiples = Set(RuleWordLists.CustodyParticiples);
        CustodyEvents = Set(RuleWordLists.CustodyEvents);
        IntentNouns = Set(RuleWordLists.IntentNouns);
        ControlVerbs = Set(RuleWordLists.ControlVerbs);
        MandateNouns = Set(RuleWordLists.MandateNouns);
        LawNameWords = Set(RuleWordLists.LawNameWords);
        NamingVerbs = Set(RuleWordLists.NamingVerbs);
        PresupposingEvidenceNouns = Set(RuleWordLists.PresupposingEvidenceNouns);
        ClaimContentNouns = Set(RuleWordLists.ClaimContentNouns);
        DescribingVerbs = Set(RuleWordLists.DescribingVerbs);
        ClaimNouns = Set(RuleWordLists.ClaimNouns);
        ResponsibilityAdjectives = Set(RuleWordLists.ResponsibilityAdjectives);
        SeriesNouns = Set(RuleWordLists.SeriesNouns);
        LabelNouns = Set(RuleWordLists.LabelNouns);
        HarmNouns = Set(RuleWordLists.HarmNouns);
        SubjectReportingVerbs = Set(RuleWordLists.SubjectReportingVerbs);
        AccusationMarkers = Set(RuleWordLists.AccusationMarkers);
        AccusedActs = Set(RuleWordLists.AccusedActs);
        SeizureVerbs = Set(RuleWordLists.SeizureVerbs);
        PersonNouns = Set(RuleWordLists.PersonNouns);
        DetentionVerbs = Set(RuleWordLists.DetentionVerbs);
        // Both kinds of removal verb in one set: the cheap test before any claim scorer is built looks words up once.
        RemovalVerbs = new([.. lists?.GetValueOrDefault(RuleWordLists.SeizureVerbs) ?? [], .. lists?.GetValueOrDefault(RuleWordLists.DetentionVerbs) ?? []]);
        UnlawfulDetentionMarks = Set(RuleWordLists.UnlawfulDetentionMarks);
        LawfulArrestWords = Set(RuleWordLists.LawfulArrestWords);
        PersonQuantifiers = Set(RuleWordLists.PersonQuantifiers);
        AbstractGoalNouns = Set(RuleWordLists.AbstractGoalNouns);
        FalseChargeMarks = Set(RuleWordLists.FalseChargeMarks);
        LieVerbs = Set(RuleWordLists.LieVerbs);
        DismissalVerbs = Set(RuleWordLists.DismissalVerbs);
        DifficultyAdjectives = Set(RuleWordLists.DifficultyAdjectives);
        DestructionActs = Set(RuleWordLists.DestructionActs);
        DangerousWorks = Set(RuleWordLists.DangerousWorks);
        DestructionGovernors = Set(RuleWordLists.DestructionGovernors);
        DestructionModals = Set(RuleWordLists.DestructionModals);
        DestructionSpatialWords = Set(RuleWordLists.DestructionSpatialWords);
        DestructionLocatives = Set(RuleWordLists.DestructionLocatives);
        SourceAdjunctNouns = Set(RuleWordLists.SourceAdjunctNouns);
        ReportContentNouns = Set(RuleWordLists.ReportContentNouns);
        SpeechActConditions = Set(RuleWordLists.SpeechActConditions);
        PresupposingObjectWords = Set(RuleWordLists.PresupposingObjectWords);
        IrregularPastVerbs = Set(RuleWordLists.IrregularPastVerbs);
        CreditHeadNouns = Set(RuleWordLists.CreditHeadNouns);
        StrandedToVerbs = Set(RuleWordLists.StrandedToVerbs);
        SiegeActVerbs = Set(RuleWordLists.SiegeActVerbs);
        StarveVerbs = Set(RuleWordLists.StarveVerbs);
        ShieldUseVerbs = Set(RuleWordLists.ShieldUseVerbs);
        ShieldWords = Set(RuleWordLists.ShieldWords);
        ShieldObjects = Set(RuleWordLists.ShieldObjects);
        SiegeNouns = Set(RuleWordLists.SiegeNouns);
        StarveOfObjects = Set(RuleWordLists.StarveOfObjects);
        SiegeRoutes = Set(RuleWordLists.SiegeRoutes);
        SiegeOwnerNouns = Set(RuleWordLists.SiegeOwnerNouns);
        ShieldFigurativeObjects = Set(RuleWordLists.ShieldFigurativeObjects);
    }

    internal RuleWordSet ClassifiedNouns { get; }
    internal RuleWordSet WordNouns { get; }
    internal RuleWordSet JudicialVerbs { get; }
    internal RuleWordSet CreditNouns { get; }
    internal RuleWordSet SourceNouns { get; }
    internal RuleWordSet EvidenceNouns { get; }
    internal RuleWordSet GatheringParticiples { get; }
    internal RuleWordSet LawNouns { get; }
    internal RuleWordSet ProhibitionVerbs { get; }
    internal RuleWordSet ProhibitedWords { get; }
    internal RuleWordSet FindingParticiples { get; }
    internal RuleWordSet ClassifyingWords { get; }
    internal RuleWordSet AttackNouns { get; }
    internal RuleWordSet SystemNouns { get; }
    internal RuleWordSet CustodyParticiples { get; }
    internal RuleWordSet CustodyEvents { get; }
    internal RuleWordSet IntentNouns { get; }
    internal RuleWordSet ControlVerbs { get; }
    internal RuleWordSet MandateNouns { get; }
    internal RuleWordSet LawNameWords { get; }
    internal RuleWordSet NamingVerbs { get; }
    internal RuleWordSet PresupposingEvidenceNouns { get; }
    internal RuleWordSet ClaimContentNouns { get; }
    internal RuleWordSet DescribingVerbs { get; }
    internal RuleWordSet ClaimNouns { get; }
    internal RuleWordSet ResponsibilityAdjectives { get; }
    internal RuleWordSet SeriesNouns { get; }
    internal RuleWordSet LabelNouns { get; }
    internal RuleWordSet HarmNouns { get; }
    internal RuleWordSet SubjectReportingVerbs { get; }
    internal RuleWordSet AccusationMarkers { get; }
    internal RuleWordSet AccusedActs { get; }
    internal RuleWordSet SeizureVerbs { get; }
    internal RuleWordSet PersonNouns { get; }
    internal RuleWordSet DetentionVerbs { get; }
    /// <summary>The words of <see cref="SeizureVerbs"/> and <see cref="DetentionVerbs"/> together.</summary>
    internal RuleWordSet RemovalVerbs { get; }
    internal RuleWordSet UnlawfulDetentionMarks { get; }
    internal RuleWordSet LawfulArrestWords { get; }
    internal RuleWordSet PersonQuantifiers { get; }
    internal RuleWordSet AbstractGoalNouns { get; }
    internal RuleWordSet FalseChargeMarks { get; }
    internal RuleWordSet LieVerbs { get; }
    internal RuleWordSet DismissalVerbs { get; }
    internal RuleWordSet DifficultyAdjectives { get; }
    internal RuleWordSet DestructionActs { get; }
    internal RuleWordSet DangerousWorks { get; }
    internal RuleWordSet DestructionGovernors { get; }
    internal RuleWordSet DestructionModals { get; }
    internal RuleWordSet DestructionSpatialWords { get; }
    internal RuleWordSet DestructionLocatives { get; }
    internal RuleWordSet SourceAdjunctNouns { get; }
    internal RuleWordSet ReportContentNouns { get; }
    internal RuleWordSet SpeechActConditions { get; }
    internal RuleWordSet PresupposingObjectWords { get; }
    internal RuleWordSet IrregularPastVerbs { get; }
    internal RuleWordSet CreditHeadNouns { get; }
    internal RuleWordSet StrandedToVerbs { get; }
    internal RuleWordSet SiegeActVerbs { get; }
    internal RuleWordSet StarveVerbs { get; }
    internal RuleWordSet ShieldUseVerbs { get; }
    internal RuleWordSet ShieldWords { get; }
    internal RuleWordSet ShieldObjects { get; }
    internal RuleWordSet SiegeNouns { get; }
    internal RuleWordSet StarveOfObjects { get; }
    internal RuleWordSet SiegeRoutes { get; }
    internal RuleWordSet SiegeOwnerNouns { get; }
    internal RuleWordSet ShieldFigurativeObjects { get; }
}
