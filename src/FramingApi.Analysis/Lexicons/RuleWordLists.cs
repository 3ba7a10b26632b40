namespace FramingApi.Analysis.Lexicons;

/// <summary>
/// The word lists a topics or claims lexicon gives its rules (<see cref="LexiconDefinition.RuleWords"/>; docs/LEXICONS.md,
/// "Rule words"): open-class words whose grammar the rules read — which verbs take an object, which cue names a court's
/// people, which nouns make a claim word part of a name. Each list is single words (lower-cased, as terms are; a
/// trailing <c>*</c> makes a stem). A list left out is empty, and the rule that reads it never applies. Each kind has
/// its own lists (<see cref="TopicLists"/>, <see cref="ClaimLists"/>).
/// </summary>
public static class RuleWordLists
{
    /// <summary>Verbs of taking, moving, adopting and carrying ("take", "moved", "carried"): as a topic's trigger one pairs
    /// only with what it takes, its object or its passive subject.</summary>
    public const string TakingVerbs = "taking_verbs";
    /// <summary>Those of <see cref="TakingVerbs"/> whose passive subject is what they take ("the children who were
    /// taken").</summary>
    public const string PassiveTakingVerbs = "passive_taking_verbs";
    /// <summary>Those of <see cref="TakingVerbs"/> that before a noun are as often its modifier ("the adopted son"): never
    /// paired with an object after them.</summary>
    public const string ModifierParticiples = "modifier_participles";
    /// <summary>Words that may stand between a verb of taking and its object besides determiners, numbers, figures and
    /// capitalised words ("of", "dozens", "teenage").</summary>
    public const string TakenObjectWords = "taken_object_words";
    /// <summary>Words after a passive verb of taking that make it a removal ("taken away", "taken abroad", "taken from").</summary>
    public const string RemovalWords = "removal_words";
    /// <summary>Verbs of wanting ("want", "wants", "wanted"): a demand only with someone to act.</summary>
    public const string WantVerbs = "want_verbs";
    /// <summary>Sanctions ("sanction*"): a one-word trigger of these pairs only with a court's people as its cue.</summary>
    public const string SanctionWords = "sanction_words";
    /// <summary>Participles that undo a sanction ("lifted", "eased", "waived"): after a want's sanction object, a small
    /// clause that asks for the opposite of pressure ("want sanctions lifted"; the review of round 30).</summary>
    public const string SanctionReversals = "sanction_reversals";
    /// <summary>Verbs that undo a sanction with a particle after them, <i>back</i> or <i>out</i> ("want sanctions rolled
    /// back", "phased out"; the second review of round 30).</summary>
    public const string PhrasalSanctionReversals = "phrasal_sanction_reversals";
    /// <summary>Irregular past participles ("made", "put", "brought", "kept"): after a want's sanction object, the verb of
    /// a small clause, not a noun the sanction word modifies ("want sanctions made permanent"; the second review of
    /// round 30).</summary>
    public const string IrregularParticiples = "irregular_participles";
    /// <summary>A court's people ("officials", "judges", "staff"): with <see cref="CourtStaffOwners"/> before them or a
    /// court name after them, a cue only of sanctions.</summary>
    public const string CourtStaff = "court_staff";
    /// <summary>Whose people <see cref="CourtStaff"/> are, before them ("court's", "icc", "its").</summary>
    public const string CourtStaffOwners = "court_staff_owners";
    /// <summary>Names of a court ("court", "tribunal", "icc", "hague"): <i>its officials</i> is a court's only with one of
    /// these near.</summary>
    public const string CourtNames = "court_names";
    /// <summary>Verbs of request ("ask", "urged", "pressing"): their object is the one asked, not the agent.</summary>
    public const string RequestVerbs = "request_verbs";
    /// <summary>Titles ("representative"): such a cue counts only capitalised before a name ("Representative Michael
    /// Turner").</summary>
    public const string Titles = "titles";

    /// <summary>Verbs that are a topic's trigger only when negated, with their subject as the cue ("the Pentagon will not
    /// share", "does not want to hand over"): <c>not</c>, <c>never</c> or a word in <c>n't</c> before them, over
    /// auxiliaries, adverbs, <c>to</c> and <see cref="NegationBridges"/>.</summary>
    public const string NegatedTriggers = "negated_triggers";
    /// <summary>Words between a negation and a <see cref="NegatedTriggers"/> verb ("not want to", "not willing to").</summary>
    public const string NegationBridges = "negation_bridges";

