using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Issue 11, class 5: topics need topic evidence (a cue and a trigger in one sentence), not an entity.</summary>
public class TopicEvidenceTests
{
    [Theory]
    [InlineData("The Pentagon had long opposed sharing the evidence.", "pentagon_resistance", true)]
    [InlineData("Pentagon officials had been reluctant to share intelligence with the court.", "pentagon_resistance", true)]
    [InlineData("The Defense Department blocked the transfer of files.", "pentagon_resistance", true)]
    [InlineData("A Pentagon spokesman briefed reporters on weapons deliveries to Kyiv.", "pentagon_resistance", false)]
    [InlineData("The Pentagon announced a new aid package on Friday.", "pentagon_resistance", false)]
    [InlineData("Lawmakers urged the administration to share the evidence.", "congressional_pressure", true)]
    [InlineData("A Senate committee approved a bill requiring the president to act.", "congressional_pressure", true)]
    [InlineData("Senator Lindsey Graham visited Kyiv on Monday.", "congressional_pressure", false)]
    [InlineData("The ruling would leave American service members within The Hague's reach.", "icc_scrutiny_of_us", true)]
    [InlineData("It is a precedent Washington fears for its own soldiers, who could one day be prosecuted.", "icc_scrutiny_of_us", true)]
    [InlineData("The United States is not a member of the court.", "icc_scrutiny_of_us", false)]
    [InlineData("Thousands of children were taken to Russia from occupied towns.", "child_deportation", true)]
    [InlineData("Eleven children removed from their homes in Kherson were reunited with their families.", "child_deportation", true)]
    [InlineData("Ukrainian children returned to school on Monday.", "child_deportation", false)]
    [InlineData("Children injured in the blast were taken to hospital.", "child_deportation", false)]
    [InlineData("Russian missiles struck power plants across the country overnight.", "civilian_infrastructure", true)]
    [InlineData("The wounded were taken to a hospital in Dnipro.", "civilian_infrastructure", false)]
    [InlineData("The International Criminal Court's prosecutor said his office was gathering evidence at the site.", "accountability", true)]
    [InlineData("The court was built in the nineteenth century.", "accountability", false)]
    // Wave 4: singular and reflexive personnel cues, the court's reach over Americans and the Afghanistan inquiry,
    // base and singular forms of strike verbs, residential and utility cues, slow-walking and amending as triggers.
    [InlineData("It does not put a single American soldier within reach of the prosecutor.", "icc_scrutiny_of_us", true)]
    [InlineData("A fear that goes back to the court's investigation of conduct in Afghanistan.", "icc_scrutiny_of_us", true)]
    [InlineData("Sanctions followed an attempt to investigate the actions of American troops in Afghanistan.", "icc_scrutiny_of_us", true)]
    [InlineData("American troops left Afghanistan in 2021.", "icc_scrutiny_of_us", false)]
    [InlineData("An American soldier was wounded near Kyiv.", "icc_scrutiny_of_us", false)]
    [InlineData("Ukrainian forces continue to shell residential areas of Donetsk.", "civilian_infrastructure", true)]
    [InlineData("The strike on the heating plant left the city without heat.", "civilian_infrastructure", true)]
    [InlineData("Troops fired rockets into residential neighbourhoods overnight.", "civilian_infrastructure", true)]
    [InlineData("Residential rents in Kyiv rose again this year.", "civilian_infrastructure", false)]
    [InlineData("The defence secretary slow-walked the evidence for months.", "pentagon_resistance", true)]
    [InlineData("The Pentagon said troops were fighting near Bakhmut.", "pentagon_resistance", false)]
    [InlineData("Congress amended the law to allow the government to assist the court.", "congressional_pressure", true)]
    // Wave 5: a nominal trigger with its own agent after it is that agent's act; "occupied territories" alone is
    // Ukraine's as often as Palestine's; a strike's result ("…, killing 61") near a town is no massacre there.
    [InlineData("Deliveries will resume, the Pentagon said, despite objections from several allies.", "pentagon_resistance", false)]
    [InlineData("The plan met objections from the Pentagon.", "pentagon_resistance", true)]
    [InlineData("Ukrainian children were deported by Russia, the Pentagon said.", "child_deportation", true)]
    [InlineData("Children were taken to Russia from the occupied territories of Kherson region.", "israel_palestine", false)]
    [InlineData("Settlers attacked a village in the occupied Palestinian territories.", "israel_palestine", true)]
    [InlineData("Ukrainian forces used cluster munitions in and around Izium, killing eight civilians.", "bucha", false)]
    [InlineData("Investigators exhumed bodies from a mass grave in Izium.", "bucha", true)]
    // Wave 6: the Pentagon's resistance told as holding up, fighting a decision, being overruled, disagreement, arguing
    // against, scruples; the court's reach in its possessive; Congress voting and rewriting the law. A delivery held
    // up by weather, units fighting off an assault and sanctions Congress discusses are no evidence.
    [InlineData("The Defense Department held up the handover of the files for most of the spring.", "pentagon_resistance", true)]
    [InlineData("The handover had been held up for weeks by the Pentagon.", "pentagon_resistance", true)]
    [InlineData("Senior defense officials fought the plan until the White House stepped in.", "pentagon_resistance", true)]
    [InlineData("Inside the Pentagon, several generals fought it for months.", "pentagon_resistance", true)]
    [InlineData("The president ended up overruling his defence secretary on the question.", "pentagon_resistance", true)]
    [InlineData("The order came after a long disagreement with the Pentagon over what to share.", "pentagon_resistance", true)]
    [InlineData("Pentagon lawyers argued against giving the court any intercepts.", "pentagon_resistance", true)]
    [InlineData("The defense secretary has scruples about the precedent it would set.", "pentagon_resistance", true)]
    [InlineData("The Pentagon said the delivery of the shells was delayed by bad weather.", "pentagon_resistance", false)]
    [InlineData("The Pentagon said Ukrainian units fought off an assault near Bakhmut.", "pentagon_resistance", false)]
    [InlineData("Sharing the files could strengthen the court's hand in a future case involving US troops.", "icc_scrutiny_of_us", true)]
    [InlineData("Lawmakers rewrote the law last year to permit the cooperation.", "congressional_pressure", true)]
    [InlineData("Several senators voted to allow the sharing of intelligence with the court.", "congressional_pressure", true)]
    [InlineData("Senators discussed sanctions on Russian banks at a lunch on Tuesday.", "congressional_pressure", false)]
    // More of each family: not budging, digging in heels, rebuffing, declining to share (not "declined to comment");
    // the dock; loosening or changing the law; children bussed away or placed with Russian families; electricity and
    // shopping malls as civilian places.
    [InlineData("Defense officials would not budge on the question of the intercepts.", "pentagon_resistance", true)]
    [InlineData("The defence secretary dug in his heels for a year.", "pentagon_resistance", true)]
    [InlineData("The Pentagon declined to share the satellite images with investigators.", "pentagon_resistance", true)]
    [InlineData("Pentagon officials rebuffed two requests from the prosecutor's office.", "pentagon_resistance", true)]
    [InlineData("The Pentagon declined to comment on the report.", "pentagon_resistance", false)]
    [InlineData("Critics fear American soldiers could one day stand in the dock.", "icc_scrutiny_of_us", true)]
    [InlineData("Congress loosened the old law in December.", "congressional_pressure", true)]
    [InlineData("Dozens of children from Kherson were bussed across the border.", "child_deportation", true)]
    [InlineData("Some of the orphans were later placed with Russian families near Moscow.", "child_deportation", true)]
    [InlineData("Russian families in Belgorod sheltered in basements during the shelling.", "child_deportation", false)]
    [InlineData("The overnight barrage knocked out electricity in Odesa.", "civilian_infrastructure", true)]
    [InlineData("A missile struck a shopping mall on the edge of the city.", "civilian_infrastructure", true)]
    // Mass graves are Bucha-topic evidence with a place of the Kyiv-region atrocities (or Izium) near them, not alone.
    [InlineData("Wherever the army goes it leaves torture chambers and mass graves behind.", "bucha", false)]
    [InlineData("A mass grave was found near Hostomel weeks after the withdrawal.", "bucha", true)]
    // A coordinated subordinate clause ("and that …", "but because …") is a statement of its own: its cue does not
    // pair with the trigger of the clause before it.
    [InlineData("The army says it strikes only depots and that the militia hides weapons in schools.", "civilian_infrastructure", false)]
    [InlineData("The army says it struck the depot and that two schools nearby were damaged.", "civilian_infrastructure", true)]
    [InlineData("Lawmakers say they will not press the issue, but that the committee may hold hearings.", "congressional_pressure", true)]
    // Resistance told as the military's fears, concerns and worries, holding out, relenting, a dispute with it, or
    // fighting the White House (wave 7).
    [InlineData("The defense secretary's fears about the tribunal were an open secret in Washington.", "pentagon_resistance", true)]
    [InlineData("Several generals worried that any help would be cited against their own troops.", "pentagon_resistance", true)]
    [InlineData("The Joint Chiefs held out until late spring.", "pentagon_resistance", true)]
    [InlineData("In the end the Defense Department relented.", "pentagon_resistance", true)]
    [InlineData("The order settled a dispute between the Pentagon and the State Department.", "pentagon_resistance", true)]
    [InlineData("Pentagon officials spent months fighting the White House over the files.", "pentagon_resistance", true)]
    [InlineData("The Pentagon held a briefing on the new shipment of shells.", "pentagon_resistance", false)]
    [InlineData("Villagers fear another winter without heat; the Pentagon has promised more air defences.", "pentagon_resistance", false)]
    // A committee is Congress's when the text says so ("the committee", a committee chair, a House or Senate committee),
    // not inside another body's name ("the International Committee of the Red Cross", wave 7).
    [InlineData("The International Committee of the Red Cross called on Moscow to grant access to the camps.", "congressional_pressure", false)]
    [InlineData("Deputies urged the Olympic Committee to bar the athletes.", "congressional_pressure", false)]
    [InlineData("The committee demanded the files by the end of the month.", "congressional_pressure", true)]
    [InlineData("A committee chair pressed the administration for a date.", "congressional_pressure", true)]
    // Round 8 (sourcing8): word families a reader counts that the lexicon lacked — heels dug in (either word order),
    // holding back; the court's crosshairs; flats, grids and energy targets; Democrats and Republicans as members of
    // Congress; criminal cases and a warrant as accountability; places around Kyiv near atrocities.
    [InlineData("The generals kept digging their heels in over the files.", "pentagon_resistance", true)]
    [InlineData("Lawmakers asked why the Defense Department was holding back the intercepts.", "pentagon_resistance", true)]
    [InlineData("Critics warned the ruling could put U.S. soldiers in the court's crosshairs.", "icc_scrutiny_of_us", true)]
    [InlineData("A rocket tore through a block of flats in Kharkiv before dawn.", "civilian_infrastructure", true)]
    [InlineData("Shelling destroyed their flats in March.", "civilian_infrastructure", true)]
    [InlineData("Overnight drone strikes on the grid left the city dark.", "civilian_infrastructure", true)]
    [InlineData("Moscow has kept aiming missiles at energy targets all winter.", "civilian_infrastructure", true)]
    [InlineData("Students rented flats near the campus.", "civilian_infrastructure", false)]
    [InlineData("House Democrats pressed the White House to release the files.", "congressional_pressure", true)]
    [InlineData("Republicans in Ohio held a rally on Saturday.", "congressional_pressure", false)]
    [InlineData("Prosecutors opened criminal cases against four commanders.", "accountability", true)]
    [InlineData("The judges issued an arrest warrant in March.", "accountability", true)]
    [InlineData("The massacres around Kyiv were documented within days.", "bucha", true)]
    [InlineData("A drone hit an apartment block around Kyiv overnight.", "bucha", false)]
    // Round 8, second step: servicemen as US personnel; files "turned against" them; a campaign or going into bat for
    // Congress; minors taken to Belarus or Crimea; Ukrainian infrastructure and civilian districts. US officials are
    // no cue of the court's scrutiny: in this story they are the ones handing files to it (the standalone phrases
    // "prosecution of US officials" and the like still count).
    [InlineData("The generals feared the court might one day open cases against American servicemen.", "icc_scrutiny_of_us", true)]
    [InlineData("Sharing the files could later be turned against U.S. troops, the lawyers argued.", "icc_scrutiny_of_us", true)]
    [InlineData("The administration will give the court its files, and U.S. officials say more will follow.", "icc_scrutiny_of_us", false)]
    [InlineData("The court has no power to begin the prosecution of US officials, Washington insists.", "icc_scrutiny_of_us", true)]
    [InlineData("A campaign from both ends of Capitol Hill wore the White House down.", "congressional_pressure", true)]
    [InlineData("Congress went into bat for the families for weeks.", "congressional_pressure", true)]
    [InlineData("Four minors from the village were taken to Belarus in the autumn.", "child_deportation", true)]
    [InlineData("Missiles struck Ukrainian infrastructure across the east.", "civilian_infrastructure", true)]
    // Round 9 (sourcing9): cafés, restaurants and cathedrals as civilian buildings; children "shipped" away; members
    // of Congress who advocate for something; proceedings and a case opened by prosecutors.
    [InlineData("A missile hit a café on the main square at lunchtime.", "civilian_infrastructure", true)]
    [InlineData("The restaurant reopened in the spring with a new menu.", "civilian_infrastructure", false)]
    [InlineData("They shipped children from the care home to Russia.", "child_deportation", true)]
    [InlineData("The factory shipped grain to Egypt.", "child_deportation", false)]
    [InlineData("Members of Congress advocated for tougher sanctions on the banks.", "congressional_pressure", true)]
    [InlineData("Aid groups advocated for a ceasefire.", "congressional_pressure", false)]
    [InlineData("Prosecutors opened proceedings for the murder of the prisoners.", "accountability", true)]
    [InlineData("Investigators have opened a case into the killings.", "accountability", true)]
    // Round 10 (sourcing10): lawmakers pushing back, prodding or changing the law press the administration; a law
    // Congress passed long ago is history, not pressure ("passed" alone is no trigger; bills and resolutions still
    // are); the House Speaker is Congress; the Pentagon arguing (against a plan, that files could be used against its
    // troops) is resistance; a country left without power counts by itself, like blackouts.
    [InlineData("Senators from both parties are pushing back against the plan.", "congressional_pressure", true)]
    [InlineData("The Senate, prodded by veterans' groups, changed the law in the spring.", "congressional_pressure", true)]
    [InlineData("In 1998 Congress passed a law on export controls for satellites.", "congressional_pressure", false)]
    [InlineData("The Senate passed a resolution urging the release of the files.", "congressional_pressure", true)]
    [InlineData("The House Speaker promised a bill on the tribunal before the recess.", "congressional_pressure", true)]
    [InlineData("The defense secretary argued that the files could be used against American pilots.", "pentagon_resistance", true)]
    [InlineData("Defence lawyers argued that the witness was unreliable.", "pentagon_resistance", false)]
    [InlineData("The winter strikes left much of the country without power for days.", "civilian_infrastructure", true)]
    // Round 11 (sourcing11): a chamber's bare vote presses nobody (a vote to do something still does: "Several
    // senators voted to allow …" above); the noun of "threaten" pairs with a congressional cue like the verb; removing
    // children, a single flat, a campaign against the grid and facing a court are evidence in other words.
    [InlineData("The lawmakers voted late into the night on the budget.", "congressional_pressure", false)]
    [InlineData("The Senate's vote on the budget came late on Thursday.", "congressional_pressure", false)]
    [InlineData("The plan drew threats from members of Congress within hours.", "congressional_pressure", true)]
    [InlineData("Congress made one threat after another over the tribunal's budget.", "congressional_pressure", true)]
    [InlineData("The occupiers kept removing children from the care homes of the region.", "child_deportation", true)]
    [InlineData("Removing the rubble took the volunteers a week.", "child_deportation", false)]
    [InlineData("Her flat on the ninth floor was destroyed by a drone.", "civilian_infrastructure", true)]
    [InlineData("The army waged a campaign against the city's water supply.", "civilian_infrastructure", true)]
    [InlineData("The campaign against corruption stalled in the spring.", "civilian_infrastructure", false)]
    [InlineData("The survivors want the commanders to face a court one day.", "accountability", true)]
    // Round 14 (sourcing14): the noun of "transferred" pairs with a child cue like the verb; a transfer of anything else
    // near no child is no deportation.
    [InlineData("The cases concern the mass transfer of Ukrainian children to Russia.", "child_deportation", true)]
    [InlineData("Moscow describes the transfers of orphans as evacuations from a combat zone.", "child_deportation", true)]
    [InlineData("The transfer of the files to The Hague took a month.", "child_deportation", false)]
    // Round 15 (topics15): the trigger families a reader counts, widened — hesitation, caution, stalling and
    // unwillingness for the Pentagon; letters, calls for, frustration and sanctions on the court for Congress; rescue,
    // filtration, indoctrination and hand-overs (and singular, teenage cues) for children; the civilian buildings
    // and stores of a strike; arrests, forensic work, witnesses and files for accountability.
    [InlineData("Officials say the Pentagon has been hesitant to hand over the imagery.", "pentagon_resistance", true)]
    [InlineData("The defense secretary remains cautious about opening the archive.", "pentagon_resistance", true)]
    [InlineData("Senators accused the Pentagon of stalling for months.", "pentagon_resistance", true)]
    [InlineData("Pentagon officials were hesitant at first, then agreed to brief the press.", "pentagon_resistance", true)]
    [InlineData("The shipment was delayed by bad weather, the Pentagon said.", "pentagon_resistance", false)]
    [InlineData("A cautious driver pulled over near the stadium.", "pentagon_resistance", false)]
    [InlineData("Forty senators signed a letter to the White House.", "congressional_pressure", true)]
    [InlineData("Lawmakers have grown impatient with the administration.", "congressional_pressure", true)]
    [InlineData("Republicans in Congress said they would move to sanction court officials.", "congressional_pressure", true)]
    [InlineData("Lawmakers called for the files to be released.", "congressional_pressure", true)]
    [InlineData("She wrote a letter to her mother from Kyiv.", "congressional_pressure", false)]
    [InlineData("Senators discussed sanctions on Russian oil at a lunch.", "congressional_pressure", false)]
    [InlineData("Moscow says it rescued the children from a war zone.", "child_deportation", true)]
    [InlineData("Teenagers from occupied towns were sent to camps in Russia.", "child_deportation", true)]
    [InlineData("Every child deported to Russia has a name.", "child_deportation", true)]
    [InlineData("The camps subjected children to indoctrination.", "child_deportation", true)]
    [InlineData("The children were rescued from the river by a neighbour.", "child_deportation", true)] // a limit: a rescue of any kind
    [InlineData("The child was taken to hospital with minor injuries.", "child_deportation", false)]
    [InlineData("Russia has shelled maternity wards and theatres.", "civilian_infrastructure", true)]
    [InlineData("A missile struck the port overnight.", "civilian_infrastructure", true)]
    [InlineData("Drones damaged a warehouse of grain.", "civilian_infrastructure", true)]
    [InlineData("Artillery shelled the town for a week.", "civilian_infrastructure", false)]
    [InlineData("Washington will share its files with the ICC.", "accountability", true)]
    [InlineData("Membership obliges Kyiv to arrest anyone the court names.", "accountability", true)]
    [InlineData("Forensic teams working for investigators began exhuming the trench.", "accountability", true)]
    [InlineData("He kept his files in a drawer.", "accountability", false)]
    public void A_topic_is_covered_by_evidence_not_by_an_entity(string text, string topic, bool covered) =>
        Assert.Equal(covered, Pipeline.Covered(text, topic));

