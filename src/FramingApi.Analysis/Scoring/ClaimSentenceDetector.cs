using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Scoring;

/// <summary>
/// Adds the claim mentions the trained claim-sentence detector (<see cref="ClaimSentenceModel"/>) finds where the
/// rules found none: claims against russia in the outlet's own voice, the kind an article-level label counts. In an
/// article where the rules found such a claim it acts only when the model names a bar for that
/// (<see cref="ClaimSentenceModel.ClaimedThreshold"/>; else it is a fallback only); the shipped file names 0.9 there
/// and 0.7 as its threshold, the fallback's bar (detector8 had both at 0.9; detector11 lowered the fallback's), so in
/// every article it acts in the sentences the rules left without such a claim and did not rule out as a whole (a
/// definition, a legal qualification: claims37).
/// </summary>
/// <remarks>
/// <para>It runs when <see cref="FramingAnalyzer"/> is given a model and a claims lexicon names it
/// (<see cref="LexiconDefinition.Model"/>): the API's built-in claims lexicon with the shipped
/// <c>seeds/models/claim-sentences.json</c>. Every mention it makes is marked (<see cref="ClaimDetail.Detector"/>).
/// docs/VALIDITY.md, "A trained claim detector (learn1)", "Shipping the claim detector (ship2)", "The claim detector,
/// round 3 (detector2)" and "round 4 (detector3)", has its figures;
/// docs/ANALYSIS.md, "The claim-sentence detector", its rules for users.</para>
/// <para>The rules, in order (the shipped <see cref="DetectorVariant.Shipped"/>; the others measured are in
/// <see cref="DetectorVariant"/>):
/// <list type="number">
/// <item>Only a claims lexicon that names the model and has an actor category <c>russia</c> gets model mentions (the
/// model was trained for it).</item>
/// <item>A fallback: nothing happens in an article where the rules found a claim mention against russia in the
/// outlet's voice — unless the model has a <see cref="ClaimSentenceModel.ClaimedThreshold"/>, which is then the bar a
/// sentence of such an article must reach (rule 4) instead of the threshold (detector8: held out, the articles the
/// rules framed gain more than they lose once the model has seen twenty sets). Nor in an article where
/// the rules found no claim mention of any actor in any voice, or that never names russia (an actor match of its
/// category): pre-filters for speed, which change nothing on the nine labelled sets (docs/VALIDITY.md, ship2).</item>
/// <item>A sentence is a candidate when it has a target match of the claims lexicon in the outlet's voice (a word a
/// mention can stand at) and the rules gave it no outlet-voice claim mention against russia. The match is the cheap
/// pre-filter: text without such a word (most of any corpus) is never scored. With the model's
/// <see cref="ClaimSentenceModel.ActorThreshold"/> (detector13; the shipped file: 0.7, detector13b), in an article
/// the rules did not claim for russia a sentence that names russia as an actor in the outlet's voice is a candidate too,
/// counted at that bar, its mention on the strongest word for the model in the actor's clause, framed by the sentence's
/// own markers.</item>
/// <item>A candidate counts when the model's probability for its features (<see cref="ClaimSentenceFeatures"/>, with
/// the evidence the rules found in it) reaches the model's threshold (its claimed threshold in an article the rules
/// claimed, rule 2).</item>
/// <item>A counted sentence the rules gave outlet-voice claim mentions (of another actor, or <c>unknown</c>) is left as
/// the rules made it: nothing is relabelled and nothing added (<see cref="DetectorVariant.NoRelabel"/>) — unless the
/// model file has a <see cref="ClaimSentenceModel.RelabelOthersThreshold"/> (the shipped file: 0.9, detector9), and then
/// in a sentence the model rates at least that, those mentions become mentions against russia with the rules' span and
/// framing, marked as the detector's, and nothing is added beside them (<see cref="DetectorVariant.RelabelAny"/>;
/// detector2's variant, at 0.95 and a fallback only, did not ship). With the file's <c>"relabelGate": "roles"</c> (the
/// shipped file, detector9b: <see cref="DetectorVariant.RoleGate"/>) not where the mention's clause names the rules'
/// actor in a role that can act, or names russia only as an accuser or a victim. A sentence with the rules' mention
/// against russia is theirs either way.</item>
/// <item>Otherwise its new mention, against russia: the claims lexicon's outlet-voice target match (an act, a trigger
/// the rules left without its cue or agent) nearest the sentence's strongest word for the model (its word feature of
/// largest weight): a match that names an act first, then a perpetration or event word, then a cue (mostly the victims
/// or the place: <i>children, residents, the town</i>; claims round 46); within each kind one in that word's clause
/// first, then the nearest. With the model's <see cref="ClaimSentenceModel.CueThreshold"/> (the shipped file: 1) a cue
/// only in a sentence rated at least that, or as the object of <i>against</i> (<i>crimes against civilians</i>:
/// detector10).</item>
/// <item>Its framing is the claim rules' at that span (<see cref="ClaimFramingScorer.FrameAt"/>: the denial, hedge,
/// scare-quote and attribution rules of docs/ANALYSIS.md in its clause and sentence), with its marker.</item>
/// </list></para>
/// </remarks>
static class ClaimSentenceDetector
{
    const string Russia = "russia";
    const string UnknownActor = "unknown";

    /// <summary>The claims lexicon the model runs for (<see cref="FramingAnalyzer"/>'s index), or -1: the first claims
    /// lexicon that names the model and has an actor category <c>russia</c> (rule 1).</summary>
    internal static int LexiconFor(ClaimSentenceModel model, IReadOnlyList<LexiconDefinition> lexicons, LexiconPlan[] plans)
    {
        for (var l = 0; l < plans.Length; l++)
            if (plans[l].IsClaims && lexicons[l].Model == model.Id
                && Array.IndexOf(plans[l].CategoryKeys, Russia) is var a && a >= 0 && plans[l].Roles[a] == ScoringRole.Actor)
                return l;
        return -1;
    }