    /// <summary>One-word cues that name a body only as a proper name ("the House", "House members"): such a cue counts only
    /// capitalised, not after another capitalised word other than a determiner ("the White House", "Opera House") and
    /// not before <i>of</i> ("House of Lords").</summary>
    public const string CapitalisedCues = "capitalised_cues";

    /// <summary>Nouns that, after <i>the</i>, take up a body named before ("the Pentagon … the department has refused"): a
    /// one-word cue entry of such a noun counts only after <i>the</i>, never before <i>of</i> ("the Department of
    /// State"), and only when the nearest earlier body in its sentence or the one before is a cue of the same topic (not
    /// "the State Department … the department"; round 21).</summary>
    public const string AnaphoricCues = "anaphoric_cues";
    /// <summary>One-word cues that are verbs as often as nouns ("plant", "station"): such a cue is none right after
    /// <i>to</i>, an auxiliary or modal, or a subject pronoun ("to plant mines", "could station missiles", "they plant
    /// explosives"), and in the singular right after a plural noun ("troops plant mines"; round 27).</summary>
    public const string VerbCues = "verb_cues";
    /// <summary>Noun modifiers that, right before a one-word cue of <see cref="VerbCues"/>, name a military installation:
    /// the cue is none ("an ammunition plant", "a radar station"; round 27).</summary>
    public const string MilitaryKinds = "military_kinds";
    /// <summary>Nouns of a person or an office that, right after a one-word cue of <see cref="VerbCues"/>, make it a
    /// modifier of that person, no cue ("the CIA station chief", "the plant manager"; mend27).</summary>
    public const string InstallationPersonNouns = "installation_person_nouns";
    /// <summary>Modifiers that, right before a one-word cue of <see cref="VerbCues"/>, name something no installation:
    /// the cue is none ("his duty station", "a potted plant", "a house plant"; mend27).</summary>
    public const string OtherInstallationKinds = "other_installation_kinds";
    /// <summary>Prepositions that, right before a singular cue of <see cref="VerbCues"/> with no determiner, make an
    /// idiom, no installation ("a submarine on station"; mend27).</summary>
    public const string BareCuePrepositions = "bare_cue_prepositions";
    /// <summary>Verbs of making that, right after a one-word cue of <see cref="VerbCues"/> (as a participle or in a
    /// relative clause: "a plant producing drones", "the plant, which makes engines for military aircraft") with a
    /// noun of <see cref="MilitaryKinds"/> among the next four words of their clause, name a military installation:
    /// the cue is none (mend27).</summary>
    public const string ProductionVerbs = "production_verbs";