    [Fact]
    public void The_evidence_is_the_trigger_and_names_its_cue()
    {
        var (text, analysis) = Pipeline.Run("The Pentagon had long opposed sharing the evidence.");
        var e = Assert.Single(analysis.Evidence, e => e.Category == "pentagon_resistance");
        Assert.Equal("opposed", text.Span(e));
        Assert.NotNull(e.Cue);
        Assert.Equal("pentagon", e.Cue.Term);
        Assert.Equal("Pentagon", text.Text[e.Cue.Start..e.Cue.End]);
    }

    [Fact]
    public void A_cue_and_a_trigger_across_a_hard_boundary_do_not_pair()
    {
        Assert.False(Pipeline.Covered("The Pentagon spoke on Monday; others resisted.", "pentagon_resistance"));
        Assert.True(Pipeline.Covered("Senators Durbin, Democrat of Illinois, and Graham, Republican of South Carolina, pressed the Pentagon.", "congressional_pressure"));
    }

    [Fact]
    public void Topics_count_in_quotations_but_not_in_reader_comments()
    {
        var quoted = Pipeline.Run("“The Pentagon resisted this for months,” she said.").Analysis;
        Assert.True(SeedScoringTests.Score(quoted, "topics", "pentagon_resistance", VoiceScope.Article).Covered);
        var comment = Pipeline.Run(new ArticleParts("The talks went on.", Comments: ["The Pentagon resisted this for months."])).Analysis;
        Assert.False(SeedScoringTests.Score(comment, "topics", "pentagon_resistance", VoiceScope.Article).Covered);
    }

