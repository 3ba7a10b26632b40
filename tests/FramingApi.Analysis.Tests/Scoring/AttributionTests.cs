using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Whose statement a reporting phrase reports (built-in sourcing lexicon).</summary>
public class AttributionTests
{
    [Theory]
    [InlineData("The talks failed, a US official said.", "said", AttributionKind.Anonymous, "a US official")]
    [InlineData("The talks failed, officials familiar with the matter said.", "said", AttributionKind.Anonymous, "officials familiar with the matter")]
    [InlineData("The talks failed, according to officials familiar with the matter.", "according to", AttributionKind.Anonymous, "officials familiar with the matter")]
    [InlineData("The talks failed, the officials said.", "the officials said", AttributionKind.Anonymous, "the officials said")]
    [InlineData("Officials who spoke on the condition of anonymity because talks are private said they failed.", "said", AttributionKind.Anonymous, "spoke on the condition of anonymity")]
    [InlineData("Adrienne Watson, a spokeswoman, said the talks failed.", "said", AttributionKind.Named, "Adrienne Watson")]
    [InlineData("The talks failed, said Secretary of State Antony Blinken.", "said", AttributionKind.Named, "Secretary of State Antony Blinken")]
    [InlineData("The talks failed, according to Reuters.", "according to", AttributionKind.Named, "Reuters")]
    [InlineData("The talks failed, according to the New York Times.", "according to", AttributionKind.Named, "New York Times")]
    [InlineData("The talks failed, spokeswoman Adrienne Watson told reporters.", "told reporters", AttributionKind.Named, "Adrienne Watson")]
    [InlineData("The talks failed, he said.", "said", AttributionKind.Unresolved, "he")]
    [InlineData("The talks failed, they said on Wednesday.", "said", AttributionKind.Unresolved, "they")]
    [InlineData("The talks failed, he said Wednesday.", "said", AttributionKind.Unresolved, "he")]
    [InlineData("The talks failed, \u201cWe support Ukraine,\u201d he said.", "said", AttributionKind.Unresolved, "he")]
    public void Each_reporting_phrase_gets_its_source(string sentence, string phrase, AttributionKind kind, string? source) =>
        AssertSource(sentence, phrase, kind, source);