    /// <summary>Adds the model's mentions to <paramref name="evidence"/> (kept in text order) and their hits to
    /// <paramref name="categories"/>.</summary>
    internal static void AddMentions(ScoringDocument document, LexiconPlan[] plans, List<Evidence> evidence, CategoryScorer categories,
        ClaimSentenceModel model, int claims, ClaimFramingScorer? scorer)
    {
        var plan = plans[claims];
        var text = document.Text;
        var tokens = text.Tokens;
        var variant = model.Variant;
        if (model.RelabelOthersThreshold is not null) // rule 5: the rules' other or unknown actor becomes russia
            variant = (variant & ~DetectorVariant.NoRelabel) | DetectorVariant.RelabelAny
                | (model.RelabelGate is ClaimSentenceModel.RolesGate ? DetectorVariant.RoleGate : 0);

        // A fallback: an article where the rules found a claim against russia in the outlet's voice is theirs (rule 2).
        // And the pre-filters that keep text about anything else (most of any corpus) unscored: an article where the
        // rules found no claim mention at all, or that never names russia (an actor match of its category, a victim
        // entry's implied actor aside), is none of its business.
        // The veto (detector9, measured): the rules' outlet-voice mentions against russia in a sentence the model scores
        // below VetoThreshold are dropped.
        if (model.VetoThreshold is { } veto)
            Veto(document, plans, plan, evidence, model, veto);

        var claimed = false;
        var relabelOnly = false; // RelabelEverywhere in an article the rules claimed for russia: relabel, add nothing
        var threshold = model.Threshold;
        var beyond = false; // acting beyond the fallback, in an article the rules claimed
        foreach (var e in evidence)
        {
            if (e.Claim is not { } claim || e.Lexicon != plan.Index) continue;
            if (claim.Actor == Russia && e.Voice == Voice.Outlet && variant.HasFlag(DetectorVariant.Fallback))
            {
                // Beyond the fallback (the model's ClaimedThreshold): in the rules' article a sentence needs that bar, at least
                // the threshold (Parse checks it; the shipped file: 0.9 over a threshold of 0.7).
                if (model.ClaimedThreshold is { } bar) (threshold, beyond) = (bar, true);
                else if (!variant.HasFlag(DetectorVariant.RelabelEverywhere)) return;
                else relabelOnly = true;
            }
            claimed = true;
        }
        if (!claimed && variant.HasFlag(DetectorVariant.HasClaim)) return;
        if (variant.HasFlag(DetectorVariant.DominantAccused) && !RussiaDominant(evidence, plan.Index)) return;
        if (variant.HasFlag(DetectorVariant.NamesRussia))
        {
            var russia = Array.IndexOf(plan.CategoryKeys, Russia);
            var named = false;
            foreach (var match in document.Matches)
                if (match.Lexicon == plan.Index && match.Category == russia && !plan.VictimEntry[match.Entry]) { named = true; break; }
            if (!named) return;
        }

        // Candidates: sentences with an outlet-voice match of the claims lexicon (rule 3); with the nearest-span rule, one
        // that can carry a mention (a target, perpetration or event word): a sentence without one would get nothing, so
        // the model never scores it (reporting verbs and actors alone are in most sentences of any news text).
        var spanned = variant.HasFlag(DetectorVariant.NearestSpan);
        HashSet<int>? candidates = null;
        foreach (var match in document.Matches)
            if (match.Lexicon == plan.Index && tokens[match.FirstToken].Voice == Voice.Outlet
                && (!spanned || plan.Role(match) == ScoringRole.Target || (!variant.HasFlag(DetectorVariant.TargetSentences)
                    && plan.Role(match) is ScoringRole.Perpetration or ScoringRole.Event)))
                (candidates ??= []).Add(tokens[match.FirstToken].Sentence);
        // detector13: with the model's ActorThreshold, a sentence that names russia as an actor in the outlet's voice is a
        // candidate too, though no word of it is an act the lexicon knows (Russian forces detonated the charges).
        // Only where the rules found no claim against russia in the outlet's voice (a fallback): in an article they claimed,
        // a mention framed by its sentence's markers alone moved more labels to "mixed" than it framed (in-sample).
        HashSet<int>? actorOnly = null;
        var actorBar = model.ActorThreshold is { } ab && !beyond ? Math.Max(ab, threshold) : double.PositiveInfinity;
        if (!double.IsPositiveInfinity(actorBar))
        {
            var russia = Array.IndexOf(plan.CategoryKeys, Russia);
            foreach (var match in document.Matches)
                if (IsOutletRussiaActor(plan, russia, tokens, match) && tokens[match.FirstToken].Sentence is var s
                    && (candidates is null || !candidates.Contains(s)))
                    (actorOnly ??= []).Add(s);
            if (actorOnly is not null) (candidates ??= []).UnionWith(actorOnly);
        }
        if (candidates is null) return;
        foreach (var e in evidence)
            if (e.Claim is { } claim && e.Voice == Voice.Outlet
                && (variant.HasFlag(DetectorVariant.AddBeside) ? claim.Actor == Russia
                    || (claim.Actor == UnknownActor && variant.HasFlag(DetectorVariant.OtherActorsOnly))
                    : variant.HasFlag(DetectorVariant.NoRelabel) || claim.Actor == Russia
                      || (claim.Actor != UnknownActor && !variant.HasFlag(DetectorVariant.RelabelAny))))
                candidates.Remove(e.Sentence); // the rules' mention stands
        // A sentence the rules ruled out as a whole (a definition, a legal qualification: claims37) is theirs too, for a
        // model that acts beyond the fallback.
        if (model.ClaimedThreshold is not null && scorer is not null)
            candidates.RemoveWhere(scorer.IsRuledOut);
        if (relabelOnly)
            candidates.RemoveWhere(sentence => !evidence.Exists(e => e.Sentence == sentence && e.Voice == Voice.Outlet
                && e.Claim is { } claim && claim.Actor != Russia));
        if (candidates.Count == 0) return;
        var wider = variant.HasFlag(DetectorVariant.WiderGate);

        var kinds = new string[plans.Length];
        for (var l = 0; l < plans.Length; l++) kinds[l] = plans[l].Lexicon.Kind;
        var bySentence = new Dictionary<int, List<Evidence>>(candidates.Count);
        foreach (var e in evidence)
            if (candidates.Contains(e.Sentence))
                (bySentence.TryGetValue(e.Sentence, out var list) ? list : bySentence[e.Sentence] = []).Add(e);
        var added = new List<Evidence>();
        foreach (var sentence in candidates.Order())
        {
            var inSentence = bySentence.GetValueOrDefault(sentence) ?? [];
            var slots = ClaimSentenceFeatures.Of(text, sentence, inSentence, kinds, model.Bits, model.Features,
                ClaimSentenceFeatures.RolesFor(document, plan, sentence, model.Features),
                model.Features is ClaimFeatureSet.WordsRolesAndContext ? ClaimSentenceFeatures.ContextOf(evidence, sentence) : null);
            var probability = model.Probability(slots);
            if (probability < threshold) continue;
            if (actorOnly is not null && actorOnly.Contains(sentence))
            {
                // detector13: no act word of the lexicon; the mention stands in the clause of the sentence's russia actor.
                if (probability >= actorBar && ActorMention(document, plan, sentence, inSentence, plans, model) is { } byActor)
                    Add(byActor);
                continue;
            }
            // Rule 5: the rules found a claim here but gave it no actor, or another one (ship1: only no actor, at the
            // threshold; ship2 never relabelled); the model names russia when it is sure enough.
            var relabelled = false;
            for (var i = 0; i < evidence.Count && !(variant.HasFlag(DetectorVariant.AddBeside) && variant.HasFlag(DetectorVariant.NoRelabel)); i++)
                if (evidence[i] is { Claim: { } claim, Voice: Voice.Outlet } e && e.Sentence == sentence && e.Lexicon == plan.Index
                    && (claim.Actor == UnknownActor || (variant.HasFlag(DetectorVariant.RelabelAny) && claim.Actor != Russia)))
                {
                    relabelled = true;
                    if (variant.HasFlag(DetectorVariant.RelabelAny) && probability < Math.Max(model.Threshold, model.RelabelThreshold))
                        continue; // not sure enough: the rules' mention stands, and nothing is added beside it
                    if (variant.HasFlag(DetectorVariant.KeepNamedActor)
                        && ((claim.Actor != UnknownActor && ActorInClause(document, plan, e, claim.Actor)) || VictimOnlyRussia(document, plan, e)))
                        continue; // measured: the rules' actor is named in the mention's clause, or russia only as victims
                    if (variant.HasFlag(DetectorVariant.RoleGate)
                        && ((claim.Actor != UnknownActor && ActorInClause(document, plan, e, claim.Actor, actingOnly: true, wider)) || RussiaOnlyAccuserOrVictim(document, plan, e, wider)))
                        continue; // the roles gate: the rules' actor is named in its clause, or russia only accuses or suffers
                    evidence[i] = e with { Claim = claim with { Actor = Russia, Detector = true } };
                }
            if (relabelled) continue;
            var mention = Mention(document, plan, sentence, inSentence, plans, model, ref scorer, probability);
            if (mention is null && probability >= actorBar)
                mention = ActorMention(document, plan, sentence, inSentence, plans, model); // detector13: a cue alone, say
            if (mention is not null
                && !(beyond && variant.HasFlag(DetectorVariant.AgreeingMarkers) && mention.Claim!.Framing != MarkerFraming(text, sentence, inSentence, plans))
                && !(beyond && variant.HasFlag(DetectorVariant.MarkedOnly) && mention.Claim!.Framing == Framing.Asserted))
                Add(mention);
        }
        void Add(Evidence mention)
        {
            added.Add(mention);
            var token = text.Tokens[TokenAt(text, mention.Start)];
            categories.Add(plan.SlotBase + Array.IndexOf(plan.CategoryKeys, mention.Category), token, 1);
            categories.Add(plan.SyntheticBase + (int)mention.Claim!.Framing, token, 1); // LexiconPlan.FramingKeys
        }
        if (added.Count == 0) return;
        evidence.AddRange(added);
        var ordered = evidence.OrderBy(e => e.Start).ToList(); // stable: the rules' order among equal starts
        evidence.Clear();
        evidence.AddRange(ordered);
    }

