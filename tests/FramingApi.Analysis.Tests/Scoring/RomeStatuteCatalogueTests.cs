using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Claims round 30 (claims25), sentences of our own: the acts the Rome Statute names as war crimes and crimes
/// against humanity (art. 8(2), art. 7(1)) as claims.json vocabulary — the claims25 block at the end of its entries.</summary>
public class RomeStatuteCatalogueTests
{
    // Each class of the catalogue: a sentence that claims the act, the mention, its target and its actor.
    [Theory]
    // Art. 8(2)(b)(xviii): asphyxiating, poisonous or other gases — the act named as a noun …
    [InlineData("Russian forces carried out a chemical attack on Ukrainian positions near the village.", "chemical attack", "war_crimes", "russia")]
    [InlineData("Kyiv says the gas attacks began in the spring.", "gas attacks", "war_crimes", "unknown")]
    // … as an agent with a verb of use in its clause (claims26: the agent is the mention), and the verb's subject gives
    // the actor …
    [InlineData("Russian troops used chemical weapons against defenders of the town.", "chemical weapons", "war_crimes", "russia")]
    [InlineData("Russian forces have used a choking agent in the trenches.", "choking agent", "war_crimes", "russia")]
    [InlineData("Russian drones dropped tear gas on Ukrainian trenches.", "dropped tear gas", "war_crimes", "russia")]
    // … as a use, and in the passive with its "by" agent (the agent before the verb).
    [InlineData("The monitors documented the use of chemical weapons by Russian forces.", "use of chemical weapons", "war_crimes", "russia")]
    [InlineData("The inspectors concluded that chloropicrin was used by Russian units.", "chloropicrin", "war_crimes", "russia")]
    [InlineData("Russian troops used the choking agent chloropicrin against Ukrainian positions.", "choking agent", "war_crimes", "russia")]
    [InlineData("Russian forces are using toxic chemicals as a weapon, the State Department said.", "using toxic chemicals as a weapon", "war_crimes", "russia")]
    [InlineData("The monitors confirmed the use of CS against Ukrainian troops.", "use of CS", "war_crimes", "unknown")]
    // A violation of the convention that bans them, as "violations of the Geneva Conventions".
    [InlineData("Russia has violated the Chemical Weapons Convention, Washington says.", "violated the Chemical Weapons Convention", "war_crimes", "russia")]
    // Art. 8(2)(b)(xvii): poison or poisoned weapons; biological weapons; (xix) expanding bullets.
    [InlineData("Russian soldiers used poisoned weapons, the witnesses said.", "poisoned weapons", "war_crimes", "russia")]
    [InlineData("The United States was accused of germ warfare in Korea.", "germ warfare", "war_crimes", "us")]
    [InlineData("Russian units fired expanding bullets at the defenders.", "expanding bullets", "war_crimes", "russia")]
    // Art. 8(2)(b)(xxv): starvation of civilians as a method of warfare.
    [InlineData("Aid agencies accuse Israel of using starvation as a weapon in Gaza.", "using starvation", "war_crimes", "israel")]
    [InlineData("Israel denies the deliberate starvation of civilians.", "deliberate starvation", "war_crimes", "israel")]
    // Art. 8(2)(b)(xxiii): human shields.
    [InlineData("The report documents the use of human shields by Ukrainian units.", "human shields", "war_crimes", "ukraine")]
    // Art. 8(2)(a)(viii), (c)(iii): taking hostages.
    [InlineData("Russian soldiers took hostages in the village.", "took hostages", "war_crimes", "russia")]
    // Art. 7(1)(i): enforced disappearance (the labelled sets give it war_crimes).
    [InlineData("Russian authorities have carried out enforced disappearances of civilians in occupied areas.", "enforced disappearances of civilians", "war_crimes", "russia")]
    [InlineData("Russian forces are responsible for the enforced disappearance of the mayor.", "enforced disappearance", "war_crimes", "russia")]
    // Art. 8(2)(a)(vii): unlawful confinement.
    [InlineData("The commander organised the illegal detention of civilians during the Russian occupation.", "illegal detention of civilians", "war_crimes", "russia")]
    // Art. 7(1)(d): deportation or forcible transfer of a population.
    [InlineData("The commission found that Russian forces forcibly transferred civilians out of the region.", "forcibly transferred civilians", "crimes_against_humanity", "russia")]
    // Art. 7(1)(h), (c), (j): the named crimes.
    [InlineData("The prosecutor charged the Russian commanders with the crime of persecution.", "crime of persecution", "crimes_against_humanity", "russia")]
    // Art. 7(1)(g), 8(2)(b)(xxii): sexual slavery and the other forms of sexual violence.
    [InlineData("Women were held in sexual slavery by Russian soldiers.", "held in sexual slavery", "sexual_violence", "russia")]
    [InlineData("The report documents forced sterilization of detainees by Russian guards.", "forced sterilization", "sexual_violence", "russia")]
    // Art. 8(2)(b)(xxi), (c)(ii): outrages upon personal dignity.
    [InlineData("The report documents the degrading treatment of Ukrainian prisoners.", "degrading treatment", "torture", "russia")]
    // Art. 8(2)(b)(vii), (xi): perfidy.
    [InlineData("Russian troops committed perfidy by feigning surrender.", "perfidy", "war_crimes", "russia")]
    // Art. 8(2)(b)(xxvi): conscripting or using children under fifteen.
    [InlineData("The report accuses Russian forces of recruiting child soldiers.", "child soldiers", "war_crimes", "russia")]
    public void An_act_the_statute_names_is_a_claim(string text, string mention, string target, string actor)
    {
        var claim = Pipeline.ClaimOf(text, mention);
        Assert.NotNull(claim);
        Assert.Equal(target, claim.Target);
        Assert.Equal(actor, claim.Actor);
    }