    // Round 16 (srctop16): a pronoun for the cue, a subject across a relative clause, a cue outside a quoted trigger,
    // and two trigger families (docs/ANALYSIS.md, "Topics", round 16).
    [Theory]
    [InlineData("The Defense Department has been consistent. For a year it resisted every request.", "pentagon_resistance", true)]
    [InlineData("The Pentagon hired new lawyers. Its lawyers objected to the plan.", "pentagon_resistance", true)]
    [InlineData("Senators Ann Reyes and Tom Blake said in a statement, released late on Friday, that they had pressed the administration.", "congressional_pressure", true)]
    [InlineData("The Pentagon briefed reporters on Monday. Critics say it has resisted every request.", "pentagon_resistance", true)]
    [InlineData("The Pentagon was mentioned in a long report about the weapons that arrived last month. It resisted nothing.", "pentagon_resistance", true)] // a limit: the subject "it" continues the sentence before
    [InlineData("Senators met the ambassador. It is hard to refuse them.", "congressional_pressure", false)] // "it" is no subject of "refuse"
    [InlineData("The generals met on Monday. It had refused the request.", "pentagon_resistance", false)] // a plural cue, a singular pronoun
    [InlineData("The Pentagon met on Monday. Two days later they refused the request.", "pentagon_resistance", false)] // a singular cue, a plural pronoun
    [InlineData("The Pentagon issued a statement. Yesterday the embassy said it opposed the decision.", "pentagon_resistance", false)] // "it" is the embassy: the cue is two sentences back
    [InlineData("Congress, which two decades ago wrote a law barring almost any help to the court in The Hague, amended its own restrictions.", "congressional_pressure", true)]
    [InlineData("Congress, which two decades ago wrote a law barring almost any help to the court in The Hague, met in a new building.", "congressional_pressure", false)]
    [InlineData("The court's prosecutor said her office was “gathering information” on the attack.", "accountability", true)]
    [InlineData("The court's prosecutor said her office was gathering information on the attack.", "accountability", true)]
    [InlineData("The Pentagon has dug in against handing over the files.", "pentagon_resistance", true)]
    [InlineData("Ukrainian troops dug in along the river.", "pentagon_resistance", false)]
    [InlineData("Senators were furious with the Pentagon.", "congressional_pressure", true)]
    [InlineData("Residents were furious with the city council.", "congressional_pressure", false)]
    public void Round_16_pronouns_subjects_quoted_triggers_and_families(string text, string topic, bool covered) =>
        Assert.Equal(covered, Pipeline.Covered(text, topic));

