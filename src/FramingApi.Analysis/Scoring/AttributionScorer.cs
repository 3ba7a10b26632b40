using System.Buffers;
using System.Collections.Frozen;
using FramingApi.Analysis.Comparison;
using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Scoring;

/// <summary>
/// Attribution (docs/ANALYSIS.md): for each reporting phrase of a sourcing lexicon — a reporting verb ("said",
/// "claimed"), "according to", or an anonymous-source formula that contains one ("officials said") — whose statement
/// it reports: an anonymous source, a named one, or nobody the text identifies.
/// </summary>
/// <remarks>
/// <para>The source is looked for where the construction puts it (docs/ANALYSIS.md, "Attribution"), never in the
/// reported content: "Critics say Israel's bombardment …" is the critics' statement, not Israel's.</para>
/// <list type="bullet">
/// <item>"according to X" (or "courtesy of X"): X, the noun phrase after it, or the author of a document there
/// ("according to a report by Human Rights Watch").</item>
/// <item>A verb with a subject in its clause ("Blinken said", "A senior official said", "Critics say", "Kirby told
/// reporters"): that subject, found by skipping auxiliaries and adverbs back from the verb ("has also said").
/// What follows the verb is the reported content or the addressee, never the source.</item>
/// <item>A passive ("it was reported that", "Russia is accused of"): the agent after "by", else nobody.</item>
/// <item>A verb that starts its clause (after a quotation, a comma, or the sentence start): an inverted subject after
/// it ("…, said John Kirby, a spokesman"; "“…,” said Kirby"), or the subject before an interrupting appositive,
/// participle or relative clause ("Adrienne Watson, a spokeswoman, said"; "A US official, speaking with the Guardian,
/// said").</item>
/// </list>
/// <para>The source found is then classified. Anonymous: it is or contains an anonymous-source match, or its head is
/// the subject of an anonymous formula of the lexicon ("officials" of "officials said": "Ukrainian officials
/// alleged"); and any phrase in a sentence with a sentence-wide anonymity formula ("who spoke on the condition of
/// anonymity", "not authorized to speak"). Named: it contains a proper name — a run of capitalised tokens in one
/// clause (joined by "of": "Secretary of State Antony Blinken") in the phrase's voice — unless its head is a plural
/// common noun the name only modifies ("Ukrainian prosecutors", "residents of Bucha": an unnamed group). Not names:
/// function words ("He"), days and months ("said Wednesday"), any word of a title-case sentence (headlines), and a
/// sentence's first word unless the next word continues the name ("Human Rights Watch"), a role starts there
/// ("Secretary of State …"), or the text writes it capitalised elsewhere in mid-sentence ("Moscow", not
/// "Critics").</para>
/// <para>Unresolved: otherwise ("he said", "Critics say", "the ministry said"); the source span is then the subject
/// (a pronoun or noun phrase) when there is one.</para>
/// </remarks>
sealed class AttributionScorer
{
    /// <summary>Window (tokens between) for an anonymous source around the phrase.</summary>
    internal const int AnonymousWindow = 6;
    /// <summary>Window before the phrase for a name when the subject stands further back ("Kirby declined to say").</summary>
    internal const int NameBefore = 3;
    /// <summary>Window after a clause-initial verb for its inverted subject's name ("said former Secretary Blinken").</summary>
    internal const int NameAfter = 2;
    /// <summary>Most words of a noun phrase taken as a source (before any prepositional complement).</summary>
    internal const int MaxNounWords = 5;
    /// <summary>Most auxiliaries and adverbs skipped between a subject and its verb ("has also repeatedly said").</summary>
    const int MaxSkipped = 4;
    /// <summary>Most tokens looked back from the verb for the "who" of a relative clause inside its subject
    /// ("Officials who spoke on the condition of anonymity said": 7 tokens back).</summary>
    internal const int RelativeClauseReach = 12;