    /// <summary>Nouns that are a topic's trigger only as the object of one of <see cref="ObjectVerbs"/> ("opened a murder
    /// case", "build a case"; not "in any case", "the case for sanctions").</summary>
    public const string ObjectTriggers = "object_triggers";
    /// <summary>The verbs whose object an <see cref="ObjectTriggers"/> noun must be, at most three words before it.</summary>
    public const string ObjectVerbs = "object_verbs";
    /// <summary>First words of multi-word triggers that count only after one of <see cref="KeepVerbs"/> ("away" of "away
    /// from the court": "kept the evidence away from the court"; not "a block away from the court"; round 26).</summary>
    public const string KeptTriggers = "kept_triggers";
    /// <summary>The verbs a <see cref="KeptTriggers"/> trigger needs before it in its clause, at most
    /// eight words back.</summary>
    public const string KeepVerbs = "keep_verbs";
    /// <summary>Nouns of an attack whose target a topic's cue is ("damage", "attacks", "shelling"): followed by one of
    /// <see cref="TargetPrepositions"/> they name their own target after it ("damage to heritage sites"), and a cue before
    /// them does not pair ("a university lab that documents damage to cultural sites"; round 22).</summary>
    public const string TargetNouns = "target_nouns";
    /// <summary>The prepositions that introduce a <see cref="TargetNouns"/> noun's target (topics.json lists "to"; "on", "of" and
    /// "against" were measured and not kept: docs/VALIDITY.md, "Sourcing and topics, round 22").</summary>
    public const string TargetPrepositions = "target_prepositions";
    /// <summary>One-word entity entries of a topic that are no evidence of it when named in passing, coordinated with
    /// another capitalised name ("the United States and Israel", "Americans and Israelis", "The US, Russia, China, India
    /// and Israel"; round 22), unless one of <see cref="PassingNameHeads"/> follows.</summary>
    public const string PassingNames = "passing_names";
    /// <summary>The words after a <see cref="PassingNames"/> name, or the other name of its pair, that make it the topic
    /// even in a pair ("the United States and Israeli forces", "Israel and Hamas", "Israeli and Palestinian leaders").</summary>
    public const string PassingNameHeads = "passing_name_heads";
    /// <summary>Prepositions of nearness ("near", "outside", "beside"): a cue they govern is where something was, not
    /// what a strike hit ("a strike on a bread queue outside a bakery"), and it pairs with no trigger (round 29).</summary>
    public const string NearPrepositions = "near_prepositions";
    /// <summary>Words that are prepositions of nearness with "to" after them ("next to", "close to") (round 29).</summary>
    public const string NearHeads = "near_heads";
    /// <summary>Verbs of firing whose <i>from</i> phrase is where the fire came from, not what it hit ("fired from the
    /// hotel", "launched from a school"): a cue they govern through <i>from</i> pairs with no trigger (round 31).</summary>
    public const string OriginVerbs = "origin_verbs";
    /// <summary>Words of the civilian buildings that round 31 added as cues ("hotel", "bakery", "water point", "TV tower"):
    /// such a cue pairs only as the strike's target — the object of the strike verb, the subject of its passive, the
    /// complement of a noun of attack, or the noun before it ("the hotel strike"; round 31, mended).</summary>
    public const string TargetCueWords = "target_cue_words";
    /// <summary>Prepositions that may stand between a strike word and its target ("the strike on the hotel", "the shelling
    /// of the water point", "fired on a hotel"; round 31, mended).</summary>
    public const string TargetCuePrepositions = "target_cue_prepositions";
    /// <summary>Adverbs without <i>-ly</i> that may follow a strike's target ("hit the hotel twice", "struck the water point
    /// overnight"): not a noun whose modifier the cue is ("the hotel bar"; round 31, mended).</summary>
    public const string TargetCueAdverbs = "target_cue_adverbs";
    /// <summary>The last words of triggers whose cue must be their subject, before them ("the Pentagon is in no hurry";
    /// not "Congress is in no hurry to confirm the Pentagon's nominee"; round 31, mended).</summary>
    public const string SubjectTriggerHeads = "subject_trigger_heads";
    /// <summary>Particles that may stand between a strike word and the preposition before its target ("shells rained
    /// down on the bakery"; mend31b).</summary>
    public const string TargetCueParticles = "target_cue_particles";
    /// <summary>Particles after a passive strike verb that make it a removal, not a strike ("the bakery was struck off
    /// the register"; mend31b).</summary>
    public const string RemovalParticles = "removal_particles";
    /// <summary>Agents of a passive strike verb that are what a strike throws, not words of the topic ("the bakery was
    /// hit by shrapnel", "hit by debris"; mend31b).</summary>
    public const string StrikeAgentWords = "strike_agent_words";
    /// <summary>Linking verbs that may stand between a subject and a trigger of <see cref="SubjectTriggerHeads"/> ("the
    /// Pentagon appears to be in no hurry", "seems in no hurry"; mend31b).</summary>
    public const string SubjectLinkingWords = "subject_linking_words";
    /// <summary>Prepositions that join a head noun to a cue that then stands for the subject ("officials at the Pentagon
    /// are in no hurry", "leaders of the Pentagon"; mend31b).</summary>
    public const string SubjectHeadPrepositions = "subject_head_prepositions";

    // ----- Claims lexicons: the claim rules' content words (docs/ANALYSIS.md, "Claims") -----