    // The review's cases and their kin: a verb with a subject reports that subject; the name that follows the verb
    // opens the reported content. Generic groups ("Critics", "Experts") name nobody: unresolved, with the subject as
    // the span; unnamed officials are anonymous like "officials said".
    [Theory]
    [InlineData("Critics say Israel's bombardment was disproportionate.", "say", AttributionKind.Unresolved, "Critics", "Israel")]
    [InlineData("Experts said the Israeli military's conduct violated the law.", "said", AttributionKind.Unresolved, "Experts", "Israeli")]
    [InlineData("Ukrainian officials alleged that Russian troops executed civilians.", "alleged", AttributionKind.Anonymous, "Ukrainian officials", "Russian")]
    [InlineData("Experts said Russia's strikes on the power grid were war crimes.", "said", AttributionKind.Unresolved, "Experts", "Russia")]
    [InlineData("Human rights groups say Israel has committed war crimes in Gaza.", "say", AttributionKind.Unresolved, "Human rights groups", "Israel")]
    [InlineData("Analysts warned that China could intervene.", "warned", AttributionKind.Unresolved, "Analysts", "China")]
    [InlineData("Officials say Russia's army committed atrocities in Irpin.", "say", AttributionKind.Anonymous, "Officials", "Russia")]
    [InlineData("Residents said Russian soldiers had looted their homes.", "said", AttributionKind.Unresolved, "Residents", "Russian")]
    [InlineData("The report said Israeli forces had fired on civilians.", "said", AttributionKind.Unresolved, "The report", "Israeli")]
    [InlineData("He said Putin was lying.", "said", AttributionKind.Unresolved, "He", "Putin")]
    [InlineData("Adrienne Watson, a spokeswoman, said Russia had failed to comply.", "said", AttributionKind.Named, "Adrienne Watson", "Russia")]
    [InlineData("The spokesman, John Kirby, said Israel had a right to defend itself.", "said", AttributionKind.Named, "John Kirby", "Israel")]
    [InlineData("A senior official said Moscow had rejected the offer.", "said", AttributionKind.Anonymous, "A senior official", "Moscow")]
    [InlineData("The Pentagon said Kyiv had not requested the weapons.", "said", AttributionKind.Named, "Pentagon", "Kyiv")]
    public void A_name_in_the_reported_content_is_never_the_source(string sentence, string phrase, AttributionKind kind,
        string source, string content)
    {
        AssertSource(sentence, phrase, kind, source);
        Assert.DoesNotContain(content, source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Secretary of State Antony Blinken said Russia must be held accountable.", "said", AttributionKind.Named, "Secretary of State Antony Blinken")]
    [InlineData("In Kyiv, Blinken said Russia must be held accountable.", "said", AttributionKind.Named, "Blinken")]
    // A first word is a name when the text writes it capitalised in mid-sentence elsewhere ("Critics" it never does).
    [InlineData("Antony Blinken arrived in Kyiv on Monday. Blinken said Russia must be held accountable.", "said", AttributionKind.Named, "Blinken")]
    [InlineData("Talks with Moscow stalled. Moscow has repeatedly denied targeting civilians.", "denied", AttributionKind.Named, "Moscow")]
    [InlineData("John Kirby spoke in Washington. Kirby has also said that Russia's claims are false.", "said", AttributionKind.Named, "Kirby")]
    [InlineData("President Biden said Putin was a war criminal.", "said", AttributionKind.Named, "President Biden")]
    [InlineData("Mr. Smith said the plan was dead.", "said", AttributionKind.Named, "Mr. Smith")]
    [InlineData("Ukraine's foreign ministry said Russia had violated the ceasefire.", "said", AttributionKind.Named, "Ukraine's")]
    [InlineData("Human Rights Watch has said there were numerous cases of cluster bombs in civilian areas.", "said", AttributionKind.Named, "Human Rights Watch")]
    [InlineData("The Kremlin, which has denied the allegations, said Ukraine staged the killings.", "said", AttributionKind.Named, "Kremlin")]
    [InlineData("A senior administration official said the evidence would be shared.", "said", AttributionKind.Anonymous, "A senior administration official")]
    [InlineData("Two officials with knowledge of the plans said Russia had agreed.", "said", AttributionKind.Anonymous, "Two officials")]
    [InlineData("Officials in Kyiv said Russia had violated the ceasefire.", "said", AttributionKind.Anonymous, "Officials in Kyiv")]
    [InlineData("A US official, speaking with the Guardian, said the evidence would be shared.", "said", AttributionKind.Anonymous, "A US official")]
    // A name that only modifies a group of people does not name the source.
    [InlineData("Ukrainian prosecutors alleged that Russian troops executed civilians.", "alleged", AttributionKind.Unresolved, "Ukrainian prosecutors")]
    [InlineData("Residents of Bucha said Russian soldiers had looted their homes.", "said", AttributionKind.Unresolved, "Residents of Bucha")]
    [InlineData("Those who fled Bucha told reporters that soldiers shot civilians.", "told reporters", AttributionKind.Unresolved, "Those")]
    [InlineData("The ministry said in a statement that Ukraine had attacked.", "said in a statement", AttributionKind.Unresolved, "The ministry")]
    [InlineData("Police said the suspect had fled to Lviv.", "said", AttributionKind.Unresolved, "Police")]
    [InlineData("Israel's military said Hamas fighters were hiding in the hospital.", "said", AttributionKind.Named, "Israel's")]
    [InlineData("The United Nations said Israel must allow aid into Gaza.", "said", AttributionKind.Named, "United Nations")]
    [InlineData("The White House said on Tuesday that it would share the evidence.", "said", AttributionKind.Named, "White House")]
    [InlineData("In a statement, Amnesty International said the strikes were unlawful.", "said", AttributionKind.Named, "Amnesty International")]
    [InlineData("The New York Times reported that Biden had approved the plan.", "reported", AttributionKind.Named, "New York Times")]
    [InlineData("Ukrainian President Volodymyr Zelensky accused Russia of genocide.", "accused", AttributionKind.Named, "Ukrainian President Volodymyr Zelensky")]
    [InlineData("Russia's defense ministry claimed that Ukrainian drones hit Moscow.", "claimed", AttributionKind.Named, "Russia's")]
    [InlineData("Palestinian health officials reported that 30 people were killed.", "reported", AttributionKind.Anonymous, "Palestinian health officials")]
    // (Round 8: a government's officials who deny voice its position — unresolved, no unnamed source.)
    [InlineData("Russian officials denied the allegations.", "denied", AttributionKind.Unresolved, "Russian officials")]
    [InlineData("Sources told Reuters that the deal was close.", "told", AttributionKind.Anonymous, "Sources")]
    [InlineData("People familiar with the matter said the deal was close.", "said", AttributionKind.Anonymous, "People familiar with the matter")]
    [InlineData("John Kirby, 45, said the talks failed.", "said", AttributionKind.Named, "John Kirby")]
    [InlineData("Israel's prime minister, Benjamin Netanyahu, said the war would continue.", "said", AttributionKind.Named, "Benjamin Netanyahu")]
    [InlineData("The group's director, Tirana Hassan, said Israel was using starvation as a weapon.", "said", AttributionKind.Named, "Tirana Hassan")]
    public void A_verb_with_a_subject_reports_its_subject(string sentence, string phrase, AttributionKind kind, string? source) =>
        AssertSource(sentence, phrase, kind, source);

    [Theory]
    [InlineData("The talks failed, said John Kirby, a spokesman.", "said", AttributionKind.Named, "John Kirby")]
    [InlineData("\u201cWe are not there yet,\u201d said Kirby.", "said", AttributionKind.Named, "Kirby")]
    [InlineData("\u201cWe are not there yet,\u201d Kirby said.", "said", AttributionKind.Named, "Kirby")]
    [InlineData("\u201cWhy now?\u201d asked Kirby.", "asked", AttributionKind.Named, "Kirby")]
    [InlineData("\u201cIt is a war crime,\u201d said Mr. Smith on Wednesday.", "said", AttributionKind.Named, "Mr. Smith")]
    [InlineData("The talks failed, said spokeswoman Adrienne Watson.", "said", AttributionKind.Named, "spokeswoman Adrienne Watson")]
    [InlineData("Russia's invasion helped ease tense relations, said the New York Times.", "said", AttributionKind.Named, "New York Times")]
    [InlineData("The talks failed, said a US official.", "said", AttributionKind.Anonymous, "a US official")]
    [InlineData("The talks failed, said officials familiar with the matter.", "said", AttributionKind.Anonymous, "officials familiar with the matter")]
    [InlineData("Russia attacked Kyiv on Monday, said the official.", "said", AttributionKind.Unresolved, "the official")]
    [InlineData("\u201cWe will respond,\u201d she said.", "said", AttributionKind.Unresolved, "she")]
    [InlineData("\u201cWe are ready,\u201d said Dmytro Kuleba, Ukraine's foreign minister.", "said", AttributionKind.Named, "Dmytro Kuleba")]
    [InlineData("\u201cThis is genocide,\u201d Ukrainian President Volodymyr Zelensky said.", "said", AttributionKind.Named, "Ukrainian President Volodymyr Zelensky")]
    [InlineData("The deal is close, Reuters reported, citing two officials.", "reported", AttributionKind.Named, "Reuters")]
    [InlineData("The deal is close, said a senior Western diplomat in Brussels.", "said", AttributionKind.Anonymous, "a senior Western diplomat")]
    public void An_inverted_subject_follows_its_verb(string sentence, string phrase, AttributionKind kind, string? source) =>
        AssertSource(sentence, phrase, kind, source);

    [Theory]
    [InlineData("The strike killed 12 people, according to Secretary Blinken.", AttributionKind.Named, "Secretary Blinken")]
    [InlineData("The talks failed, according to the Kremlin.", AttributionKind.Named, "Kremlin")]
    [InlineData("The strike killed 12 people, according to a report by Human Rights Watch.", AttributionKind.Named, "Human Rights Watch")]
    [InlineData("Russia has withdrawn, according to a 2023 report by Human Rights Watch.", AttributionKind.Named, "Human Rights Watch")]
    [InlineData("According to figures released by the United Nations, 12 people died.", AttributionKind.Named, "United Nations")]
    [InlineData("According to the Ukrainian prosecutor general's office, 12 people died.", AttributionKind.Named, "Ukrainian")]
    [InlineData("According to officials, Russia has withdrawn.", AttributionKind.Anonymous, "officials")]
    [InlineData("According to Ukrainian officials, Russia has withdrawn.", AttributionKind.Anonymous, "Ukrainian officials")]
    [InlineData("Russia has withdrawn, according to two people briefed on the talks.", AttributionKind.Anonymous, "people briefed on")]
    [InlineData("Russia has withdrawn, according to the report.", AttributionKind.Unresolved, "the report")]
    [InlineData("According to the report, Russian troops killed civilians.", AttributionKind.Unresolved, "the report")]
    public void According_to_names_what_follows_it(string sentence, AttributionKind kind, string? source) =>
        AssertSource(sentence, sentence.Contains("According", StringComparison.Ordinal) ? "According to" : "according to", kind, source);

    // "told" takes its addressee as object: the outlet or audience told is never the source.
    [Theory]
    [InlineData("John Kirby briefed the press on Monday. Kirby told reporters that Russia had failed.", "told reporters", AttributionKind.Named, "Kirby")]
    [InlineData("\u201cWe will respond,\u201d Kirby told reporters.", "told reporters", AttributionKind.Named, "Kirby")]
    [InlineData("John Kirby, a spokesman, told CNN the talks had failed.", "told", AttributionKind.Named, "John Kirby")]
    [InlineData("In an interview, Zelensky told CNN that Russia was losing.", "told", AttributionKind.Named, "Zelensky")]
    [InlineData("Officials told CNN that Russia had failed.", "told", AttributionKind.Anonymous, "Officials")]
    [InlineData("A US official told the Guardian that the evidence would be shared.", "told", AttributionKind.Anonymous, "A US official")]
    [InlineData("Witnesses told Reuters that Hamas fighters had entered the town.", "told", AttributionKind.Unresolved, "Witnesses")]
    public void Told_reports_its_subject_not_its_addressee(string sentence, string phrase, AttributionKind kind, string? source) =>
        AssertSource(sentence, phrase, kind, source);

    // A passive names its source only by an agent; a hedge like "it was reported" names nobody.
    [Theory]
    [InlineData("It was reported that Russian troops had withdrawn.", "reported", AttributionKind.Unresolved, null)]
    [InlineData("Russian troops are said to have withdrawn from Kherson.", "said", AttributionKind.Unresolved, null)]
    [InlineData("Russia is alleged to have deported children.", "alleged", AttributionKind.Unresolved, null)]
    [InlineData("Military personnel accused of war crimes face trial.", "accused", AttributionKind.Unresolved, null)]
    [InlineData("Moreover, it was added that the White House backs the investigations.", "added", AttributionKind.Unresolved, null)]
    [InlineData("It was reported that the attack by Russia killed 12.", "reported", AttributionKind.Unresolved, null)]
    [InlineData("The claim was first reported by Reuters.", "reported", AttributionKind.Named, "Reuters")]
    [InlineData("Russia is accused of war crimes by Ukraine.", "accused", AttributionKind.Named, "Ukraine")]
    public void A_passive_reports_its_agent_or_nobody(string sentence, string phrase, AttributionKind kind, string? source) =>
        AssertSource(sentence, phrase, kind, source);

    // Issue 11: unnamed individuals (a person noun with "a", "an", "one" or "another", any modifiers between), a
    // participle after the source's head, quoting and citing verbs (their object is the source), requests to withhold
    // a name (the whole sentence is anonymous).
    [Theory]
    [InlineData("A man walking his dog told the BBC he heard explosions.", "told", AttributionKind.Anonymous, "A man walking his dog")]
    [InlineData("One elderly resident said the soldiers took everything.", "said", AttributionKind.Anonymous, "One elderly resident")]
    [InlineData("The soldiers took everything, a former teacher said.", "said", AttributionKind.Anonymous, "a former teacher")]
    [InlineData("Another witness said the shelling lasted all night.", "said", AttributionKind.Anonymous, "Another witness")]
    [InlineData("The resident said the soldiers took everything.", "said", AttributionKind.Unresolved, "The resident")]
    [InlineData("Aides involved in the talks said the deal was close.", "said", AttributionKind.Anonymous, "Aides involved")]
    [InlineData("The Post quotes a former official as saying the files were shared.", "quotes", AttributionKind.Anonymous, "a former official")]
    [InlineData("The files were shared, said a diplomat who asked not to be named.", "said", AttributionKind.Anonymous, "who asked not to be named")]
    public void Unnamed_people_and_quoted_sources(string sentence, string phrase, AttributionKind kind, string? source) =>
        AssertSource(sentence, phrase, kind, source);

    // Wave 4: an unnamed subject is a source only when its verb reports a statement — not when the verb is negated,
    // narrates an event in an adverbial clause, or reports an act (a commissive or directive verb with an object, "for"
    // or "to"); the same subjects with a reported statement stay anonymous.
    [Theory]
    [InlineData("Russian officials have not commented on the sites.", "commented", AttributionKind.Unresolved, "Russian officials")]
    [InlineData("A senior official declined to say whether the files were shared.", "say", AttributionKind.Unresolved, "A senior official")]
    [InlineData("She was detained after a neighbour reported her to the police.", "reported", AttributionKind.Unresolved, "a neighbour")]
    [InlineData("When Russian officials asked for the names, they received a short list.", "asked", AttributionKind.Unresolved, "Russian officials")]
    [InlineData("European officials pledged new funds for the tribunal.", "pledged", AttributionKind.Unresolved, "European officials")]
    [InlineData("Western officials vowed to press on with the case.", "vowed", AttributionKind.Unresolved, "Western officials")]
    [InlineData("European officials pledged that the tribunal would be funded.", "pledged", AttributionKind.Anonymous, "European officials")]
    [InlineData("Officials asked whether the files had been shared.", "asked", AttributionKind.Anonymous, "Officials")]
    [InlineData("A neighbour reported that the soldiers had left.", "reported", AttributionKind.Anonymous, "A neighbour")]
    [InlineData("Ukrainian officials alleged that Russian troops executed civilians.", "alleged", AttributionKind.Anonymous, "Ukrainian officials")]
    public void A_verb_that_reports_nothing_relies_on_no_source(string sentence, string phrase, AttributionKind kind, string? source) =>
        AssertSource(sentence, phrase, kind, source);

    // Wave 4: an appositive that gives the subject a name ("named in the report as …") names it; requests to withhold
    // part of a name make the sentence anonymous; more person nouns head unnamed individuals.
    [Theory]
    [InlineData("One former prisoner, a marine named in the report as Oleksandr, told investigators he was beaten.", "told", AttributionKind.Named, "Oleksandr")]
    [InlineData("One former prisoner, a marine from Mariupol, told investigators he was beaten.", "told", AttributionKind.Anonymous, "One former prisoner")]
    [InlineData("The mother, who asked that only her first name, Halyna, be used, told the station they fled.", "told", AttributionKind.Anonymous, "asked that only her first name")]
    [InlineData("A former colleague, who cannot be named, told me the assessment was finished.", "told", AttributionKind.Anonymous, "cannot be named")]
    [InlineData("The Sentinel quotes a former camp counsellor who says children were punished.", "quotes", AttributionKind.Anonymous, "a former camp counsellor")]
    [InlineData("A paramedic said the shelling lasted all night.", "said", AttributionKind.Anonymous, "A paramedic")]
    [InlineData("The paramedic said the shelling lasted all night.", "said", AttributionKind.Unresolved, "The paramedic")]
    public void Names_given_and_withheld(string sentence, string phrase, AttributionKind kind, string? source) =>
        AssertSource(sentence, phrase, kind, source);

    // Wave 5: capitalised words that only modify an unnamed person noun ("a Ukrainian official", "a White House
    // official") name nobody; a name after the head still does.
    [Theory]
    [InlineData("Kyiv has asked for more air defence, a Ukrainian official said.", "said", AttributionKind.Anonymous, "a Ukrainian official")]
    [InlineData("A White House official told reporters the package was ready.", "told reporters", AttributionKind.Anonymous, "A White House official")]
    [InlineData("The package is ready, said a European diplomat.", "said", AttributionKind.Anonymous, "a European diplomat")]
    [InlineData("The summit will be postponed, according to a Western diplomat.", "according to", AttributionKind.Anonymous, "a Western diplomat")]
    [InlineData("One Bucha resident said the soldiers took everything.", "said", AttributionKind.Anonymous, "One Bucha resident")]
    [InlineData("A Ukrainian official, Andriy Yermak, said the talks had stalled.", "said", AttributionKind.Named, "Andriy Yermak")]
    [InlineData("Ukraine's foreign minister said the talks had stalled.", "said", AttributionKind.Named, "Ukraine's")]
    [InlineData("The files were handed over in May, a government source said.", "said", AttributionKind.Anonymous, "a government source")]
    public void Capitalised_modifiers_of_an_unnamed_person_name_nobody(string sentence, string phrase, AttributionKind kind, string? source) =>
        AssertSource(sentence, phrase, kind, source);

    // Wave 5: an anonymous-source phrase that reports nothing by itself is a source only where a source can be: not
    // "official" as an adjective, not an appositive of a name, not in a sentence that reports no statement.
    [Theory]
    [InlineData("An official investigation into the strike was opened, the prosecutor's office said.", false)]
    [InlineData("The ministry issued an official statement rejecting the report.", false)]
    [InlineData("Two officials were killed in the strike.", false)]
    [InlineData("The bodies of two unidentified men were found in the cellar, the regional police chief said.", false)]
    [InlineData("The claim came from an anonymous Telegram channel, the spokesman said.", false)]
    [InlineData("An unidentified source told the paper the files were shared.", true)]
    [InlineData("Police said the bodies of three unidentified people were found in the forest.", false)]
    [InlineData("A friend put it to me this way, and I will leave her unnamed because she still has a career.", true)]
    [InlineData("Russian state media, citing an unnamed source, reported that the talks had collapsed.", true)]
    [InlineData("Officials, who declined to be identified, said the deliveries would resume.", true)]
    [InlineData("\"My neighbour, who asked not to be named, saw the soldiers take the boys,\" said Olena Hrytsenko, a teacher.", false)]
    [InlineData("A person close to the negotiations said the draft was ready.", true)]
    [InlineData("Someone close to the president told the paper the decision was final.", true)]
    [InlineData("Natalia Petrenko, a senior official at the ministry, said the list was incomplete.", false)]
    [InlineData("A defense official, Sabrina Singh, told reporters the talks were continuing.", false)]
    [InlineData("The war has become a source of tension, the ambassador said.", false)]
    [InlineData("Unnamed officials quoted by the paper said the plan was dropped.", true)]
    [InlineData("A senior official, speaking on condition of anonymity, said the evidence had been shared.", true)]
    [InlineData("An official familiar with the talks said the sides were close.", true)]
    public void An_anonymous_phrase_is_a_source_only_where_a_source_can_be(string sentence, bool anonymous)
    {
        var (_, analysis) = Pipeline.Run(sentence);
        Assert.Equal(anonymous, analysis.Evidence.Any(e => e.Voice == Voice.Outlet
            && (e.Category == "anonymous_source" || e.Attribution?.Kind == AttributionKind.Anonymous)));
    }

    // Wave 6: the usual wordings of an explicit grant of anonymity and of a lack of authority, in their families
    // (asked for / insisted on / in exchange for anonymity, "on condition he not be named", not authorised to comment or
    // talk, background and off-the-record briefings). An authority the sentence reports as such is not anonymity.
    [Theory]
    [InlineData("A border guard at the crossing, who asked for anonymity, said the buses left at night.", true)]
    [InlineData("The engineer insisted on anonymity and said two turbines were lost.", true)]
    [InlineData("He spoke in exchange for anonymity and said the list had been shortened.", true)]
    [InlineData("Under condition of anonymity, a clerk said the archive had been moved.", true)]
    [InlineData("A diplomat said, on condition she not be identified, that the vote would slip.", true)]
    [InlineData("A ministry employee, who is not authorised to comment publicly, said the files were sent.", true)]
    [InlineData("Staff who are not authorized to talk to the press said the warehouse was empty.", true)]
    [InlineData("The officer, who asked for anonymity for fear of reprisals, said the order came by phone.", true)]
    [InlineData("One analyst spoke on background and said the assessment had been revised.", true)]
    [InlineData("The minister asked for calm and said the talks would continue.", false)]
    [InlineData("The governor said the regional police were authorised to detain looters.", false)]
    public void Explicit_anonymity_in_its_usual_wordings(string sentence, bool anonymous) =>
        An_anonymous_phrase_is_a_source_only_where_a_source_can_be(sentence, anonymous);

    // Wave 6: verbs of assessment report a finding the outlet relies on, like "said": unnamed officials who believe,
    // estimate, assess or have concluded are an anonymous source; a named or generic subject is not; an estimate used
    // attributively reports nothing.
    [Theory]
    [InlineData("European officials believe the convoy was hit on purpose.", true)]
    [InlineData("Intelligence officials estimate that 4,000 people were moved across the border.", true)]
    [InlineData("US officials have concluded that the dam was blown up from the inside.", true)]
    [InlineData("Aides assess that the bill will pass.", true)]
    [InlineData("The commission concluded that the camp was run by the army.", false)]
    [InlineData("Engineers estimate the repairs will take a year.", false)]
    [InlineData("An estimated 4,000 people were moved across the border, two officials said.", true)]
    [InlineData("An estimated 4,000 people were moved across the border.", false)]
    public void Verbs_of_assessment_report_like_said(string sentence, bool anonymous) =>
        An_anonymous_phrase_is_a_source_only_where_a_source_can_be(sentence, anonymous);

    // Wave 6: a name in the prepositional complement of an unnamed individual names the place or body, not the person.
    [Theory]
    [InlineData("A border official in Odesa said the ship had left.", "said", AttributionKind.Anonymous, "A border official in Odesa")]
    [InlineData("A technician at the Khmelnytskyi plant told the paper the reactor was shut.", "told", AttributionKind.Anonymous, "A technician at the Khmelnytskyi plant")]
    [InlineData("A lawyer for Maksym Koval said the hearing was adjourned.", "said", AttributionKind.Anonymous, "A lawyer for Maksym Koval")]
    [InlineData("A resident of Irpin, Hanna Moroz, said the soldiers left in March.", "said", AttributionKind.Named, "Hanna Moroz")]
    [InlineData("A spokeswoman for Amnesty International said the report was final.", "said", AttributionKind.Named, "Amnesty International")]
    public void A_name_in_the_complement_of_an_unnamed_person_names_the_place(string sentence, string phrase, AttributionKind kind, string? source) =>
        AssertSource(sentence, phrase, kind, source);

    // Wave 7: officials qualified by their government or authority (a nationality, a possessive, "local") who say or
    // have said something voice that government's position: no unnamed source. Counted ("two … officials"), in the past
    // ("… said on Tuesday"), after "according to", or with a verb of assessment, they stay anonymous; so do officials of
    // a body ("Pentagon officials").
    [Theory]
    [InlineData("Belarusian officials have said the camps were holidays for the children.", "said", AttributionKind.Unresolved, "Belarusian officials")]
    [InlineData("Russian officials say the families were moved for their own safety.", "say", AttributionKind.Unresolved, "Russian officials")]
    [InlineData("Municipal officials say the water main was repaired within a week.", "say", AttributionKind.Unresolved, "Municipal officials")]
    [InlineData("Hungary's officials have described the sanctions as a mistake.", "described", AttributionKind.Unresolved, "Hungary's officials")]
    [InlineData("Three Russian officials say the order came from Moscow.", "say", AttributionKind.Anonymous, "Three Russian officials")]
    [InlineData("Pentagon officials have argued privately that the files would set a precedent.", "argued", AttributionKind.Anonymous, "Pentagon officials")]
    [InlineData("Polish officials believe the drone strayed across the border.", "believe", AttributionKind.Anonymous, "Polish officials")]
    [InlineData("The convoy left at dawn, according to Romanian officials.", "according to", AttributionKind.Anonymous, "Romanian officials")]
    public void Officials_of_a_government_voice_its_position(string sentence, string phrase, AttributionKind kind, string? source) =>
        AssertSource(sentence, phrase, kind, source);

    // Wave 7: people interviewed by the outlet itself or by another named outlet are its unnamed sources; people a body
    // named by a common noun interviewed are that body's finding.
    [Theory]
    [InlineData("The cellar was used as a prison, according to villagers interviewed by the Courier.", true)]
    [InlineData("Witnesses interviewed by this newspaper said the trucks came at night.", true)]
    [InlineData("Witnesses interviewed by the commission said the trucks came at night.", false)]
    [InlineData("Maria Bondar, interviewed by the Courier in June, said the trucks came at night.", false)]
    public void People_the_outlet_interviewed_are_its_unnamed_sources(string sentence, bool anonymous) =>
        An_anonymous_phrase_is_a_source_only_where_a_source_can_be(sentence, anonymous);

    // Wave 7: "put it to me / to us / this way" reports like "said"; a source who did not want her (his, their) name
    // used or printed is unnamed. Wanting a name cleared is not.
    [Theory]
    [InlineData("A senior aide who handles the file put it to me bluntly: \"The vote is lost.\"", true)]
    [InlineData("The foreign minister put it to me bluntly: \"The vote is lost.\"", false)]
    [InlineData("\"The water is back,\" the nurse said, and didn't want her name in the paper.", true)]
    [InlineData("The family want her name cleared, their lawyer said.", false)]
    public void Reporting_idioms_and_withheld_names(string sentence, bool anonymous) =>
        An_anonymous_phrase_is_a_source_only_where_a_source_can_be(sentence, anonymous);

    // Round 8 (sourcing8): one unnamed member of a group ("one of them", "one of the traders") is an unnamed individual,
    // as subject or as an inverted subject that opens the clause after a quotation (not as an object: "she described
    // one of the boys as …"); a statement made publicly or on the record relies on no unnamed source; officials of a
    // government who deny, dismiss or reject something voice its position in any tense, and so do officials it
    // installed or backed ("Russian-installed officials").
    [Theory]
    [InlineData("\"We will open again tomorrow,\" said one of them, sweeping glass from the counter.", "said", AttributionKind.Anonymous, "one of them")]
    [InlineData("One of the nurses told us the generator failed twice.", "told", AttributionKind.Anonymous, "One of the nurses")]
    [InlineData("The commissioner once described one of the boys in her care as grateful.", "described", AttributionKind.Unresolved, "The commissioner")]
    [InlineData("The satellite images were handed over in June, officials have said publicly.", "said", AttributionKind.Unresolved, "officials")]
    [InlineData("Officials publicly acknowledged that the list was incomplete.", "acknowledged", AttributionKind.Unresolved, "Officials")]
    [InlineData("The satellite images were handed over in June, officials have said.", "said", AttributionKind.Anonymous, "officials")]
    [InlineData("Russian officials dismissed the recording as a fake.", "dismissed", AttributionKind.Unresolved, "Russian officials")]
    [InlineData("Russian officials claimed the recording was a fake.", "claimed", AttributionKind.Anonymous, "Russian officials")]
    [InlineData("Russian-installed officials in the town say they evacuated everyone.", "say", AttributionKind.Unresolved, "Russian-installed officials in the town")]
    public void Round_8_unnamed_members_public_statements_and_positions(string sentence, string phrase, AttributionKind kind, string? source) =>
        AssertSource(sentence, phrase, kind, source);

    // Round 8: sources of a body ("sources within the Kremlin") and leaks are unnamed sources (in a sentence with a
    // reporting phrase, like other phrases that report nothing by themselves). Round 8's enumeration of "people /
    // someone inside the <body>" was taken out again for its cost (docs/PERFORMANCE.md, "Throughput after wave 10").
    [Theory]
    [InlineData("Sources within the Kremlin told the paper the decree was drafted in May.", true)]
    [InlineData("According to leaks in the Herald, the files will be shared next week.", true)]
    [InlineData("People inside the building said the lights went out at noon.", false)]
    public void Insiders_and_leaks_are_unnamed_sources(string sentence, bool anonymous) =>
        An_anonymous_phrase_is_a_source_only_where_a_source_can_be(sentence, anonymous);

    // Round 9: "courtesy of X" credits X like "according to X".
    [Theory]
    [InlineData("We now hear, courtesy of unnamed officials talking to the papers, that the files will be shared.", "courtesy of", AttributionKind.Anonymous)]
    [InlineData("The footage reached us courtesy of the State Emergency Service.", "courtesy of", AttributionKind.Named)]
    public void Courtesy_of_credits_a_source(string sentence, string phrase, AttributionKind kind)
    {
        var (text, analysis) = Pipeline.Run(sentence);
        Assert.Equal(kind, Assert.Single(analysis.Evidence, e => e.Attribution is not null && text.Span(e) == phrase).Attribution!.Kind);
    }

    // Round 9 (sourcing9): a source who declined to give a surname is unnamed; an unnamed member of a group with a name
    // in apposition ("one of the nurses, Oksana Melnyk") is named; officials of a government who "will tell you"
    // something voice its position; a body's officials briefing "on background" stay unnamed sources.
    [Theory]
    [InlineData("\"We stay,\" said one of the nurses, Oksana Melnyk.", false)]
    [InlineData("Its officials will tell you that the deal was about principle.", false)]
    [InlineData("\"The roof fell in,\" said Petro, 61, a retired driver who declined to give his surname.", true)]
    [InlineData("A Senate Democratic aide told the Ledger his boss would vote no.", true)]
    [InlineData("Treasury officials, briefing reporters on background, said more sanctions were coming.", true)]
    public void Round_9_withheld_names_appositive_names_and_briefings(string sentence, bool anonymous) =>
        An_anonymous_phrase_is_a_source_only_where_a_source_can_be(sentence, anonymous);

    // Round 10 (sourcing10): a first name the person gave is a name (a request to withhold the rest stays anonymity);
    // what someone habitually said characterises them and is no source; the writer's own unnamed interlocutors are
    // sources; the subject before an appositive keeps its prepositional complement; a government's officials
    // characterising something voice its position in any tense; "the general staff" is a body.
    [Theory]
    [InlineData("\"The bridge went down at dawn,\" said Halyna, 58, who gave only her first name.", "said", AttributionKind.Named, "Halyna")]
    [InlineData("\"The lights never came back,\" a pensioner, who gave his name only as Borys, told our reporter.", "told", AttributionKind.Named, "Borys")]
    [InlineData("\"The lights never came back,\" said Borys, 70, who asked that only his first name be used.", "said", AttributionKind.Anonymous, "asked that only his first name")]
    [InlineData("A senior official liked to say the tribunal would outlive its critics.", "say", AttributionKind.Unresolved, "A senior official")]
    [InlineData("A senior official said the tribunal would outlive its critics.", "said", AttributionKind.Anonymous, "A senior official")]
    [InlineData("Officials who spent months insisting that the bridge was safe now blame the weather.", "insisting", AttributionKind.Unresolved, "Officials")]
    [InlineData("Medics we talked to describe the field hospital as overwhelmed.", "describe", AttributionKind.Anonymous, "Medics we talked to")]
    [InlineData("A colleague who covers the courts told me the hearing had been moved.", "told", AttributionKind.Anonymous, "A colleague")]
    [InlineData("Everyone I spoke to said the water had been off for a week.", "said", AttributionKind.Anonymous, "Everyone I spoke to")]
    [InlineData("An aide to the mayor, speaking to reporters at the depot, said the buses would run again.", "said", AttributionKind.Anonymous, "An aide to the mayor")]
    [InlineData("A tenant of the block, a man who would not even give his age, told me the stairwell had collapsed.", "told", AttributionKind.Anonymous, "A tenant of the block")]
    [InlineData("On Monday, Belarusian officials described the convoy as humanitarian aid.", "described", AttributionKind.Unresolved, "Belarusian officials")]
    [InlineData("The shelling continued, with the Moldovan army's general staff saying that its units had not fired.", "saying", AttributionKind.Named, "Moldovan")]
    public void Round_10_first_names_habits_interlocutors_and_bodies(string sentence, string phrase, AttributionKind kind, string? source) =>
        AssertSource(sentence, phrase, kind, source);

    // Round 10: a stretch between dashes before the verb interrupts as a whole; a lead's unnamed individual whom the
    // next sentence names with an age is the delayed identification of a named person, not an unnamed source.
    [Theory]
    [InlineData("It followed a hearing at which the claimants — a baker, a nurse and a taxi driver — described being held for weeks.", "described", AttributionKind.Unresolved, "the claimants")]
    [InlineData("The shelling went on, and one man — a farmer from the village, who lost his barn — told me the shells came at night.", "told", AttributionKind.Anonymous, "one man")]
    [InlineData("Ferry crew tell of night crossing\n\nA young ferry pilot has told how his boat was fired on from the left bank of the river at night.\n\nFather-of-three Taras Oliinyk, 29, from Kherson, had made the crossing a hundred times.", "told", AttributionKind.Unresolved, "A young ferry pilot")]
    [InlineData("Ferry crew tell of night crossing\n\nA young ferry pilot has told how his boat was fired on from the left bank of the river at night.\n\nThe crossing, 600 metres wide, had been closed since May.", "told", AttributionKind.Anonymous, "A young ferry pilot")]
    public void Round_10_dashes_and_delayed_identification(string sentence, string phrase, AttributionKind kind, string? source) =>
        AssertSource(sentence, phrase, kind, source);

    // Round 11 (sourcing11): "put it" in an as-parenthetical credits a wording, not a source the text relies on; a
    // government's officials in its capital, or its diplomats, voice its position in the present, the perfect, or when
    // they said it repeatedly; counted or past-tense officials stay unnamed sources.
    [Theory]
    [InlineData("The lesson of the winter, as a Polish engineer friend put it to me, is to keep spare transformers.", "put it to me", AttributionKind.Unresolved, "a Polish engineer friend")]
    [InlineData("A friend who drives an ambulance put it to me plainly: the nights are the worst.", "put it to me", AttributionKind.Anonymous, "A friend")]
    [InlineData("Officials in Chisinau repeatedly said the border would stay open.", "said", AttributionKind.Unresolved, "Officials in Chisinau")]
    [InlineData("Officials in Chisinau say the border will stay open.", "say", AttributionKind.Unresolved, "Officials in Chisinau")]
    [InlineData("Officials in Chisinau said on Monday the border would stay open.", "said", AttributionKind.Anonymous, "Officials in Chisinau")]
    [InlineData("Two officials in Chisinau say the border will stay open.", "say", AttributionKind.Anonymous, "Two officials")]
    [InlineData("Moldovan diplomats described the vote as a turning point.", "described", AttributionKind.Unresolved, "Moldovan diplomats")]
    [InlineData("Two Moldovan diplomats described the vote as a turning point.", "described", AttributionKind.Anonymous, "Two Moldovan diplomats")]
    public void Round_11_wordings_and_government_positions(string sentence, string phrase, AttributionKind kind, string? source) =>
        AssertSource(sentence, phrase, kind, source);

    // Round 11: a witness who did not want a surname or last name used is an unnamed source.
    [Theory]
    [InlineData("\"The ferry never came,\" said Petro, a boatman who did not want his surname published.", true)]
    [InlineData("\"The ferry never came,\" said Halyna, a nurse who didn't want her surname used.", true)]
    [InlineData("\"The ferry never came,\" said Petro Koval, a boatman from Kherson.", false)]
    public void Round_11_withheld_surnames(string sentence, bool anonymous) =>
        An_anonymous_phrase_is_a_source_only_where_a_source_can_be(sentence, anonymous);

    // Round 12 (sourcing12): a name withheld is found by its grammar — a possessive and a name noun with a will and a
    // refusal around it — not by listed formulas; a name merely unreported withholds nothing.
    [Theory]
    [InlineData("\"We waited all night,\" said a volunteer who asked me not to print her name.", "said", AttributionKind.Anonymous, "her name")]
    [InlineData("A driver who did not want his family name printed told me the road was closed.", "told", AttributionKind.Anonymous, "his family name")]
    [InlineData("The guards, who would not give their names, said the gate had been shut since Friday.", "said", AttributionKind.Anonymous, "their names")]
    [InlineData("A nurse who declined to give her last name said the ward was full.", "said", AttributionKind.Anonymous, "her last name")]
    [InlineData("A porter who would not let us use even his first name said the lifts had failed.", "said", AttributionKind.Anonymous, "his first name")]
    [InlineData("Prosecutors said Moscow had not released their names.", "said", AttributionKind.Unresolved, "Prosecutors")]
    [InlineData("Prosecutors said the guards changed their names after the war.", "said", AttributionKind.Unresolved, "Prosecutors")]
    public void Round_12_withheld_names_by_grammar(string sentence, string phrase, AttributionKind kind, string? source) =>
        AssertSource(sentence, phrase, kind, source);

    // Round 12: counted members of a group ("three of the …") are unnamed individuals like "one of them", as subjects or
    // as what a report cites.
    [Theory]
    [InlineData("Three of the released sailors told us the food ran out in May.", "told", AttributionKind.Anonymous, "Three of the released sailors")]
    [InlineData("The agency's report cites two of the guards at the camp.", "cites", AttributionKind.Anonymous, "two of the guards")]
    public void Round_12_counted_members_of_a_group(string sentence, string phrase, AttributionKind kind, string? source) =>
        AssertSource(sentence, phrase, kind, source);

    // Round 12: people identified only by what they know — familiar with, briefed on, privy to, with knowledge of — are
    // unnamed sources whatever the head noun.
    [Theory]
    [InlineData("Engineers familiar with the plant said the cooling pumps had stopped.", "said", AttributionKind.Anonymous, "Engineers familiar with the plant")]
    [InlineData("The pumps stopped, according to engineers with direct knowledge of the plant.", "according to", AttributionKind.Anonymous, "engineers")]
    [InlineData("The pumps stopped, according to two lawyers briefed on the case.", "according to", AttributionKind.Anonymous, "two lawyers")]
    [InlineData("The agency, citing engineers privy to the inspection, said the pumps had stopped.", "citing", AttributionKind.Anonymous, "engineers privy")]
    [InlineData("The pumps stopped, according to engineers at the plant.", "according to", AttributionKind.Unresolved, "engineers")]
    public void Round_12_people_known_by_what_they_know(string sentence, string phrase, AttributionKind kind, string? source) =>
        AssertSource(sentence, phrase, kind, source);

    [Fact]
    public void Round_12_several_of_a_group_is_the_group_speaking()
    {
        var (_, analysis) = Pipeline.Run("Several of them described the cells at a press conference in Kyiv.");
        Assert.DoesNotContain(analysis.Evidence, e => e.Attribution?.Kind == AttributionKind.Anonymous);
    }

    // Round 13: "concede" completes "conceded", "concedes"; what unnamed officials concede in private is what they tell
    // the reporter.
    [Theory]
    [InlineData("Union officials privately concede that the strike will fail.", "concede", AttributionKind.Anonymous, "Union officials")]
    public void Round_13_concede_completes_its_family(string sentence, string phrase, AttributionKind kind, string? source) =>
        AssertSource(sentence, phrase, kind, source);

    // Round 13: a counted number of people ("two people", "3 people") is unnamed individuals, also when they are known by
    // having been present; "some", "many", "several" people are people in general.
    [Theory]
    [InlineData("The plan, according to two people who attended the meeting, was shelved.", "according to", AttributionKind.Anonymous, "two people")]
    [InlineData("Three people present at the hearing said the judge left early.", "said", AttributionKind.Anonymous, "Three people present at the hearing")]
    [InlineData("The judge left early, according to one person present.", "according to", AttributionKind.Anonymous, "one person present")]
    [InlineData("Many people say the judge left early.", "say", AttributionKind.Unresolved, "Many people")]
    public void Round_13_counted_people(string sentence, string phrase, AttributionKind kind, string? source) =>
        AssertSource(sentence, phrase, kind, source);

    // Round 13: a statement made in private by people the text does not identify is an unnamed source, the counterpart of
    // "said publicly" (round 8); a pronoun, a name or an office with "the" stays as it was.
    [Theory]
    [InlineData("Several deputies said privately that the bill would fail.", "said", AttributionKind.Anonymous, "Several deputies")]
    [InlineData("Investigators, speaking privately, said the evidence was thin.", "said", AttributionKind.Anonymous, "Investigators")]
    [InlineData("Privately, aid workers say the convoys are watched.", "say", AttributionKind.Anonymous, "aid workers")]
    [InlineData("Some government engineers say in private that the dam is failing.", "say", AttributionKind.Anonymous, "government engineers")]
    [InlineData("Privately, they said the dam was failing.", "said", AttributionKind.Unresolved, "they")]
    [InlineData("The ministry said privately that the dam was failing.", "said", AttributionKind.Unresolved, "The ministry")]
    [InlineData("Deputies said the bill would fail.", "said", AttributionKind.Unresolved, "Deputies")]
    public void Round_13_statements_made_in_private(string sentence, string phrase, AttributionKind kind, string? source) =>
        AssertSource(sentence, phrase, kind, source);

    // Round 14: what unnamed insiders expect, fear or worry about reports them like "officials said": the outlet knows
    // it from them. With any other subject (a named body, a generic group, a pronoun) the verb is a state of mind and no
    // reporting phrase; the noun ("a fear that") and "expect to" + verb (an intention) report nothing.
    [Theory]
    [InlineData("Officials fear that the court will turn on American troops next.", "fear that", AttributionKind.Anonymous, "Officials")]
    [InlineData("Defence officials fear that any cooperation weakens the argument.", "fear that", AttributionKind.Anonymous, "Defence officials")]
    [InlineData("Diplomats expect a vote on the resolution within weeks.", "expect", AttributionKind.Anonymous, "Diplomats")]
    [InlineData("A similar resolution passed easily last year; officials expect fewer votes this time.", "expect", AttributionKind.Anonymous, "officials")]
    [InlineData("His aides worried that the deal would collapse.", "worried that", AttributionKind.Anonymous, "His aides")]
    [InlineData("Senior diplomats now worry that the tribunal will stall.", "worry that", AttributionKind.Anonymous, "Senior diplomats")]
    [InlineData("Ukrainian officials fear that the talks will stall.", "fear that", AttributionKind.Anonymous, "Ukrainian officials")]
    public void Round_14_what_unnamed_insiders_expect_or_fear(string sentence, string phrase, AttributionKind kind, string? source) =>
        AssertSource(sentence, phrase, kind, source);

    [Theory]
    [InlineData("Military leaders feared that helping the court would set a precedent.")]
    [InlineData("The Pentagon has long worried that any help could come back to bite.")]
    [InlineData("Many fear that the court will turn on American troops next.")]
    [InlineData("The Pentagon's fear that the court could try its soldiers is old.")]
    [InlineData("It was mixed with a fear that the cases would be lost.")]
    [InlineData("Their worry: that the court would overreach.")]
    [InlineData("Officials expect to finish the exhumation next week.")]
    [InlineData("Forensic teams expect a hard winter.")]
    [InlineData("The people expect honesty from their leaders.")]
    public void Round_14_expecting_or_fearing_reports_nothing_without_unnamed_insiders(string sentence)
    {
        var (_, analysis) = Pipeline.Run(sentence);
        Assert.DoesNotContain(analysis.Evidence, e => e.Category.StartsWith("reporting_verb", StringComparison.Ordinal));
        Assert.DoesNotContain(analysis.Evidence, e => e.Attribution?.Kind == AttributionKind.Anonymous);
    }

    // Round 14: a relative clause on a name's appositive belongs to the named person — "said Mykola Ivashchenko, 54, a
    // former tractor driver who says …" is Ivashchenko, not an unnamed driver; without the name the driver is unnamed.
    [Theory]
    [InlineData("\"They kept us in the dark,\" said Mykola Ivashchenko, 54, a former tractor driver who says he spent 19 days in the basement.", "says", AttributionKind.Named, "Mykola Ivashchenko")]
    [InlineData("By Thomas Adeyemi, a former diplomat who served in Moscow and now writes on conflict mediation", "writes", AttributionKind.Named, "Thomas Adeyemi")]
    [InlineData("The commissioner, Maria Lvova-Belova, a Kremlin favourite who bragged on television about adopting a boy, was charged.", "bragged", AttributionKind.Named, "Maria Lvova-Belova")]
    [InlineData("A former tractor driver who says he spent 19 days in the basement wept as he spoke.", "says", AttributionKind.Anonymous, "A former tractor driver")]
    [InlineData("The village, a place where a woman who says she lost her son still lives, is quiet.", "says", AttributionKind.Anonymous, "a woman")]
    public void Round_14_a_relative_clause_on_a_names_appositive_is_the_name(string sentence, string phrase, AttributionKind kind, string? source) =>
        AssertSource(sentence, phrase, kind, source);

    // Round 16: where the speakers are ("here", "there") stands between an unnamed subject and its verb like an adverb;
    // an anecdote told with "once" ("A wise man once said …") reports nothing the outlet relies on.
    [Theory]
    [InlineData("Military sources here say that the depot held shells.", "say", AttributionKind.Anonymous, "Military sources")]
    [InlineData("Officials there say the count will rise.", "say", AttributionKind.Anonymous, "Officials")]
    [InlineData("One of the nurses there said that the wards were full.", "said", AttributionKind.Anonymous, "One of the nurses")]
    [InlineData("A wise man once said that hypocrisy is the tribute vice pays to virtue.", "said", AttributionKind.Unresolved, "A wise man")]
    public void Round_16_place_adverbs_and_anecdotes(string sentence, string phrase, AttributionKind kind, string? source) =>
        AssertSource(sentence, phrase, kind, source);

    // Round 17: a citing verb's object skips coordinated time modifiers before its head ("current and former").
    [Theory]
    [InlineData("The Pentagon declined to share the imagery, the Courier reported, citing three current and former U.S. officials.", "citing", AttributionKind.Anonymous, "three current and former U.S. officials")]
    [InlineData("The paper reported the plan, citing former and serving diplomats.", "citing", AttributionKind.Anonymous, "former and serving diplomats")]
    [InlineData("The paper reported the plan, citing current and former officials.", "citing", AttributionKind.Anonymous, "current and former officials")]
    public void Round_17_coordinated_modifiers_before_a_cited_source(string sentence, string phrase, AttributionKind kind, string? source) =>
        AssertSource(sentence, phrase, kind, source);

    // Round 17: an army's general staff is an identified body speaking as such, not unnamed staff members.
    [Theory]
    [InlineData("The General Staff said relatives had recognised three of the men.")]
    [InlineData("Ukraine's general staff said its troops had opened a corridor.")]
    public void Round_17_the_general_staff_is_no_anonymous_source(string sentence)
    {
        var (_, analysis) = Pipeline.Run(sentence);
        Assert.DoesNotContain(analysis.Evidence, e => e.Attribution?.Kind == AttributionKind.Anonymous || e.Category == "anonymous_source");
    }

    [Fact]
    public void Round_17_one_of_the_staff_is_still_an_unnamed_source()
    {
        var (_, analysis) = Pipeline.Run("One of the staff said the mood was grim.");
        Assert.Contains(analysis.Evidence, e => e.Attribution?.Kind == AttributionKind.Anonymous);
    }

    // Round 21: "the source" and "the insider" (and "the person") refer back to a source the text does not name — a
    // named speaker is "Kirby" or "the spokesman" again, never "the source" — so they are unnamed subjects like "the
    // officials" of "the officials said" (sourcing.json: "the source said", "the insider said", "the person said").
    // "the official" and "the diplomat" are not: they as often refer back to a named speaker ("Maria Zakharova … the
    // diplomat said").
    [Theory]
    [InlineData("\"The Pentagon fought this tooth and nail,\" the source said.", "the source said", AttributionKind.Anonymous, "the source said")]
    [InlineData("\"Nobody here has any love for the Russians,\" the insider said.", "the insider said", AttributionKind.Anonymous, "the insider said")]
    [InlineData("Every exchange includes a few men Russia had never admitted holding, the person said.", "the person said", AttributionKind.Anonymous, "the person said")]
    [InlineData("According to the source, two camp directors are among them.", "According to", AttributionKind.Anonymous, "the source")]
    [InlineData("Now the Pentagon is dragging its feet, according to the insider.", "according to", AttributionKind.Anonymous, "the insider")]
    [InlineData("The source told reporters that the talks had stalled.", "told reporters", AttributionKind.Anonymous, "The source")]
    [InlineData("The official said the talks had stalled.", "said", AttributionKind.Unresolved, "The official")]
    [InlineData("\"They have no moral right to speak about law,\" the diplomat said.", "said", AttributionKind.Unresolved, "the diplomat")]
    public void Round_21_the_source_and_the_insider_are_unnamed(string sentence, string phrase, AttributionKind kind, string? source) =>
        AssertSource(sentence, phrase, kind, source);

    [Fact]
    public void Round_16_an_unnamed_official_in_an_anecdote_is_no_source()
    {
        var (_, analysis) = Pipeline.Run("A Russian official once told a Western journalist that the children would forget.");
        Assert.DoesNotContain(analysis.Evidence, e => e.Attribution?.Kind == AttributionKind.Anonymous || e.Category == "anonymous_source");
        var (_, current) = Pipeline.Run("A Russian official told a Western journalist that the children would forget.");
        Assert.Contains(current.Evidence, e => e.Attribution?.Kind == AttributionKind.Anonymous);
    }

    static void AssertSource(string sentence, string phrase, AttributionKind kind, string? source)
    {
        var (text, analysis) = Pipeline.Run(sentence);
        var evidence = Assert.Single(analysis.Evidence, e => e.Attribution is not null && text.Span(e) == phrase);
        Assert.Equal(kind, evidence.Attribution!.Kind);
        var (start, end) = (evidence.Attribution.SourceStart, evidence.Attribution.SourceEnd);
        Assert.Equal(source, start is null ? null : text.Text[start.Value..end!.Value]);
    }

    [Theory]
    [InlineData("Evidence of Alleged Russian War Crimes Shared With Court")]
    [InlineData("Evidence of alleged war crimes was shared.")]
    public void An_attributive_verb_form_or_a_headline_names_nobody(string sentence)
    {
        var (_, analysis) = Pipeline.Run(sentence);
        Assert.DoesNotContain(analysis.Evidence, e => e.Attribution?.Kind == AttributionKind.Named);
    }

    [Fact]
    public void Attribution_counts_are_categories_of_the_sourcing_lexicon()
    {
        var (_, analysis) = Pipeline.Run("The talks failed, a US official said. They resume, he said. Talks end, said Antony Blinken.");
        Assert.Equal(1, SeedScoringTests.Score(analysis, "sourcing", "attribution_anonymous", VoiceScope.Outlet).Hits);
        Assert.Equal(1, SeedScoringTests.Score(analysis, "sourcing", "attribution_unresolved", VoiceScope.Outlet).Hits);
        Assert.Equal(1, SeedScoringTests.Score(analysis, "sourcing", "attribution_named", VoiceScope.Article).Hits);
        Assert.Equal(0, SeedScoringTests.Score(analysis, "sourcing", "attribution_named", VoiceScope.Comments).Hits);
        Assert.Contains(analysis.Scores, s => s.Category == "attribution_named" && s.Voice == VoiceScope.Comments); // explicit zero
    }

    /// <summary>A user's sourcing lexicon: "moles" (no built-in entry) as an anonymous source, and its own reporting verb.</summary>
    static readonly LexiconDefinition UserSourcing = new("my-sourcing", "sourcing", "",
        [new("anonymous_source"), new("reporting_verb_neutral")],
        [new("moles", ["anonymous_source"]), new("said", ["reporting_verb_neutral"])]);

    [Theory]
    [InlineData("Moles said the talks had failed.")]
    [InlineData("The talks failed, moles in the ministry said.")]
    [InlineData("Two moles said the talks had failed, Blinken said.")]
    public void An_attribution_is_decided_by_its_own_lexicon_alone(string sentence)
    {
        // What the built-in sourcing lexicon gives next to another sourcing lexicon is what it gives alone.
        var sourcing = Pipeline.Load("sourcing");
        var alone = Pipeline.Run(new ArticleParts(sentence), new FramingAnalyzer([sourcing])).Analysis;
        var together = Pipeline.Run(new ArticleParts(sentence), new FramingAnalyzer([sourcing, UserSourcing])).Analysis;
        Assert.Equal(alone.Evidence.Select(e => e.Attribution), together.Evidence.Where(e => e.Lexicon == 0).Select(e => e.Attribution));
        Assert.Contains(together.Evidence, e => e.Lexicon == 1 && e.Attribution is not null);
    }
}
