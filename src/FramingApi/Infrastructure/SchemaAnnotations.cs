using System.Reflection;

namespace FramingApi.Infrastructure;

/// <summary>
/// The property or parameter takes only the names of one closed set, held by <paramref name="holder"/> (a class of
/// <see cref="Vocabulary"/>, usually) in a static <see cref="INameSet"/> field: the OpenAPI document lists them as its
/// <c>enum</c>, so a generated client gets a union of literals instead of <c>string</c>. When the class holds several
/// sets, <paramref name="member"/> names the one (<c>nameof(VoiceNames.Scopes)</c>). E.g.
/// <c>[property: NamesFrom(typeof(JobStatusNames))]</c>.
/// </summary>
/// <remarks>With <see cref="Prefixed"/>, the values are composite names that start with one of the set's names
/// (<c>topic:cluster_munitions</c>, <c>sentence:3:120-245</c>): a <c>pattern</c> instead of an enum.</remarks>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class NamesFromAttribute(Type holder, string? member = null) : Attribute
{
    public Type Holder { get; } = holder;

    public string? Member { get; } = member;

    /// <summary>The value is one of the names, or one followed by <c>:</c> and more.</summary>
    public bool Prefixed { get; init; }

    /// <summary>The set; throws when the holder has no such set, or several and no member was named.</summary>
    public INameSet Resolve()
    {
        var sets = Holder.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => typeof(INameSet).IsAssignableFrom(f.FieldType) && (Member is null || f.Name == Member))
            .Select(f => (INameSet)f.GetValue(null)!)
            .ToList();
        return sets.Count == 1
            ? sets[0]
            : throw new InvalidOperationException(Member is null
                ? $"{Holder.Name} holds {sets.Count} name sets: name one with NamesFrom(typeof({Holder.Name}), nameof(…))."
                : $"{Holder.Name} has no name set {Member}.");
    }
}

/// <summary>
/// The property or parameter holds a category key of a lexicon of <paramref name="kind"/> (with
/// <paramref name="role"/>, for claims lexicons): an open set that lexicons define, so it stays a string, and the
/// OpenAPI description lists the built-in lexicon's keys (read from <c>seeds/lexicons</c>, never spelled in C#).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class LexiconKeysAttribute(string kind, string? role = null) : Attribute
{
    public string Kind { get; } = kind;

    public string? Role { get; } = role;
}

/// <summary>
/// A request body that needs exactly one of these JSON fields (and not the others): the OpenAPI schema says so with a
/// <c>oneOf</c> of one branch per field, which a generated client types as a union (<c>{ text: string } |
/// { html: string }</c>), so that a body with neither, or both, does not type-check.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ExactlyOneOfAttribute(params string[] fields) : Attribute
{
    public IReadOnlyList<string> Fields { get; } = fields;
}

/// <summary>The string is a link to another endpoint of this API (a path and query, relative to the server's root).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ApiLinkAttribute : Attribute;
