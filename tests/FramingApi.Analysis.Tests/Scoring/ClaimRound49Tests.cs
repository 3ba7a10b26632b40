using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>
/// Claims round 49b (ship49; docs/VALIDITY.md, "Round 49b (ship49)"): round 49's seven clean attack classes (<i>hunt,
/// blitz, flatten, tear through, smash, knock out</i> as acts of attacks on civilians, <i>zap</i> as torture) were not
/// shipped. In a news roundup whose first paragraph is a war report, the claim-sentence detector made <i>Russian police
/// are hunting a man who stabbed three residents</i> and <i>The Russian team blitzed the Finns 6-1</i> claims of
/// attacks on civilians against russia; the other five classes gained labelled mentions on fewer than two open sets or
/// added mentions no reader labelled. These guards hold the 53 sentences of the non-war check (47 of sport, crime,
/// weather, business, politics and medicine, six of combat between soldiers): none of them may become a claim mention
/// on its act word, alone or after a war paragraph, with the shipped detector or the rules alone. A later round that
/// adds these words as acts must pass them.
/// </summary>
public class ClaimRound49Tests
{
    static readonly string[] WarLeads =
    [
        "Russian missiles struck Kyiv overnight, killing 12 civilians, Ukrainian officials said.",
        "Ukraine accused Russian forces of shelling a hospital in Kherson on Tuesday, a war crime, its prosecutors said.",
        "Moscow denied that its troops had targeted civilians in the Donetsk region.",
    ];

    static void AssertNoClaimOn(string word, string sentence)
    {
        foreach (var analyzer in Pipeline.ShippedAndRulesAlone)
            foreach (var lead in WarLeads.Prepend(""))
            {
                var body = lead.Length == 0 ? sentence : lead + "\n\n" + sentence;
                var at = body.IndexOf(sentence, StringComparison.Ordinal) + sentence.IndexOf(word, StringComparison.Ordinal);
                var (text, analysis) = Pipeline.Run(new ArticleParts(body), analyzer);
                text.Dispose();
                Assert.DoesNotContain(analysis.Evidence, e => e.Claim is not null && e.Start < at + word.Length && e.End > at);
            }
    }

