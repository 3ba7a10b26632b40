using System.Diagnostics;
using System.Text.RegularExpressions;
using FramingApi.Tests.Infrastructure;

namespace FramingApi.Tests;

/// <summary>
/// Issue 16 §3: a TypeScript client generated from the API's served <c>/openapi/v1.json</c> with openapi-typescript
/// (clients/typescript, versions pinned in its package-lock.json, installed with npm ci when missing) compiles a usage
/// file with <c>tsc --strict</c> — arithmetic on the comparison's numbers, an exhaustive switch over framings, article
/// create requests — and rejects the mistakes the schema exists to catch, each with its own error.
/// </summary>
public sealed partial class TypedClientTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    static readonly string Folder = Path.Combine(Repository.Root, "clients", "typescript");

    /// <summary>Each file in must-fail/ with the one error it must give: its code and a piece of its message.</summary>
    static readonly Dictionary<string, (string Code, string Message)> MustFail = new()
    {
        ["must-fail/empty-create.ts"] = ("TS2322", "Type '{}' is not assignable"),
        ["must-fail/text-and-html.ts"] = ("TS2322", "Type 'string' is not assignable to type 'null | undefined'"),
        ["must-fail/voice-typo.ts"] = ("TS2367", "types '\"outlet\" | \"quotation\" | \"comments\"' and '\"outler\"' have no overlap"),
        ["must-fail/number-as-string.ts"] = ("TS2322", "Type 'string' is not assignable to type 'number'"),
    };

    [Fact]
    public async Task A_client_generated_from_the_served_document_compiles_strictly_and_rejects_the_mistakes()
    {
        InstallPinnedTools();
        var generated = Path.Combine(Folder, "generated");
        Directory.CreateDirectory(generated);
        var document = Path.Combine(generated, "openapi.json");
        await File.WriteAllTextAsync(document, await api.Client().GetStringAsync("/openapi/v1.json"));

        var generate = Run("node", "node_modules/openapi-typescript/bin/cli.js", document, "-o", Path.Combine(generated, "framing-api.d.ts"));
        Assert.True(generate.ExitCode == 0, $"openapi-typescript failed:\n{generate.Output}");
        var types = await File.ReadAllTextAsync(Path.Combine(generated, "framing-api.d.ts"));
        Assert.DoesNotContain("number | string", types);
        Assert.DoesNotContain("string | number", types);

        // One tsc run over the usage file and every must-fail file (each a module): faster than one run per file.
        var files = Directory.GetFiles(Path.Combine(Folder, "must-fail"), "*.ts").Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/')).Order().ToList();
        Assert.Equal(MustFail.Keys.Order(), files);
        var compile = Run("node", ["node_modules/typescript/bin/tsc", "--strict", "--noEmit", "--pretty", "false", "--target", "es2022",
            "--lib", "es2022,dom", "--module", "esnext", "--moduleResolution", "bundler", "usage.ts", .. files]);

        var errors = Errors(compile.Output);
        Assert.True(errors.All(e => MustFail.ContainsKey(e.File)), $"Errors outside must-fail/ (usage.ts must compile):\n{compile.Output}");
        foreach (var (file, (code, message)) in MustFail)
        {
            var found = errors.Where(e => e.File == file).ToList();
            Assert.True(found.Count == 1 && found[0].Code == code && found[0].Text.Contains(message, StringComparison.Ordinal),
                $"{file}: expected one {code} containing \"{message}\", got:\n{string.Join("\n", found.Select(e => $"{e.Code} {e.Text}"))}");
        }
    }

    /// <summary>tsc's errors, each with the lines that elaborate it (indented below it).</summary>
    static List<(string File, string Code, string Text)> Errors(string output)
    {
        var errors = new List<(string File, string Code, string Text)>();
        foreach (var line in output.Split('\n'))
        {
            if (ErrorLine().Match(line) is { Success: true } m) errors.Add((m.Groups["file"].Value, m.Groups["code"].Value, m.Groups["text"].Value));
            else if (line.StartsWith(' ') && errors.Count > 0) errors[^1] = errors[^1] with { Text = errors[^1].Text + "\n" + line.Trim() };
        }
        return errors;
    }

    [GeneratedRegex(@"^(?<file>[^(\s]+)\(\d+,\d+\): error (?<code>TS\d+): (?<text>.*)$")]
    private static partial Regex ErrorLine();

    /// <summary>npm ci when node_modules does not hold what package-lock.json pins (first run, or a changed lock).</summary>
    static void InstallPinnedTools()
    {
        var stamp = Path.Combine(Folder, "node_modules", ".installed-package-lock.json");
        var lockFile = File.ReadAllText(Path.Combine(Folder, "package-lock.json"));
        if (File.Exists(stamp) && File.ReadAllText(stamp) == lockFile) return;
        var install = Run("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
        Assert.True(install.ExitCode == 0, $"npm ci in clients/typescript failed (Node 20 and npm must be installed):\n{install.Output}");
        File.WriteAllText(stamp, lockFile);
    }

    static (int ExitCode, string Output) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // Bounded for a run that hangs, not for a slow one: npm ci on a clean clone and tsc on a loaded two-core machine
        // take minutes.
        var bound = TimeSpan.FromMinutes(10);
        if (!process.WaitForExit(bound))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return (-1, $"{program} {string.Join(' ', arguments)} did not end within {bound.TotalMinutes} minutes and was killed.\n"
                + stdout.Result + stderr.Result);
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
