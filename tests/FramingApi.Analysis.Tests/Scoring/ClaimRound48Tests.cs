using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Claims round 48 (claims48; docs/ANALYSIS.md, "Round 48"), sentences of our own: siege acts — relief and
/// evacuation obstructed (AP I arts. 54, 70; GC IV arts. 17, 23, 59; Rome Statute art. 8(2)(b)(xxv)), civilians
/// starved, people used as a shield (GC IV art. 28, AP I art. 51(7), Rome Statute art. 8(2)(b)(xxiii)). Each positive
/// is no claim on main; the negatives are ordinary non-war sentences with the same words.</summary>
public class ClaimRound48Tests
{
    [Theory]
    [InlineData("Russian troops stopped aid convoys from reaching the town.", "stopped aid convoys from reaching", "russia")]
    [InlineData("Russian soldiers blocked relief convoys for three weeks.", "blocked relief convoys", "russia")]
    [InlineData("Russian forces impeded humanitarian access to the town all autumn.", "impeded humanitarian access", "russia")]
    [InlineData("Russian forces are cutting off relief supplies to the district.", "cutting off relief supplies", "russia")]
    [InlineData("Israel blocked food from reaching the population for months.", "blocked food from reaching", "israel")]
    public void A_party_that_obstructs_relief_or_evacuation_is_the_agent_of_a_war_crimes_claim(string text, string mention, string actor)
    {
        var claim = Pipeline.RuleClaim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal("war_crimes", claim.Target);
        Assert.Equal(actor, claim.Actor);
        Assert.Equal(Framing.Asserted, claim.Framing);
    }

    // A noun of wrongdoing needs no agent in its clause: the frames give the actor, as for any plain entry.
    [Fact]
    public void The_obstruction_of_relief_is_a_claim_by_its_noun() =>
        Assert.Equal("russia", Pipeline.RuleClaim("The monitors documented the obstruction of humanitarian aid by Russian forces.", "obstruction of humanitarian aid")?.Actor);

    // A verb of obstruction with no agent is an event, as an act of the lexicon is ("two civilians were killed").
    [Fact]
    public void Convoys_blocked_by_nobody_named_are_an_event() =>
        Assert.DoesNotContain(Pipeline.RuleClaims("At the checkpoint, officials blocked relief convoys twice."), c => c.Span.StartsWith("blocked", StringComparison.Ordinal));

    [Theory]
    [InlineData("The Russians are starving this town.", "starving this town", "russia")]
    [InlineData("Israel starved a civilian population for months.", "starved a civilian population", "israel")]
    public void Starving_a_place_or_a_population_is_a_war_crimes_claim(string text, string mention, string actor)
    {
        var claim = Pipeline.RuleClaim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal("war_crimes", claim.Target);
        Assert.Equal(actor, claim.Actor);
    }

    [Theory]
    [InlineData("Russia is using the nuclear plant as a shield.", "as a shield", "russia")]
    [InlineData("The Kyiv regime uses its own people as a shield.", "as a shield", "ukraine")]
    public void A_party_that_uses_people_or_a_protected_object_as_a_shield_is_the_agent_of_a_claim(string text, string mention, string actor)
    {
        var claim = Pipeline.RuleClaim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal("war_crimes", claim.Target);
        Assert.Equal(actor, claim.Actor);
    }

    // The law's gerund and a question are no one's act.
    [Theory]
    [InlineData("What the protocol forbids is using the plant as a shield.")]
    [InlineData("The question is whether using a plant as a shield is a war crime at all.")]
    public void Using_a_shield_with_no_party_is_no_claim(string text) =>
        Assert.DoesNotContain(Pipeline.RuleClaims(text), c => c.Span.Contains("shield", StringComparison.Ordinal));