    /// <summary>Nouns a claim word can classify, making it part of a name of an institution, job, law or kind of
    /// proceeding ("war crimes unit", "war crimes prosecutors", "Genocide Convention", "war crimes investigation"): no
    /// claim.</summary>
    public const string ClassifiedNouns = "classified_nouns";
    /// <summary>Nouns that talk about words ("the word genocide", "terms like war crimes"): no claim.</summary>
    public const string WordNouns = "word_nouns";
    /// <summary>Verbs of a court's jurisdiction ("courts can try war crimes", "created to prosecute genocide"): no claim.</summary>
    public const string JudicialVerbs = "judicial_verbs";
    /// <summary>Nouns that can credit a headline in lower case ("… - report", "…: officials").</summary>
    public const string CreditNouns = "credit_nouns";
    /// <summary>Nouns that name a reporting source and can be taken up as the subject of a later sentence ("The
    /// commission said … It also found …", "The monitors documented …"), and the head of a source inside an evidence
    /// noun phrase.</summary>
    public const string SourceNouns = "source_nouns";
    /// <summary>Nouns of gathered evidence whose source may be named inside the noun phrase ("evidence gathered by
    /// investigators", "findings of the commission").</summary>
    public const string EvidenceNouns = "evidence_nouns";
    /// <summary>Participles that name who gathered evidence, with "by" after them ("evidence gathered by …").</summary>
    public const string GatheringParticiples = "gathering_participles";
    /// <summary>Nouns that name a body of law, the subject of what it forbids ("the Convention forbids", "the laws of war
    /// ban"; claims round 32), and a law's name after a claim word ("international humanitarian law").</summary>
    public const string LawNouns = "law_nouns";
    /// <summary>Verbs by which a law forbids or lists an act ("forbids", "prohibits", "bans"; claims round 32; "lists",
    /// "defines"; claims round 34).</summary>
    public const string ProhibitionVerbs = "prohibition_verbs";
    /// <summary>Participles of a law's prohibition after "is" ("prohibited", "banned"; claims round 32).</summary>
    public const string ProhibitedWords = "prohibited_words";
    /// <summary>Participles of finding: an act that is their subject is stated as found, not reported ("the killings
    /// found after the withdrawal"; claims round 32).</summary>
    public const string FindingParticiples = "finding_participles";
    /// <summary>Words of a legal or official classification of an act, with "as" after them ("classifying the shooting
    /// as …", "qualifies as …").</summary>
    public const string ClassifyingWords = "classifying_words";
    /// <summary>Nouns of an attack that name their target by a preposition ("strikes on", "the shelling of").</summary>
    public const string AttackNouns = "attack_nouns";
    /// <summary>Head nouns of a civilian system, never one building even in the singular ("power grid", "water
    /// supply").</summary>
    public const string SystemNouns = "system_nouns";

    /// <summary>Participles of holding someone captive, whose "by" agent is the custodian ("tortured while held by
    /// Russia").</summary>
    public const string CustodyParticiples = "custody_participles";
    /// <summary>Event words of custody, whose owner holds the victims ("in Russian captivity", "in Russian custody"; a
    /// word in <i>-run</i> is one too, by its form).</summary>
    public const string CustodyEvents = "custody_events";
    /// <summary>Nouns of intent whose owner is the agent of the infinitive after them ("Moscow's decision to strike").</summary>
    public const string IntentNouns = "intent_nouns";
    /// <summary>Verbs in a form other than <i>-ed</i> whose subject is the agent of the infinitive after them ("continue
    /// to shell", "sought to bomb").</summary>
    public const string ControlVerbs = "control_verbs";
    /// <summary>Nouns of a mandate, body or treaty that a claim word after <i>on</i> or <i>against</i> completes the
    /// name of ("the special rapporteur on torture", "the Committee against Torture"): no claim.</summary>
    public const string MandateNouns = "mandate_nouns";
    /// <summary>Words of a law's name after <i>under</i> besides <see cref="LawNouns"/> ("under international
    /// humanitarian law", "under the Geneva Conventions", "under the Rome Statute").</summary>
    public const string LawNameWords = "law_name_words";