    /// <summary>Drops the rules' outlet-voice claim mentions against russia in every sentence the model scores below
    /// <paramref name="veto"/> (detector9's measured veto).</summary>
    static void Veto(ScoringDocument document, LexiconPlan[] plans, LexiconPlan plan, List<Evidence> evidence, ClaimSentenceModel model, double veto)
    {
        HashSet<int>? sentences = null;
        foreach (var e in evidence)
            if (e.Claim is { Actor: Russia, Detector: false } && e.Voice == Voice.Outlet && e.Lexicon == plan.Index)
                (sentences ??= []).Add(e.Sentence);
        if (sentences is null) return;
        var kinds = new string[plans.Length];
        for (var l = 0; l < plans.Length; l++) kinds[l] = plans[l].Lexicon.Kind;
        HashSet<int>? vetoed = null;
        foreach (var sentence in sentences)
        {
            var inSentence = evidence.FindAll(e => e.Sentence == sentence);
            var slots = ClaimSentenceFeatures.Of(document.Text, sentence, inSentence, kinds, model.Bits, model.Features,
                ClaimSentenceFeatures.RolesFor(document, plan, sentence, model.Features),
                model.Features is ClaimFeatureSet.WordsRolesAndContext ? ClaimSentenceFeatures.ContextOf(evidence, sentence) : null);
            if (model.Probability(slots) < veto) (vetoed ??= []).Add(sentence);
        }
        if (vetoed is null) return;
        evidence.RemoveAll(e => e.Claim is { Actor: Russia, Detector: false } && e.Voice == Voice.Outlet && e.Lexicon == plan.Index
            && vetoed.Contains(e.Sentence));
    }

    static Evidence? Mention(ScoringDocument document, LexiconPlan plan, int sentence, List<Evidence> inSentence,
        LexiconPlan[] plans, ClaimSentenceModel model, ref ClaimFramingScorer? scorer, double probability)
    {
        var text = document.Text;
        var tokens = text.Tokens;
        var s = text.Sentences[sentence];
        var variant = model.Variant;

        // Rule 6: the span.
        int start = -1, end = -1, at = -1;
        string? target = null, term = null;
        if (variant.HasFlag(DetectorVariant.NearestSpan))
        {
            at = NearestMatch(document, plan, sentence, model, inSentence, cueAllowed: model.CueThreshold is not { } cueBar || (cueBar < 1 && probability >= cueBar));
            if (at < 0) return null;
        }
        else // ship1: the sentence's first target match, else (below) its strongest word
            for (var m = 0; m < document.Matches.Count && at < 0; m++)
                if (document.Matches[m] is var match && match.Lexicon == plan.Index && tokens[match.FirstToken] is { Voice: Voice.Outlet } first
                    && first.Sentence == sentence && plan.Role(match) == ScoringRole.Target)
                    at = m;
        if (at >= 0 && variant.HasFlag(DetectorVariant.RussiaInClause) && !RussiaInClause(document, plan, at)) return null;
        if (at >= 0)
        {
            var match = document.Matches[at];
            start = tokens[match.FirstToken].Start;
            end = tokens[match.FirstToken + match.TokenCount - 1].End;
            target = plan.Role(match) == ScoringRole.Target ? plan.CategoryKeys[match.Category] : ClaimFramingScorer.GenericTarget;
            if (Array.IndexOf(plan.CategoryKeys, target) < 0) return null;
            term = plan.EntryTerms[match.Entry];
            // Rule 7: the claim rules' framing at that span.
            if (variant.HasFlag(DetectorVariant.RulesFraming))
            {
                var framed = (scorer ??= new ClaimFramingScorer(document, plans)).FrameAt(at, Array.IndexOf(plan.CategoryKeys, Russia), target);
                return new Evidence(plan.Index, target, term, start, end, sentence, Voice.Outlet, tokens[match.FirstToken].Segment,
                    framed with { Detector = true });
            }
        }
        if (target is null)
        {
            if (Array.IndexOf(plan.CategoryKeys, ClaimFramingScorer.GenericTarget) < 0) return null;
            var best = double.NegativeInfinity;
            for (var t = s.FirstToken; t < s.FirstToken + s.TokenCount; t++)
            {
                if (tokens[t].Voice != Voice.Outlet) continue;
                var weight = model.Probability([ClaimSentenceFeatures.Slot(model.Bits, "w:", text.TokenText(t))]);
                if (weight <= best) continue;
                best = weight;
                (start, end) = (tokens[t].Start, tokens[t].End);
            }
            if (start < 0) return null;
            target = ClaimFramingScorer.GenericTarget;
            term = text.LowerSpan(start, end).ToString();
        }

        var token = tokens[TokenAt(text, start)];
        return new Evidence(plan.Index, target, term!, start, end, sentence, Voice.Outlet, token.Segment,
            SentenceMarkers(text, s, inSentence, plans, target));
    }

