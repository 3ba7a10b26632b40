using System.Buffers;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Scoring;

/// <summary>
/// Claims round 60 (framing60): a reporting verb's complement runs across dashes that interrupt or extend it. A
/// reporting verb before the mention governs the rest of its sentence only over commas (<see cref="Governs"/>), so a
/// dash between them ended the report and the outlet seemed to assert what it reports: "According to the
/// investigation, the suspects — three guards and an officer — beat detained civilians" (a closed interruption), "the
/// prosecutors say they have logged 130,000 war crimes — including rapes and torture" (a dash that opens a part of what
/// the complement names), "concluded that the report sets out what the town knew — that Russia fired on a hospital" (a
/// dash that opens an appositive content clause). See docs/ANALYSIS.md, "Round 60 (framing60)".
/// </summary>
sealed partial class ClaimFramingScorer
{
    // Clause marks other than a comma or a dash: any of them between the verb and the mention ends the report.
    static readonly SearchValues<char> NonDashHardMarks = SearchValues.Create(";:()[]{}");

    /// <summary>
    /// Whether the reporting verb <paramref name="r"/> before the mention governs it across dashes: the same sentence,
    /// both in the outlet's voice, nothing but commas and dashes between; the dashes either come in pairs (each pair
    /// sets off an interruption that closes before the mention) or the last, unpaired one opens an inclusion
    /// (<see cref="ClaimGrammar.IsInclusionWord"/>: "— including …", "— notably …"), "among" ("— among them …") or an
    /// appositive <i>that</i>-clause. A dash that opens anything else (a new clause, "— and …", "— a charge Moscow
    /// denies") still ends the report. "according to" keeps <see cref="Governs"/>'s limits.
    /// </summary>
    bool GovernsAcrossDashes(RoleMatch r)
    {
        if (!IsVerbUse(r) || Text.Tokens[r.First].Voice == Voice.Quotation || Text.Tokens[_first].Voice == Voice.Quotation) return false;
        if (Text.Tokens[r.Last].Sentence != Text.Tokens[_first].Sentence) return false;
        var dashes = 0;
        var lastDash = None;
        for (var t = r.Last + 1; t <= _first; t++)
        {
            var gap = _document.Gap(t - 1, t);
            if (gap.IndexOfAny(NonDashHardMarks) >= 0) return false;
            if (!ScoringDocument.HasDash(gap)) continue;
            dashes++;
            lastDash = t;
        }
        if (dashes == 0) return false;
        if (Word(r.First) is "according")
        {
            if (_document.SameClause(r.Last, _first)) return false;
            if (r.First > 0 && _document.CommasBetween(r.First - 1, r.First) == 1 && TargetBefore(r.First) && !OpensClause(r)) return false;
        }
        if (dashes % 2 == 0) return true;
        var w = Word(lastDash);
        return ClaimGrammar.IsInclusionWord(w) || w is "among" or "that";
    }
}