    /// <summary>Verbs that name what their object is ("called", "labelled", "branded", "deemed"): "X called it a war
    /// crime" qualifies X's act.</summary>
    public const string NamingVerbs = "naming_verbs";
    /// <summary>Nouns of material whose complement a reader takes as presupposed ("evidence of", "proof of"): narrower
    /// than <see cref="EvidenceNouns"/>.</summary>
    public const string PresupposingEvidenceNouns = "presupposing_evidence_nouns";
    /// <summary>Nouns of a claim's content ("claim", "allegation", "story", "narrative"): a mention in the content of one
    /// that nobody owns ("the claim … that Russia is committing genocide") is kept at a distance.</summary>
    public const string ClaimContentNouns = "claim_content_nouns";
    /// <summary>Verbs that describe something as what it is not ("describe", "present", "portray" and their forms): an
    /// actor that describes its own act "as" something else counters the claim ("Russia describes its strikes as
    /// precise").</summary>
    public const string DescribingVerbs = "describing_verbs";
    /// <summary>Nouns of claiming that a mention right before them modifies ("atrocities story", "genocide charge",
    /// "the war crimes narrative"): the mention is the content of someone's claim, not stated.</summary>
    public const string ClaimNouns = "claim_nouns";
    /// <summary>Adjectives of responsibility or ability ("guilty of", "responsible for", "capable of"): the crime after
    /// their preposition is what someone is held to, not presupposed.</summary>
    public const string ResponsibilityAdjectives = "responsibility_adjectives";
    /// <summary>Nouns of a series of acts ("a campaign of strikes", "a wave of", "a pattern of"): no head that
    /// presupposes its complement; the acts are what a finding about the series reports.</summary>
    public const string SeriesNouns = "series_nouns";
    /// <summary>Nouns of a label right after a claim word that no marker covers ("the genocide label", "a war crimes
    /// tag"): talk about the words, no claim.</summary>
    public const string LabelNouns = "label_nouns";
    /// <summary>Harm nouns that are also verbs ("torture", "murder", "rape", "massacre"): like a nominalisation, their
    /// "of" complement is the victim ("the torture of Ukrainian soldiers"), never the agent.</summary>
    public const string HarmNouns = "harm_nouns";
    /// <summary>Reporting verbs whose subject before a victim pronoun makes the pronoun theirs ("The ombudsman said they
    /// were taken …"): the pronoun takes up no victims of the sentence before.</summary>
    public const string SubjectReportingVerbs = "subject_reporting_verbs";
    /// <summary>Markers of an accusation ("alleged", "allegedly", "purported", "supposedly"; not "so-called", which
    /// disputes a name): right before an act the lexicon has no entry for ("the alleged removals", "allegedly
    /// funnelled"), with a party as its agent, they make the act a claim (claims round 40).</summary>
    public const string AccusationMarkers = "accusation_markers";
    /// <summary>Acts of harm an accusation marker can make a claim of (claims round 40, mended by claims37): stems of the
    /// acts the law of war and the lexicon's targets name — killing, torture and mistreatment, deportation and removal,
    /// abduction, unlawful detention, forced conscription and coercion, pillage and confiscation, attacks, sexual
    /// violence, persecution ("remov*", "deport*", "confiscat*", "loot*", "conscript*"). A head outside the list
    /// ("the supposed meeting", "allegedly retreated") is no act of harm and no claim.</summary>
    public const string AccusedActs = "accused_acts";
    /// <summary>Heads of a source adjunct (claims round 43): "view", "words", "account", "phrase" … after a third-person
    /// owner ("in the paper's view", "by the report's account", "in its words", "in the words of the court"): the
    /// adjunct credits its sentence to that source, as "according to" does.</summary>
    public const string SourceAdjunctNouns = "source_adjunct_nouns";
    /// <summary>Nouns of a statement whose "that"-clause is its owner's report (claims round 45): "its conclusion
    /// that", "the commission's finding that", "Kyiv's assessment that" — with the owned
    /// <see cref="ClaimContentNouns"/> ("Kyiv's claim that"), attributed.</summary>
    public const string ReportContentNouns = "report_content_nouns";
    /// <summary>Last words of a short condition on the speech act, not on the claim (claims round 45, mended): "if
    /// anything", "if you ask me", "if I am honest" — the consequent is asserted.</summary>
    public const string SpeechActConditions = "speech_act_conditions";
    /// <summary>Words whose definite object an if-clause takes as given (claims round 45, mended): "forget about the
    /// massacre of civilians", "remember the torture of …".</summary>
    public const string PresupposingObjectWords = "presupposing_object_words";
    /// <summary>Finite past forms not in "-ed" that end an owned statement's that-clause (claims round 45, mended):
    /// "Putin's belief that Ukraine was not a real nation led to …".</summary>
    public const string IrregularPastVerbs = "irregular_past_verbs";
    /// <summary>Titles and statement nouns that make a possessed headline opener a credit (claims round 45, mended):
    /// "Kyiv's Mayor:", "Zelensky's Warning:", "Amnesty's Verdict:".</summary>
    public const string CreditHeadNouns = "credit_head_nouns";
    /// <summary>Verbs that strand a "to" at the end of a contact relative clause (claims round 45, third mend): "the
    /// witnesses we spoke to allege", "the people they reached out to allege" — not "the evidence we need to allege".</summary>
    public const string StrandedToVerbs = "stranded_to_verbs";

    // ----- Claims round 48 (claims48): siege acts — relief and evacuation obstructed, starvation, people as a shield -----