    /// <summary>A detector mention's claim detail, against russia, framed by its sentence's own markers (ship1's): a
    /// denial, else a hedge, else scare quotes, else an attribution, accusation or reporting phrase, else asserted.</summary>
    static ClaimDetail SentenceMarkers(AnalyzedText text, Sentence s, List<Evidence> inSentence, LexiconPlan[] plans, string target)
    {
        Evidence? Marker(params ScoringRole[] roles) => inSentence.FirstOrDefault(e =>
            e.Voice == Voice.Outlet && plans[e.Lexicon].IsClaims
            && Array.IndexOf(plans[e.Lexicon].CategoryKeys, e.Category) is var c && c >= 0 && roles.Contains(plans[e.Lexicon].Roles[c]));
        var framing = Framing.Asserted;
        Evidence? marker = null;
        MarkerKind? kind = null;
        int? markerStart = null, markerEnd = null;
        string? markerText = null;
        if (Marker(ScoringRole.Denial) is { } denial) (framing, marker) = (Framing.Denied, denial);
        else if (Marker(ScoringRole.Hedge) is { } hedge) (framing, marker) = (Framing.Hedged, hedge);
        else if (text.ScareQuotes.FirstOrDefault(q => q.Start >= s.Start && q.End <= s.End) is { End: > 0 } quotes)
        {
            framing = Framing.Hedged;
            kind = MarkerKind.ScareQuotes;
            (markerStart, markerEnd) = (quotes.Start, quotes.End);
            markerText = text.LowerSpan(quotes.Start, quotes.End).ToString();
        }
        else if ((Marker(ScoringRole.Attribution, ScoringRole.Accusation)
                  ?? inSentence.FirstOrDefault(e => e.Voice == Voice.Outlet && e.Attribution is not null)) is { } attribution)
            (framing, marker) = (Framing.Attributed, attribution);
        if (marker is not null)
        {
            kind = MarkerKind.Term;
            (markerStart, markerEnd) = (marker.Start, marker.End);
            markerText = text.LowerSpan(marker.Start, marker.End).ToString();
        }

        return new ClaimDetail(target, Russia, framing, markerText, markerStart, markerEnd, kind, Detector: true);
    }

    /// <summary>detector13: whether a match names russia as an actor in the outlet's voice — an actor match of the
    /// category that is no victim entry (<i>the killings of Russian soldiers</i> names russia as a victim).</summary>
    static bool IsOutletRussiaActor(LexiconPlan plan, int russia, ReadOnlySpan<Token> tokens, in LexiconMatch match) =>
        match.Lexicon == plan.Index && match.Category == russia && plan.Role(match) == ScoringRole.Actor
        && !plan.VictimEntry[match.Entry] && tokens[match.FirstToken].Voice == Voice.Outlet;

    /// <summary>
    /// detector13: the mention of a sentence with no act, trigger, perpetration or event word of the claims lexicon (or
    /// only a cue the detector may not stand on), against russia: at the strongest word for the model (its word feature
    /// of largest weight) in the clause of the sentence's first outlet-voice russia actor match (<i>Russian forces
    /// detonated the charges</i>: <i>detonated</i>), the actor's own words, stop words and figures aside; framed by the
    /// sentence's own markers (a denial, else a hedge or scare quotes, else an attribution, else asserted), as ship1's
    /// mentions were. Null when the sentence has no such actor or its clause no other word, or the lexicon no generic
    /// target.
    /// </summary>
    static Evidence? ActorMention(ScoringDocument document, LexiconPlan plan, int sentence, List<Evidence> inSentence, LexiconPlan[] plans,
        ClaimSentenceModel model)
    {
        if (Array.IndexOf(plan.CategoryKeys, ClaimFramingScorer.GenericTarget) < 0) return null;
        var text = document.Text;
        var tokens = text.Tokens;
        var russia = Array.IndexOf(plan.CategoryKeys, Russia);
        var actor = -1;
        for (var m = 0; m < document.Matches.Count && actor < 0; m++)
            if (IsOutletRussiaActor(plan, russia, tokens, document.Matches[m]) && tokens[document.Matches[m].FirstToken].Sentence == sentence)
                actor = m;
        if (actor < 0) return null;
        var found = document.Matches[actor];
        var last = found.FirstToken + found.TokenCount - 1;
        var s = text.Sentences[sentence];
        var word = -1;
        var best = float.NegativeInfinity;
        for (var t = s.FirstToken; t < s.FirstToken + s.TokenCount; t++)
        {
            if ((t >= found.FirstToken && t <= last) || tokens[t].Voice != Voice.Outlet || !char.IsLetter(text.TokenText(t)[0])
                || ClaimGrammar.IsStopword(text.TokenText(t)) || !document.SameClause(Math.Min(t, found.FirstToken), Math.Max(t, last)))
                continue;
            var weight = model.Weight(ClaimSentenceFeatures.Slot(model.Bits, "w:", text.TokenText(t)));
            if (weight > best) (word, best) = (t, weight);
        }
        if (word < 0) return null;
        var token = tokens[word];
        return new Evidence(plan.Index, ClaimFramingScorer.GenericTarget, text.LowerSpan(token.Start, token.End).ToString(),
            token.Start, token.End, sentence, Voice.Outlet, token.Segment, SentenceMarkers(text, s, inSentence, plans, ClaimFramingScorer.GenericTarget));
    }