    // The same words where nobody is said to have done the act.
    [Theory]
    // Gas as fuel.
    [InlineData("Gas prices rose again this winter as natural gas supplies from Russia fell.")]
    [InlineData("He stopped at a gas station outside Kharkiv and filled the tank.")]
    [InlineData("Russia's gas exports to Europe have collapsed since the war began.")]
    // Tear gas at a domestic protest: no war, and the phrase is no entry ("dropped" is; "fired" and "used" with tear gas are not).
    [InlineData("Police fired tear gas at protesters outside the parliament.")]
    [InlineData("Officers used tear gas to disperse the crowd after the match.")]
    // A laboratory finding that an agent was present, a defensive stock, a law.
    [InlineData("The laboratory found traces of chloropicrin in soil samples from the trench.")]
    [InlineData("The army keeps a stock of gas masks and protective suits against chemical weapons.")]
    [InlineData("The Chemical Weapons Convention bans the development and stockpiling of chemical weapons.")]
    // Gassing fruit to ripen it.
    [InlineData("Bananas need gassing with ethylene before they reach the shops.")]
    // Chlorine and poison in their everyday senses.
    [InlineData("The city uses chlorine to treat its drinking water.")]
    [InlineData("Farmers have used poison against rats in the grain stores.")]
    // Hunger, detention, persecution and slavery in everyday or historical senses: no entry.
    [InlineData("Thousands faced starvation after the harvest failed.")]
    [InlineData("The early Christians suffered persecution under Nero.")]
    [InlineData("The novel describes a young man's slavery to his passions.")]
    public void The_same_words_without_the_act_are_no_claim(string text) =>
        Assert.Empty(Pipeline.ClaimsOf(text));

    // A definition is no claim, nor is any mention of its sentence (the rule of docs/ANALYSIS.md, "Is it a claim?").
    [Fact]
    public void A_definition_is_no_claim() =>
        Assert.Empty(Pipeline.ClaimsOf("Chemical warfare is the use of toxic chemicals as weapons."));

    // A talk about words is no claim either.
    [Fact]
    public void Talk_about_the_term_is_no_claim() =>
        Assert.Null(Pipeline.ClaimOf("The term chemical attack has a precise meaning in the convention.", "chemical attack"));

    // Claims round 31 (claims26): the agent (trigger) pairs with a verb of use (cue) within its clause, so words may stand
    // between them and the passive needs no fixed phrase.
    [Theory]
    [InlineData("Russian troops deployed the banned chemical weapons near the town.", "chemical weapons", "russia")]
    [InlineData("Russian units have used a toxic choking agent against the defenders.", "choking agent", "russia")]
    // (The agent of a verb whose object is something else — the grenades — is found, its actor not: a limit.)
    [InlineData("Russian drones dropped grenades filled with chloropicrin on the trenches.", "chloropicrin", "unknown")]
    [InlineData("Russia has resorted to chemical weapons in the east, the minister said.", "chemical weapons", "russia")]
    [InlineData("Chemical munitions were dropped on Ukrainian trenches by Russian drones.", "Chemical munitions", "russia")]
    [InlineData("A nerve agent had been used against the prisoners, the inspectors found.", "nerve agent", "unknown")]
    public void An_agent_with_a_verb_of_use_in_its_clause_is_a_claim(string text, string mention, string actor)
    {
        var claim = Pipeline.ClaimOf(text, mention, Pipeline.RulesAlone); // the rules' actor (the shipped detector may relabel it: detector9)
        Assert.NotNull(claim);
        Assert.Equal("war_crimes", claim.Target);
        Assert.Equal(actor, claim.Actor);
    }

    // The verb and the agent in different sentences or clauses marked off by a semicolon, colon or dash do not pair, and
    // tear gas is no agent of the catalogue.
    [Theory]
    [InlineData("Police used tear gas to disperse protesters.")]
    [InlineData("The brigade used drones all winter. Inspectors later tested the soil for chloropicrin.")]
    [InlineData("The battalion used every road it could find; the chemical weapons depot lay to the north.")]
    [InlineData("Supplies were dropped by parachute: medicine, food and masks against chemical weapons.")]
    [InlineData("The ministry stores its old chemical munitions in a bunker outside the city.")]
    public void A_verb_of_use_apart_from_the_agent_is_no_claim(string text) =>
        Assert.Empty(Pipeline.ClaimsOf(text));
}