    [Theory]
    [InlineData("hunt", "Police hunt the gunman who shot two pedestrians outside a Manchester supermarket on Saturday.")]
    [InlineData("hunted", "Detectives hunted the killers of a schoolgirl for three years before they made an arrest.")]
    [InlineData("hunting", "Russian police are hunting a man who stabbed three residents in a village near Tver.")]
    [InlineData("hunting", "Scientists at the children's hospital are hunting for a cure for patients with the rare disease.")]
    [InlineData("hunting", "Thousands of young people are hunting for homes in the capital as rents rise.")]
    [InlineData("hunted down", "US marshals hunted down the escaped prisoner who had taken a family hostage in their house.")]
    [InlineData("hunt", "Local men hunt wild boar in the woods behind the village school, and parents say their children are at risk.")]
    [InlineData("hunting", "The Israeli tax authority is hunting residents who hid income in offshore accounts.")]
    [InlineData("hunted", "Russian police hunted residents who had joined the opposition rally in the city centre.")]
    [InlineData("blitzed", "Manchester City blitzed the visitors with three goals in ten minutes in front of 50,000 fans.")]
    [InlineData("blitz", "The ad blitz targeted families with young children across the country.")]
    [InlineData("blitzed", "The Russian team blitzed the Finns 6-1 in front of a home crowd of families.")]
    [InlineData("blitzed", "The Republican campaign blitzed homes in the suburbs with leaflets and phone calls to voters.")]
    [InlineData("blitzed", "Police blitzed drink-drivers over Christmas, stopping 4,000 motorists in residential streets.")]
    [InlineData("blitzed", "The linebackers blitzed the quarterback on every down, and the children in the stands cheered.")]
    [InlineData("flattened", "The tornado flattened homes and a school in the small Oklahoma town, killing three people.")]
    [InlineData("flatten", "The bill would flatten pensions for millions of retired teachers.")]
    [InlineData("flattened", "Israeli developers flattened the old market to build flats for young families.")]
    [InlineData("flattened", "The central bank's move flattened the yield curve and hurt savers and pensioners.")]
    [InlineData("flattened", "Bulldozers sent by the Russian city council flattened the camp where dozens of homeless people had lived.")]
    [InlineData("flattened", "An earthquake flattened villages in the mountains, leaving thousands of residents homeless.")]
    [InlineData("tore through", "The fire tore through an apartment block in west London, killing seven residents.")]
    [InlineData("tore through", "The striker tore through the defence to score in front of 40,000 fans.")]
    [InlineData("tore through", "A virus tore through the care home, infecting dozens of elderly residents.")]
    [InlineData("tore through", "The storm tore through the town, destroying homes and the roof of a hospital.")]
    [InlineData("tearing through", "Russian investigators said the blaze tearing through the shopping centre in Kemerovo had killed dozens of children.")]
    [InlineData("torn through", "Floodwater has torn through villages, sweeping away houses and cars.")]
    [InlineData("smashed", "City smashed the champions' defence in front of 50,000 fans.")]
    [InlineData("smashed", "Thieves smashed the window of a family home in Leeds and stole jewellery.")]
    [InlineData("smashed", "The retailer smashed sales records as families stocked up before Christmas.")]
    [InlineData("smashed", "Protesters smashed the windows of a bank and a school during the riot, police said.")]
    [InlineData("smashed", "Russian police smashed a drug ring that sold heroin to schoolchildren.")]
    [InlineData("smashed", "The US sprinter smashed the world record in front of a crowd of 60,000.")]
    [InlineData("smashing", "Vandals smashing bus shelters have frightened residents of the estate.")]
    [InlineData("zapped", "Doctors zapped tumours in children with a new proton-beam machine.")]
    [InlineData("zapped", "The Russian energy company zapped residents with higher bills this winter.")]
    [InlineData("zapped", "Police officers zapped the man with a Taser after he threatened passers-by.")]
    [InlineData("zaps", "The new laser zaps kidney stones in patients without surgery.")]
    [InlineData("zaps", "The device zaps mosquitoes around homes and schools in the region.")]
    [InlineData("zapping", "Israeli engineers are zapping weeds with lasers on farms near schools.")]
    [InlineData("knocked out", "Liverpool were knocked out of the Champions League by the Spanish champions in front of their own fans.")]
    [InlineData("knocked out", "The storm knocked out power to 30,000 households.")]
    [InlineData("knocked out", "The Russian boxer knocked out the champion in the third round in front of his family.")]
    [InlineData("knocked out", "Criminal hackers knocked out the hospital's computer systems, delaying patients' operations.")]
    [InlineData("knocked out", "The flu knocked out half the school's teachers, and pupils were sent home.")]
    [InlineData("knocked out", "The US heavyweight knocked out his opponent, leaving the crowd and his children stunned.")]
    [InlineData("knocked out", "A lightning strike knocked out the water supply to homes in the village.")]
    public void A_non_war_use_of_the_act_word_is_no_claim(string word, string sentence) => AssertNoClaimOn(word, sentence);

    // Combat between soldiers is no war crime: the act word is no claim (main's own mentions elsewhere in the
    // sentence, such as "killing" after a war paragraph, are not these guards' business).
    [Theory]
    [InlineData("smashed", "Ukrainian troops smashed Russian positions near Bakhmut, killing dozens of soldiers.")]
    [InlineData("tore through", "Russian tanks tore through Ukrainian lines near Avdiivka, the army said.")]
    [InlineData("hunted", "Ukrainian drones hunted Russian tank crews in the forest.")]
    [InlineData("flattened", "Russian artillery flattened Ukrainian trenches along the front, killing soldiers.")]
    [InlineData("blitzed", "Ukrainian forces blitzed Russian positions with HIMARS rockets, killing soldiers.")]
    [InlineData("knocked out", "Ukrainian artillery knocked out a Russian tank column, killing its crews.")]
    public void Combat_between_soldiers_is_no_claim_on_the_act_word(string word, string sentence) => AssertNoClaimOn(word, sentence);
}
