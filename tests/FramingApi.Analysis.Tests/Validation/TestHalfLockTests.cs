using System.Security.Cryptography;
using System.Text;

namespace FramingApi.Analysis.Tests.Validation;

/// <summary>
/// The test half of the labelled corpus is locked: nobody tunes on it, and it does not change unnoticed. Its content
/// hash is recorded in <c>tests/validation/test-half.sha256</c>; a change to any file of <c>tests/validation/test/</c>
/// fails this test until the recorded hash is updated — in the same commit, so the history shows every change.
/// </summary>
public class TestHalfLockTests
{
    static string Folder => Path.Combine(AppContext.BaseDirectory, "validation");

    /// <summary>
    /// The canonical serialisation of tests/validation/hash-test-half.sh: for each <c>*.json</c> file of the half in
    /// ordinal order of its name, the name, "\n", the content without carriage returns, "\n"; SHA-256, lower-case hex.
    /// </summary>
    static string ContentHash(string directory)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory.GetFiles(directory, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        foreach (var name in files)
        {
            var content = File.ReadAllBytes(Path.Combine(directory, name!)).Where(b => b != (byte)'\r').ToArray();
            sha.AppendData(Encoding.UTF8.GetBytes(name + "\n"));
            sha.AppendData(content);
            sha.AppendData("\n"u8);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    static string RecordedHash() =>
        File.ReadLines(Path.Combine(Folder, "test-half.sha256"))
            .Select(l => l.Trim())
            .Single(l => l.Length > 0 && !l.StartsWith('#'));

    [Fact]
    public void The_test_half_is_what_its_recorded_hash_says()
    {
        var actual = ContentHash(Path.Combine(Folder, "test"));
        Assert.True(actual == RecordedHash(),
            $"The locked test half (tests/validation/test/) changed: its hash is {actual}, the recorded one " +
            $"{RecordedHash()}. Nobody tunes on the test half; if this is a labelling fix, say so in the commit and " +
            "record the new hash in the same commit: tests/validation/hash-test-half.sh > tests/validation/test-half.sha256");
    }

    [Fact]
    public void The_hash_sees_a_one_character_change_but_not_line_endings()
    {
        var dir = Directory.CreateTempSubdirectory("framing-lock-");
        try
        {
            foreach (var file in Directory.GetFiles(Path.Combine(Folder, "test"), "*.json"))
                File.Copy(file, Path.Combine(dir.FullName, Path.GetFileName(file)));
            var original = ContentHash(dir.FullName);
            Assert.Equal(RecordedHash(), original);

            var first = Directory.GetFiles(dir.FullName, "*.json").Order(StringComparer.Ordinal).First();
            var text = File.ReadAllText(first);
            File.WriteAllText(first, text.Replace("\n", "\r\n"));
            Assert.Equal(original, ContentHash(dir.FullName));

            var at = text.Length / 2; // one character in the middle of a file, changed to another
            File.WriteAllText(first, text.Remove(at, 1).Insert(at, text[at] == 'x' ? "y" : "x"));
            Assert.NotEqual(original, ContentHash(dir.FullName));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_test_half_has_at_least_forty_articles()
    {
        Assert.True(Directory.GetFiles(Path.Combine(Folder, "test"), "*.json").Length >= 40);
    }
}
