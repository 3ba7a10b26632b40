using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>
/// Claims round 53 (anaphora53; docs/VALIDITY.md, "Claims round 53 (anaphora53)"): an act whose victims were named
/// earlier — a pronoun object (<i>the occupiers shot them</i>) or an anaphoric act noun (<i>the shooting</i>) taking
/// the victim cue of the sentence before — was measured and not shipped: it moved no article up on any open set, and
/// the object pronoun read ordinary crime, court and school news as claims (<i>The teachers took the pupils on a trip
/// to the museum. They took them back to school by bus</i> after a war paragraph). These guards hold the 32 sentences of
/// its non-war check (bench/claims-nonwar-anaphora53.txt: crime, courts, sport, business, schools, medicine, weather,
/// strikes, politics, a crash — each a victim noun, then an act with a pronoun object): none may become a claim mention
/// on the act and its pronoun, alone or after a war paragraph, with the shipped detector or the rules alone. A later
/// round that pairs a pronoun with its antecedent's cue must pass them.
/// </summary>
public class ClaimRound53Tests
{
    static readonly string[] WarLeads =
    [
        "Russian missiles struck Kyiv overnight, killing 12 civilians, Ukrainian officials said.",
        "Ukraine accused Russian forces of shelling a hospital in Kherson on Tuesday, a war crime, its prosecutors said.",
        "Moscow denied that its troops had targeted civilians in the Donetsk region.",
    ];

    [Theory]
    [InlineData("shot them", "Two residents were attacked on Friday night. Police say the suspect shot them outside a bar.")]
    [InlineData("beat them", "Three pensioners were robbed in their flats. The gang beat them and stole their savings, police said.")]
    [InlineData("beat him", "A shop worker was threatened by a man with a knife. He then beat him with a bottle, the court heard.")]
    [InlineData("beaten them", "Russian police detained two teenagers in Tver. Officers say a local gang had beaten them days earlier.")]
    [InlineData("beat her", "Moscow detectives say the men robbed a pensioner. They beat her in the stairwell before fleeing.")]
    [InlineData("shot them", "The prisoners rioted over food at the jail. Guards shot them with rubber bullets, officials said.")]
    [InlineData("beat them", "The Russian prison service said inmates had attacked a guard. Other guards beat them with batons.")]
    [InlineData("kept them", "Residents of the estate complained about the landlord. He kept them waiting for repairs for months.")]
    [InlineData("took them", "The jury heard that the defendant lured the children to his car. He took them to a house in Leeds.")]
    [InlineData("kept them", "Prosecutors said the nanny neglected two toddlers. She kept them in a locked room for hours.")]
    [InlineData("beat them", "A Russian judge jailed a man who abused his daughters. He beat them for years, the court found.")]
    [InlineData("beat them", "The Russian team faced the Brazilian women in the semi-final. They beat them 3-1 in Moscow.")]
    [InlineData("beat them", "Spartak played the Ukrainian champions twice this season and beat them both times.")]
    [InlineData("sent them", "The boys from the academy came to the trial. The coach sent them home after an hour.")]
    [InlineData("beat them", "Russia's skaters met the Canadian men in the final. They beat them by two points.")]
    [InlineData("sent them", "The firm hired dozens of young people last year. It sent them to training courses in Kazan.")]
    [InlineData("kept them", "Gazprom employed hundreds of residents of the town. It kept them on the payroll during the crisis.")]
    [InlineData("carried them", "The airline stranded 200 passengers in Sochi. It finally carried them home on Tuesday.")]
    [InlineData("took them", "The teachers took the pupils on a trip to the museum. They took them back to school by bus.")]
    [InlineData("sent them", "Parents say the school removed the children from the class. It sent them to another building.")]
    [InlineData("took them", "Doctors treated the injured men at the scene. Ambulances took them to hospital in Kazan.")]
    [InlineData("kept them", "Nurses found the prisoners dehydrated. Russian doctors kept them in hospital overnight.")]
    [InlineData("took them", "Floods trapped villagers in their homes. Russian rescuers took them to shelters by boat.")]
    [InlineData("carried them", "The storm stranded children at a summer camp. The Russian emergencies ministry carried them to safety.")]
    [InlineData("removed them", "Striking miners blocked the road. Riot police removed them from the site before dawn.")]
    [InlineData("took them", "Russian police detained protesting workers at the plant. Officers took them to a police station.")]
    [InlineData("sent them", "The Kremlin invited the detainees' families to a meeting. Officials sent them away without answers.")]
    [InlineData("took them", "Russian MPs met the residents of the flooded town. They took them to see the new housing.")]
    [InlineData("hit him", "The suspect attacked two women on the bus. A passenger hit him with an umbrella.")]
    [InlineData("shot him", "A gunman killed a taxi driver in Rostov. Police shot him dead the next morning.")]
    [InlineData("hit them", "Two men were found injured in a car park. Witnesses say a gang hit them with iron bars.")]
    [InlineData("hit them", "Two were injured in the crash on the M1. A lorry hit them at speed, police said.")]
    public void An_act_on_a_pronoun_in_ordinary_news_is_no_claim(string words, string sentences)
    {
        foreach (var analyzer in Pipeline.ShippedAndRulesAlone)
            foreach (var lead in WarLeads.Prepend(""))
            {
                var body = lead.Length == 0 ? sentences : lead + "\n\n" + sentences;
                var at = body.IndexOf(sentences, StringComparison.Ordinal) + sentences.IndexOf(words, StringComparison.Ordinal);
                var (text, analysis) = Pipeline.Run(new ArticleParts(body), analyzer);
                text.Dispose();
                Assert.DoesNotContain(analysis.Evidence, e => e.Claim is not null && e.Start < at + words.Length && e.End > at);
            }
    }
}