    // The non-war check (docs/VALIDITY.md, "Claims round 48"): the same words in crime, courts, business, sport, weather,
    // labour, medicine and politics name no claim.
    [Theory]
    [InlineData("Striking dock workers blocked food deliveries to the island for a week.")]
    [InlineData("The storm cut off the town for three days.")]
    [InlineData("The council has starved the library of funding for years.")]
    [InlineData("The mayor is starving the city of revenue to pay for the stadium.")]
    [InlineData("Hospitals were starved of oxygen during the surge.")]
    [InlineData("The company used a shell firm as a shield against its creditors.")]
    [InlineData("The goalkeeper used his body as a shield to protect the ball.")]
    [InlineData("Police blocked the road after the accident.")]
    [InlineData("A federal court blocked the merger on Tuesday.")]
    [InlineData("The siege mentality in the dressing room cost the coach his job.")]
    [InlineData("The hospital turned back patients when its beds ran out.")]
    [InlineData("The government was accused of impeding the investigation.")]
    [InlineData("Farmers blocked the motorway with tractors to protest fuel prices.")]
    [InlineData("Senators blocked humanitarian aid funding in a procedural vote.")]
    [InlineData("The fog prevented aid from reaching the island for two days.")]
    [InlineData("Customs officers turned back the aid trucks because the paperwork was incomplete.")]
    [InlineData("Snow cut off food supplies to the mountain villages.")]
    [InlineData("Protesters blocked aid convoys heading to the stadium.")]
    [InlineData("The regulator's obstruction of the deal angered investors.")]
    [InlineData("Dieters who starve themselves often regain the weight.")]
    [InlineData("The umbrella served as a shield against the rain.")]
    [InlineData("The boxer used his gloves as a shield against the jab.")]
    [InlineData("American lawyers used the statute as a shield for their clients.")]
    [InlineData("He used his newspaper as cover from the rain.")]
    [InlineData("The gunman used his wife as a shield as officers closed in.")]
    [InlineData("Union pickets stopped supplies from reaching the plant.")]
    [InlineData("Heavy rain held up relief convoys on the coast road.")]
    [InlineData("The charity said the blockade of the port had delayed aid deliveries.")]
    public void The_same_words_outside_war_name_no_claim(string text) => Assert.Empty(Pipeline.RuleClaims(text));

    // ----- Mend48: the review's sentences, each with a party named (each fails on main e553309) -----

    // A siege act's destination is its victim, not its agent: with no party as the agent there is no claim.
    [Theory]
    [InlineData("Hungary blocked humanitarian aid to Ukraine at the EU summit.")]
    [InlineData("Heavy snow blocked relief convoys to Ukraine.")]
    [InlineData("Congress blocked humanitarian aid to Ukraine for six months.")]
    [InlineData("Polish farmers blocked aid trucks headed to Ukraine.")]
    [InlineData("The Senate blocked relief supplies to Israel.")]
    [InlineData("Protesters blocked aid convoys to Israel.")]
    [InlineData("Egypt blocked aid trucks to Israel's border crossing.")]
    public void A_siege_act_takes_no_actor_from_its_destination(string text) => Assert.Empty(Pipeline.RuleClaims(text));

    // The shield's user is the subject of the verb of use, not the speaker; a user that is no party makes no claim.
    [Theory]
    [InlineData("Israel says Hamas uses hospitals as shields.")]
    [InlineData("Israel accuses Hamas of using the hospital as a shield.")]
    [InlineData("The IDF said Hamas fighters used the school as a shield.")]
    [InlineData("Washington says Hamas uses civilians as a shield.")]
    [InlineData("Russian officials said Hezbollah uses the population as a shield.")]
    [InlineData("Hamas uses hospitals as shields, Israel says.")]
    public void A_shield_used_by_no_party_is_no_claim_of_the_speaker(string text) =>
        Assert.DoesNotContain(Pipeline.RuleClaims(text), c => c.Span.Contains("shield", StringComparison.Ordinal));