    /// <summary>
    /// The match of the claims lexicon, in sentence <paramref name="sentence"/> and the outlet's voice, nearest the
    /// sentence's strongest word for the model (its word feature of largest weight): by kind first — a claim target that
    /// names an act (an act, a trigger, a crime noun), then a perpetration or event word, then a cue (an <c>@cue</c>
    /// entry, mostly a noun naming the victims or the place — <i>children, residents, town</i> — which says who
    /// suffered, not what was done; claims round 46) —, then one in the strongest word's clause, then the fewest tokens
    /// away; -1 when the sentence has none.
    /// </summary>
    static int NearestMatch(ScoringDocument document, LexiconPlan plan, int sentence, ClaimSentenceModel model, List<Evidence> inSentence,
        bool cueAllowed)
    {
        var freeSpan = model.Variant.HasFlag(DetectorVariant.FreeSpan);
        var text = document.Text;
        var tokens = text.Tokens;
        var s = text.Sentences[sentence];
        var strongest = -1;
        var best = float.NegativeInfinity;
        for (var t = s.FirstToken; t < s.FirstToken + s.TokenCount; t++)
        {
            if (tokens[t].Voice != Voice.Outlet) continue;
            var weight = model.Weight(ClaimSentenceFeatures.Slot(model.Bits, "w:", text.TokenText(t)));
            if (weight > best) (best, strongest) = (weight, t);
        }
        if (strongest < 0) return -1;
        var chosen = -1;
        var chosenRank = int.MaxValue;
        var matches = document.Matches;
        for (var m = 0; m < matches.Count; m++)
        {
            var match = matches[m];
            var first = tokens[match.FirstToken];
            if (match.Lexicon != plan.Index || first.Sentence != sentence || first.Voice != Voice.Outlet) continue;
            var tier = plan.Role(match) switch
            {
                // A cue names who or what suffered (children, residents, the town), not the act: an act or trigger of
                // the sentence, a perpetration or event word go first (claims round 46).
                ScoringRole.Target => plan.CueRoleOf(match) != CueRole.Cue ? 0
                    : cueAllowed || (model.Variant.HasFlag(DetectorVariant.CueWithAct) && ActWordInClause(document, plan, match.FirstToken))
                      || (!model.Variant.HasFlag(DetectorVariant.StrictCue) && VictimOfAgainst(document, plan, s.FirstToken, match)) ? 2 : -1,
                ScoringRole.Perpetration or ScoringRole.Event => 1,
                _ => -1,
            };
            if (tier < 0) continue;
            var last = match.FirstToken + match.TokenCount - 1;
            if (freeSpan && Overlaps(inSentence, first.Start, tokens[last].End))
                continue; // a span the rules' claim mention holds stays theirs
            var distance = strongest < match.FirstToken ? match.FirstToken - strongest : strongest > last ? strongest - last : 0;
            var clause = document.SameClause(Math.Min(strongest, match.FirstToken), Math.Max(strongest, match.FirstToken)) ? 0 : 1;
            var rank = tier * 1_000_000 + clause * 100_000 + distance;
            if (rank < chosenRank) (chosen, chosenRank) = (m, rank);
        }
        return chosen;
    }

    /// <summary>Whether the clause of token <paramref name="at"/> holds, in the outlet's voice, a word of the claim rules'
    /// acts (<c>accused_acts</c>, the seizure and detention verbs): CueWithAct (detector10, measured).</summary>
    static bool ActWordInClause(ScoringDocument document, LexiconPlan plan, int at)
    {
        var text = document.Text;
        var s = text.Sentences[text.Tokens[at].Sentence];
        var words = plan.ClaimWords;
        for (var t = s.FirstToken; t < s.FirstToken + s.TokenCount; t++)
            if (t != at && text.Tokens[t].Voice == Voice.Outlet
                && (words.AccusedActs.Contains(text.TokenText(t)) || words.RemovalVerbs.Contains(text.TokenText(t)))
                && document.SameClause(Math.Min(at, t), Math.Max(at, t)))
                return true;
        return false;
    }

    /// <summary>Whether cue <paramref name="cue"/> is the object of <i>against</i> — up to two determiners, possessives,
    /// numbers or adjectives may stand between (<i>crimes against innocent civilians</i>, <i>violence against their
    /// children</i>) — and the phrase names an act with its victims: the cue names people (not a place), or the word
    /// before <i>against</i> is a harm or crime noun of the claims lexicon (<i>attacks against the village</i>, not
    /// <i>moved against the village</i>). Not a possessor (<i>against the civilians' plan</i>), and no word but another
    /// determiner before a determiner (<i>against evacuating the children</i>). CueAgainst (detector10, mended twice).</summary>
    static bool VictimOfAgainst(ScoringDocument document, LexiconPlan plan, int sentenceStart, in LexiconMatch cue)
    {
        var text = document.Text;
        // The possessor of another noun is not the object (against the civilians' evacuation plan).
        var end = text.Tokens[cue.FirstToken + cue.TokenCount - 1].End;
        if (ClaimGrammar.IsPossessive(text.TokenText(cue.FirstToken + cue.TokenCount - 1))
            || (end < text.Text.Length && text.Text[end] is '\'' or '\u2019')) return false;
        var before = cue.FirstToken - 1;
        // Modifiers stand after the determiner: once a determiner or possessive is passed, only another may be
        // (against evacuating the children: the gerund is no modifier).
        var determinerPassed = false;
        for (var skipped = 0; skipped < 2 && before > sentenceStart && ModifierBeforeCue(document, plan, before, determinerPassed, out var determiner); skipped++)
        {
            determinerPassed |= determiner;
            before--;
        }
        if (!(before > sentenceStart && text.TokenText(before) is "against" && char.IsLetter(text.TokenText(before - 1)[0]))) return false;
        return !plan.PlaceEntry[cue.Entry] || HarmNounAt(document, plan, before - 1, before);
    }

    /// <summary>A determiner, possessive, number or adjective between <i>against</i> and its cue: a word of letters (or
    /// a figure) that is no preposition, clause word, stop word other than a determiner, plural noun or claims-lexicon
    /// match other than a victim's or an actor's adjective.</summary>
    static bool ModifierBeforeCue(ScoringDocument document, LexiconPlan plan, int t, bool determinerPassed, out bool determiner)
    {
        var word = document.Text.TokenText(t);
        determiner = ClaimGrammar.IsDeterminer(word) || ClaimGrammar.IsPossessive(word);
        if (determiner || document.IsNumberAt(t)) return true;
        if (determinerPassed) return false;
        // An "-ly" adjective (elderly) is a modifier; the auxiliary test counts every "-ly" word as an adverb.
        if (word.Length < 3 || !char.IsLetter(word[0]) || ClaimGrammar.IsPreposition(word) || ClaimGrammar.IsClauseWord(word)
            || ClaimGrammar.IsStopword(word) || (ClaimGrammar.IsAuxiliary(word) && !ClaimGrammar.IsAdverb(word))
            || ClaimGrammar.IsPluralOrVerbS(word)) return false;
        foreach (var m in document.Matches)
        {
            if (m.FirstToken > t) break;
            if (m.Lexicon == plan.Index && m.FirstToken + m.TokenCount > t && plan.Role(m) is not (ScoringRole.Actor or ScoringRole.None))
                return false; // another claims word (an act, a trigger, a cue of its own) is no modifier
        }
        return true;
    }

