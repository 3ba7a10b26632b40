using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Claims round 33 (claims28), sentences of our own: the rest of the Rome Statute's catalogue as claims.json
/// vocabulary (the claims28 block at the end of its entries) — pillage, attacks on cultural property, compelled service
/// in the hostile forces, the denial of a fair trial, orders to take no prisoners, mutilation and experiments, the
/// appropriation of homes and the transfer of the occupier's own population (docs/ANALYSIS.md, "Round 33 (claims28)").</summary>
public class ClaimRound33Tests
{
    // Each class: a sentence that claims the act, the mention and its target; the actor where the frames give one.
    [Theory]
    // Art. 8(2)(b)(xvi), (e)(v): pillage — the statute's verbs by themselves, looting of cultural property.
    [InlineData("Russian troops pillaged the museum in Kherson before they withdrew.", "pillaged", "war_crimes", "russia")]
    [InlineData("Russian forces plundered Ukrainian archives in Mariupol.", "plundered", "war_crimes", "russia")]
    [InlineData("Russian soldiers looted the museum and took its collection to Crimea.", "looted the museum", "war_crimes", "russia")]
    [InlineData("Kyiv accuses Russia of the plunder of cultural property in occupied Melitopol.", "plunder of cultural property", "war_crimes", "russia")]
    [InlineData("The report documents the looting of museums in occupied Kherson.", "looting of museums", "war_crimes", null)]
    [InlineData("Russian forces looted Ukrainian museums in Kherson.", "looted Ukrainian museums", "war_crimes", "russia")]
    // Art. 8(2)(b)(ix), (e)(iv): attacks on buildings dedicated to religion, art, science, historic monuments — cues of
    // attacks on civilian objects, as churches and cathedrals are (the labelled sets' convention).
    [InlineData("Russian forces shelled the museum deliberately.", "shelled", "attacks_on_civilians", "russia")]
    [InlineData("The strike on the synagogue killed two worshippers.", "strike on", "attacks_on_civilians", null)]
    // Art. 8(2)(a)(v), (b)(xv): compelling protected persons to serve in the forces of a hostile power.
    [InlineData("The report describes the forced mobilisation of residents of occupied Crimea by Russia.", "forced mobilisation of residents of occupied", "war_crimes", "russia")]
    [InlineData("Russian occupation authorities forcibly mobilised men in occupied Melitopol.", "forcibly mobilised men in occupied", "war_crimes", null)]
    [InlineData("Moscow conscripted men in occupied Melitopol last spring.", "conscripted men in occupied", "war_crimes", null)]
    [InlineData("Russia has forced Ukrainian prisoners of war to fight against their own country.", "to fight against their own country", "war_crimes", null)]
    // Art. 8(2)(a)(vi), (c)(iv): the denial of a fair trial, with a protected person in the clause.
    [InlineData("Ukrainian prisoners of war were denied a fair trial in Russian-occupied Donetsk.", "denied a fair trial", "war_crimes", "russia")]
    [InlineData("Russian courts sentenced the captured soldiers after sham trials.", "sham trials", "war_crimes", null)]
    // Art. 8(2)(b)(xii), (e)(x): declaring that no quarter will be given, in news English.
    [InlineData("Russian commanders issued orders to take no prisoners.", "issued orders to take no prisoners", "war_crimes", "russia")]
    [InlineData("Russian commanders gave explicit orders not to take prisoners, the prosecutors said.", "orders not to take prisoners", "war_crimes", null)]
    // Art. 8(2)(b)(x), (e)(xi): mutilation and medical experiments on persons in custody (torture's cues).
    [InlineData("Russian guards mutilated prisoners in the camp.", "mutilated", "torture", "russia")]
    [InlineData("The report describes medical experiments on prisoners by the guards.", "medical experiments", "torture", null)]
    // Art. 8(2)(a)(iv), (b)(xiii): appropriation of the enemy's property.
    [InlineData("Moscow has nationalised apartments in occupied Mariupol.", "nationalised apartments", "war_crimes", "russia")]
    [InlineData("The occupation authorities confiscated homes of residents who had fled.", "confiscated homes", "war_crimes", null)]
    // Art. 8(2)(b)(viii): the transfer of the occupier's own population into occupied territory.
    [InlineData("Russia has moved settlers into occupied Mariupol.", "moved settlers into occupied", "war_crimes", "russia")]
    public void An_act_of_the_rest_of_the_catalogue_is_a_claim(string text, string mention, string target, string? actor)
    {
        var claim = Pipeline.ClaimOf(text, mention);
        Assert.NotNull(claim);
        Assert.Equal(target, claim.Target);
        if (actor is not null)
            Assert.Equal(actor, claim.Actor);
    }

    // The same words where nobody is said to do the act, in their everyday senses, or in the law's wording.
    [Theory]
    // Looting in a riot or a robbery, and of homes (the labelled sets leave looted homes and shops unlabelled).
    [InlineData("Rioters looted shops in the city centre overnight.")]
    [InlineData("The robbers looted the train and escaped with the payroll.")]
    [InlineData("Russian soldiers looted homes in the village.")]
    [InlineData("Coleridge's plundering of the writings of philosophers shaped his thought.")]
    // The law's own wording.
    [InlineData("The Rome Statute lists pillaging a town or place among the acts it prohibits.")]
    // A cultural building without an attack by anyone.
    [InlineData("The museum was damaged in the blast.")]
    [InlineData("The museum moved its collection to a safe place before the war.")]
    // A fair trial demanded, an appeal court's ruling, a politician's insult.
    [InlineData("Every defendant deserves a fair trial.")]
    [InlineData("The appeals court ruled that the banker was denied a fair trial.")]
    [InlineData("Senators called the impeachment a sham trial.")]
    // A country's own draft.
    [InlineData("The country's conscription law requires men to serve for a year.")]
    [InlineData("Parliament extended general mobilisation for another 90 days.")]
    [InlineData("Ukraine captured two soldiers who had been sent to fight for Russia.")]
    // An idiom of sport.
    [InlineData("The coach told his players to take no prisoners in the final.")]
    // Mutilation and experiments without a person in custody.
    [InlineData("The storm mutilated the old oak in the square.")]
    [InlineData("Scientists ran experiments on the samples in the laboratory.")]
    // A bank's repossession; settlers in history.
    [InlineData("The bank repossessed homes of borrowers who defaulted.")]
    [InlineData("The settlers moved into the valley in 1850.")]
    public void The_same_words_without_the_act_are_no_claim(string text) =>
        Assert.Empty(Pipeline.ClaimsOf(text));
}