    [Theory]
    [InlineData("Russia uses Ukraine's population as a shield.", "russia")]
    [InlineData("Ukraine accuses Russia of using the nuclear plant as a shield.", "russia")]
    [InlineData("Russian troops entered the village in March. They used us as a shield, a villager said.", "russia")]
    public void The_user_of_the_shield_is_the_claims_actor(string text, string actor) =>
        Assert.Equal(actor, Pipeline.RuleClaims(text).Single(c => c.Span.Contains("shield", StringComparison.Ordinal)).Claim.Actor);

    // A noun of obstruction owned by no party (a possessive, a "by" phrase) is no claim; a party's is.
    [Theory]
    [InlineData("The truckers' blockade of food supplies to Ottawa lasted three weeks.")]
    [InlineData("The blockade of food deliveries by striking lorry drivers emptied supermarket shelves.")]
    [InlineData("Republicans' obstruction of aid to Ukraine angered Kyiv.")]
    [InlineData("Britain's blockade of food to Germany in the First World War killed thousands.")]
    [InlineData("The farmers' blockade of food deliveries to the capital ended on Friday.")]
    [InlineData("The union's obstruction of aid shipments at the port was criticised.")]
    public void A_siege_noun_owned_by_no_party_is_no_claim(string text) => Assert.Empty(Pipeline.RuleClaims(text));

    [Theory]
    [InlineData("Russia's blockade of humanitarian aid to the city continued.", "blockade of humanitarian aid", "russia")]
    [InlineData("Israel's blockade of food to Gaza drew condemnation.", "blockade of food", "israel")]
    public void A_partys_siege_noun_stays_a_claim(string text, string mention, string actor) =>
        Assert.Equal(actor, Pipeline.RuleClaim(text, mention)?.Actor);

    // Starving with "of": food, water, medicine, aid, supplies or a name after it, with a party as the subject, is a claim.
    [Theory]
    [InlineData("Russia is starving the city of Mariupol.", "starving the city")]
    [InlineData("Russian forces are starving the population of Mariupol.", "starving the population")]
    [InlineData("Russian forces are starving civilians of food.", "starving civilians")]
    [InlineData("The Russians are starving this town of food and water.", "starving this town")]
    public void A_party_starving_a_place_or_people_of_food_is_a_claim(string text, string mention) =>
        Assert.Equal("russia", Pipeline.RuleClaim(text, mention)?.Actor);

    // Non-war: the same "of" words with no party as the subject, and the pronoun user outside war.
    [Theory]
    [InlineData("The drought is starving the population of water, farmers say.")]
    [InlineData("The striking dockers starved the city of food for a week.")]
    [InlineData("Low rainfall is starving the population of Kenya's north of water.")]
    [InlineData("The heatwave starved the city of power.")]
    [InlineData("The hedge fund is starving the newspaper of cash.")]
    [InlineData("They used the law as a shield, the judge said.")]
    [InlineData("The gang used the hospital as a shield, police said.")]
    [InlineData("Police said the gunman used a woman as a shield.")]
    [InlineData("The robbers used hostages as a shield as they fled the bank.")]
    public void The_mended_rules_read_no_claim_outside_war(string text) => Assert.Empty(Pipeline.RuleClaims(text));
    // mend48b (second review). 1: the name after "starving … of" is the victim, never the actor; the subject that kept
    // the starving is.
    [Theory]
    [InlineData("Russian forces are starving the city of Kyiv.", "starving the city")]
    [InlineData("Russian forces are starving the people of Ukraine.", "starving the people")]
    public void The_name_after_starving_of_is_the_victim_not_the_actor(string text, string mention) =>
        Assert.Equal("russia", Pipeline.RuleClaim(text, mention)?.Actor);

    [Fact]
    public void A_second_of_after_the_name_must_name_food_water_or_aid() =>
        Assert.DoesNotContain(Pipeline.RuleClaims("Russia is starving the city of Kyiv of electricity."), c => c.Span.StartsWith("starving", StringComparison.Ordinal));