    const int None = -1;

    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Calendar = FrozenSet.ToFrozenSet(
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
    ], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Words between a subject and its verb: auxiliaries (not "be": that makes a passive), negation, adverbs of time,
    // manner and frequency ("Kirby has also said", "Russia has repeatedly denied", "officials later told").
    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbModifiers = FrozenSet.ToFrozenSet(
    [
        "has", "have", "had", "having", "will", "would", "could", "can", "may", "might", "should", "must", "shall",
        "here", "there", // where the speakers are: "Military sources here say", "Officials there say" (round 16)
        "do", "does", "did", "not", "never", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "didn't", "doesn't",
        "don't", "also", "later", "earlier", "previously", "repeatedly", "recently", "again", "already", "once", "often",
        "publicly", "privately", "then", "now", "still", "first", "initially", "separately", "further", "long", "just",
        "only", "even", "reportedly", "allegedly", "openly", "flatly", "quickly", "immediately", "subsequently",
        "ultimately", "finally", "since", "yet", "always", "frequently", "consistently", "sharply", "strongly",
        "angrily", "bluntly", "falsely", "wrongly", "quietly", "formally", "officially", "explicitly", "separately",
        "today", "yesterday", "tomorrow", "tonight", "week", "month", "year", "weekend", "morning", "afternoon",
        "evening", "night",
    ], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Verbs whose next noun phrase is their object — the addressee or the target ("told CNN", "accused Russia",
    // "urged Biden") — so it is never an inverted subject the way it can be after "said".
    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ObjectVerbs = FrozenSet.ToFrozenSet(
    [
        "told", "tells", "tell", "informed", "briefed", "urged", "accused", "accuses", "praised", "hailed",
        "condemned", "denounced", "slammed", "blasted", "decried", "rejected", "dismissed", "refuted", "rebutted",
        "threatened", "threatens", "touted", "pointed", "criticized", "criticised",
    ], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Conjunctions that open an adverbial clause of time, cause or condition: a reporting verb there narrates an event
    // ("after a neighbour reported her to the police"), it does not source the article.
    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Subordinators = FrozenSet.ToFrozenSet(
    [
        "when", "whenever", "after", "before", "until", "till", "because", "if", "unless", "while",
    ], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Verbs of expectation and apprehension (round 14): a reporting phrase only after an unnamed-insider subject
    // (HeldByUnnamedInsiders), and, like the verbs of assessment, a finding rather than a stated position.
    static readonly string[] ExpectationVerbWords = ["expect", "expects", "fear", "fears", "feared", "worry", "worries", "worried"];

    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ExpectationVerbs =
        FrozenSet.ToFrozenSet(ExpectationVerbWords, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Verbs of assessment: a finding, not a stated position ("US officials have concluded that …").
    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AssessmentVerbs = FrozenSet.ToFrozenSet(
    [
        "believe", "believes", "believed", "estimate", "estimates", "estimated", "assess", "assesses", "assessed",
        "concluded", "concludes", "determined", "found", "learned", "suspect", "suspects", .. ExpectationVerbWords,
    ], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Commissive and directive verbs: with an object, a "for" or a "to"-infinitive they report an act ("pledged new
    // funds", "asked for the names", "vowed to press on", "urged Kyiv to"), not a statement of fact.
    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ActVerbs = FrozenSet.ToFrozenSet(
    [
        "pledged", "promised", "vowed", "asked", "urged", "demanded",
    ], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Shapes (first letter, last letter, length) of the words of the sets read per token: most words are rejected
    // by one bit test before any hashing.
    static readonly WordShapeFilter CalendarShapes = new(Calendar.Set);
    static readonly WordShapeFilter VerbModifierShapes = new(VerbModifiers.Set);
    static readonly WordShapeFilter ObjectVerbShapes = new(ObjectVerbs.Set);

    static readonly WordShapeFilter ExpectationVerbShapes = new(ExpectationVerbWords);

    /// <summary>Whether a word is a verb of expectation or apprehension (a shape test first: nearly every reporting
    /// verb asked about, "said", "told", is rejected by it).</summary>
    static bool IsExpectationVerb(ReadOnlySpan<char> word) => ExpectationVerbShapes.MayContain(word) && ExpectationVerbs.Contains(word);

    internal static bool IsCalendar(ReadOnlySpan<char> word) => CalendarShapes.MayContain(word) && Calendar.Contains(word);

    static bool IsVerbModifier(ReadOnlySpan<char> word) => VerbModifierShapes.MayContain(word) && VerbModifiers.Contains(word);

    static bool IsObjectVerb(ReadOnlySpan<char> word) => ObjectVerbShapes.MayContain(word) && ObjectVerbs.Contains(word);

    // Marks after which a capital says nothing about a name: a quotation, bracket or colon opens there.
    static readonly SearchValues<char> OpeningMarks = SearchValues.Create(":\"“‘(");

    readonly ScoringDocument _document;
    readonly LexiconPlan[] _plans;

    // Per-sentence facts, computed once for the sentence and lexicon of the current phrase (phrases come in text order).
    int _sentence = -1;
    int _sentenceLexicon = -1;
    Voice _sentenceVoice;
    int _sentenceAnonymity = None;  // a sentence-wide anonymity match in the phrase's voice, or None
    int _sentenceWithheldName = None, _sentenceWithheldNameEnd = None; // a name withheld by grammar (round 12), or None
    bool _sentenceWithheldByRequest; // withheld by a request to the reporter not to name or show (round 32, mend32)
    sbyte _titleCase;               // whether the sentence is title case: 0 not looked up yet, 1 yes, -1 no
    sbyte _firstWordCapitalisedElsewhere; // 0 not looked up yet, 1 yes, -1 no

    // The phrase being scored.
    // Only its own lexicon's matches speak to it: a stored attribution is reproducible from the one version it names.
    int _index, _first, _last, _lexicon;
    Voice _voice;
    LexiconPlan _plan = null!;

    internal AttributionScorer(ScoringDocument document, LexiconPlan[] plans)
    {
        _document = document;
        _plans = plans;
    }

    /// <summary>
    /// Whether a match of a sourcing lexicon is a reporting phrase that gets an attribution. A one-word verb form after
    /// a determiner or preposition is used attributively, not to report anything ("of alleged war crimes", "the
    /// claimed victory").
    /// </summary>
    internal static bool IsReportingPhrase(AnalyzedText text, LexiconPlan plan, in LexiconMatch match)
    {
        if (!plan.IsSourcing) return false;
        switch (plan.Role(match))
        {
            case ScoringRole.AnonymousSource:
                return plan.ReportingEntry[match.Entry];
            case ScoringRole.ReportingVerb:
                var k = match.FirstToken;
                if (IsExpectationVerb(text.TokenText(k))) return HeldByUnnamedInsiders(text, plan, match);
                if (match.TokenCount > 1) return true;
                // Participles that are adjectives before a noun ("Russia's alleged war crimes", "the reported attacks",
                // "suspected war criminals"): "alleged" is never a reporting verb there.
                if (text.TokenText(k) is "alleged" or "purported"
                    && k + 1 < text.Tokens.Length && text.Tokens[k + 1].Sentence == text.Tokens[k].Sentence
                    && text.Text.AsSpan(text.Tokens[k].End, text.Tokens[k + 1].Start - text.Tokens[k].End).Trim().IsEmpty
                    && !ScoringDocument.IsStopword(text.TokenText(k + 1)))
                    return false;
                if (k == 0 || text.Tokens[k - 1].Sentence != text.Tokens[k].Sentence) return true;
                // A comma ends the phrase a determiner opens: "who asked us not to identify her, said" (round 32).
                if (text.Text.AsSpan(text.Tokens[k - 1].End, text.Tokens[k].Start - text.Tokens[k - 1].End).Contains(',')) return true;
                // "her" before a verb that a function word or the sentence's end follows is its object, not a possessive:
                // "who asked us not to identify her said the ward …", "… her told me" (mend32).
                if (text.TokenText(k - 1) is "her" && ObjectBeforeVerb(text, k)) return true;
                return text.TokenText(k - 1) is not ("a" or "an" or "the" or "of" or "into" or "for" or "about" or "on"
                    or "in" or "with" or "by" or "its" or "their" or "his" or "her" or "these" or "those" or "this")
                    && !text.TokenText(k - 1).EndsWith("'s");
            default:
                return false;
        }
    }

    /// <summary>Whether the one-word verb at <paramref name="verb"/> is a past form (<i>said, told</i> or in <i>-ed</i>)
    /// that a function word or the sentence's end follows, so that a <i>her</i> before it is an object pronoun ("not to
    /// identify her said the …"), not a possessive: of a participle used as an adjective ("her reported remarks") or
    /// of a noun that is also a verb ("her claim to the title", "her notes.") (mend32).</summary>
    static bool ObjectBeforeVerb(AnalyzedText text, int verb) =>
        text.TokenText(verb) is var word && (word is "said" or "told" || word.EndsWith("ed"))
        && (verb + 1 >= text.Tokens.Length || text.Tokens[verb + 1].Sentence != text.Tokens[verb].Sentence
            || ScoringDocument.IsStopword(text.TokenText(verb + 1)));

    /// <summary>
    /// Whether a verb of expectation or apprehension reports what unnamed insiders think (round 14): "Officials fear that
    /// …", "Diplomats expect a vote within weeks", "His aides worried that …" — the outlet knows it from them, an unnamed
    /// source like "officials said". Only such a subject, right before the verb (or before one adverb: "officials now
    /// expect"), makes it a reporting phrase: with anyone else ("Military leaders feared that …", "Keys worries that
    /// …", "a fear that …") it is a state of mind, no statement reported, and no evidence. "expect to" + verb is an
    /// intention ("officials expect to finish"), and a mark between the words ("Their worry: that") no verb. "People"
    /// who fear or expect something are the public ("the people expect honesty"), not the anaphoric "the people said".
    /// </summary>
    static bool HeldByUnnamedInsiders(AnalyzedText text, LexiconPlan plan, in LexiconMatch match)
    {
        var tokens = text.Tokens;
        var k = match.FirstToken;
        var next = k + 1;
        if (match.TokenCount > 1 && !text.Text.AsSpan(tokens[k].End, tokens[next].Start - tokens[k].End).Trim().IsEmpty) return false;
        if (match.TokenCount == 1 && next < tokens.Length && text.TokenText(next) is "to") return false;
        var subject = k - 1;
        if (subject >= 0 && tokens[subject].Sentence == tokens[k].Sentence
            && text.TokenText(subject) is var adverb && (adverb.EndsWith("ly") || adverb is "now" or "still" or "also")) subject--;
        return subject >= 0 && tokens[subject].Sentence == tokens[k].Sentence
               && text.Text.AsSpan(tokens[subject].End, tokens[subject + 1].Start - tokens[subject].End).Trim().IsEmpty
               && text.TokenText(subject) is not "people" && plan.AnonymousSubjectsByLastWord.ContainsKey(text.TokenText(subject));
    }

    /// <summary>Points the scorer's state at match <paramref name="index"/> (its tokens, voice, lexicon, plan and
    /// sentence) and returns the match.</summary>
    LexiconMatch Begin(int index)
    {
        var tokens = _document.Text.Tokens;
        var phrase = _document.Matches[index];
        _index = index;
        _first = phrase.FirstToken;
        _last = _first + phrase.TokenCount - 1;
        _voice = tokens[_first].Voice;
        _lexicon = phrase.Lexicon;
        _plan = _plans[phrase.Lexicon];
        PrepareSentence(index, tokens[_first].Sentence);
        return phrase;
    }

    /// <summary>The attribution of reporting phrase <paramref name="index"/> (an index into the document's matches).</summary>
    internal AttributionDetail Score(int index)
    {
        var phrase = Begin(index);

        if (_plan.Role(phrase) == ScoringRole.AnonymousSource) return Span(AttributionKind.Anonymous, _first, _last);
        if (_sentenceAnonymity != None) return MatchSpan(AttributionKind.Anonymous, _sentenceAnonymity);
        AttributionDetail? named = null;
        if (_sentenceWithheldName != None)
        {
            // A request to the reporter withholds the speaker's own name, never a name the sentence gives its phrase:
            // "A nurse who asked us not to name her, and Amnesty International said …" (mend32).
            if (_sentenceWithheldByRequest) named = Source();
            // The request withholds the name of its clause's speaker only, the subject of the reporting phrase right
            // after it (or, with none after, right before it): not "…, but the army said" (mend32b).
            if (named is not { Kind: AttributionKind.Named } && (!_sentenceWithheldByRequest || IsTheRequestersPhrase(index)))
                return Span(AttributionKind.Anonymous, _sentenceWithheldName, _sentenceWithheldNameEnd);
        }
        var source = named ?? Source();
        // An unidentified subject of a statement made in private is an unnamed source (round 13).
        if (source.Kind == AttributionKind.Unresolved && SaidPrivately() && IsUnidentifiedGroup(source))
            source = source with { Kind = AttributionKind.Anonymous };
        // An unnamed subject of a verb that reports nothing is no source the text relies on (docs/ANALYSIS.md,
        // "Anonymous sourcing"): the span stays, the kind is unresolved.
        return source.Kind == AttributionKind.Anonymous && (ReportsNothing() || OnTheRecord() || CreditsAWording()) ? source with { Kind = AttributionKind.Unresolved } : source;
    }

    /// <summary>
    /// Whether the verb says its statement was made in public — "publicly" or "on the record" right after it, or
    /// "publicly" before it ("officials have said publicly", "officials publicly acknowledged", "said on the record"):
    /// an unnamed subject then voices a public position, not a source that asked to stay unnamed (docs/ANALYSIS.md,
    /// "Anonymous sourcing", round 8).
    /// </summary>
    bool OnTheRecord()
    {
        var tokens = _document.Text.Tokens;
        var next = _last + 1;
        if (next < tokens.Length && InClause(next, _last))
        {
            if (Word(next) is "publicly") return true;
            if (next + 2 < tokens.Length && Word(next) is "on" && Word(next + 1) is "the" && Word(next + 2) is "record"
                && InClause(next + 2, _last)) return true;
        }
        for (var k = _first - 1; k >= 0 && k >= _first - 3 && InClause(k, _first); k--)
        {
            if (Word(k) is "publicly") return true;
            if (Word(k) is not ("have" or "has" or "had" or "also" or "repeatedly")) break;
        }
        return false;
    }

    /// <summary>
    /// Whether the verb says its statement was made in private (round 13), the counterpart of <see cref="OnTheRecord"/>:
    /// "privately" right after the verb ("officials said privately"), before it over auxiliaries ("have privately
    /// conceded"), in a participle between the subject and the verb ("Investigators, speaking privately, said"), or
    /// opening the sentence ("Privately, aid workers say"); or "in private" right after the verb.
    /// </summary>
    bool SaidPrivately()
    {
        var tokens = _document.Text.Tokens;
        var next = _last + 1;
        if (next < tokens.Length && InClause(next, _last))
        {
            if (Word(next) is "privately") return true;
            if (next + 1 < tokens.Length && Word(next) is "in" && Word(next + 1) is "private" && InClause(next + 1, _last)) return true;
        }
        var sentence = tokens[_first].Sentence;
        for (var k = _first - 1; k >= 0 && k >= _first - 4 && tokens[k].Sentence == sentence; k--)
            if (Word(k) is "privately") return true;
        var first = _document.Text.Sentences[sentence].FirstToken;
        return first < _first && Word(first) is "privately" && tokens[first].Voice == _voice;
    }

    /// <summary>Whether an unresolved source is a noun phrase that identifies nobody — not a pronoun (whose referent
    /// stands elsewhere) and not an office or body with "the" or a possessive ("the ministry", "Ukraine's envoy").</summary>
    bool IsUnidentifiedGroup(AttributionDetail source)
    {
        if (source.SourceStart is not int start || source.SourceEnd is not int end) return false;
        var span = _document.Text.Text.AsSpan(start, end - start);
        if (span.Equals("they", StringComparison.OrdinalIgnoreCase) || span.Equals("he", StringComparison.OrdinalIgnoreCase)
            || span.Equals("she", StringComparison.OrdinalIgnoreCase) || span.Equals("we", StringComparison.OrdinalIgnoreCase)
            || span.Equals("i", StringComparison.OrdinalIgnoreCase) || span.Equals("you", StringComparison.OrdinalIgnoreCase)) return false;
        if (span.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || span.IndexOf('\'') >= 0 || span.IndexOf('’') >= 0) return false;
        return !span.StartsWith("this ", StringComparison.OrdinalIgnoreCase) && !span.StartsWith("these ", StringComparison.OrdinalIgnoreCase)
               && !span.StartsWith("those ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether the phrase is "put it" in an as-parenthetical that opens its clause ("The point of the warrants, as a lawyer
    /// friend put it to me, is to …"): it credits the wording of a point the text makes its own, not a statement the
    /// text relies on (round 11). "A congressional aide put it to me this way: …" still reports the aide.
    /// </summary>
    bool CreditsAWording()
    {
        if (Word(_first) is not ("put" or "puts")) return false;
        var k = _first - 1;
        while (k > 0 && InClause(k - 1, _first) && _first - k <= MaxNounWords + 2) k--;
        return k >= 0 && k < _first - 1 && InClause(k, _first) && Word(k) is "as";
    }

    /// <summary>Whether the count at <paramref name="count"/> is the second of a proportion (round 30): <i>in</i> or
    /// <i>out of</i> and a count or number before it ("nine in ten", "one in 5", "seven out of ten") — a share of the
    /// group, which is the group speaking, as "most of them" is.</summary>
    bool IsProportion(int count)
    {
        var before = count >= 2 && Word(count - 1) is "in" ? count - 2
            : count >= 3 && Word(count - 1) is "of" && Word(count - 2) is "out" ? count - 3 : -1;
        return before >= 0 && InClause(before, _first)
               && (IsMemberCount(Word(before)) || (_document.Text.Tokens[before].Flags & TokenFlags.Numeric) != 0);
    }

    /// <summary>
    /// The last token of a partitive that picks one unnamed member of a group — "one of them", "one of the traders",
    /// "one of those women" — starting at <paramref name="start"/>, or -1: an unnamed individual (round 8). A name in
    /// apposition names the member ("one of the volunteers, Iryna Maslova": round 9).
    /// </summary>
    int PartitiveEnd(int start, int anchor)
    {
        var tokens = _document.Text.Tokens;
        if (start < 0 || start + 2 >= tokens.Length || !IsMemberCount(Word(start)) || Word(start + 1) is not "of"
            || !InClause(start + 2, anchor)) return -1;
        if (Word(start + 2) is "them" or "us") return NamedInApposition(start + 2) ? -1 : start + 2;
        if (Word(start + 2) is not ("the" or "those" or "these")) return -1;
        var end = -1;
        for (var t = start + 3; t < tokens.Length && t < start + 3 + MaxNounWords && InClause(t, anchor)
             && (t < _first || t > _last) && !IsStopword(t) && !IsInReportingPhrase(t); t++) end = t;
        return end >= 0 && NamedInApposition(end) ? -1 : end;
    }

    /// <summary>"one", or a count of the members picked ("two", "three" … "ten": round 12): "three of the men released"
    /// are unnamed individuals as "one of them" is; "several of", "some of", "many of", "most of" a group are the group
    /// speaking (generic, as "former detainees said": "several of them described what happened" at a press conference).</summary>
    static bool IsMemberCount(ReadOnlySpan<char> word) =>
        word is "one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten";

    /// <summary>Whether a name follows <paramref name="end"/> across a comma, as its appositive.</summary>
    bool NamedInApposition(int end) =>
        end + 1 < _document.Text.Tokens.Length && GapHasComma(end, end + 1) && IsNameAppositive(end + 1, backwards: false);

    /// <summary>
    /// Whether an anonymous-source match that reports nothing by itself ("a senior official", "insiders", "unnamed")
    /// is an unnamed source the text relies on (docs/ANALYSIS.md, "Anonymous sourcing"). A sentence-wide anonymity
    /// formula always is. Otherwise not when "official" is an adjective before a noun ("an official investigation",
    /// "an official statement") or "source" is one of something ("a source of tension"); when the phrase is an
    /// appositive of a name ("Natalia Petrenko, a senior official at the ministry, said"; "A defense official, Sabrina
    /// Singh, told"): the source is named; when nothing in its sentence and voice reports a statement — no
    /// reporting phrase ("Two officials were killed in the strike"); and the adjectives "unnamed", "unidentified",
    /// "anonymous" alone only when predicative ("I will leave her unnamed").
    /// </summary>
    internal bool IsSourceMention(int index)
    {
        var phrase = Begin(index);
        var matches = _document.Matches;
        var tokens = _document.Text.Tokens;
        // "unnamed", "unidentified", "anonymous" alone are no source: when they qualify one ("unnamed officials said",
        // "citing an unidentified source") the reporting phrase's attribution is anonymous already; otherwise they
        // describe something else ("the bodies of three unidentified people", "an anonymous Telegram channel").
        // Used predicatively they say the outlet withholds a name ("I will leave her unnamed", "who asked to remain
        // anonymous"): that is anonymity.
        if (_first == _last && Word(_first) is "unnamed" or "unidentified" or "anonymous")
            return PreviousWord(_first) is "her" or "him" or "them" or "remain" or "remains" or "remained" or "stay"
                or "stays" or "stayed" or "be" or "been" or "kept";
        if (_plan.SentenceWideAnonymity[phrase.Entry]) return !GivesAFirstName(phrase);
        if (_plan.PrivateAside[phrase.Entry]) return IsPrivateAsideOfUnnamed();
        if (InterviewedByABody(phrase)) return false;

        var next = _last + 1;
        var hasNext = next < tokens.Length && InClause(next, _last);
        if (hasNext && Word(_last) is "official" && IsNounAfterAdjective(next)) return false;
        if (hasNext && Word(_last) is "source" or "sources" && Word(next) is "of") return false;
        if (hasNext && Word(next) is "once") return false; // an anecdote: "A Russian official once told …" (round 16)
        if (_first > 0 && InSentenceVoice(_first - 1, _first) && GapHasComma(_first - 1, _first) && IsNameAppositive(_first - 1, backwards: true))
            return false;
        if (next < tokens.Length && InSentenceVoice(next, _last) && GapHasComma(_last, next) && IsNameAppositive(next, backwards: false))
            return false;

        var text = _document.Text;
        var sentence = tokens[_first].Sentence;
        var lo = index;
        while (lo > 0 && tokens[matches[lo - 1].FirstToken].Sentence == sentence) lo--;
        for (var j = lo; j < matches.Count && tokens[matches[j].FirstToken].Sentence == sentence; j++)
        {
            var m = matches[j];
            if (j != index && m.Lexicon == _lexicon && tokens[m.FirstToken].Voice == _voice && IsReportingPhrase(text, _plan, m))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a formula of a statement made in private ("speaking privately", "spoke privately") is an unnamed source
    /// (round 25, mended in round 26): its subject — the noun phrase before the comma of a participial aside ("Some of
    /// them, speaking privately, are less enthusiastic"), or right before "spoke" ("Two officials spoke privately of
    /// their doubts") — passes round 13's test of an unidentified subject (<see cref="IsUnidentifiedGroup"/>): not a
    /// name ("President Zelensky, speaking privately, said"), a pronoun ("They, speaking privately, said") or an office
    /// with "the" ("The ministry, speaking privately, said"); a partitive of a pronoun ("some of them") is an unnamed
    /// group. Not in the sense of a meeting, "with" or "to" after it ("Biden spoke privately with Zelensky",
    /// "speaking privately to senators"), and not opening its sentence (the subject after it is not looked for).
    /// </summary>
    bool IsPrivateAsideOfUnnamed()
    {
        var tokens = _document.Text.Tokens;
        var next = _last + 1;
        if (next < tokens.Length && InSentenceVoice(next, _last) && Word(next) is "with" or "to") return false;
        var k = _first - 1;
        if (k < 0 || !InSentenceVoice(k, _first)) return false;
        if (Word(_first) is not "spoke" && !GapHasComma(k, _first)) return false;
        if (Word(k) is "them" or "us") return k >= 1 && InClause(k - 1, k) && Word(k - 1) is "of";
        if (IsPronoun(k) || IsStopword(k)) return false;
        var source = SubjectPhrase(k, k, anchor: k, reanchor: true);
        return source.Kind == AttributionKind.Anonymous || source.Kind == AttributionKind.Unresolved && IsUnidentifiedGroup(source);
    }

    /// <summary>Whether the adjective at <paramref name="adjective"/> modifies a person noun or an unnamed subject within
    /// a few words of its clause ("unnamed US officials", "an unidentified source").</summary>
    bool QualifiesSource(int adjective)
    {
        var tokens = _document.Text.Tokens;
        for (var t = adjective + 1; t <= adjective + 3 && t < tokens.Length && InClause(t, adjective); t++)
        {
            if (IsPersonNoun(t) || _plan.AnonymousSubjectsByLastWord.ContainsKey(Word(t))) return true;
            if (IsStopword(t)) return false;
        }
        return false;
    }

    /// <summary>A lower-case word that a preceding "official" modifies ("investigation", "statement", "visit"): not a
    /// function word, participle, adverb, reporting verb or a word that continues a source ("familiar", "close").</summary>
    bool IsNounAfterAdjective(int token)
    {
        var word = Word(token);
        if ((_document.Text.Tokens[token].Flags & TokenFlags.Capitalized) != 0 || IsStopword(token) || IsInReportingPhrase(token)) return false;
        if (word.EndsWith("ed") || word.EndsWith("ing") || word.EndsWith("ly") || IsVerbModifier(word)) return false;
        if (word is "familiar" or "close" or "here" or "there" or "present" or "says" or "tells" or "confirms" or "insists") return false;
        foreach (var c in word) if (!char.IsLetter(c) && c != '-') return false;
        return true;
    }

    /// <summary>The word right before a token in the text (lower case; empty after punctuation or at the start).</summary>
    string PreviousWord(int token)
    {
        var text = _document.Text.Text.AsSpan(0, _document.Text.Tokens[token].Start);
        var end = text.Length;
        if (end == 0 || text[end - 1] != ' ') return "";
        end--;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return text[start..end].ToString().ToLowerInvariant();
    }

    bool GapHasComma(int before, int after) => _document.Gap(before, after).Contains(',');

    /// <summary>Whether the gap between two tokens holds either mark.</summary>
    bool GapHas(int before, int after, char mark, char other) => _document.Gap(before, after).IndexOfAny(mark, other) >= 0;

    /// <summary>A capitalised name (not a sentence's first word) ending at <paramref name="token"/> (<paramref
    /// name="backwards"/>) or starting there: the phrase beside it, across a comma, is its appositive.</summary>
    bool IsNameAppositive(int token, bool backwards)
    {
        var tokens = _document.Text.Tokens;
        if (!IsNameToken(token) || IsSentenceStart(token) || IsPossessive(token)) return false;
        if (backwards) return true;
        // After the phrase: "A defense official, Sabrina Singh, told": the name is the whole appositive.
        var end = NameRunEnd(token);
        return end + 1 >= tokens.Length || !InSentenceVoice(end + 1, token) || GapHasComma(end, end + 1) || IsInReportingPhrase(end + 1);
    }

    /// <summary>The source of the current phrase by where its construction puts it (the class remarks).</summary>
    AttributionDetail Source()
    {
        var tokens = _document.Text.Tokens;

        if (Word(_first) is "according" or "as" or "courtesy") return AfterPreposition();
        // "citing people familiar with the talks", "the Post quotes a former teacher": the object is the source.
        if (_last == _first && Word(_first) is "citing" or "cited" or "cites" or "cite" or "quoting" or "quoted" or "quotes" or "quote")
        {
            var objectSource = ObjectSource();
            if (objectSource is not null) return objectSource;
        }
        // A transitive verb without its object is a passive participle ("personnel accused of war crimes", "officials
        // briefed on the plans").
        if (_last == _first && IsObjectVerb(Word(_first)) && _last + 1 < tokens.Length && InClause(_last + 1, _last)
            && Word(_last + 1) is "of" or "by" or "on") return Passive();

        // Back from the verb over auxiliaries and adverbs to what stands before it in its clause.
        var k = _first - 1;
        for (var skipped = 0; k >= 0 && InClause(k, _first) && skipped < MaxSkipped; skipped++)
        {
            var word = Word(k);
            var capitalised = (tokens[k].Flags & TokenFlags.Capitalized) != 0;
            if (capitalised ? IsCalendar(word) : IsVerbModifier(word) || IsAdverb(k))
            {
                k--;
                if (k >= 0 && InClause(k, _first) && Word(k) is "last" or "this" or "next" or "on" or "that" or "each"
                    or "late" or "early") k--; // "last week", "on Wednesday"
            }
            else if (IsBeForm(word) && Word(_first).EndsWith("ing")) k--; // "was saying": still active
            else break;
        }
        if (k < 0 || !InClause(k, _first)) return ClauseInitial();
        if (IsBeForm(Word(k)) || Word(k) is "as" or "am") return Passive();
        return Subject(k);
    }

    /// <summary>
    /// The last token of the name whose appositive a relative clause's antecedent ending at <paramref name="head"/> is,
    /// or None (round 14): in "said Mykola Ivashchenko, 54, a former tractor driver who says he spent 19 days there" and
    /// "By Thomas Adeyemi, a former diplomat who now writes on mediation" the one who says or writes is the named man,
    /// not an unnamed driver or diplomat. The antecedent is an "a"/"an" noun phrase right after a comma that follows a
    /// name (with an age between: ", 54,").
    /// </summary>
    int NameBeforeAppositive(int head)
    {
        var tokens = _document.Text.Tokens;
        var start = NounStartBefore(head);
        if (start > 0 && InSentenceVoice(start - 1, head) && IsDeterminer(Word(start - 1))) start--;
        if (Word(start) is not ("a" or "an") || start < 1 || !InSentenceVoice(start - 1, head) || !GapHasComma(start - 1, start)) return None;
        var name = start - 1;
        if ((tokens[name].Flags & TokenFlags.Numeric) != 0 && tokens[name].Length <= 3 && name >= 1 && InSentenceVoice(name - 1, head)
            && GapHasComma(name - 1, name)) name--; // "Mykola Ivashchenko, 54, a former tractor driver"
        return IsNameAppositive(name, backwards: true) ? name : None;
    }

    /// <summary>
    /// Whether the phrase reports no statement the text relies on, whoever its subject: a negated verb ("officials
    /// have not commented", "declined to say"); a verb in an adverbial clause of time, cause or condition, which
    /// narrates an event ("after a neighbour reported her", "When Russian officials asked for the names"); or a
    /// commissive or directive verb whose complement is an act, not a statement ("officials pledged new funds",
    /// "asked for the names", "vowed to press on") — only a "that", "whether" or quoted complement reports one.
    /// </summary>
    bool ReportsNothing()
    {
        var tokens = _document.Text.Tokens;
        var k = _first - 1;
        if (k >= 1 && InClause(k - 1, _first) && Word(k) is "to" && Word(k - 1) is "declined" or "refused" or "failed") return true;
        if (ReportsAHabit()) return true;
        for (; k >= 0 && InClause(k, _first) && _first - k <= MaxSkipped; k--)
        {
            var word = Word(k);
            if (ClaimGrammar.IsNegation(word)) return true;
            if (!IsVerbModifier(word) && !IsAdverb(k)) break;
        }
        // The subject's noun phrase, then the word before it.
        if (k >= 0 && InClause(k, _first) && !IsStopword(k))
        {
            var start = NounStartBefore(k);
            if (start > 0 && InClause(start - 1, _first) && IsDeterminer(Word(start - 1))) start--;
            if (start > 0 && InClause(start - 1, _first) && Subordinators.Contains(Word(start - 1))) return true;
        }
        if (_last != _first || !ActVerbs.Contains(Word(_first))) return false;
        var next = _last + 1;
        if (next >= tokens.Length || !InClause(next, _last)) return false; // "“…?” officials asked."
        var gap = _document.Text.Text.AsSpan(tokens[_last].End, tokens[next].Start - tokens[_last].End);
        return gap.IndexOfAny(OpeningMarks) < 0 && Word(next) is not ("that" or "whether" or "if" or "why" or "how" or "what" or "when" or "where" or "who");
    }

    /// <summary>
    /// Whether the verb tells what someone habitually said or spent time saying, characterising them rather than
    /// reporting a statement (round 10): "liked to say", "used to say", "was fond of saying", "spent three years
    /// insisting that …".
    /// </summary>
    bool ReportsAHabit()
    {
        var k = _first - 1;
        if (k < 1 || !InClause(k - 1, _first)) return false;
        if (Word(k) is "to" && Word(k - 1) is "liked" or "likes" or "loved" or "loves" or "used" or "tended" or "tends") return true;
        if (Word(k) is "of" && Word(k - 1) is "fond") return true;
        // An anecdote: "A wise man once said that …", "A Russian official once told a Western journalist …" (round 16).
        if (Word(k) is "once" && Word(_first).EndsWith("d")) return true;
        if (!Word(_first).EndsWith("ing")) return false;
        for (var t = k; t >= 0 && t >= _first - 1 - MaxSkipped && InClause(t, _first); t--)
            if (Word(t) is "spent" or "spend" or "spends" or "spending") return true;
        return false;
    }

    /// <summary>The verb has something before it in its clause: its subject is the source.</summary>
    AttributionDetail Subject(int k)
    {
        if (IsPronoun(k)) return Span(AttributionKind.Unresolved, k, k);
        // "One of them said", "one of the traders told us", "three of the marines told us": unnamed members of a group
        // (looked for only when an "of" stands within reach: most subjects have none).
        if (_document.HasWord("of", k - 1 - MaxNounWords, k - 1))
            for (var t = k - 2; t >= 0 && t >= k - 2 - MaxNounWords && InClause(t, _first); t--)
                if (IsMemberCount(Word(t)) && PartitiveEnd(t, _first) == k)
                    // Round 30: a proportion is the group speaking ("Nine in ten of the detainees described").
                    return Span(IsProportion(t) ? AttributionKind.Unresolved : AttributionKind.Anonymous, t, k);
        // A relative clause in the subject: "Officials who spoke on the condition of anonymity said", "A man who
        // lost his home in Bucha said": its antecedent is the subject (only when a "who" stands within reach).
        if (_document.HasWord("who", k - RelativeClauseReach + 1, k))
            for (var t = k; t >= 0 && t > k - RelativeClauseReach && InClause(t, _first); t--)
                if (Word(t) is "who")
                {
                    if (t == 0 || !InSentenceVoice(t - 1, _first)) return Unresolved();
                    if (IsStopword(t - 1)) return Span(AttributionKind.Unresolved, t - 1, t - 1); // "Those who fled said"
                    var name = NameBeforeAppositive(t - 1);
                    if (name != None) return Span(AttributionKind.Named, NameRunStart(name), name);
                    return SubjectPhrase(t - 1, t - 1, anchor: t - 1, reanchor: false);
                }
        // "gunners I've spoken to describe …", "residents we talked with said": people the writer spoke to.
        var interviewee = WriterSpokeTo(k);
        if (interviewee != None) return Span(AttributionKind.Anonymous, NounStartBefore(interviewee), k);
        if (Word(k) is "which" or "that") // "the Pentagon, which had argued": the noun before it
        {
            if (k == 0 || !InSentenceVoice(k - 1, _first) || IsStopword(k - 1)) return Unresolved();
            return SubjectPhrase(k - 1, k - 1, anchor: k - 1, reanchor: false);
        }
        if (IsStopword(k))
        {
            // The subject stands further back ("Kirby declined to say", "Biden lifted the sanctions but denounced"):
            // an anonymous source or a name a few tokens before the verb in its clause.
            var anonymous = AnonymousEndingIn(Math.Max(0, _first - 1 - AnonymousWindow), _first - 1, _first);
            if (anonymous != None) return MatchSpan(AttributionKind.Anonymous, anonymous);
            for (var t = _first - 1; t >= 0 && t >= _first - 1 - NameBefore && InClause(t, _first); t--)
                if (IsNamePart(t)) return Span(AttributionKind.Named, NameRunStart(t), t);
            return Unresolved();
        }
        return SubjectPhrase(k, k, anchor: _first, reanchor: true);
    }

    /// <summary>
    /// The head of a noun phrase that a reduced relative clause of the writer's own conversations ends at
    /// <paramref name="k"/> — "gunners I've spoken to", "people we talked with", "residents I interviewed", "everyone I
    /// met" — or None: the writer's unnamed interlocutors, the outlet's own unnamed sources like "residents
    /// interviewed by this newspaper" (round 10). A capitalised head names someone and is left to the usual rules.
    /// </summary>
    int WriterSpokeTo(int k)
    {
        var t = k;
        if (Word(t) is "to" or "with") t--;
        if (t < 2 || !InClause(t - 2, _first)
            || Word(t) is not ("spoke" or "spoken" or "talked" or "interviewed" or "met" or "asked")) return None;
        t--;
        if (Word(t) is "have" or "had" or "'ve") t--;
        if (t < 1 || !InClause(t - 1, _first) || Word(t) is not ("i" or "we" or "i've" or "we've" or "i'd" or "we'd")) return None;
        var head = t - 1;
        if (IsNamePart(head) || IsInReportingPhrase(head)) return None;
        return IsStopword(head) && Word(head) is not ("everyone" or "everybody" or "those" or "others" or "people") ? None : head;
    }

    /// <summary>
    /// The source is the noun phrase ending at <paramref name="end"/> (its head there, or before a prepositional
    /// complement when <paramref name="reanchor"/>: "residents of Bucha"); <paramref name="anchor"/> is a token of
    /// its clause.
    /// </summary>
    AttributionDetail SubjectPhrase(int end, int head, int anchor, bool reanchor)
    {
        var start = NounStartBefore(head);
        for (var pp = 0; reanchor && pp < 2; pp++)
        {
            var p = start - 1;
            if (p >= 0 && InClause(p, anchor) && IsDeterminer(Word(p))) p--;
            if (p >= 1 && InClause(p, anchor) && IsParticiple(p) && InClause(p - 1, anchor) && !IsStopword(p - 1))
            {
                // A participle modifies the head before it: "A man walking his dog told me".
                head = p - 1;
                start = NounStartBefore(head);
                continue;
            }
            if (p < 1 || !InClause(p, anchor) || !IsPreposition(Word(p)) || !InClause(p - 1, anchor)) break;
            var noun = p - 1;
            // "A colleague still at the Pentagon told me": an adverb of time between the noun and its complement (round 31).
            if (noun >= 1 && Word(noun) is "still" or "now" or "currently" or "formerly" && InClause(noun - 1, anchor)) noun--;
            if (IsStopword(noun)) break;
            head = noun;
            start = NounStartBefore(head);
        }
        // "aides involved (in the deliberations)", "people briefed (on the decision)": the noun before the participle.
        while (head > start && (IsParticiple(head) || Word(head) is "present")) head--; // "two people present (at …)"
        if (start > 0 && InClause(start - 1, anchor) && IsDeterminer(Word(start - 1))) start--;

        var anonymous = AnonymousEndingIn(start, end, anchor);
        if (anonymous != None) return MatchSpan(AttributionKind.Anonymous, anonymous);
        if (KnowledgePredicateIn(start, end, anchor)) return Span(AttributionKind.Anonymous, start, end);
        if (IsAnonymousSubject(head))
            return Span(VoicesAGovernmentPosition(start, head) ? AttributionKind.Unresolved : AttributionKind.Anonymous, start, end);
        if (IsUnnamedModifiedPerson(start, head, end)) return Span(UnlessNamedNext(start), start, end);
        if (NameIn(start, end, head, out var nameStart, out var nameEnd)) return Span(AttributionKind.Named, nameStart, nameEnd);
        if (IsUnnamedPerson(start, head)) return Span(UnlessNamedNext(start), start, end);
        return Span(AttributionKind.Unresolved, start, end);
    }

    /// <summary>
    /// Whether a noun phrase in [<paramref name="start"/>, <paramref name="end"/>] is qualified by what its people know
    /// (round 12): a noun that is no name followed by <i>familiar with</i>, <i>briefed on</i>, <i>privy to</i> or <i>with
    /// (direct, first-hand, detailed, intimate) knowledge of</i> — "engineers familiar with the plant", "two lawyers
    /// briefed on the case", "according to diplomats with knowledge of the talks". Whoever they are, the text
    /// identifies them only by their access: an unnamed source, whatever the head noun (the lexicon lists only some
    /// heads: "officials familiar with", "people briefed on").
    /// </summary>
    bool KnowledgePredicateIn(int start, int end, int anchor)
    {
        var tokens = _document.Text.Tokens;
        for (var t = start + 1; t <= end && t + 1 < tokens.Length; t++)
        {
            var word = Word(t);
            var next = Word(t + 1);
            var knows = word is "familiar" && next is "with" || word is "briefed" && next is "on" || word is "privy" && next is "to"
                        || word is "knowledge" && next is "of" && Word(t - 1) is "with" or "direct" or "first-hand" or "firsthand" or "detailed" or "intimate";
            if (!knows) continue;
            var noun = word is "knowledge" ? t - 2 : t - 1;
            while (noun > start && Word(noun) is "with" or "direct" or "first-hand" or "firsthand" or "detailed" or "intimate") noun--;
            return noun >= start && InClause(noun, anchor) && InClause(t + 1, anchor) && !IsStopword(noun) && !IsNamePart(noun);
        }
        return false;
    }

    /// <summary>
    /// Anonymous for an unnamed individual, unless it is the delayed identification of a lead ("A heartbroken mother
    /// has told how … / Olena Koval, 34, last saw her son …"): a singular "a"/"an" person in the lead whose next
    /// sentence names someone with an age (a capitalised pair followed by ", 34,") within its first words — the person
    /// is identified, only not yet (round 10). The name stands in another sentence, so the source is unresolved.
    /// </summary>
    AttributionKind UnlessNamedNext(int start)
    {
        var text = _document.Text;
        var tokens = text.Tokens;
        var first = start > 0 && InSentenceVoice(start - 1, _first) && IsDeterminer(Word(start - 1)) ? start - 1 : start;
        if (tokens[_first].Segment != SegmentKind.Lead || Word(first) is not ("a" or "an")) return AttributionKind.Anonymous;
        var sentence = tokens[_first].Sentence + 1;
        if (sentence >= text.Sentences.Length) return AttributionKind.Anonymous;
        var next = text.Sentences[sentence];
        for (var t = next.FirstToken; t + 3 < next.FirstToken + next.TokenCount && t < next.FirstToken + 6; t++)
            if ((tokens[t].Flags & tokens[t + 1].Flags & TokenFlags.Capitalized) != 0 && (tokens[t + 2].Flags & TokenFlags.Numeric) != 0
                && GapHasComma(t + 1, t + 2) && tokens[t + 2].Length <= 3)
                return AttributionKind.Unresolved;
        return AttributionKind.Anonymous;
    }

    /// <summary>
    /// Whether an unnamed subject "officials" is a government or local authority stating its position, not a source the
    /// outlet relies on (docs/ANALYSIS.md, "Anonymous sourcing"): the officials are qualified by a nationality ("Russian
    /// officials", "Belarusian officials" — a capitalised modifier ending in -an, -ese, -ish or -i), a possessive
    /// ("Kyiv's officials", "its officials") or "local", "regional", "city", "municipal", "provincial", "district"; no
    /// number or quantifier counts them ("two officials", "some officials"); and the verb states a standing position —
    /// the present ("Russian officials say"), the perfect ("Belarusian officials have said", "have described") or a
    /// modal ("its officials will tell you": round 9) —
    /// not a verb of assessment ("US officials have concluded"). The past ("Ukrainian officials said on Tuesday") and
    /// "according to Ukrainian officials" stay anonymous.
    /// </summary>
    bool VoicesAGovernmentPosition(int start, int head)
    {
        if (_first != _last || Word(head) is not ("officials" or "diplomats") || AssessmentVerbs.Contains(Word(_first))) return false;
        var tokens = _document.Text.Tokens;
        // "officials in Kyiv" are Kyiv's officials (round 11).
        var qualified = head + 2 < _first && Word(head + 1) is "in" && IsNamePart(head + 2) && InClause(head + 2, head);
        for (var t = start > 0 && InClause(start - 1, head) && IsDeterminer(Word(start - 1)) ? start - 1 : start; t < head; t++)
        {
            var word = Word(t);
            if (word is "two" or "three" or "four" or "five" or "several" or "some" or "many" or "one" or "few" or "senior"
                || (tokens[t].Flags & TokenFlags.Numeric) != 0) return false;
            if (word is "its" or "their" or "local" or "regional" or "city" or "municipal" or "provincial" or "district"
                || IsPossessive(t)
                || ((tokens[t].Flags & TokenFlags.Capitalized) != 0 && IsDemonymShape(word.IndexOf('-') is > 0 and var hyphen ? word[..hyphen] : word)))
                qualified = true;
        }
        if (!qualified) return false;
        // Denials and characterisations ("described the sites as …") voice the position in any tense (rounds 8, 10).
        if (Word(_first) is "say" or "says" or "denied" or "denies" or "deny" or "dismissed" or "dismisses" or "rejected"
            or "rejects" or "refuted" or "described" or "describe" or "describes") return true;
        // The perfect, a modal, or a statement made again and again ("repeatedly said": round 11).
        for (var k = _first - 1; k >= 0 && k > head && InClause(k, _first); k--)
            if (Word(k) is "have" or "has" or "will" or "would" or "repeatedly") return true;
        return false;
    }

    /// <summary>
    /// The shape of a nationality adjective: the claims' adjectival demonym ("russian", "chinese", "british",
    /// "israeli") or any other word in -i ("iraqi", "saudi"), of five letters at least.
    /// </summary>
    static bool IsDemonymShape(ReadOnlySpan<char> word) =>
        word.Length > 4 && (ClaimGrammar.IsAdjectival(word) || word.EndsWith("i"));

    /// <summary>A lower-case participle ("walking", "involved", "briefed"): a modifier after a noun.</summary>
    bool IsParticiple(int token)
    {
        var word = Word(token);
        return (_document.Text.Tokens[token].Flags & TokenFlags.Capitalized) == 0 && word.Length > 4
               && (word.EndsWith("ing") || word.EndsWith("ed")) && !IsStopword(token) && !IsInReportingPhrase(token);
    }

    /// <summary>
    /// An unnamed individual: a noun phrase with "a", "an", "one" or "another" (or "two", "several" … with a plural) whose
    /// head is a person noun of the lexicon ("a man walking his dog", "one woman", "a former teacher", "two residents"),
    /// and no name — an unnamed source. Roles of an identified office ("a spokeswoman") are no persons here.
    /// </summary>
    bool IsUnnamedPerson(int start, int head)
    {
        var first = start;
        if (first > 0 && InSentenceVoice(first - 1, _first) && IsDeterminer(Word(first - 1))) first--;
        if (!IsPersonNoun(head)) return Word(head) is "people" && CountsPeople(first, head);
        for (var t = first; t <= start && t < head; t++)
        {
            var word = Word(t);
            if (word is "a" or "an" or "one" or "another" or "two" or "three" or "four" or "several" or "some" or "many") return true;
        }
        return false;
    }

    /// <summary>"two people", "3 people", "two more people": a count (two to ten, or digits) right before "people", with at
    /// most one word between (round 13). "some", "many", "several" people are people in general, as "people say" is.</summary>
    bool CountsPeople(int first, int head)
    {
        var tokens = _document.Text.Tokens;
        for (var t = Math.Max(first, head - 2); t < head; t++)
            if ((Word(t) is not "one" && IsMemberCount(Word(t))) || (tokens[t].Flags & TokenFlags.Numeric) != 0) return true;
        return false;
    }

    /// <summary>
    /// An unnamed individual whose capitalised words only modify a lower-case person noun: "a Ukrainian official", "a
    /// White House official", "one Bucha resident" — no name after the head up to <paramref name="end"/>, except in a
    /// prepositional complement of the head, which names a place or a body, not the person ("a security official in
    /// Kyiv", "a worker at the Zaporizhzhia plant").
    /// </summary>
    bool IsUnnamedModifiedPerson(int start, int head, int end)
    {
        if (head < start || (_document.Text.Tokens[head].Flags & TokenFlags.Capitalized) != 0 || !IsUnnamedPerson(start, head)) return false;
        for (var t = head + 1; t <= end; t++)
        {
            if (IsPreposition(Word(t))) return true;
            if (IsNamePart(t)) return false;
        }
        return true;
    }

    /// <summary>Whether a person-noun match of the phrase's lexicon covers the token.</summary>
    bool IsPersonNoun(int token)
    {
        var matches = _document.Matches;
        // Matches come by first token: look back a few (person nouns are one or two words) and forward.
        var lo = _index;
        while (lo > 0 && matches[lo - 1].FirstToken >= token - 3) lo--;
        for (var j = lo; j < matches.Count && matches[j].FirstToken <= token; j++)
        {
            var m = matches[j];
            if (m.Lexicon == _lexicon && m.FirstToken <= token && token < m.FirstToken + m.TokenCount
                && _plan.Role(m) == ScoringRole.PersonNoun) return true;
        }
        return false;
    }

    /// <summary>
    /// A passive ("it was reported", "Russia is accused of war crimes by Ukraine", "as reported by"): the agent after
    /// "by" in the clause, before any complement clause ("it was reported that the attack by Russia …" has none), or
    /// nobody.
    /// </summary>
    AttributionDetail Passive()
    {
        for (var t = _last + 1; t <= _last + 1 + AnonymousWindow && InClause(t, _last); t++)
        {
            var word = Word(t);
            if (word is "that" or "whether" or "if" or "to" || IsInReportingPhrase(t)) break;
            if (word is "by")
            {
                // "I am told by people who were in the room", "what I've been told, by people I trust": the writer's own
                // informants, unnamed (round 31).
                if (TellsTheWriter() && t + 1 < _document.Text.Tokens.Length && InClause(t + 1, _last)
                    && (Word(t + 1) is "people" || (IsPersonNoun(t + 1) && IsPluralNoun(t + 1))))
                    return Span(AttributionKind.Anonymous, t + 1, t + 1);
                return PhraseAfter(t + 1, inverted: false) ?? Unresolved();
            }
        }
        return Unresolved();
    }

    /// <summary>Whether the verb is a passive <i>told</i> whose subject is the writer: "I am told", "we were told", "I've
    /// been told" (round 31).</summary>
    bool TellsTheWriter()
    {
        if (_first != _last || Word(_first) is not "told") return false;
        var k = _first - 1;
        if (k >= 0 && InClause(k, _first) && Word(k) is "been")
        {
            k--;
            if (k >= 0 && InClause(k, _first) && Word(k) is "have" or "had" or "'ve" or "'d") k--;
            return k >= 0 && InClause(k, _first) && Word(k) is "i" or "we" or "i've" or "we've" or "i'd" or "we'd";
        }
        if (k < 1 || !InClause(k - 1, _first) || Word(k) is not ("am" or "are" or "was" or "were")) return false;
        return Word(k - 1) is "i" or "we";
    }

    /// <summary>The source a quoting or citing verb names as its object, when it is anonymous or named; else null (the
    /// verb's subject is looked for as usual).</summary>
    AttributionDetail? ObjectSource()
    {
        var tokens = _document.Text.Tokens;
        var anonymous = AnonymousStartingIn(_last + 1, _last + 1 + AnonymousWindow);
        if (anonymous != None) return MatchSpan(AttributionKind.Anonymous, anonymous);
        var start = _last + 1;
        if (start >= tokens.Length || !InClause(start, _last)) return null;
        // "cites three of the men released", "quoted one of them": counted members of a group are unnamed (round 12).
        var partitive = PartitiveEnd(start, _last);
        if (partitive >= 0) return Span(AttributionKind.Anonymous, start, partitive);
        var t = start;
        // Counts and time modifiers, coordinated too ("three current and former U.S. officials", round 17).
        while (t < tokens.Length && InClause(t, _last) && t - start < MaxNounWords && (IsDeterminer(Word(t))
               || Word(t) is "one" or "two" or "three" or "several" or "former" or "retired" or "current" or "serving"
               || (Word(t) is "and" or "or" && t > start && Word(t - 1) is "former" or "retired" or "current" or "serving"))) t++;
        var head = t;
        while (head + 1 < tokens.Length && InClause(head + 1, _last) && head - start < MaxNounWords && !IsStopword(head + 1) && !IsInReportingPhrase(head + 1)) head++;
        if (head >= tokens.Length || !InClause(head, _last)) return null;
        if (IsUnnamedPerson(start, head) || IsAnonymousSubject(InsiderBeforeParticiple(start, head))
            || KnowledgePredicateIn(start, head + 4, _last))
            return Span(AttributionKind.Anonymous, start, head);
        return NameIn(t, head, head, out var nameStart, out var nameEnd) ? Span(AttributionKind.Named, nameStart, nameEnd) : null;
    }

    /// <summary>
    /// The head of a noun phrase after a preposition or a citing verb that ends at <paramref name="last"/> in a
    /// participle modifying it (round 32): "according to officials involved in the discussions", "citing two diplomats
    /// involved in the drafting" — the noun before the participle, as for a subject ("aides involved in the
    /// deliberations said", round 10); otherwise <paramref name="last"/>. The participle must be followed by a
    /// preposition or end the clause (a finite verb after an inverted subject, "saying the staff included …", is
    /// another clause's verb), and only the insiders the lexicon's formulas name are read so (the caller asks
    /// <see cref="IsAnonymousSubject"/>): a person noun before a participle ("a man released in an exchange") keeps its
    /// old reading. Mended (mend32): a participle that names them ("officials named in the report", "identified by
    /// name") or a name listed after the phrase (", including Ambassador Linda Thomas-Greenfield") keeps the old
    /// reading too.
    /// </summary>
    int InsiderBeforeParticiple(int start, int last) =>
        last > start && IsParticiple(last) && Word(last) is not ("named" or "identified") && IsAnonymousSubject(last - 1)
        && (last + 1 >= _document.Text.Tokens.Length || !InClause(last + 1, _last) || IsPreposition(Word(last + 1)))
        && !NameIncludedAfter(last)
            ? last - 1 : last;

    /// <summary>Whether a name is listed after the noun phrase ending at <paramref name="last"/>, within a few words in
    /// the sentence's voice: "diplomats involved in the talks, including Ambassador Linda Thomas-Greenfield" (mend32).</summary>
    bool NameIncludedAfter(int last)
    {
        var tokens = _document.Text.Tokens;
        for (var k = last + 1; k + 1 < tokens.Length && k <= last + 10 && InSentenceVoice(k + 1, last); k++)
            if (Word(k) is "including" && GapHasComma(k - 1, k)) return IsNamePart(k + 1);
        return false;
    }

    /// <summary>"according to X": X, or the author of the document X names.</summary>
    AttributionDetail AfterPreposition()
    {
        var anonymous = AnonymousStartingIn(_last + 1, _last + 1 + AnonymousWindow);
        if (anonymous != None) return MatchSpan(AttributionKind.Anonymous, anonymous);
        return PhraseAfter(_last + 1, inverted: false) ?? Unresolved();
    }

    /// <summary>
    /// A verb that starts its clause: an inverted subject after it ("…, said John Kirby"), or the subject before an
    /// interrupting appositive, participle or relative clause ("Adrienne Watson, a spokeswoman, said").
    /// </summary>
    AttributionDetail ClauseInitial()
    {
        var tokens = _document.Text.Tokens;
        AttributionDetail? inverted = null;
        var strong = false;
        if (!IsObjectVerb(Word(_first)))
        {
            var anonymous = AnonymousStartingIn(_last + 1, _last + 1 + NameAfter);
            if (anonymous != None && EndsInvertedSubject(_document.Matches[anonymous].FirstToken + _document.Matches[anonymous].TokenCount))
                return MatchSpan(AttributionKind.Anonymous, anonymous); // "…, said a US official." (not "said a US official had …")
            if (_last + 1 < tokens.Length && IsPronoun(_last + 1) && InClause(_last + 1, _last))
                return Span(AttributionKind.Unresolved, _last + 1, _last + 1); // "…, said he."
            inverted = PhraseAfter(_last + 1, inverted: true);
            strong = inverted is { Kind: not AttributionKind.Unresolved };
        }
        // After a quotation nothing before the verb can be its subject ("“Why now?” asked Kirby").
        if (_first > 0 && InSentenceVoice(_first - 1, _first) && !strong)
        {
            var clauseStart = _first - 1;
            while (clauseStart > 0 && InClause(clauseStart - 1, _first - 1)) clauseStart--;
            // A stretch between dashes or brackets right before the verb interrupts as a whole, commas and all: "the
            // plaintiffs — a teacher, a vendor and a driver — described …" is the plaintiffs' account (round 10).
            if (GapHas(_first - 1, _first, '—', ')'))
                for (var t = clauseStart; t > 0 && t > _first - 1 - RelativeClauseReach && InSentenceVoice(t - 1, _first); t--)
                    if (GapHas(t - 1, t, '—', '('))
                    {
                        clauseStart = t;
                        break;
                    }
            var before = clauseStart - 1;
            if (before >= 0 && InSentenceVoice(before, _first))
            {
                // "The spokesman, John Kirby, said": the appositive is the name.
                if (IsNamePart(_first - 1) && NameRunStart(_first - 1) <= clauseStart)
                    return Span(AttributionKind.Named, clauseStart, _first - 1);
                // "One former prisoner, a marine named in the report as Oleksandr, told": the appositive names him.
                var named = NameGivenIn(clauseStart, _first - 1);
                if (named != None) return Span(AttributionKind.Named, named, NameRunEnd(named));
                // The head moves before a prepositional complement, as for any subject: "a neighbour of the
                // building, a woman who …, told me" is an unnamed individual (round 10).
                if (!IsStopword(before) && IsInterrupter(clauseStart, _first - 1))
                    return SubjectPhrase(before, before, anchor: before, reanchor: true);
            }
        }
        return inverted ?? Unresolved();
    }

    /// <summary>
    /// The first token of a name an appositive gives its subject ("named in the report as Oleksandr", "identified as
    /// Ivan Petrenko", "known as Sasha"): a name after "as" within a few words of "named", "identified", "known" or
    /// "called" in [<paramref name="start"/>, <paramref name="end"/>]; else None.
    /// </summary>
    int NameGivenIn(int start, int end)
    {
        for (var t = start; t < end; t++)
        {
            if (Word(t) is not ("named" or "identified" or "known" or "called" or "name")) continue;
            for (var a = t + 1; a < end && a <= t + 4; a++)
                if (Word(a) is "as" && IsNamePart(a + 1)) return a + 1;
        }
        return None;
    }

    /// <summary>
    /// A clause between a subject and its verb: an appositive ("a spokeswoman", "the State Department's
    /// spokesman"), a participle ("speaking with the Guardian") or a relative clause ("which was first to report").
    /// </summary>
    bool IsInterrupter(int start, int end)
    {
        var word = Word(start);
        if (word is "who" or "whose" or "which" or "a" or "an" or "the" or "himself" or "herself" or "themselves") return true;
        if ((_document.Text.Tokens[start].Flags & TokenFlags.Numeric) != 0 && start == end) return true; // "Kirby, 45, said"
        if (word.EndsWith("ing") && (_document.Text.Tokens[start].Flags & TokenFlags.Capitalized) == 0) return true;
        for (var j = _index - 1; j >= 0 && _document.Matches[j].FirstToken >= start; j--)
            if (_document.Matches[j].FirstToken <= end && _document.Matches[j].Lexicon == _lexicon
                && _plan.Role(_document.Matches[j]) == ScoringRole.NamedSourceRole) return true; // "Kirby, spokesman for …"
        return false;
    }

    /// <summary>
    /// The source in the noun phrase starting at <paramref name="from"/> (after determiners): "Reuters", "the New York
    /// Times", "Ukrainian officials", "a report by Human Rights Watch" (the agent after "by"/"from"/"of" when the head
    /// names nobody). For an inverted subject (<paramref name="inverted"/>) the name must start at most
    /// <see cref="NameAfter"/> tokens after the verb and end its clause or be followed by an adjunct ("said Kirby on
    /// Wednesday"), so that a reported clause ("said Russia had failed") is not taken for it. Null when there is none.
    /// </summary>
    AttributionDetail? PhraseAfter(int from, bool inverted)
    {
        var tokens = _document.Text.Tokens;
        var start = from;
        while (start < tokens.Length && InClause(start, _last) && IsDeterminer(Word(start))) start++;
        if (start >= tokens.Length || !InClause(start, _last) || (start > from && inverted && start - from > NameAfter)
            || IsCalendar(Word(start))) return null;

        if (inverted)
        {
            // "…, said one of them.": one unnamed member of a group ends the clause, the verb opening it (not the
            // object of "she described one of the boys in her care as …").
            var partitive = PartitiveEnd(start, _last);
            if (partitive >= 0 && EndsInvertedSubject(partitive + 1) && (_first == 0 || !InClause(_first - 1, _first)))
                return Span(AttributionKind.Anonymous, start, partitive);
            // "…, said a Ukrainian official.": an unnamed individual ends the clause.
            for (var t = start; t <= start + NameAfter && t < tokens.Length && InClause(t, _last); t++)
                if (IsUnnamedModifiedPerson(start, t, t) && EndsInvertedSubject(t + 1))
                    return Span(AttributionKind.Anonymous, start > from ? start - 1 : start, t);
            // The name may follow a role or modifiers ("said spokeswoman Adrienne Watson", "said former Secretary …").
            for (var t = start; t <= from + NameAfter && t < tokens.Length && InClause(t, _last); t++)
            {
                if (IsPreposition(Word(t)) || IsPronoun(t)) return null;
                if (!IsNameToken(t)) continue;
                var end = NameRunEnd(t);
                if (IsPossessive(end) || !EndsInvertedSubject(end + 1)) return null;
                return Span(AttributionKind.Named, RoleStartBefore(t, start), end);
            }
        }

        if (IsStopword(start)) return null;
        var last = start;
        for (var words = 1; words < MaxNounWords && last + 1 < tokens.Length && InClause(last + 1, _last); words++)
        {
            if (!IsStopword(last + 1) && !IsInReportingPhrase(last + 1)) last++;
            else if (IsConnector(last + 1) && last + 2 < tokens.Length && IsNameToken(last) && IsNameToken(last + 2)
                     && InClause(last + 2, _last)) last += 2;
            else break;
        }
        if (inverted && !EndsInvertedSubject(last + 1)) return null;

        var spanStart = start > from ? start - 1 : start; // with its determiner: "the ministry"
        var anonymous = AnonymousEndingIn(start, last, _last);
        if (anonymous != None) return MatchSpan(AttributionKind.Anonymous, anonymous);
        if (KnowledgePredicateIn(start, last + 4, _last)) return Span(AttributionKind.Anonymous, spanStart, last);
        if (IsAnonymousSubject(inverted ? last : InsiderBeforeParticiple(start, last))) return Span(AttributionKind.Anonymous, spanStart, last);
        // "according to one person present": the person before a post-nominal "present" (round 13).
        var personHead = last > start && Word(last) is "present" ? last - 1 : last;
        if (IsUnnamedModifiedPerson(start, personHead, personHead)) return Span(AttributionKind.Anonymous, spanStart, last);
        if (NameIn(start, last, last, out var nameStart, out var nameEnd)) return Span(AttributionKind.Named, nameStart, nameEnd);

        // The author of a document: "a report by Human Rights Watch", "figures from the UN".
        var by = last + 1;
        if (!inverted && by + 1 < tokens.Length && InClause(by + 1, _last) && Word(by) is "by" or "from" or "of")
        {
            var agent = PhraseAfter(by + 1, inverted: false);
            if (agent is { Kind: not AttributionKind.Unresolved }) return agent;
        }
        return Span(AttributionKind.Unresolved, spanStart, last);
    }

    /// <summary>What may follow an inverted subject: the end of its clause, sentence or voice, or an adjunct.</summary>
    bool EndsInvertedSubject(int next)
    {
        if (next >= _document.Text.Tokens.Length || !InClause(next, _last)) return true;
        var word = Word(next);
        return IsCalendar(word) || word is "on" or "in" or "at" or "during" or "after" or "before" or "while"
            or "when" or "as" or "who" or "last" or "this" or "earlier" or "later" or "recently" or "adding";
    }

    /// <summary>
    /// A proper name in [<paramref name="start"/>, <paramref name="end"/>]: the name run nearest the end, unless
    /// the head is a plural common noun it only modifies ("Ukrainian prosecutors").
    /// </summary>
    bool NameIn(int start, int end, int head, out int nameStart, out int nameEnd)
    {
        nameStart = nameEnd = None;
        var headIsName = IsNamePart(head);
        if (!headIsName && IsPluralNoun(head)) return false;
        for (var t = end; t >= start; t--)
        {
            if (!IsNamePart(t)) continue;
            nameEnd = t;
            nameStart = NameRunStart(t);
            return true;
        }
        return false;
    }

    /// <summary>Where the name run ending at <paramref name="end"/> starts (joined by "of" between capitalised words).</summary>
    int NameRunStart(int end)
    {
        var start = end;
        while (true)
        {
            if (start > 0 && IsNamePart(start - 1) && _document.SameClause(start - 1, start)) start--;
            else if (start > 1 && IsConnector(start - 1) && IsNamePart(start - 2) && _document.SameClause(start - 2, start)) start -= 2;
            else return start;
        }
    }

    int NameRunEnd(int start)
    {
        var tokens = _document.Text.Tokens;
        var end = start;
        while (true)
        {
            if (end + 1 < tokens.Length && IsNameToken(end + 1) && _document.SameClause(end, end + 1)) end++;
            else if (end + 2 < tokens.Length && IsConnector(end + 1) && IsNameToken(end + 2) && _document.SameClause(end, end + 2)) end += 2;
            else return end;
        }
    }

    /// <summary>The first token of a role directly before a name after an inverted verb ("spokeswoman Adrienne Watson"), else the name.</summary>
    int RoleStartBefore(int name, int from)
    {
        var matches = _document.Matches;
        for (var j = _index + 1; j < matches.Count && matches[j].FirstToken < name; j++)
            if (matches[j].FirstToken >= from && matches[j].FirstToken + matches[j].TokenCount == name
                && matches[j].Lexicon == _lexicon && _plan.Role(matches[j]) == ScoringRole.NamedSourceRole)
                return matches[j].FirstToken;
        return name;
    }

    /// <summary>Where the noun phrase whose last word is <paramref name="head"/> starts (no determiner, at most <see cref="MaxNounWords"/> words).</summary>
    int NounStartBefore(int head)
    {
        var start = head;
        for (var words = 1; words < MaxNounWords; words++)
        {
            var t = start - 1;
            if (t < 0 || !InClause(t, head)) break;
            if (!IsStopword(t) && (_document.Text.Tokens[t].Flags & TokenFlags.Numeric) == 0 && !IsInReportingPhrase(t)) start = t;
            else if (IsConnector(t) && t > 0 && InClause(t - 1, head) && IsNamePart(t - 1) && IsNamePart(t + 1)) start = t - 1;
            else break;
        }
        return start;
    }

    /// <summary>Whether a token belongs to another reporting phrase ("said" in "… said Moscow had rejected"): a noun phrase ends there.</summary>
    bool IsInReportingPhrase(int token)
    {
        var matches = _document.Matches;
        if (token < _first)
        {
            for (var j = _index - 1; j >= 0 && matches[j].FirstToken + LexiconTerms.MaxWords > token; j--)
                if (Covers(matches[j])) return true;
        }
        else
            for (var j = _index + 1; j < matches.Count && matches[j].FirstToken <= token; j++)
                if (Covers(matches[j])) return true;
        return false;

        bool Covers(in LexiconMatch m) =>
            m.FirstToken <= token && token < m.FirstToken + m.TokenCount && m.Lexicon == _lexicon
            && _plan.Role(m) == ScoringRole.ReportingVerb;
    }

    /// <summary>Whether the noun phrase ending at <paramref name="head"/> is the subject of an anonymous formula ("officials", "a source").</summary>
    bool IsAnonymousSubject(int head)
    {
        var text = _document.Text;
        // Only the subjects that end with the head's word (one look-up), then their other words and the clause.
        if (!_plan.AnonymousSubjectsByLastWord.TryGetValue(text.TokenText(head), out var candidates)) return false;
        foreach (var words in candidates)
        {
            var first = head - words.Length + 1;
            if (first < 0) continue;
            var match = true;
            for (var w = 0; w < words.Length - 1 && match; w++) match = text.TokenText(first + w).SequenceEqual(words[w]);
            // "the general staff" is the military's command, a body speaking as itself, not unnamed staff (round 10).
            if (match && InClause(first, head)) return !(words.Length == 1 && head > 0 && Word(head) is "staff" && Word(head - 1) is "general");
        }
        return false;
    }

    /// <summary>The nearest anonymous-source match whose last token lies in [from, to], in the clause of <paramref name="anchor"/>.</summary>
    int AnonymousEndingIn(int from, int to, int anchor)
    {
        var matches = _document.Matches;
        int best = None, bestLast = -1;
        for (var j = _index - 1; j >= 0 && matches[j].FirstToken >= from - LexiconTerms.MaxWords; j--)
            Check(j);
        for (var j = _index + 1; j < matches.Count && matches[j].FirstToken <= to; j++)
            Check(j);
        return best;

        void Check(int j)
        {
            var m = matches[j];
            var last = m.FirstToken + m.TokenCount - 1;
            if (last < from || last > to || last <= bestLast || (last >= _first && m.FirstToken <= _last)) return;
            if (m.Lexicon != _lexicon || _plan.Role(m) != ScoringRole.AnonymousSource || _plan.PrivateAside[m.Entry]
                || !InClause(last, anchor)) return;
            if (InterviewedByABody(m)) return;
            best = j;
            bestLast = last;
        }
    }

    /// <summary>The nearest anonymous-source match starting in [from, to] in the phrase's clause.</summary>
    int AnonymousStartingIn(int from, int to)
    {
        var matches = _document.Matches;
        for (var j = _index + 1; j < matches.Count && matches[j].FirstToken <= to; j++)
        {
            var m = matches[j];
            if (m.FirstToken < from || !InClause(m.FirstToken, _last)) continue;
            if (m.Lexicon == _lexicon && _plan.Role(m) == ScoringRole.AnonymousSource && !_plan.PrivateAside[m.Entry]
                && !InterviewedByABody(m)) return j;
        }
        return None;
    }

    /// <summary>
    /// Whether an anonymous formula "… interviewed by" names the people a body identified by a common noun interviewed
    /// ("residents interviewed by the group", "survivors interviewed by investigators"): the body's finding, not the
    /// outlet's unnamed source. Interviewed by a named outlet or by the paper itself ("former detainees interviewed by
    /// the Herald", "residents interviewed by this newspaper"), they are the outlet's unnamed sources.
    /// </summary>
    bool InterviewedByABody(in LexiconMatch m)
    {
        var last = m.FirstToken + m.TokenCount - 1;
        if (Word(last) is not "by") return false;
        var tokens = _document.Text.Tokens;
        var next = last + 1;
        if (next < tokens.Length && Word(next) is "the" or "a" or "an") next++;
        if (next >= tokens.Length || tokens[next].Sentence != tokens[last].Sentence) return true;
        if ((tokens[next].Flags & TokenFlags.Capitalized) != 0) return false;
        return Word(next) is not ("this" or "our" or "us" or "me" or "reporters" or "paper" or "newspaper" or "journalists");
    }

    /// <summary>
    /// Whether a formula about a first name says which name the person gave, not that a name was withheld: "who gave
    /// only her first name", "giving only his first name" (round 10) — a first name given without any request for
    /// anonymity is a name (tests/validation/README.md). A request or refusal stays anonymity ("asked that only her
    /// first name be used", "agreed to be identified only by his first name", "declined to give her surname").
    /// </summary>
    bool GivesAFirstName(in LexiconMatch m)
    {
        if (m.TokenCount < 2 || Word(m.FirstToken + m.TokenCount - 1) is not ("name" or "names")
            || Word(m.FirstToken + m.TokenCount - 2) is not "first") return false;
        var verb = Word(m.FirstToken) is "only" && m.FirstToken > 0 ? m.FirstToken - 1 : m.FirstToken;
        return Word(verb) is "gave" or "gives" or "giving";
    }

    AttributionDetail Span(AttributionKind kind, int start, int end)
    {
        var tokens = _document.Text.Tokens;
        return new AttributionDetail(kind, tokens[start].Start, tokens[end].End);
    }

    AttributionDetail MatchSpan(AttributionKind kind, int match)
    {
        var m = _document.Matches[match];
        return Span(kind, m.FirstToken, m.FirstToken + m.TokenCount - 1);
    }

    static AttributionDetail Unresolved() => new(AttributionKind.Unresolved, null, null);

    ReadOnlySpan<char> Word(int token) => _document.Text.TokenText(token);

    /// <summary>Same sentence and voice as <paramref name="anchor"/> and no clause boundary between.</summary>
    bool InClause(int token, int anchor) => _document.SameClauseAndVoice(token, anchor);

    bool InSentenceVoice(int token, int anchor)
    {
        var tokens = _document.Text.Tokens;
        return tokens[token].Sentence == tokens[anchor].Sentence && tokens[token].Voice == tokens[anchor].Voice;
    }

    bool IsStopword(int token) => ScoringDocument.IsStopword(Word(token));

    /// <summary>A lower-case "-ly" adverb ("widely", "angrily"), not one of the few "-ly" nouns that head subjects ("the family said").</summary>
    bool IsAdverb(int token)
    {
        var word = Word(token);
        return word.Length >= 5 && word.EndsWith("ly") && (_document.Text.Tokens[token].Flags & TokenFlags.Capitalized) == 0
            && word is not ("family" or "assembly" or "rally" or "supply" or "anomaly" or "monopoly");
    }

    static bool IsBeForm(ReadOnlySpan<char> word) => word is "is" or "are" or "was" or "were" or "be" or "been" or "being";

    static bool IsDeterminer(ReadOnlySpan<char> word) =>
        word is "a" or "an" or "the" or "this" or "these" or "those" or "his" or "her" or "its" or "their" or "our";

    static bool IsPreposition(ReadOnlySpan<char> word) =>
        word is "of" or "in" or "from" or "at" or "for" or "with" or "near" or "inside" or "outside" or "across" or "on"
            or "within" or "around" or "throughout" or "by" or "to" or "about";

    bool IsPossessive(int token) => Word(token).EndsWith("'s") || Word(token).EndsWith("s'");

    /// <summary>A lower-case plural common noun ("prosecutors", "residents"; not "press", "status", "analysis").</summary>
    bool IsPluralNoun(int token)
    {
        var word = Word(token);
        return ((_document.Text.Tokens[token].Flags & TokenFlags.Capitalized) == 0 || IsSentenceStart(token))
            && word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i' or '\'');
    }

    bool IsSentenceStart(int token) =>
        _document.Text.Sentences[_document.Text.Tokens[token].Sentence].FirstToken == token;

    bool IsConnector(int token) => Word(token) is "of";

    /// <summary>A capitalised word that can be (part of) a name, in the phrase's sentence and voice (not a title-case one).</summary>
    bool IsNameToken(int token)
    {
        var t = _document.Text.Tokens[token];
        var phrase = _document.Text.Tokens[_first];
        if (t.Sentence != phrase.Sentence || t.Voice != _voice || (t.Flags & TokenFlags.Capitalized) == 0 || IsTitleCaseSentence()) return false;
        var word = Word(token);
        return !ScoringDocument.IsStopword(word) && !IsCalendar(word);
    }

    /// <summary>
    /// A name token that is a name here: a sentence's first word only if the next word continues the name directly
    /// ("Human Rights Watch"), it is a possessive ("Ukraine's foreign ministry": a bare common noun would need a
    /// determiner), a role starts there ("Secretary of State Antony Blinken"), or the text writes it capitalised in
    /// mid-sentence elsewhere ("Moscow"; but not "Critics").
    /// </summary>
    bool IsNamePart(int token)
    {
        if (!IsNameToken(token)) return false;
        if (!IsSentenceStart(token)) return true;
        if (token + 1 < _document.Text.Tokens.Length && IsNameToken(token + 1) && _document.SameClause(token, token + 1)) return true;
        var word = Word(token);
        if (word.EndsWith("'s") && !IsCalendar(word[..^2]) && !ScoringDocument.IsStopword(word[..^2])) return true; // "Ukraine's"
        if (RoleStartsAt(token)) return true;
        // Only the current sentence's first word is ever looked up: one pass over the text per sentence at most.
        if (_firstWordCapitalisedElsewhere == 0) _firstWordCapitalisedElsewhere = CapitalisedElsewhere(token) ? (sbyte)1 : (sbyte)-1;
        return _firstWordCapitalisedElsewhere > 0;
    }

    bool RoleStartsAt(int token)
    {
        var matches = _document.Matches;
        for (var j = _index - 1; j >= 0 && matches[j].FirstToken >= token; j--)
            if (matches[j].FirstToken == token && matches[j].Lexicon == _lexicon
                && _plan.Role(matches[j]) == ScoringRole.NamedSourceRole) return true;
        return false;
    }

    /// <summary>
    /// Whether the first mid-sentence occurrence elsewhere of the word at <paramref name="token"/> is capitalised:
    /// the word is a name, not a common word capitalised at a sentence start. Headlines, title-case sentences and
    /// words after an opening quote, bracket or colon tell nothing. One pass over the tokens, for the rare
    /// sentence-initial word the source depends on: the word's occurrences are found by a vectorised search of the
    /// lower-cased text, and only the tokens that start there are looked at (in text order).
    /// </summary>
    bool CapitalisedElsewhere(int token)
    {
        var text = _document.Text;
        var tokens = text.Tokens;
        var word = text.TokenText(token);
        var length = word.Length;
        var lower = text.LowerText;
        var t = 0;
        for (var from = 0; from < lower.Length;)
        {
            var k = lower[from..].IndexOf(word);
            if (k < 0) return false;
            var at = from + k;
            from = at + 1;
            t = FirstTokenFrom(tokens, at, t);
            if (t >= tokens.Length) return false;
            var other = tokens[t];
            if (other.Start != at || other.Length != length || t == 0 || t == token || other.Voice == Voice.None
                || other.Segment == SegmentKind.Headline) continue;
            if (tokens[t - 1].Sentence != other.Sentence || tokens[t - 1].Voice != other.Voice
                || _document.IsTitleCase(other.Sentence)
                || text.Text.AsSpan(tokens[t - 1].End, other.Start - tokens[t - 1].End).IndexOfAny(OpeningMarks) >= 0) continue;
            return (other.Flags & TokenFlags.Capitalized) != 0;
        }
        return false;
    }

    /// <summary>Whether the current phrase's sentence is title case (<see cref="ScoringDocument.IsTitleCase"/>), looked up once.</summary>
    bool IsTitleCaseSentence()
    {
        if (_titleCase == 0) _titleCase = _document.IsTitleCase(_sentence) ? (sbyte)1 : (sbyte)-1;
        return _titleCase > 0;
    }

    /// <summary>The first token at or after <paramref name="lo"/> that starts at or after <paramref name="position"/> (binary search; tokens are ordered).</summary>
    static int FirstTokenFrom(ReadOnlySpan<Token> tokens, int position, int lo)
    {
        var hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < position) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    bool IsPronoun(int token) =>
        token >= 0 && token < _document.Text.Tokens.Length
        && InSentenceVoice(token, _first)
        && Word(token) is "he" or "she" or "they" or "it" or "we" or "i" or "you";

    /// <summary>Most tokens between a will or a refusal and the name it withholds ("who would not let me use even her
    /// first name": 7).</summary>
    const int WithheldNameReach = 8;

    /// <summary>
    /// A name withheld, by grammar rather than by listed formulas (round 12): in the phrase's voice, a possessive
    /// pronoun and a name noun — <i>her / his / their / my</i>, optionally <i>even, full, real, last, family, own,
    /// first</i>, then <i>name(s), surname(s), identity</i> — with, within <see cref="WithheldNameReach"/> tokens
    /// before it or 3 after it, both a will (<i>asked, begged, requested, want(ed), would, agreed, preferred,
    /// condition</i>) and a refusal (<i>not</i>, a negated auxiliary, <i>never, withheld, withhold</i>) — or a verb
    /// that is both (<i>declined, refused, without</i>): "asked me not to use her name", "did not want his surname
    /// printed", "declined to give her name", "asked that her surname be withheld", "officials who would not give their
    /// names", "would not let me use even her first name". A name merely unreported ("Moscow has not released their
    /// names": no will) or a first name given ("who gave only her first name", round 10) is no anonymity. Round 32
    /// (srctop32) reads the same will and refusal around the other two ways English withholds who someone is: the verb
    /// <i>name</i> or <i>identify</i> after <i>to</i> with a personal object (<i>her</i> only when it ends its phrase:
    /// "asked me not to name him", "begged us not to identify her", not "to identify her town"), and a face not to be
    /// shown — a possessive and <i>face(s)</i> right after <i>show, film, photograph</i> ("she asked us not to show
    /// her face"); these two only as a request to the reporter (<see cref="IsRequestToTheReporter"/>, mend32): "the
    /// minister said he would not name him" and "asked reporters not to name him" withhold a name the text need not
    /// owe its source, "he would not show his face at the party" is no anonymity. Sets <see cref="_sentenceWithheldName"/> and <see cref="_sentenceWithheldNameEnd"/> to
    /// what is withheld (the possessive and the noun, or the verb and its object).
    /// </summary>
    void FindWithheldName(int sentence)
    {
        var text = _document.Text;
        var s = text.Sentences[sentence];
        var lower = text.LowerText[s.Start..s.End];
        // Most sentences hold no name noun: one vectorised search each ("surname" contains "name", "identity" and
        // "identify" contain "identi").
        if (lower.IndexOf("name") < 0 && lower.IndexOf("identi") < 0 && lower.IndexOf("face") < 0) return;
        var tokens = text.Tokens;
        var end = s.FirstToken + s.TokenCount;
        for (var t = s.FirstToken + 1; t < end; t++)
        {
            if (tokens[t].Voice != _voice) continue;
            int p, last = t;
            bool first = false, byRequest = false;
            var word = Word(t);
            if (word is "name" or "identify" && t + 1 < end && Word(t + 1) is "him" or "her" or "them"
                && (Word(t + 1) is not "her" || t + 2 >= end || GapHasComma(t + 1, t + 2) || IsStopword(t + 2) // not "to identify her town"
                    || IsInReportingPhrase(t + 2) && ObjectBeforeVerb(_document.Text, t + 2)) // "not to identify her said the …"
                && IsRequestToTheReporter(s.FirstToken, t - 1, t + 1))
            {
                p = t; // "asked me not to name him": the verb and its object (round 32)
                last = t + 1;
                byRequest = true;
            }
            else if (word is "face" or "faces")
            {
                p = t - 1; // "asked us not to show her face" (round 32)
                if (p <= s.FirstToken || Word(p) is not ("her" or "his" or "their" or "my")
                    || Word(p - 1) is not ("show" or "film" or "photograph") || !IsRequestToTheReporter(s.FirstToken, p - 2, p)) continue;
                byRequest = true;
            }
            else if (word is "name" or "names" or "surname" or "surnames" or "identity")
            {
                p = t - 1;
                while (p > s.FirstToken && t - p <= 3 && Word(p) is "even" or "full" or "real" or "last" or "family" or "own" or "first")
                {
                    first |= Word(p) is "first";
                    p--;
                }
                if (Word(p) is not ("her" or "his" or "their" or "my")) continue;
            }
            else continue;
            bool will = false, refusal = false, request = false, otherWill = false, ownRequest = false;
            for (var k = Math.Max(s.FirstToken, p - WithheldNameReach); k <= Math.Min(end - 1, last + 3); k++)
            {
                if (k >= p && k <= last || tokens[k].Voice != _voice) continue;
                var near = Word(k);
                if (IsRequestVerb(k))
                {
                    request = will = true;
                    // Round 12's possessive form (mend32b): a request made to someone other than the reporter is about
                    // another's name ("The police asked reporters not to use his name"); one made to the reporter
                    // ("asked me not to use her name"), with no object ("Svitlana asked that her surname be withheld",
                    // "asked not to give his name") or by one who asks for themself is the speaker's own.
                    ownRequest |= k < p && (k + 1 < end && Word(k + 1) is "me" or "us" or "that" or "not" or "never" or "to" or "for"
                                            || AsksForThemself(s.FirstToken, k, p));
                }
                // A will other than a request (otherWill) lets the possessive form stand whatever the request is about.
                else if (near is "declined" or "declines" or "declining" or "refused" or "refuses" or "refusing" or "without")
                    will = refusal = otherWill = true;
                else if (near is "not" or "never" or "withheld" or "withhold" or "withholding" || near.EndsWith("n't"))
                {
                    refusal = true;
                    if (near is "wouldn't" or "won't") will = otherWill = true;
                }
                else if (near is "want" or "wants" or "wanted" or "would" or "agreed" or "preferred" or "prefers" or "condition")
                    will = otherWill = true;
            }
            // "would only give her first name" withholds nothing; a refusal of even a first name does.
            // The verb and the face need a request: "said he would not name him" withholds a third person's name.
            if (!will || !refusal || first && GivesOnly(p) || byRequest && !request || !byRequest && request && !otherWill && !ownRequest) continue;
            _sentenceWithheldName = p;
            _sentenceWithheldNameEnd = last;
            _sentenceWithheldByRequest = byRequest;
            return;
        }
    }

    /// <summary>
    /// Whether the words ending at <paramref name="end"/> (before the verb <i>name, identify, show, film, photograph</i>)
    /// are a request to the reporter not to do it (mend32): a request verb, the reporter as its object and a negated
    /// infinitive — "asked me not to", "begged us never to" — or a clause of <i>that we</i> — "asked that we not".
    /// A request to anyone else ("asked reporters not to name him", "asked the press", "had asked him not to"), an
    /// appeal to identify someone ("asked the public to identify him") or a refusal ("would not name him") withholds a
    /// name the text may well give, not its source's.
    /// </summary>
    bool IsRequestToTheReporter(int sentenceStart, int end, int withheld)
    {
        if (end - 3 >= sentenceStart && Word(end) is "to" && Word(end - 1) is "not" or "never" && Word(end - 2) is "me" or "us")
            return IsRequestVerb(end - 3) && AsksForThemself(sentenceStart, end - 3, withheld);
        return end - 3 >= sentenceStart && Word(end) is "not" or "never" && Word(end - 1) is "we" && Word(end - 2) is "that"
               && IsRequestVerb(end - 3) && AsksForThemself(sentenceStart, end - 3, withheld);
    }

    /// <summary>
    /// Whether the subject of the request verb at <paramref name="verb"/> asks for themself, so that the pronoun at
    /// <paramref name="withheld"/> (<i>him, her, them</i> or <i>his, her, their</i>) is theirs (mend32b): the relative
    /// <i>who</i> of a noun phrase ("A nurse who asked us not to identify her", "a driver …, and who asked me not to
    /// name him") or a personal pronoun that agrees with it ("She asked us not to show her face"). A request about
    /// someone else ("Police asked us not to name him", "The boy's mother asked us not to name him", "Her lawyer asked
    /// us not to name her") withholds a name the text need not owe its source.
    /// </summary>
    bool AsksForThemself(int sentenceStart, int verb, int withheld)
    {
        if (verb <= sentenceStart) return false;
        var subject = Word(verb - 1);
        if (subject is "who") return true;
        return subject switch
        {
            "he" => Word(withheld) is "him" or "his",
            "she" => Word(withheld) is "her",
            "they" => Word(withheld) is "them" or "their",
            _ => false,
        };
    }

    /// <summary>
    /// Whether reporting phrase <paramref name="index"/> is the one whose subject made the request that withholds a name
    /// (mend32b): the first reporting phrase after the withheld words ("A soldier who asked us not to name him said …,
    /// but the army said …": the first <i>said</i>), or with none after them the last one before them ("…, said a
    /// soldier who asked us not to name him").
    /// </summary>
    bool IsTheRequestersPhrase(int index)
    {
        var matches = _document.Matches;
        var tokens = _document.Text.Tokens;
        var first = index;
        while (first > 0 && tokens[matches[first - 1].FirstToken].Sentence == _sentence) first--;
        var before = -1;
        for (var j = first; j < matches.Count && tokens[matches[j].FirstToken].Sentence == _sentence; j++)
        {
            var m = matches[j];
            if (m.Lexicon != _lexicon || _plan.Role(m) != ScoringRole.ReportingVerb) continue;
            if (m.FirstToken > _sentenceWithheldNameEnd) return j == index;
            if (m.FirstToken + m.TokenCount <= _sentenceWithheldName) before = j;
        }
        return before == index;
    }

    /// <summary>A verb of request: <i>asked, begged, requested</i> (round 32's words).</summary>
    bool IsRequestVerb(int token) =>
        Word(token) is "asked" or "asks" or "asking" or "begged" or "begs" or "requested" or "requests";

    /// <summary>Whether "only" stands right before the verb that governs the possessive at <paramref name="possessive"/>
    /// or before the possessive ("would only give her first name", "gave only her first name").</summary>
    bool GivesOnly(int possessive) =>
        possessive >= 2 && (Word(possessive - 1) is "only" || Word(possessive - 2) is "only");

    /// <summary>Computes the per-sentence facts once per sentence: a sentence-wide anonymity formula (title case is looked up on first use).</summary>
    void PrepareSentence(int index, int sentence)
    {
        if (_sentence == sentence && _sentenceLexicon == _lexicon && _sentenceVoice == _voice) return;
        _sentence = sentence;
        _sentenceLexicon = _lexicon;
        _sentenceVoice = _voice;
        _sentenceAnonymity = None;
        var matches = _document.Matches;
        var tokens = _document.Text.Tokens;
        for (var j = index; j >= 0 && tokens[matches[j].FirstToken].Sentence == sentence; j--) Check(j);
        for (var j = index + 1; j < matches.Count && tokens[matches[j].FirstToken].Sentence == sentence; j++) Check(j);
        _sentenceWithheldName = _sentenceWithheldNameEnd = None;
        _sentenceWithheldByRequest = false;
        if (_sentenceAnonymity == None) FindWithheldName(sentence);
        _titleCase = 0; // looked up on first use: most sentences never ask (a stopword look-up per token)
        _firstWordCapitalisedElsewhere = 0;

        void Check(int j)
        {
            // Only a formula in the phrase's own voice: a quoted speaker's "who asked not to be named" is about the
            // speaker's source, not the outlet's ("“My neighbour, who asked not to be named, saw it,” said Olena").
            if (_sentenceAnonymity == None && matches[j].Lexicon == _lexicon && _plan.Role(matches[j]) == ScoringRole.AnonymousSource
                && _document.Text.Tokens[matches[j].FirstToken].Voice == _voice
                && _plan.SentenceWideAnonymity[matches[j].Entry]
                && !GivesAFirstName(matches[j])
                && !(matches[j].TokenCount == 1 && Word(matches[j].FirstToken) is "anonymous" && !QualifiesSource(matches[j].FirstToken)))
                _sentenceAnonymity = j;
        }
    }
}