    /// <summary>Verbs that open a siege act's entry ("blocked", "impeding", "turned", "starving" in "blocked relief
    /// convoys", "turned back evacuation convoys"): such an entry of two or more words is an act, a
    /// claim only with its agent in its clause, like an act of the lexicon (claims round 48).</summary>
    public const string SiegeActVerbs = "siege_act_verbs";
    /// <summary>Verbs of starving that open an entry ("starving the town"): such an entry is no claim before "of"
    /// ("starving the city of funds") (claims round 48).</summary>
    public const string StarveVerbs = "starve_verbs";
    /// <summary>Verbs of use before a shield entry ("used them as a shield", "the use of a nuclear plant as a military
    /// shield") (claims round 48).</summary>
    public const string ShieldUseVerbs = "shield_use_verbs";
    /// <summary>Words of a shield entry ("as a shield", "as cover"), a claim only after a verb of <see cref="ShieldUseVerbs"/>
    /// whose object is a person (<see cref="PersonNouns"/>) or a word of <see cref="ShieldObjects"/> (claims round 48).</summary>
    public const string ShieldWords = "shield_words";
    /// <summary>Protected objects used as a shield besides persons ("the plant", "the hospital") (claims round 48).</summary>
    public const string ShieldObjects = "shield_objects";
    /// <summary>Nouns of obstruction that open a siege entry with <i>of</i> ("blockade of food", "obstruction of aid"): no
    /// claim with an owner that is no party ("the truckers' blockade of food", "the blockade of food by striking lorry
    /// drivers") (mend48).</summary>
    public const string SiegeNouns = "siege_nouns";
    /// <summary>What a starving keeps from its victims in a war crime ("starving civilians of food"): after <i>of</i> one
    /// of these (or a name) keeps a starving entry a claim; any other word makes it figurative ("starving the city of
    /// funds") (mend48).</summary>
    public const string StarveOfObjects = "starve_of_objects";
    /// <summary>Routes after <i>by</i> that name no owner of a siege noun ("a blockade of humanitarian aid by land and
    /// sea") (mend48b).</summary>
    public const string SiegeRoutes = "siege_routes";
    /// <summary>Heads of a possessive owner that carry the party before them ("the Russian army's blockade") (mend48b).</summary>
    public const string SiegeOwnerNouns = "siege_owner_nouns";
    /// <summary>What a figurative shield shields from ("as a shield against sanctions", "against liability"): no war
    /// crime (mend48b).</summary>
    public const string ShieldFigurativeObjects = "shield_figurative_objects";

    // ----- Claims round 42 (claims38): the removal of a person by force under a verb the lexicon has no entry for -----