    /// <summary>Whether token <paramref name="t"/>, just before <i>against</i> (token <paramref name="against"/>), is a
    /// harm or crime noun: one of the claims lexicon's <c>harm_nouns</c> or <c>attack_nouns</c>, or inside a claims match
    /// that names the act — a target term or trigger (not a cue) or an event (<i>attacks against</i>, <i>war</i>).</summary>
    static bool HarmNounAt(ScoringDocument document, LexiconPlan plan, int t, int against)
    {
        var word = document.Text.TokenText(t);
        if (plan.ClaimWords.HarmNouns.Contains(word) || plan.ClaimWords.AttackNouns.Contains(word)) return true;
        foreach (var m in document.Matches)
        {
            if (m.FirstToken > against) break;
            if (m.Lexicon != plan.Index || m.FirstToken + m.TokenCount <= t) continue;
            if (plan.Role(m) switch
                {
                    ScoringRole.Target => plan.CueRoleOf(m) != CueRole.Cue,
                    ScoringRole.Event => true,
                    _ => false,
                })
                return true;
        }
        return false;
    }

    /// <summary>Whether a claim mention of <paramref name="evidence"/> overlaps characters [start, end).</summary>
    static bool Overlaps(List<Evidence> evidence, int start, int end)
    {
        foreach (var e in evidence)
            if (e.Claim is not null && e.Start < end && start < e.End) return true;
        return false;
    }

    /// <summary>Whether an actor match of <paramref name="actor"/> (not one a victim implies) stands in the clause and
    /// voice of mention <paramref name="e"/> (detector9's measured KeepNamedActor).</summary>
    static bool ActorInClause(ScoringDocument document, LexiconPlan plan, Evidence e, string actor, bool actingOnly = false, bool wider = false)
    {
        var category = Array.IndexOf(plan.CategoryKeys, actor);
        if (category < 0) return false;
        var at = TokenAt(document.Text, e.Start);
        foreach (var match in document.Matches)
        {
            var token = document.Text.Tokens[match.FirstToken];
            if (token.Sentence > e.Sentence) break;
            if (token.Sentence == e.Sentence && match.Lexicon == plan.Index && match.Category == category && !plan.VictimEntry[match.Entry]
                && document.SameClauseAndVoice(Math.Min(at, match.FirstToken), Math.Max(at, match.FirstToken))
                && !(actingOnly && AccuserOrVictim(document, plan, match, wider)))
                return true;
        }
        return false;
    }

    /// <summary>Whether every russia match of mention <paramref name="e"/>'s sentence is a victim entry.</summary>
    static bool VictimOnlyRussia(ScoringDocument document, LexiconPlan plan, Evidence e)
    {
        var russia = Array.IndexOf(plan.CategoryKeys, Russia);
        var any = false;
        foreach (var match in document.Matches)
        {
            var token = document.Text.Tokens[match.FirstToken];
            if (token.Sentence > e.Sentence) break;
            if (token.Sentence != e.Sentence || match.Lexicon != plan.Index || match.Category != russia) continue;
            if (!plan.VictimEntry[match.Entry]) return false;
            any = true;
        }
        return any;
    }

    /// <summary>The roles gate (detector9b): whether russia is named (an actor match of its category in the claims
    /// lexicon) in the clause and voice of mention <paramref name="e"/>, and only in roles the claim rules never give the
    /// perpetrator (<see cref="AccuserOrVictim"/>). A clause that does not name russia is left to the model.</summary>
    static bool RussiaOnlyAccuserOrVictim(ScoringDocument document, LexiconPlan plan, Evidence e, bool wider = false)
    {
        var russia = Array.IndexOf(plan.CategoryKeys, Russia);
        var at = TokenAt(document.Text, e.Start);
        var any = false;
        foreach (var match in document.Matches)
        {
            var token = document.Text.Tokens[match.FirstToken];
            if (token.Sentence > e.Sentence) break;
            if (token.Sentence != e.Sentence || match.Lexicon != plan.Index || match.Category != russia) continue;
            if (!document.SameClauseAndVoice(Math.Min(at, match.FirstToken), Math.Max(at, match.FirstToken)))
            {
                // A subject whose verb follows a parenthesis ("Russia, the report says, documented war crimes"): the
                // clause after the parenthesis is its own.
                var s = document.Text.Sentences[token.Sentence];
                var after = ParenthesisAfter(document, match.FirstToken + match.TokenCount - 1, s.FirstToken + s.TokenCount);
                if (after == 0 || after > at || !document.SameClauseAndVoice(after, at)) continue;
            }
            if (!AccuserOrVictim(document, plan, match, wider)) return false;
            any = true;
        }
        return any;
    }

