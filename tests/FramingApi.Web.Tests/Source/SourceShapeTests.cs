using System.Text.RegularExpressions;
using FramingApi.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FramingApi.Web.Tests.Source;

/// <summary>
/// The shape issue 12 gave the web layer, kept by reading its source: short methods, stored names spelled only in
/// the vocabulary, problem details built in one place, no namespace clash with the library.
/// </summary>
public sealed partial class SourceShapeTests
{
    const int MaxMethodLines = 60;
    const string VocabularyFile = "src/FramingApi/Infrastructure/Vocabulary.cs";
    const string ProblemsFile = "src/FramingApi/Infrastructure/Problems.cs";

    [Fact]
    public void The_web_layer_parses_without_errors()
    {
        // Otherwise the checks below would read a broken tree.
        var errors = SourceFiles.Web.SelectMany(t => t.GetDiagnostics()).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void No_method_is_longer_than_sixty_lines()
    {
        var tooLong = (from tree in SourceFiles.Web
                       from node in tree.GetRoot().DescendantNodes()
                       where node is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax
                       let lines = node.GetLocation().GetLineSpan()
                       let count = lines.EndLinePosition.Line - lines.StartLinePosition.Line + 1
                       where count > MaxMethodLines
                       select $"{tree.FilePath}:{lines.StartLinePosition.Line + 1} {Name(node)}: {count} lines").ToList();
        Assert.True(tooLong.Count == 0, string.Join("\n", tooLong));
    }

    [Fact]
    public void The_line_count_finds_a_long_method()
    {
        var body = string.Join("\n", Enumerable.Range(0, MaxMethodLines).Select(i => $"        var x{i} = {i};"));
        var tree = CSharpSyntaxTree.ParseText($"class A\n{{\n    void Long()\n    {{\n{body}\n    }}\n}}");
        var method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single();
        var lines = method.GetLocation().GetLineSpan();
        Assert.Equal(MaxMethodLines + 3, lines.EndLinePosition.Line - lines.StartLinePosition.Line + 1);
    }

    // Files whose literals are not checked: the OpenAPI examples are sample documents, written as a client sees them
    // (and the built-in lexicons' names, which they quote, equal their kinds).
    static readonly HashSet<string> Unchecked = [VocabularyFile, "src/FramingApi/OpenApi/Examples.cs"];

    // Literals that equal a stored name but are something else, each with the reason.
    static readonly HashSet<(string File, string Literal)> Allowed =
    [
        ("src/FramingApi/Infrastructure/Validation.cs", "body"),       // FieldErrors.Body: the request body as a field
        ("src/FramingApi/Comparisons/ComparisonCsv.cs", "story"),     // a CSV column
        ("src/FramingApi/Comparisons/ComparisonCsv.cs", "actor"),     // a CSV column
        ("src/FramingApi/Comparisons/ComparisonCsv.cs", "framing"),   // a CSV column
        ("src/FramingApi/Comparisons/ComparisonCsv.cs", "target"),    // a CSV column (differences)
        ("src/FramingApi/Comparisons/ComparisonCsv.cs", "topic"),     // a CSV column (differences)
        ("src/FramingApi/Comparisons/ComparisonCsv.cs", "category"),  // a CSV column (differences)
        ("src/FramingApi/Validation/ValidationCsv.cs", "story"),      // a CSV column
        ("src/FramingApi/Validation/ValidationCsv.cs", "text"),       // a CSV column
        ("src/FramingApi/OpenApi/ClientContract.cs", "sources"),     // a query parameter's name (required in the document)
    ];

    /// <summary>
    /// A value outside a closed set of names is refused through FieldErrors.OneOf or NameSets.Unknown (the value echoed,
    /// the names, the case hint), never a hand-written "Must be {set.Describe()}." or "Must be 'json' or 'csv'." that
    /// does not echo what was sent. (A "Required: {set.Describe()}." for a missing one stays.)
    /// </summary>
    [Fact]
    public void Unknown_names_are_refused_in_one_wording()
    {
        var handWritten = new Regex(@"""Must be (one of|\{[^}]*Describe\(\)\}|'[a-z_]+'( or '[a-z_]+')?)|must be '");
        var found = SourceFiles.Web.SelectMany(t => t.GetText().Lines
                .Where(l => handWritten.IsMatch(l.ToString()))
                .Select(l => $"{t.FilePath}:{l.LineNumber + 1} {l.ToString().Trim()}"))
            .ToList();
        Assert.True(found.Count == 0, "Refuse an unknown name with FieldErrors.OneOf (or NameSets.Unknown):\n" + string.Join("\n", found));
    }

    [Fact]
    public void Stored_names_are_spelled_only_in_the_vocabulary()
    {
        var misplaced = SourceFiles.Web.Where(t => !Unchecked.Contains(t.FilePath)).SelectMany(StoredNameLiterals).ToList();
        Assert.True(misplaced.Count == 0, "Use the constants of Vocabulary instead:\n" + string.Join("\n", misplaced));
    }

    [Theory]
    [InlineData("""class A { string S = "hedged"; }""", 1)]
    [InlineData("""class A { const string Sql = "SELECT 1 FROM evidence WHERE voice = 'outlet'"; }""", 1)]
    [InlineData("""class A { const string Sql = $"SELECT 1 WHERE voice = '{Names.Outlet}' AND kind = 'topics'"; }""", 1)]
    [InlineData("class A { const string Sql = \"\"\"\n    WHERE status IN ('queued', 'running')\n    \"\"\"; }", 2)]
    [InlineData("""class A { void F(FieldErrors errors) => errors.Add("text", "Required."); }""", 0)]
    [InlineData("""class A { bool F(FieldErrors errors) => errors.Has("story"); }""", 0)]
    [InlineData("""class A { void F(FieldErrors errors, bool h) => errors.Add(h ? "html" : "text", "Empty."); }""", 0)]
    [InlineData("""class A { string S = "outlets"; string T = "hex"; }""", 0)]
    [InlineData("""class A { string S = "Send it as 'text' or as 'html'."; }""", 0)]
    [InlineData("""class A { [FromQuery(Name = "attributed")] public bool? B { get; init; } }""", 0)]
    public void The_stored_name_check_finds_literals_in_CSharp_and_in_SQL(string code, int expected)
    {
        var tree = CSharpSyntaxTree.ParseText(code, path: "test.cs");
        Assert.Equal(expected, StoredNameLiterals(tree).Count());
    }

    [Fact]
    public void Problem_details_are_built_only_by_the_problems_helper()
    {
        var elsewhere = (from tree in SourceFiles.Web
                         where tree.FilePath != ProblemsFile
                         from access in tree.GetRoot().DescendantNodes().OfType<MemberAccessExpressionSyntax>()
                         where access.Name.Identifier.Text is "Problem" or "ValidationProblem"
                               && access.Expression.ToString() is "TypedResults" or "Results"
                         select $"{tree.FilePath}:{access.GetLocation().GetLineSpan().StartLinePosition.Line + 1} {access}").ToList();
        Assert.True(elsewhere.Count == 0, string.Join("\n", elsewhere));
    }

    [Fact]
    public void No_code_needs_global_to_reach_its_own_namespaces()
    {
        var needle = "global" + "::FramingApi"; // not spelled whole, or this file would hold it
        var files = new[] { "src", "tests", "bench" }.SelectMany(SourceFiles.CSharp)
            .Where(f => File.ReadAllText(f).Contains(needle, StringComparison.Ordinal))
            .Select(SourceFiles.Relative).ToList();
        Assert.Empty(files);
    }

    [Fact]
    public void The_web_layer_has_no_namespace_of_the_library()
    {
        var clashing = (from tree in SourceFiles.Web
                        from ns in tree.GetRoot().DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>()
                        where ns.Name.ToString() == "FramingApi.Analysis" || ns.Name.ToString().StartsWith("FramingApi.Analysis.", StringComparison.Ordinal)
                        select tree.FilePath).ToList();
        Assert.Empty(clashing);
    }

    [Fact]
    public void The_comparisons_depend_on_no_other_features_endpoints()
    {
        // The endpoint classes: <Feature>Api, each mapping one feature's routes.
        var endpointClasses = SourceFiles.Web.SelectMany(t => t.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>())
            .Select(c => c.Identifier.Text).Where(n => n.EndsWith("Api", StringComparison.Ordinal)).ToHashSet();
        Assert.Contains("ArticlesApi", endpointClasses);

        var comparisons = SourceFiles.Web.Where(t => t.FilePath.StartsWith("src/FramingApi/Comparisons/", StringComparison.Ordinal));
        var used = comparisons.SelectMany(t => t.GetRoot().DescendantNodes().OfType<IdentifierNameSyntax>()).Select(i => i.Identifier.Text)
            .Where(n => endpointClasses.Contains(n) && n != "ComparisonsApi").Distinct().ToList();
        Assert.Empty(used);
    }

    static readonly HashSet<string> StoredNames = Vocabulary.All.SelectMany(s => s.Names).ToHashSet(StringComparer.Ordinal);

    // JSON field names (errors.Add("text", …)) may equal stored names; they name a field of the request, not a value.
    // (And SlugIds.Source/Story("story", …); ComparisonCsv's Row/Measures("sourcing", …): a CSV group; MetricParameters'
    // Applies/Known/Required/Named("topic", …): the query parameter a metric's check names; FieldErrors.Has("story"):
    // whether that parameter has an error; FieldErrors.OneOf("framing", …) and NameSets.Unknown: the parameter a closed
    // set of names is checked for.)
    static readonly HashSet<string> FieldNameMethods = ["Add", "Text", "Slug", "Url", "CheckParts", "Source", "Story", "Row", "Measures",
        "Applies", "Known", "Required", "Allowed", "Named", "Has", "OneOf", "Unknown"];

    /// <summary>Literals whose whole text is a stored name, and SQL literals ('…') inside any string that are.</summary>
    static IEnumerable<string> StoredNameLiterals(SyntaxTree tree)
    {
        foreach (var token in tree.GetRoot().DescendantTokens())
        {
            if (!token.IsKind(SyntaxKind.StringLiteralToken) && !token.IsKind(SyntaxKind.InterpolatedStringTextToken)
                && !token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) && !token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken))
                continue;
            if (token.Parent?.FirstAncestorOrSelf<AttributeSyntax>() is not null) continue; // metadata: names of parameters
            var text = token.ValueText;
            var where = $"{tree.FilePath}:{token.GetLocation().GetLineSpan().StartLinePosition.Line + 1}";
            if (token.IsKind(SyntaxKind.StringLiteralToken) && StoredNames.Contains(text) && !IsFieldName(token)
                && !Allowed.Contains((tree.FilePath, text)))
                yield return $"{where} \"{text}\"";
            if (!IsSql(token)) continue;
            foreach (Match m in SqlLiteral().Matches(text))
                if (StoredNames.Contains(m.Groups[1].Value)) yield return $"{where} '{m.Groups[1].Value}'";
        }
    }

    /// <summary>Whether the string the token belongs to is SQL (prose in messages quotes names too: 'text' or 'html').</summary>
    static bool IsSql(SyntaxToken token)
    {
        var whole = token.Parent?.FirstAncestorOrSelf<InterpolatedStringExpressionSyntax>()?.ToString() ?? token.Text;
        return SqlKeyword().IsMatch(whole);
    }

    static bool IsFieldName(SyntaxToken token)
    {
        SyntaxNode? node = token.Parent;
        while (node is LiteralExpressionSyntax or ConditionalExpressionSyntax or ParenthesizedExpressionSyntax or BinaryExpressionSyntax)
            node = node.Parent;
        return node is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } list } argument
               && list.Arguments.IndexOf(argument) == 0
               && call.Expression switch
               {
                   MemberAccessExpressionSyntax m => FieldNameMethods.Contains(m.Name.Identifier.Text),
                   IdentifierNameSyntax i => FieldNameMethods.Contains(i.Identifier.Text),
                   _ => false,
               };
    }

    static string Name(SyntaxNode node) => node switch
    {
        MethodDeclarationSyntax m => m.Identifier.Text,
        ConstructorDeclarationSyntax c => c.Identifier.Text,
        LocalFunctionStatementSyntax l => l.Identifier.Text,
        _ => node.Kind().ToString(),
    };

    [GeneratedRegex(@"\b(SELECT|INSERT|UPDATE|DELETE|WHERE|COPY)\b")]
    private static partial Regex SqlKeyword();

    [GeneratedRegex("'([a-z_-]+)'")]
    private static partial Regex SqlLiteral();
}
