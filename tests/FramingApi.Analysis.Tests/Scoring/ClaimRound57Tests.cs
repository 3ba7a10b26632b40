using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>
/// Claims round 57 (precision57; docs/VALIDITY.md, "Claims round 57 (precision57)"): vetoes of false mentions where
/// English marks that no claim is made were measured and not kept (a yes/no question that asks what an act is, its
/// subject between the inverted copula and the crime, or a verbless question; a court's jurisdiction in the abstract
/// over a dash aside; the crime word naming a job before <i>rapporteur</i>: candidate commit ec19df1). These guards are
/// the round's reverse check: sentences that ARE claims in those constructions — a named perpetrator in the question,
/// a charge against named people in the aside, the act a rapporteur reports — stay claims, with the shipped detector
/// and the rules alone. A later round that ships such a veto must pass them.
/// </summary>
public class ClaimRound57Tests
{
    [Theory]
    [InlineData("war crime", "Is Russia's shelling of Kharkiv a war crime?")]
    [InlineData("war crime", "Was the Russian strike on the Odesa hospital a war crime?")]
    [InlineData("genocide", "Are Russian forces committing genocide in Ukraine?")]
    [InlineData("crime against humanity", "Is Moscow's deportation of children a crime against humanity?")]
    [InlineData("torturing", "Were Russian soldiers torturing prisoners in Izium?")]
    [InlineData("war crime", "Is the Kremlin's campaign against the power grid a war crime?")]
    [InlineData("massacre", "Was the massacre in Bucha carried out by Russian paratroopers?")]
    [InlineData("deporting Ukrainian children", "Is Russia deporting Ukrainian children?")]
    [InlineData("war crime", "Was Russia's bombing of the Mariupol theatre a war crime?")]
    [InlineData("executing", "Is the Russian army executing prisoners of war?")]
    [InlineData("execute", "Did Russian troops execute prisoners in Bucha?")]
    [InlineData("war crimes", "Kyiv will try the men — two Russian tank commanders — for war crimes committed in Bucha.")]
    [InlineData("deportation of children", "The court may try Putin — the first sitting head of state so charged — for the deportation of children.")]
    [InlineData("executions", "Ukraine must punish the Russian soldiers — there are at least nine of them — for the executions in Bucha.")]
    [InlineData("crimes against humanity", "The tribunal could try Russian generals — those who ordered the strikes — for crimes against humanity.")]
    [InlineData("massacre", "Prosecutors hope to try the unit's commander — a Russian colonel — for the massacre in Izium.")]
    [InlineData("tortured", "The UN's torture rapporteur said Russian guards tortured Ukrainian prisoners.")]
    [InlineData("tortured", "Russian forces tortured detainees in Kherson, the torture rapporteur found.")]
    [InlineData("war crimes", "Russian troops committed war crimes in Bucha, a UN rapporteur said.")]
    [InlineData("torture", "The rapporteur documented the torture of Ukrainian civilians by Russian soldiers.")]
    public void A_claim_in_the_same_construction_stays_a_claim(string words, string sentence)
    {
        foreach (var analyzer in Pipeline.ShippedAndRulesAlone)
            Assert.True(Pipeline.HasMentionAfterWarLead(analyzer, sentence, words), sentence);
    }
}
