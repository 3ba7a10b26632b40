using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>
/// perf23's gates (docs/PERFORMANCE.md, "Speed work, wave 24"): <see cref="ScoringDocument.CueInReach"/> says no only
/// where the cue rules themselves (<see cref="ScoringDocument.CueOfInReach"/>) find none, and the shape test before a
/// rule-word set's look-up never rejects one of its words. Random texts built from the built-in topics and claims
/// lexicons' own terms, with the pronouns, relative words, marks and sentence breaks the rules read.
/// </summary>
public class CueGateTests
{
    static readonly string[] Fillers =
    [
        "it", "they", "its", "their", "he", "she", "them", "many of them", "which", "who", "whose", "the", "a", "said",
        "not", "will", "has", "was", "were", "have", "from", "by", "to", "and", "or", "damage to", "that", "one",
        "officials", "in 2023", "reported", "opened a", "case", "did not", "share", ",", ",", ";", ":", " —", "(", ")",
        ".", ".", "\n\n", "“", "”",
    ];

    [Fact]
    public void The_gate_says_no_only_where_the_cue_rules_find_no_cue()
    {
        var analyzer = Pipeline.RulesAlone;
        var terms = analyzer.ReadDocument(AnalyzedText.Analyze(ArticleText.Compose(new ArticleParts("x"))), (_, plans) =>
            plans.Where(p => p.IsTopics || p.IsClaims).SelectMany(p => p.EntryTerms).Select(t => t.TrimEnd('*')).Distinct().ToArray());
        Assert.NotEmpty(terms);
        var random = new Random(2024);
        int triggers = 0, paired = 0, gated = 0;
        for (var doc = 0; doc < 400; doc++)
        {
            var words = new List<string>();
            var count = random.Next(20, 160);
            for (var w = 0; w < count; w++)
            {
                var word = random.Next(3) == 0 ? terms[random.Next(terms.Length)] : Fillers[random.Next(Fillers.Length)];
                if (random.Next(12) == 0 && word.Length > 0 && char.IsLetter(word[0])) word = char.ToUpperInvariant(word[0]) + word[1..];
                words.Add(word);
            }
            var body = "The report. " + string.Join(' ', words).Replace(" ,", ",").Replace(" .", ".") + ".";
            var text = AnalyzedText.Analyze(ArticleText.Compose(new ArticleParts(body)));
            var (t, p, g) = analyzer.ReadDocument(text, (document, plans) =>
            {
                int t = 0, p = 0, g = 0;
                var matches = document.Matches;
                for (var i = 0; i < matches.Count; i++)
                {
                    var plan = plans[matches[i].Lexicon];
                    if (plan.CueRoleOf(matches[i]) != CueRole.Trigger || text.Tokens[matches[i].FirstToken].Voice == Voice.None) continue;
                    t++;
                    var rules = document.CueOfInReach(i, plan);
                    var inReach = document.CueInReach(i, matches[i], plan);
                    if (rules >= 0)
                    {
                        p++;
                        Assert.True(inReach, $"the gate hid cue {rules} of trigger {i} in: {body}");
                    }
                    if (!inReach) g++;
                    Assert.Equal(rules, document.CueOf(i, plan));
                }
                return (t, p, g);
            });
            (triggers, paired, gated) = (triggers + t, paired + p, gated + g);
        }
        // The random texts exercise both answers of the rules and of the gate.
        Assert.True(paired > 50, $"{paired} of {triggers} triggers paired");
        Assert.True(gated > 50, $"{gated} of {triggers} triggers gated");
    }

    [Fact]
    public void A_rule_word_set_answers_as_its_words_and_stems_do()
    {
        string[] list = ["sanction*", "share", "hand", "court", "i", "jan.", "x-ray", "withholding", "cooperate", "a-very-long-hyphenated-word"];
        var set = new RuleWordSet(list);
        var words = list.Where(w => !w.EndsWith('*')).ToHashSet(StringComparer.Ordinal);
        var random = new Random(7);
        var probes = new List<string>(list.Select(w => w.TrimEnd('*')))
        {
            "", "sanction", "sanctions", "sanctioned", "shares", "Share", "hands", "hand.", "courts", "jan", "feb.", "x-rays",
            "withhold", "co-operate", "i'm", "é", "1",
        };
        const string alphabet = "aceihnorstwxy.-'1É";
        for (var n = 0; n < 20000; n++)
        {
            var baseWord = list[random.Next(list.Length)].TrimEnd('*').ToCharArray();
            // Mutate a letter, or make a random word of the set's letters.
            if (random.Next(2) == 0 && baseWord.Length > 0) baseWord[random.Next(baseWord.Length)] = alphabet[random.Next(alphabet.Length)];
            else baseWord = [.. Enumerable.Range(0, random.Next(0, 18)).Select(_ => alphabet[random.Next(alphabet.Length)])];
            probes.Add(new string(baseWord));
        }
        foreach (var probe in probes)
        {
            var expected = words.Contains(probe) || probe.StartsWith("sanction", StringComparison.Ordinal);
            Assert.True(expected == set.Contains(probe), $"'{probe}': expected {expected}");
        }
    }

    [Fact]
    public void Clause_marks_read_from_the_gaps_are_the_clause_numbers_of_the_sentence()
    {
        string[] gaps = [" ", " ", " ", ", ", " , ", "; ", ": ", " — ", "–", " - ", " (", ") ", "[", "] ", "{", "} ", " “", "” ",
            ",  ", " ,   ;   ", "  ,      ", " ―‒ ", "\u00a0", "   ", ",”  ", " '"];
        string[] words = ["alpha", "beta", "gamma", "delta", "said", "the", "it", "Kyiv", "officials", "one"];
        var random = new Random(31);
        var analyzer = Pipeline.RulesAlone;
        var compared = 0;
        for (var doc = 0; doc < 200; doc++)
        {
            var builder = new System.Text.StringBuilder("Title line here.\n\n");
            var count = random.Next(12, 60);
            for (var w = 0; w < count; w++)
                builder.Append(words[random.Next(words.Length)]).Append(w + 1 < count ? gaps[random.Next(gaps.Length)] : ".");
            var text = AnalyzedText.Analyze(ArticleText.Compose(new ArticleParts(builder.ToString())));
            var n = text.Tokens.Length;
            // Read from the gaps (no clause numbers built: only pairs within reach), then from the clause numbers
            // (built first by a question across the whole sentence).
            var local = analyzer.ReadDocument(text, (document, _) =>
            {
                var answers = new List<(int, bool)>();
                for (var a = 0; a < n; a++)
                    for (var b = a; b < n && b <= a + 8; b++) answers.Add((document.CommasBetween(a, b), document.SameClause(a, b)));
                return answers;
            });
            var built = analyzer.ReadDocument(text, (document, _) =>
            {
                foreach (var sentence in text.Sentences)
                    if (sentence.TokenCount > 10) document.SameClause(sentence.FirstToken, sentence.FirstToken + sentence.TokenCount - 1);
                var answers = new List<(int, bool)>();
                for (var a = 0; a < n; a++)
                    for (var b = a; b < n && b <= a + 8; b++)
                    {
                        var sentence = text.Sentences[text.Tokens[a].Sentence];
                        if (sentence.TokenCount <= 10) document.SameClause(sentence.FirstToken, sentence.FirstToken + sentence.TokenCount - 1);
                        answers.Add((document.CommasBetween(a, b), document.SameClause(a, b)));
                    }
                return answers;
            });
            Assert.Equal(built, local);
            compared += local.Count;
        }
        Assert.True(compared > 10000);
    }
}