    [Fact]
    public void Round_16_a_pronoun_trigger_names_the_cue_it_stands_for()
    {
        var (text, analysis) = Pipeline.Run("The Pentagon has been consistent. In 2023 it fought for months because it feared the precedent.");
        var e = Assert.Single(analysis.Evidence, e => e.Category == "pentagon_resistance");
        Assert.Equal("feared", text.Span(e));
        Assert.NotNull(e.Cue);
        Assert.Equal("Pentagon", text.Text[e.Cue.Start..e.Cue.End]);
    }

    [Fact]
    public void Round_16_a_quoted_trigger_pairs_with_the_outlets_cue_in_its_sentence()
    {
        var (text, analysis) = Pipeline.Run("The Office of the Prosecutor of the International Criminal Court said it was \"gathering information\" on the strike.");
        var e = Assert.Single(analysis.Evidence, e => e.Category == "accountability");
        Assert.Equal(Voice.Quotation, e.Voice);
        Assert.Equal("gathering", text.Span(e));
        Assert.NotNull(e.Cue);
        Assert.Equal("International Criminal Court", text.Text[e.Cue.Start..e.Cue.End]);
    }
    // Round 17 (srctop17): verbs of request as congressional pressure, never with the cue as their addressee; more
    // names of the military's resisters (docs/ANALYSIS.md, "Topics", round 17).
    [Theory]
    [InlineData("Eleven senators have asked the Pentagon to hand its imagery to the tribunal.", "congressional_pressure", true)]
    [InlineData("In Washington, lawmakers are asking what the satellites recorded.", "congressional_pressure", true)]
    [InlineData("The Defense Department is being asked by senators to release the footage.", "congressional_pressure", true)]
    [InlineData("The governor asked Congress to approve a new park.", "congressional_pressure", false)] // Congress is asked, it presses nobody
    [InlineData("The mayor has urged the United States Congress to fund the bridge.", "congressional_pressure", false)]
    [InlineData("Congress should then be asked to give the programme a firm footing.", "congressional_pressure", false)]
    [InlineData("A senator has been pressing the administration for weeks.", "congressional_pressure", true)] // a progressive, no passive
    [InlineData("Reporters asked the spokesman about the weather.", "congressional_pressure", false)]
    [InlineData("The department's lawyers objected that cooperation would set a precedent.", "pentagon_resistance", true)]
    [InlineData("The Joint Staff has resisted every request for the tracks.", "pentagon_resistance", true)]
    [InlineData("Pentagon lawyers met the ambassador on Monday.", "pentagon_resistance", false)]
    public void Round_17_requests_and_the_militarys_lawyers(string text, string topic, bool covered) =>
        Assert.Equal(covered, Pipeline.Covered(text, topic));