    /// <summary>Verbs that remove a person by force ("detained", "abducted", "snatched", "seized", "dragged", "hauled"):
    /// with a party as their subject and a person as their object ("Russian military police dragged nine doctors from
    /// their homes"), or a person as the subject of their passive with a party as its "by" agent ("nine doctors were
    /// seized by Russian military police"), a claim (claims round 42).</summary>
    public const string SeizureVerbs = "seizure_verbs";
    /// <summary>Persons a seizure removes: personal pronouns as objects ("him", "them") and nouns of people by what they
    /// are or do ("workers", "doctors", "journalists", "residents") (claims round 42).</summary>
    public const string PersonNouns = "person_nouns";
    /// <summary>Verbs of detention ("detained"): the wire's verb for lawful arrests ("Ukrainian police detained him on
    /// Tuesday"), a seizure (<see cref="SeizureVerbs"/>) only with a word of <see cref="UnlawfulDetentionMarks"/> in
    /// its clause (claims round 42, mended).</summary>
    public const string DetentionVerbs = "detention_verbs";
    /// <summary>Signs that a detention is unlawful or done by an occupier ("illegally", "arbitrarily",
    /// "incommunicado", "occupiers", "occupied"); a word of <see cref="LawfulArrestWords"/> after "without" is one too
    /// ("without charge", "without trial") (claims round 42, mended).</summary>
    public const string UnlawfulDetentionMarks = "unlawful_detention_marks";
    /// <summary>Words of a lawful arrest or of a state's own policing ("charges", "suspected", "espionage", "trial",
    /// "protest"): in a seizure's clause, unless after "without", no claim (claims round 42, mended).</summary>
    public const string LawfulArrestWords = "lawful_arrest_words";
    /// <summary>Words of a topic's cues that name an agent of its triggers, not their object or addressee ("senators",
    /// "Congress", "committee"): a cue holding one pairs with a trigger before it only as that trigger's agent — after a
    /// preposition of <see cref="AgentPrepositions"/> that governs it, right after the trigger or after its auxiliaries,
    /// participles and one verb of <see cref="AgentVerbs"/> ("pressure from Congress", "a bill in the Senate", "asked by
    /// senators", "the resolution introduced in the Senate", "Pressure grew in Congress"), after <i>on, at</i> before a
    /// place ("outrage on Capitol Hill"), after a <i>by</i> that governs it ("the letter, signed last month by 34
    /// senators"), as the subject right after the first comma of a sentence opening with a preposition, the trigger
    /// before that comma ("In a letter to the White House, the 11 senators …"), or as the speaker of a first-person
    /// quotation holding the trigger — not as the speaker of a reporting clause after it ("The armed forces had pressed
    /// for the clause, the lawmakers said"), what the trigger falls on ("pressure on the Senate") or the object of
    /// another verb ("a bill that would require the agencies to report to Congress"; round 28, mended).</summary>
    public const string AgentCues = "agent_cues";
    /// <summary>Prepositions that put an agent cue after its trigger as the trigger's agent ("pressure from Congress",
    /// "a bill in the Senate", "asked by senators", "frustration among lawmakers"; round 28, mended).</summary>
    public const string AgentPrepositions = "agent_prepositions";
    /// <summary>Verbs a nominal trigger may take before the preposition of its agent ("Pressure grew in Congress",
    /// "Demands came from senators"; round 28, mended).</summary>
    public const string AgentVerbs = "agent_verbs";
    /// <summary>Prepositions that put an agent cue after its trigger as its agent only when the cue holds a word of
    /// <see cref="AgentPlaces"/> ("outrage on Capitol Hill"); before anyone else they name what the trigger falls on
    /// ("pressure on the Senate", "his anger at Congress"; round 28, mended).</summary>
    public const string PlacePrepositions = "place_prepositions";
    /// <summary>Words of agent cues that name a place ("Capitol Hill"; round 28, mended).</summary>
    public const string AgentPlaces = "agent_places";
    /// <summary>Verbs of saying between a quotation and its speaker ("\"We pressed hard,\" said Senator Ellison"): a
    /// congressional speaker of a first-person quotation is the agent of its trigger (round 28, mended).</summary>
    public const string SpeakerVerbs = "speaker_verbs";
    /// <summary>Participles in <i>-en</i> that may stand between a trigger and the preposition of its agent ("a letter
    /// written in the Senate"); the form alone would take "women", "seven" (round 28, mended).</summary>
    public const string EnParticiples = "en_participles";
    /// <summary>Addressees after a trigger ending in <i>to</i> that make it no pressure on a government ("wrote to
    /// constituents", "writing to voters"; round 28, mended).</summary>
    public const string PrivateAddressees = "private_addressees";
    /// <summary>Quantifiers that may stand before "of" and a seized person ("dozens of volunteers", "a group of
    /// workers") (claims round 42, mended).</summary>
    public const string PersonQuantifiers = "person_quantifiers";
    /// <summary>Abstract nouns after "into" that make a seizure verb figurative ("dragged its neighbours into the
    /// war", "dragged us into this conflict") (claims round 42, mended).</summary>
    public const string AbstractGoalNouns = "abstract_goal_nouns";
    /// <summary>Words that make the charges after them false ("fabricated", "trumped-up", "bogus", "politically
    /// motivated"): within three tokens before a charge, a mark of unlawfulness, not a lawful-arrest word (mend44).</summary>
    public const string FalseChargeMarks = "false_charge_marks";
    /// <summary>Forms of the verb <i>lie</i> of place (claims round 50): a denial word before a preposition ("the
    /// strength of the file lies in the witnesses") is this verb, no denial.</summary>
    public const string LieVerbs = "lie_verbs";
    /// <summary>Verbs of dismissing that also remove from office (claims round 50): before <i>for</i>, or a person and
    /// <i>for</i> / <i>from</i> ("was later dismissed for it", "dismissed her for spreading"), no denial.</summary>
    public const string DismissalVerbs = "dismissal_verbs";
    /// <summary>Adjectives of difficulty (claims round 50): with <i>to</i> before a denial verb ("hard to dismiss",
    /// "impossible to deny") the writer rules the denial out.</summary>
    public const string DifficultyAdjectives = "difficulty_adjectives";
    /// <summary>First words of the acts of destruction of a work containing dangerous forces (claims round 52): a
    /// war-crimes act opening with one of them ("mined", "blew up", "laid mines") pairs only with a cue of
    /// <see cref="DangerousWorks"/>.</summary>
    public const string DestructionActs = "destruction_acts";
    /// <summary>Words of the works and installations containing dangerous forces (claims round 52; AP I art. 56: dams,
    /// dykes, nuclear electrical generating stations): a head ("dam", "dyke", "reactor") or the word that makes a plant,
    /// station or pond one ("nuclear", "cooling"); a war-crimes cue holding one of them pairs only with an act of
    /// <see cref="DestructionActs"/>.</summary>
    public const string DangerousWorks = "dangerous_works";
    /// <summary>Words that govern a <i>to</i>-infinitive of an act of destruction as a threat, plan or intention (claims
    /// round 52, mended): "threatened to blow up the dam" is not the attack.</summary>
    public const string DestructionGovernors = "destruction_governors";
    /// <summary>Bare modals before an act of destruction (claims round 52, mended): "could blow up the dam" is no
    /// asserted act.</summary>
    public const string DestructionModals = "destruction_modals";
    /// <summary>Spatial words the grammar's prepositions lack that stop a work from being an act of destruction's object
    /// ("blew up the ice jam above the dam"; mend52b: moved from the code).</summary>
    public const string DestructionSpatialWords = "destruction_spatial_words";
    /// <summary>Locative prepositions that may stand right after an act of destruction holding its own object ("laid
    /// mines along the cooling pond"; mend52b: moved from the code).</summary>
    public const string DestructionLocatives = "destruction_locatives";