    /// <summary>Whether actor match <paramref name="match"/> is a victim (a victim entry, the <i>of</i> complement of an
    /// act, harm noun or claim target) or an accuser (a possessive owning a noun of claiming, or the subject of an
    /// accusation or reporting word) — a role the claim rules never give the perpetrator (the roles gate, detector9b).</summary>
    static bool AccuserOrVictim(ScoringDocument document, LexiconPlan plan, in LexiconMatch match, bool wider = false)
    {
        if (plan.VictimEntry[match.Entry]) return true;
        var text = document.Text;
        var s = text.Sentences[text.Tokens[match.FirstToken].Sentence];
        int sentenceStart = s.FirstToken, sentenceEnd = s.FirstToken + s.TokenCount;
        var words = plan.ClaimWords;
        var first = match.FirstToken;
        var last = first + match.TokenCount - 1;
        // A victim: "of (the) Russian soldiers" after an act, a harm noun or a claim target.
        var of = first - 1;
        if (of > sentenceStart && text.TokenText(of) is "the") of--;
        if (of > sentenceStart && text.TokenText(of) is "of"
            && (ClaimGrammar.IsActNominalisation(text.TokenText(of - 1)) || words.HarmNouns.Contains(text.TokenText(of - 1))
                || RoleEndingAt(document, plan, of - 1) == ScoringRole.Target))
            return true;
        // An accuser: "Russia's claims of", "Moscow's accusations that" (a possessive owning a noun of claiming) …
        var next = last + 1;
        if (ClaimGrammar.IsPossessive(text.TokenText(last)) && next < sentenceEnd
            && (words.ClaimNouns.Contains(text.TokenText(next)) || RoleStartingAt(document, plan, next) is ScoringRole.Accusation or ScoringRole.Attribution))
            return true;
        // WiderGate (detector10, measured): the agent of a passive accusation or report ("accused by Ukraine", "claimed by
        // Kyiv"): "by" after an accusation or attribution word or a reporting verb.
        if (wider && first - 2 >= sentenceStart && text.TokenText(first - 1) is "by"
            && (words.SubjectReportingVerbs.Contains(text.TokenText(first - 2))
                || RoleEndingAt(document, plan, first - 2) is ScoringRole.Accusation or ScoringRole.Attribution))
            return true;
        // … or "Moscow accuses", "Russia has claimed", "the Kremlin says" (its subject, auxiliaries aside; a short
        // parenthesis set off by two commas stepped over: "Russia, the report says, documented").
        var parenthesis = ParenthesisAfter(document, last, sentenceEnd);
        if (parenthesis > 0) next = parenthesis;
        while (next < sentenceEnd && ClaimGrammar.IsAuxiliary(text.TokenText(next))) next++;
        if (next < sentenceEnd && (parenthesis > 0 ? document.CommasBetween(last, next) == 2 : document.SameClause(last, next))
            && (words.SubjectReportingVerbs.Contains(text.TokenText(next))
                || RoleStartingAt(document, plan, next) is ScoringRole.Accusation or ScoringRole.Attribution))
            return true;
        // WiderGate: a national adjective before the speaking noun ("Ukrainian prosecutors say", "Russian officials
        // claimed"): one word, no match of the claims lexicon, then the reporting or accusing verb.
        if (!wider || last + 2 >= sentenceEnd || RoleStartingAt(document, plan, last + 1) != ScoringRole.None) return false;
        next = last + 2;
        while (next < sentenceEnd && ClaimGrammar.IsAuxiliary(text.TokenText(next))) next++;
        return next < sentenceEnd && document.SameClause(last, next) && char.IsLetter(text.TokenText(last + 1)[0])
               && (words.SubjectReportingVerbs.Contains(text.TokenText(next))
                   || RoleStartingAt(document, plan, next) is ScoringRole.Accusation or ScoringRole.Attribution);
    }

    /// <summary>The first token after a parenthesis that a comma right after token <paramref name="token"/> opens and a
    /// second comma at most <see cref="ParenthesisReach"/> tokens on closes ("Russia, the report says, documented"); 0
    /// when no comma follows the token or none closes it within reach.</summary>
    static int ParenthesisAfter(ScoringDocument document, int token, int sentenceEnd)
    {
        if (token + 1 >= sentenceEnd || document.CommasBetween(token, token + 1) != 1) return 0;
        for (var k = token + 1; k + 1 < sentenceEnd && k - token <= ParenthesisReach; k++)
        {
            var commas = document.CommasBetween(k, k + 1);
            if (commas < 0) return 0; // a stronger mark (a dash, a colon) ends the search
            if (commas == 1) return k + 1;
        }
        return 0;
    }

    const int ParenthesisReach = 6;

    /// <summary>The role of the claims-lexicon match that starts at token <paramref name="token"/> (an actor first), or
    /// <see cref="ScoringRole.None"/>.</summary>
    static ScoringRole RoleStartingAt(ScoringDocument document, LexiconPlan plan, int token)
    {
        var role = ScoringRole.None;
        foreach (var match in document.Matches)
        {
            if (match.FirstToken > token) break;
            if (match.FirstToken == token && match.Lexicon == plan.Index && (role == ScoringRole.None || plan.Role(match) == ScoringRole.Actor))
                role = plan.Role(match);
        }
        return role;
    }

    /// <summary>The role of a claims-lexicon match that ends at token <paramref name="token"/> (a target first), or
    /// <see cref="ScoringRole.None"/>.</summary>
    static ScoringRole RoleEndingAt(ScoringDocument document, LexiconPlan plan, int token)
    {
        var role = ScoringRole.None;
        foreach (var match in document.Matches)
        {
            if (match.FirstToken > token) break;
            if (match.Lexicon == plan.Index && match.FirstToken + match.TokenCount - 1 == token
                && (role == ScoringRole.None || plan.Role(match) == ScoringRole.Target))
                role = plan.Role(match);
        }
        return role;
    }

    /// <summary>Whether an actor match of russia (not one a victim implies) is in the clause of match <paramref name="at"/>,
    /// in its voice.</summary>
    static bool RussiaInClause(ScoringDocument document, LexiconPlan plan, int at)
    {
        var russia = Array.IndexOf(plan.CategoryKeys, Russia);
        var first = document.Matches[at].FirstToken;
        var sentence = document.Text.Tokens[first].Sentence;
        foreach (var match in document.Matches)
        {
            var token = document.Text.Tokens[match.FirstToken];
            if (token.Sentence > sentence) break;
            if (token.Sentence == sentence && match.Lexicon == plan.Index && match.Category == russia && !plan.VictimEntry[match.Entry]
                && document.SameClauseAndVoice(Math.Min(first, match.FirstToken), Math.Max(first, match.FirstToken)))
                return true;
        }
        return false;
    }

    /// <summary>Whether russia is the actor the rules' claim mentions of the article (any voice) name most often, ties
    /// included, among the mentions with a known actor; true when none has one.</summary>
    static bool RussiaDominant(List<Evidence> evidence, int lexicon)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in evidence)
            if (e.Claim is { } claim && e.Lexicon == lexicon && claim.Actor != UnknownActor && e.Voice != Voice.None)
                counts[claim.Actor] = counts.GetValueOrDefault(claim.Actor) + 1;
        return counts.Count == 0 || counts.GetValueOrDefault(Russia) == counts.Values.Max();
    }

    /// <summary>The framing a sentence's own markers give (ship1's): a denial, else a hedge or scare quotes, else an
    /// attribution, accusation or reporting phrase, else asserted.</summary>
    static Framing MarkerFraming(AnalyzedText text, int sentence, List<Evidence> inSentence, LexiconPlan[] plans)
    {
        bool Has(params ScoringRole[] roles) => inSentence.Exists(e =>
            e.Voice == Voice.Outlet && plans[e.Lexicon].IsClaims
            && Array.IndexOf(plans[e.Lexicon].CategoryKeys, e.Category) is var c && c >= 0 && roles.Contains(plans[e.Lexicon].Roles[c]));
        var s = text.Sentences[sentence];
        if (Has(ScoringRole.Denial)) return Framing.Denied;
        if (Has(ScoringRole.Hedge) || text.ScareQuotes.Any(q => q.Start >= s.Start && q.End <= s.End)) return Framing.Hedged;
        if (Has(ScoringRole.Attribution, ScoringRole.Accusation) || inSentence.Exists(e => e.Voice == Voice.Outlet && e.Attribution is not null))
            return Framing.Attributed;
        return Framing.Asserted;
    }

    /// <summary>The token starting at <paramref name="start"/> (a token boundary by construction).</summary>
    static int TokenAt(AnalyzedText text, int start)
    {
        var tokens = text.Tokens;
        int lo = 0, hi = tokens.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Start < start) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}