    // Round 17: a participle after a form of "be" is a verb whatever its ending, so its agent after "by" does not make
    // it a nominal trigger of that agent (round 5's rule): "the market was hit by shells" pairs with "market".
    // Round 17: "representative(s)" is a cue of Congress only as a title before a name.
    [Theory]
    [InlineData("Representative Ann Reyes, an Ohio Democrat, has demanded a hearing.", "congressional_pressure", true)]
    [InlineData("The ministry demanded that representatives of the aid groups be let in.", "congressional_pressure", false)]
    [InlineData("Norway's representative said Oslo would back the resolution.", "congressional_pressure", false)]
    [InlineData("Representatives of the publisher demanded a correction.", "congressional_pressure", false)]
    public void Round_17_a_representative_is_a_member_of_congress_only_by_title(string text, string topic, bool covered) =>
        Assert.Equal(covered, Pipeline.Covered(text, topic));

    [Theory]
    [InlineData("On Friday a crowded market was hit by the enemy.", "civilian_infrastructure", true)]
    [InlineData("The old theatre was badly hit by the enemy.", "civilian_infrastructure", true)]
    [InlineData("Near the market, a new hit by the band was played.", "civilian_infrastructure", false)] // a noun: the agent's act
    public void Round_17_a_passive_participle_keeps_its_cue_before_it(string text, string topic, bool covered) =>
        Assert.Equal(covered, Pipeline.Covered(text, topic));

