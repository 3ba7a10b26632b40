using System.Reflection;
using FramingApi.Infrastructure;

namespace FramingApi.Web.Tests.OpenApi;

/// <summary>Every <see cref="NamesFromAttribute"/> of the web layer names one name set, so the OpenAPI document can list its enum.</summary>
public sealed class SchemaAnnotationTests
{
    static IEnumerable<(string Where, NamesFromAttribute Names)> Annotations()
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in typeof(Vocabulary).Assembly.GetTypes())
        {
            foreach (var property in type.GetProperties(all))
                foreach (var names in property.GetCustomAttributes<NamesFromAttribute>()) yield return ($"{type.Name}.{property.Name}", names);
            foreach (var method in type.GetMethods(all))
                foreach (var parameter in method.GetParameters())
                    foreach (var names in parameter.GetCustomAttributes<NamesFromAttribute>()) yield return ($"{type.Name}.{method.Name}({parameter.Name})", names);
        }
    }

    [Fact]
    public void Every_annotation_resolves_to_a_name_set()
    {
        var annotations = Annotations().ToList();
        Assert.True(annotations.Count > 40, $"{annotations.Count} annotations");
        Assert.All(annotations, a => Assert.NotEmpty(a.Names.Resolve().Names));
    }

    [Fact]
    public void A_holder_of_several_sets_needs_the_member_named()
    {
        Assert.Throws<InvalidOperationException>(() => new NamesFromAttribute(typeof(Vocabulary.VoiceNames)).Resolve());
        Assert.Throws<InvalidOperationException>(() => new NamesFromAttribute(typeof(Vocabulary.VoiceNames), "Voicez").Resolve());
        Assert.Equal(Vocabulary.VoiceNames.Scopes.Names, new NamesFromAttribute(typeof(Vocabulary.VoiceNames), nameof(Vocabulary.VoiceNames.Scopes)).Resolve().Names);
    }
}