/// <summary>How <see cref="ClaimSentenceDetector"/> gates, places and frames the model's mentions: the shipped way, or
/// the others that were measured (docs/VALIDITY.md, "ship2"; the benchmark's <c>learn --variant</c>).</summary>
[Flags]
enum DetectorVariant
{
    /// <summary>ship1's detector: in every article, a relabelled unknown actor or a mention at the first target match
    /// (else the strongest word), framed by the sentence's first marker.</summary>
    Ship1 = 0,
    /// <summary>Only in an article where the rules found no outlet-voice claim mention against russia.</summary>
    Fallback = 1,
    /// <summary>The framing the claim rules give the mention's span (<see cref="ClaimFramingScorer.FrameAt"/>).</summary>
    RulesFraming = 2,
    /// <summary>The span: the claims-lexicon target (else perpetration or event word) nearest the model's strongest
    /// word, in its clause first; no mention in a sentence without one.</summary>
    NearestSpan = 4,
    /// <summary>Never relabel the rules' mentions: a sentence with any outlet-voice claim mention is no candidate.</summary>
    NoRelabel = 8,
    /// <summary>Only in an article that names russia somewhere (an actor match of its category): the pre-filter that
    /// keeps text about anything else unscored.</summary>
    NamesRussia = 16,
    /// <summary>Only in an article where the rules found a claim mention of any actor in any voice.</summary>
    HasClaim = 32,
    /// <summary>Only a sentence with a claims target match (an act, a trigger) is a candidate, not one with only a
    /// perpetration or event word.</summary>
    TargetSentences = 64,
    /// <summary>Without <see cref="NoRelabel"/>: relabel the rules' outlet-voice mentions of any actor, not only
    /// <c>unknown</c>, in a sentence the model flags.</summary>
    RelabelAny = 128,
    /// <summary>With <see cref="Fallback"/> and a relabelling variant: in an article the rules claimed for russia, relabel
    /// (but add no mention).</summary>
    RelabelEverywhere = 256,
    /// <summary>Only in an article whose rules' claim mentions (any voice, known actor) name russia most often: the
    /// article's dominant accused (<c>RussiaDominant</c>).</summary>
    DominantAccused = 512,
    /// <summary>With <see cref="NearestSpan"/>: a new mention only where russia is named as an actor (not a victim's
    /// country) in the clause of its span, in its voice (detector4, measured and not shipped).</summary>
    RussiaInClause = 1024,
    /// <summary>Beyond the fallback (<see cref="ClaimSentenceModel.ClaimedThreshold"/>): in an article the rules claimed,
    /// a new mention only where the rules' framing at its span is the one the sentence's own markers give (detector8).</summary>
    AgreeingMarkers = 2048,
    /// <summary>Beyond the fallback: in an article the rules claimed, a new mention only when the rules frame it other than
    /// asserted (a hedge, denial, scare quotes or attribution marks it: detector8).</summary>
    MarkedOnly = 4096,
    /// <summary>In a sentence where the rules gave an outlet-voice claim mention of another actor (or unknown), add the
    /// model's mention against russia beside it instead of leaving the sentence to the rules (detector9, measured).</summary>
    AddBeside = 8192,
    /// <summary>With <see cref="AddBeside"/>: only beside a mention of a named actor, not one the rules left
    /// <c>unknown</c> (detector9, measured).</summary>
    OtherActorsOnly = 16384,
    /// <summary>With <see cref="NearestSpan"/>: never at a span a claim mention of the rules overlaps (detector9,
    /// measured).</summary>
    FreeSpan = 32768,
    /// <summary>With <see cref="RelabelAny"/>: keep the rules' named actor where it is matched in the mention's clause,
    /// or where russia is named in the sentence only as the victims' side (detector9, measured).</summary>
    KeepNamedActor = 65536,
    /// <summary>With <see cref="RelabelAny"/>: the roles gate (detector9b) — keep the rules' named actor where it is
    /// matched in the mention's clause in a role that can act, and never relabel where the clause names russia only as an
    /// accuser or a victim (<c>RussiaOnlyAccuserOrVictim</c>, <c>AccuserOrVictim</c>).</summary>
    RoleGate = 131072,
    /// <summary>With <see cref="RoleGate"/>: the gate also reads an accuser after <i>by</i> (<i>accused by Ukraine</i>)
    /// and a national adjective before a speaking noun (<i>Ukrainian prosecutors say</i>) (detector10, measured).</summary>
    WiderGate = 262144,
    /// <summary>With a <see cref="ClaimSentenceModel.CueThreshold"/>: a cue may still be the span under that bar when its
    /// clause holds a word of the claim rules' acts (detector10, measured).</summary>
    CueWithAct = 524288,
    /// <summary>With a <see cref="ClaimSentenceModel.CueThreshold"/>: no cue under that bar at all, not even the object of
    /// <i>against</i> (<i>crimes against civilians</i>) — claims round 46's dropped form (detector10, measured).</summary>
    StrictCue = 1048576,
    /// <summary>What ship2 shipped (wave 12), and what still ships: never relabelling.</summary>
    Ship2 = Fallback | RulesFraming | NearestSpan | NoRelabel | NamesRussia | HasClaim | TargetSentences,
    /// <summary>detector2's variant: ship2's detector, relabelling the rules' mentions of any actor in a sentence it rates
    /// at least <see cref="ClaimSentenceModel.RelabelThreshold"/>. Held out +2 of 352 over ship2, but one article of
    /// the locked test half lost and none of dev12 gained at the merge, so it does not ship (docs/VALIDITY.md,
    /// "The claim detector, round 3").</summary>
    Detector2 = Fallback | RulesFraming | NearestSpan | RelabelAny | NamesRussia | HasClaim | TargetSentences,
    /// <summary>What ships.</summary>
    Shipped = Ship2,
}