    [Fact]
    public void Round_17_a_request_pairs_with_its_agent_not_its_addressee()
    {
        var (text, analysis) = Pipeline.Run("Two senators asked the Pentagon to share the tracks.");
        var e = Assert.Single(analysis.Evidence, e => e.Category == "congressional_pressure");
        Assert.Equal("asked", text.Span(e));
        Assert.NotNull(e.Cue);
        Assert.Equal("senators", text.Text[e.Cue.Start..e.Cue.End]);
    }

    // Round 18 (srctop18): the court's reach over US commanders, generals, airmen, pilots, conduct, doctrine and
    // nationals; probes and inquiries; sanctions on court officials by themselves (docs/ANALYSIS.md, "Topics", round 18).
    [Theory]
    [InlineData("The generals fear a precedent that would one day reach American commanders.", "icc_scrutiny_of_us", true)]
    [InlineData("Its lawyers worry that a ruling could be turned against U.S. airmen.", "icc_scrutiny_of_us", true)]
    [InlineData("The chamber once opened a probe into US conduct in Afghanistan.", "icc_scrutiny_of_us", true)]
    [InlineData("Washington objected to its inquiries into Afghanistan.", "icc_scrutiny_of_us", true)]
    [InlineData("The ministry is nervous about the Hague court for its own generals.", "icc_scrutiny_of_us", true)]
    [InlineData("The treaty gives the tribunal no jurisdiction over US nationals.", "icc_scrutiny_of_us", true)]
    [InlineData("In 2025 Washington imposed sanctions on court officials.", "icc_scrutiny_of_us", true)]
    [InlineData("American commanders briefed reporters on the air campaign.", "icc_scrutiny_of_us", false)] // no court, no reach
    [InlineData("Police opened a probe into the fire at the depot.", "icc_scrutiny_of_us", false)] // a probe of nobody American
    public void Round_18_the_courts_reach_over_american_commanders_and_conduct(string text, string topic, bool covered) =>
        Assert.Equal(covered, Pipeline.Covered(text, topic));

    // Round 18: a child named by kinship or as a boy ("her granddaughter was taken to Russia"), and verbs of taking and
    // moving that pair only with what they take: their object, or the subject of passive "taken".
    [Theory]
    [InlineData("Her granddaughter was taken to Russia from Kupiansk in 2022.", "child_deportation", true)]
    [InlineData("A woman from Lyman has a nephew who was carried off to Russia with his class.", "child_deportation", true)]
    [InlineData("A 15-year-old boy who had been deported in 2023 was returned to his family.", "child_deportation", true)]
    [InlineData("Her brother was wounded in the strike on the market.", "child_deportation", false)] // kin, no removal
    [InlineData("The ombudsman accused Russia of taking children from occupied areas.", "child_deportation", true)]
    [InlineData("In 2022 they did take children from the orphanage in Kherson.", "child_deportation", true)]
    [InlineData("Russian authorities moved dozens of children from a Kherson orphanage.", "child_deportation", true)]
    [InlineData("Lvova-Belova took in a teenage boy from the city.", "child_deportation", true)]
    [InlineData("\"The children who were taken do not wait for the light,\" she said.", "child_deportation", true)]
    [InlineData("The children were eager to take part in the service.", "child_deportation", false)] // the children take, nothing taken
    [InlineData("Dozens of children were moved to other hospitals in the city.", "child_deportation", false)] // passive "moved" is not enough
    [InlineData("Their mother took a taxi to the school where the children waited.", "child_deportation", false)] // a taxi is taken
    [InlineData("He was taking a 10-year-old boy on a tour of the Capitol.", "child_deportation", false)]
    [InlineData("The commissioner boasted of adopting a teenager from Mariupol.", "child_deportation", true)]
    [InlineData("Dozens of the children were adopted.", "child_deportation", true)] // passive "adopted" ends its clause
    [InlineData("The adopted son of a Washington attorney was found at the station.", "child_deportation", false)] // a modifier
    [InlineData("The assembly adopted a resolution on the schooling of children.", "child_deportation", false)]
    [InlineData("Children separated from their parents at filtration points were sent to camps.", "child_deportation", true)]
    public void Round_18_a_child_by_kinship_and_what_a_verb_of_taking_takes(string text, string topic, bool covered) =>
        Assert.Equal(covered, Pipeline.Covered(text, topic));