    /// <summary>The known list names of a topics lexicon.</summary>
    public static IReadOnlyList<string> TopicLists { get; } =
    [
        TakingVerbs, PassiveTakingVerbs, ModifierParticiples, TakenObjectWords, RemovalWords, WantVerbs, SanctionWords,
        SanctionReversals, PhrasalSanctionReversals, IrregularParticiples, CourtStaff, CourtStaffOwners, CourtNames, RequestVerbs,
        Titles, NegatedTriggers, NegationBridges,
        CapitalisedCues, AnaphoricCues, ObjectTriggers, ObjectVerbs, TargetNouns, TargetPrepositions,
        PassingNames, PassingNameHeads, KeptTriggers, KeepVerbs, VerbCues, MilitaryKinds, InstallationPersonNouns,
        OtherInstallationKinds, BareCuePrepositions, ProductionVerbs, AgentCues, AgentPrepositions, AgentVerbs, EnParticiples,
        PrivateAddressees, PlacePrepositions, AgentPlaces, SpeakerVerbs, NearPrepositions, NearHeads, OriginVerbs,
        TargetCueWords, TargetCuePrepositions, TargetCueAdverbs, SubjectTriggerHeads, TargetCueParticles, RemovalParticles,
        StrikeAgentWords, SubjectLinkingWords, SubjectHeadPrepositions,
    ];

    /// <summary>The known list names of a claims lexicon.</summary>
    public static IReadOnlyList<string> ClaimLists { get; } =
    [
        ClassifiedNouns, WordNouns, JudicialVerbs, CreditNouns, SourceNouns, EvidenceNouns, GatheringParticiples,
        LawNouns, ProhibitionVerbs, ProhibitedWords, FindingParticiples, ClassifyingWords, AttackNouns, SystemNouns,
        CustodyParticiples, CustodyEvents, IntentNouns, ControlVerbs, MandateNouns, LawNameWords, NamingVerbs,
        PresupposingEvidenceNouns, ClaimContentNouns, DescribingVerbs, ClaimNouns, ResponsibilityAdjectives, SeriesNouns, LabelNouns, HarmNouns, SubjectReportingVerbs,
        AccusationMarkers, AccusedActs, SeizureVerbs, PersonNouns, SourceAdjunctNouns, ReportContentNouns, SpeechActConditions, PresupposingObjectWords, IrregularPastVerbs, CreditHeadNouns, StrandedToVerbs,
        DetentionVerbs, UnlawfulDetentionMarks, LawfulArrestWords, PersonQuantifiers, AbstractGoalNouns, FalseChargeMarks,
        SiegeActVerbs, StarveVerbs, ShieldUseVerbs, ShieldWords, ShieldObjects, SiegeNouns, StarveOfObjects, SiegeRoutes, ShieldFigurativeObjects, SiegeOwnerNouns,
        LieVerbs, DismissalVerbs, DifficultyAdjectives, DestructionActs, DangerousWorks, DestructionGovernors, DestructionModals,
        DestructionSpatialWords, DestructionLocatives,
    ];

    /// <summary>All known list names, of every kind.</summary>
    public static IReadOnlyList<string> All { get; } = [.. TopicLists, .. ClaimLists];

    /// <summary>The known list names of a lexicon of <paramref name="kind"/> (<see cref="LexiconKinds"/>); none for a
    /// kind whose rules read no lists.</summary>
    public static IReadOnlyList<string> For(string? kind) => kind switch
    {
        LexiconKinds.Topics => TopicLists,
        LexiconKinds.Claims => ClaimLists,
        _ => [],
    };

    /// <summary>Most words in one list.</summary>
    public const int MaxWords = 1_000;

    /// <summary>Whether <paramref name="name"/> is one of <see cref="All"/> (ordinal).</summary>
    public static bool IsKnown(string? name) => name is not null && All.Contains(name, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="name"/> is a list of a lexicon of <paramref name="kind"/> (ordinal).</summary>
    public static bool IsKnown(string? kind, string? name) => name is not null && For(kind).Contains(name, StringComparer.Ordinal);
}