    // 2: inside a reported clause the pronoun is not the speaker ("Ukrainian officials said they used us").
    [Theory]
    [InlineData("Russian troops entered the village. Ukrainian officials said they used us as a shield.")]
    [InlineData("Russian troops arrived in the town. Ukrainian soldiers said they had used the school as a shield.")]
    public void A_pronoun_user_in_a_reported_clause_is_not_the_speaker(string text) =>
        Assert.Equal("russia", Pipeline.RuleClaim(text, "as a shield")?.Actor);

    // The speaker is a name, not an adjective ("Kyiv says"): ukraine on main too, russia now.
    [Fact]
    public void A_pronoun_user_after_a_named_speaker_is_not_the_speaker() =>
        Assert.Equal("russia", Pipeline.RuleClaim("Russian troops entered the village. Kyiv says they used civilians as a shield.", "as a shield")?.Actor);

    // 3, 4, 5: no demonym after "of", a second "of" must name food or aid, a subject in a prepositional phrase is no
    // subject, and "as a shield against sanctions" is figurative.
    [Theory]
    [InlineData("Russian censors are starving the population of Western news.")]
    [InlineData("Russia is starving the population of Europe of cheap energy.")]
    [InlineData("Western sanctions on Russia are starving civilians of medicine.")]
    [InlineData("Russian oligarchs used the City of London as a shield against sanctions.")]
    [InlineData("The bank used the town of Zug as a shield against taxes.")]
    public void Figurative_starving_and_shields_are_no_claim(string text) =>
        Assert.DoesNotContain(Pipeline.RuleClaims(text), c => c.Span.StartsWith("starving", StringComparison.Ordinal) || c.Span.StartsWith("as a shield", StringComparison.Ordinal));

    // 6: the owner's noun phrase holds the party ("the Russian army's blockade").
    [Theory]
    [InlineData("The Russian army's blockade of humanitarian aid killed hundreds.", "blockade of humanitarian aid")]
    [InlineData("The Russian military's obstruction of humanitarian aid was documented.", "obstruction of humanitarian aid")]
    public void A_party_in_the_owner_phrase_keeps_the_siege_noun(string text, string mention) =>
        Assert.Equal("russia", Pipeline.RuleClaim(text, mention)?.Actor);

    // 7: "by land and sea" names no agent; "its troops" is its party's; a reporting aside does not hide the user.
    [Fact]
    public void A_by_phrase_of_route_is_no_owner() =>
        Assert.Equal("israel", Pipeline.RuleClaim("Israel imposed a blockade of humanitarian aid by land and sea.", "blockade of humanitarian aid")?.Actor);

    [Fact]
    public void Its_troops_use_is_its_party_use() =>
        Assert.Equal("russia", Pipeline.RuleClaim("Russia denies that its troops used civilians as a shield.", "as a shield")?.Actor);

    [Fact]
    public void A_reporting_aside_does_not_hide_the_shield_user() =>
        Assert.Equal("russia", Pipeline.RuleClaim("Russian soldiers, the villagers said, used civilians as a shield.", "as a shield")?.Actor);

    [Theory]
    [InlineData("The Russian team's blockade of the midfield stifled Spain.")]
    [InlineData("The dockers' blockade of food deliveries by lorry ended on Friday.")]
    [InlineData("The fund used the City of London as a shield against scrutiny.")]
    [InlineData("Regulators said they used the law as a shield against liability.")]
    [InlineData("The drought is starving the city of Nairobi of water, officials said.")]
    [InlineData("Streaming is starving the people of Hollywood of work.")]
    [InlineData("The union imposed a blockade of food deliveries by road for two days.")]
    [InlineData("The truckers imposed a blockade of relief supplies by road at the border crossing in protest.")]
    [InlineData("The American airline's obstruction of aid shipments at the airport was criticised.")]
    public void The_mend48b_rules_read_no_claim_outside_war(string text) => Assert.Empty(Pipeline.RuleClaims(text));
}