    [Fact]
    public void Round_18_a_verb_of_taking_pairs_with_its_object()
    {
        var (text, analysis) = Pipeline.Run("Moscow says it moved the children out of danger.");
        var e = Assert.Single(analysis.Evidence, e => e.Category == "child_deportation");
        Assert.Equal("moved", text.Span(e));
        Assert.NotNull(e.Cue);
        Assert.Equal("children", text.Text[e.Cue.Start..e.Cue.End]);
    }

    // Round 19: US sanctions on the court's own people are ICC scrutiny of the US without "ICC" and "US" in one clause:
    // a word of "sanction" pairs only with a cue that names the court's officials, judges or staff, and those cues pair
    // only with sanctions.
    [Theory]
    [InlineData("The United States has placed sanctions on several of the court's officials.", "icc_scrutiny_of_us", true)]
    [InlineData("Washington, which is not a member, has sanctioned its judges over the Afghanistan inquiry.", "icc_scrutiny_of_us", true)]
    [InlineData("The court's assembly meets next week; the effect of the sanctions on its staff is on the agenda.", "icc_scrutiny_of_us", true)]
    [InlineData("The administration responded by sanctioning ICC officials and their families.", "icc_scrutiny_of_us", true)]
    [InlineData("The same Washington has itself placed sanctions on the judges of this court.", "icc_scrutiny_of_us", true)]
    [InlineData("US officials announced new sanctions on Russian banks.", "icc_scrutiny_of_us", false)] // Americans, no court's people
    [InlineData("The ministry sanctioned its officials for taking bribes.", "icc_scrutiny_of_us", false)] // no court in the text
    [InlineData("Its standing will depend on the quality of its judges and on the rigour with which it defines its jurisdiction.", "icc_scrutiny_of_us", false)]
    [InlineData("Membership gives Kyiv a vote on the court's judges and obliges it to arrest anyone the court names.", "icc_scrutiny_of_us", false)]
    public void Round_19_sanctions_on_the_courts_own_people(string text, string topic, bool covered) =>
        Assert.Equal(covered, Pipeline.Covered(text, topic));

    [Fact]
    public void Round_19_a_sanction_pairs_with_the_courts_people_as_its_cue()
    {
        var (text, analysis) = Pipeline.Run("The United States imposed sanctions on several of the court's judges last year.");
        var e = Assert.Single(analysis.Evidence, e => e.Category == "icc_scrutiny_of_us");
        Assert.Equal("sanctions", text.Span(e));
        Assert.NotNull(e.Cue);
        Assert.Equal("court's judges", text.Text[e.Cue.Start..e.Cue.End]);
    }

    // Round 19: Congress wants someone to act — "want" is a demand with an object and "to", and the cue before it wants.
    [Theory]
    [InlineData("Twenty-three senators want the State Department to restore funding for the programme.", "congressional_pressure", true)]
    [InlineData("Requests have come from senators who want the Defense Department to share what satellites saw.", "congressional_pressure", true)]
    [InlineData("Members of Congress now want the administration to endorse the report.", "congressional_pressure", true)]
    [InlineData("Senators want to visit the camps next month.", "congressional_pressure", false)] // an intention, nobody asked to act
    [InlineData("The senator wants a deal on the budget before Christmas.", "congressional_pressure", false)] // no one to act
    [InlineData("The White House wants Congress to pass the aid package.", "congressional_pressure", false)] // Congress is asked, not asking
    [InlineData("The senators wanted, they said, to see the files first.", "congressional_pressure", false)]
    public void Round_19_congress_wants_someone_to_act(string text, string topic, bool covered) =>
        Assert.Equal(covered, Pipeline.Covered(text, topic));

    // Round 19: "carry" is a verb of taking: it pairs only with what it carries (its object) or the subject of passive
    // "carried" that ends its clause.
    [Theory]
    [InlineData("Since 2022, Russia has carried children out of the occupied south by the busload.", "child_deportation", true)]
    [InlineData("Russia has carried thousands of Ukrainian children across the border.", "child_deportation", true)]
    [InlineData("The children who were carried away never came back.", "child_deportation", true)]
    [InlineData("The children carried flowers to the memorial.", "child_deportation", false)] // the children carry
    [InlineData("The drone carried explosives into a school playground where children were playing.", "child_deportation", false)]
    public void Round_19_a_verb_of_carrying_takes_its_object(string text, string topic, bool covered) =>
        Assert.Equal(covered, Pipeline.Covered(text, topic));

    // Round 19: passive "wanted" (by, over, for, or after "be") is the court's pursuit: accountability.
    [Theory]
    [InlineData("Lvova-Belova, who is wanted by the International Criminal Court, insists Russia rescued the children.", "accountability", true)]
    [InlineData("The two commanders who are wanted over what the court calls attacks on civilian objects remain free.", "accountability", true)]
    [InlineData("The prosecutor wanted a holiday after the long winter.", "accountability", false)] // active: a wish
    [InlineData("Police wanted to know where the car had been parked.", "accountability", false)]
    public void Round_19_wanted_by_the_court(string text, string topic, bool covered) =>
        Assert.Equal(covered, Pipeline.Covered(text, topic));

    // Round 20: withholding written as a negated verb of sharing, its subject the cue.
    [Theory]
    [InlineData("The Defense Department will not share the satellite images with the tribunal.", "pentagon_resistance", true)]
    [InlineData("Officials say the Pentagon does not want to hand them over to investigators.", "pentagon_resistance", true)]
    [InlineData("It is the generals not wanting to share their radar data that worries the prosecutors' allies.", "pentagon_resistance", true)]
    [InlineData("Pentagon lawyers still won't hand over the files.", "pentagon_resistance", true)]
    [InlineData("Pentagon lawyers still won’t hand over the files.", "pentagon_resistance", true)] // a typographic apostrophe, folded to ' in the token
    [InlineData("The Pentagon has shared intelligence with Kyiv since 2022.", "pentagon_resistance", false)] // not negated
    [InlineData("The Pentagon has not said whether it will share the images.", "pentagon_resistance", false)] // the negation is the saying's
    [InlineData("Ukraine will not share its battle plans with the Pentagon.", "pentagon_resistance", false)] // the cue is no subject
    public void Round_20_a_negated_verb_of_sharing(string text, string topic, bool covered) =>
        Assert.Equal(covered, Pipeline.Covered(text, topic));

    // Round 21: "the department" takes up the Pentagon named just before (its sentence or the one before) — not the
    // State or Justice Department, not "the Department of State", and not with no body named before it.
    [Theory]
    [InlineData("Lawmakers demanded that the Pentagon declassify the footage. The department has refused to release the material.", "pentagon_resistance", true)]
    [InlineData("Nine senators have asked the Defense Department to share the imagery; the department has so far declined to commit, reportedly because of concern that cooperation could legitimise the court.", "pentagon_resistance", true)]
    [InlineData("The Pentagon briefed the senators. Officials said the department was slow-walking the request.", "pentagon_resistance", true)]
    [InlineData("The Pentagon briefed the senators. An amendment to the State Department's budget would bar the department from using sanctions to withhold evidence.", "pentagon_resistance", false)] // the State Department is taken up
    [InlineData("The Pentagon briefed the senators. The material would go through the Justice Department, which advises prosecutors, and some of it would be withheld.", "pentagon_resistance", false)] // a named department
    [InlineData("The Pentagon said nothing. It is the concern of the Department of State that trade is vigorous.", "pentagon_resistance", false)] // before "of"
    [InlineData("The department has refused to release the material.", "pentagon_resistance", false)] // no body named before
    public void Round_21_the_department_takes_up_the_pentagon(string text, string topic, bool covered) =>
        Assert.Equal(covered, Pipeline.Covered(text, topic));

    // Round 20: the chamber by its name, "the House" — capitalised, not the White House or the House of Lords.
    [Theory]
    [InlineData("A bipartisan House resolution urges the administration to restore the funding.", "congressional_pressure", true)]
    [InlineData("The House voted to require the Defense Department to share the files.", "congressional_pressure", true)]
    [InlineData("House members are drafting an amendment to the defense bill.", "congressional_pressure", true)]
    [InlineData("The White House urged Moscow to release the journalists.", "congressional_pressure", false)]
    [InlineData("The House of Lords passed a resolution on the war.", "congressional_pressure", false)]
    [InlineData("Their house was searched and a resolution of the dispute seemed far away.", "congressional_pressure", false)]
    [InlineData("The Opera House asked its donors for help.", "congressional_pressure", false)]
    public void Round_20_the_house_by_its_name(string text, string topic, bool covered) =>
        Assert.Equal(covered, Pipeline.Covered(text, topic));

    // Round 20: a case opened, built or brought — "case" an accountability trigger only as such a verb's object.
    [Theory]
    [InlineData("Ukraine's prosecutors have opened a murder case.", "accountability", true)]
    [InlineData("Kyiv has called for the International Criminal Court to open a case over her death.", "accountability", true)]
    [InlineData("Prosecutors are building the case against the commander.", "accountability", true)]
    [InlineData("In any case, the prosecutors were on holiday.", "accountability", false)]
    [InlineData("The prosecutor made the case for more funding.", "accountability", false)] // "made" opens nothing
    [InlineData("The prosecutor opened the window, a case of bad timing.", "accountability", false)] // a comma between
    public void Round_20_a_case_opened_built_or_brought(string text, string topic, bool covered) =>
        Assert.Equal(covered, Pipeline.Covered(text, topic));

    // Wave 18 (srctop20): the topic rules' word lists are the topics lexicon's data ("ruleWords"), not code: a lexicon
    // that leaves a list out has no such rule.
    [Theory]
    [InlineData("want_verbs", "The senator wants a deal on the budget before Christmas.", "congressional_pressure", false)]
    [InlineData("taking_verbs", "Their mother took a taxi to the school where the children waited.", "child_deportation", false)]
    [InlineData("sanction_words", "The ministry imposed sanctions on several of the court's officials.", "icc_scrutiny_of_us", true)]
    public void The_topic_rules_read_their_words_from_the_lexicon(string list, string text, string topic, bool covered)
    {
        Assert.Equal(covered, Pipeline.Covered(text, topic));
        var topics = Pipeline.Load("topics");
        Assert.Contains(list, topics.RuleWords!.Keys);
        var without = topics with { RuleWords = topics.RuleWords.Where(kv => kv.Key != list).ToDictionary() };
        var analyzer = new FramingAnalyzer([.. new[] { "claims", "sourcing", "loaded" }.Select(Pipeline.Load), without]);
        var analysis = Pipeline.Run(new ArticleParts(text), analyzer).Analysis;
        Assert.Equal(!covered, SeedScoringTests.Score(analysis, "topics", topic, VoiceScope.Article).Covered);
    }
}
