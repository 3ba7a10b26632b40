using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FramingApi.Analysis.Lexicons;

namespace FramingApi.Analysis.Scoring;

/// <summary>
/// A trained claim-sentence model: a logistic regression over the hashed features of
/// <see cref="ClaimSentenceFeatures"/> that gives the probability that a sentence holds a claim against russia in the
/// outlet's own voice. Trained by the benchmark's <c>learn --write-model</c> on the labelled validation corpus's tuning
/// sets; how well it transfers to unseen events is in docs/VALIDITY.md, "A trained claim detector (learn1)".
/// </summary>
/// <remarks>
/// The model that ships (seeds/models/claim-sentences.json, docs/VALIDITY.md "ship2", "detector2", "detector3" and "detector4") was written with
/// <c>learn --threshold 0.7 --write-model FILE</c>. The library reads no files: the API (and the benchmark) parse it and
/// give it to <see cref="FramingAnalyzer"/>, which runs it for a claims lexicon that names it
/// (<see cref="LexiconDefinition.Model"/> = <see cref="Id"/>). The format: <c>name</c>, <c>version</c> (bumped whenever the weights change: every analysis it
/// touches changes with it), optionally <c>features</c> (<c>words</c>, the default, <c>classes</c> or <c>wordsandclasses</c>:
/// <see cref="ClaimFeatureSet"/>), <c>bits</c> (features hash into <c>2^bits</c> slots), <c>threshold</c> (the probability
/// from which a sentence counts), <c>bias</c> and <c>weights</c>, a list of <c>[slot, weight]</c> pairs (slots absent
/// weigh 0), and optionally <c>claimedThreshold</c> (<see cref="ClaimedThreshold"/>: the detector also acts in articles
/// the rules already claimed for russia, at that bar, which must be at least <c>threshold</c>; the shipped file sets both
/// to 0.9, so a sentence needs the same probability in every article), and optionally <c>relabelThreshold</c>
/// (<see cref="RelabelOthersThreshold"/>: in a sentence the detector counts and rates at least that, the rules'
/// outlet-voice claim mentions of another actor or none become mentions against russia; at least <c>threshold</c>;
/// the shipped file: 0.9, detector9), and optionally <c>relabelGate</c> (<see cref="RelabelGate"/>: <c>roles</c> — no
/// relabelling where the rules' actor is named in the mention's clause or russia is named only as an accuser or a victim;
/// detector9b), and optionally <c>cueThreshold</c> (<see cref="CueThreshold"/>: the detector's new mention stands on a
/// victim or place cue only in a sentence rated at least that; 1: never, save the object of <i>against</i>; the shipped
/// file: 1, detector10).
/// </remarks>
public sealed class ClaimSentenceModel
{
    readonly float[] _weights;

    ClaimSentenceModel(string name, int version, int bits, double threshold, double bias, float[] weights, string sha256,
        ClaimFeatureSet features = ClaimFeatureSet.Words, double? claimedThreshold = null, double? relabelOthersThreshold = null,
        string? relabelGate = null, double? cueThreshold = null)
    {
        CueThreshold = cueThreshold;
        Features = features;
        RelabelGate = relabelGate;
        RelabelOthersThreshold = relabelOthersThreshold;
        RelabelThreshold = relabelOthersThreshold ?? RelabelThreshold;
        ClaimedThreshold = claimedThreshold;
        _sha256 = sha256;
        Id = $"{name}/{version} sha256:{sha256}";
        Name = name;
        Version = version;
        Bits = bits;
        Threshold = threshold;
        Bias = bias;
        _weights = weights;
    }

    /// <summary>
    /// What a claims lexicon names to be run with this model (<see cref="LexiconDefinition.Model"/>): name, version
    /// and the SHA-256 of the file, <c>claim-sentences/1 sha256:…</c>. Any change of the file changes it.
    /// </summary>
    public string Id { get; }

    /// <summary><paramref name="lexicon"/> naming this model (a claims lexicon; any other is returned as it is).</summary>
    public LexiconDefinition Bind(LexiconDefinition lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        return lexicon.Kind == LexiconKinds.Claims ? lexicon with { Model = Id } : lexicon;
    }

    readonly string _sha256;

    /// <summary>How the detector places, frames and gates the model's mentions (<see cref="DetectorVariant"/>): the
    /// shipped way unless the benchmark's <c>learn --variant</c> measures another.</summary>
    internal DetectorVariant Variant { get; private init; } = DetectorVariant.Shipped;

    /// <summary>This model run the way <paramref name="variant"/> says (the benchmark's experiments).</summary>
    internal ClaimSentenceModel With(DetectorVariant variant, double? relabelThreshold = null) =>
        new(Name, Version, Bits, Threshold, Bias, _weights, _sha256, Features, ClaimedThreshold, RelabelOthersThreshold, RelabelGate, CueThreshold)
        {
            Variant = variant,
            RelabelThreshold = relabelThreshold ?? RelabelThreshold,
            VetoThreshold = VetoThreshold,
        };

    /// <summary>This model with the veto of the rules' mentions at <paramref name="veto"/> (detector9's experiment), or
    /// without one (null).</summary>
    internal ClaimSentenceModel WithVeto(double? veto) =>
        new(Name, Version, Bits, Threshold, Bias, _weights, _sha256, Features, ClaimedThreshold, RelabelOthersThreshold, RelabelGate, CueThreshold)
        {
            Variant = Variant,
            RelabelThreshold = RelabelThreshold,
            VetoThreshold = veto,
        };

    /// <summary>The veto (detector9, measured): the rules' outlet-voice mentions against russia in a sentence the model
    /// scores below it are dropped; null: none.</summary>
    internal double? VetoThreshold { get; private init; }

    /// <summary>The probability from which a flagged sentence's rules mentions of another actor become mentions against
    /// russia (<see cref="DetectorVariant.RelabelAny"/>), at least <see cref="Threshold"/>: taking the rules' actor away
    /// asks for more than adding a mention where the rules found none (docs/VALIDITY.md, "The claim detector, round 3").</summary>
    internal double RelabelThreshold { get; private init; } = 0.95;

    /// <summary>The model's name (<c>claim-sentences</c>).</summary>
    public string Name { get; }

    /// <summary>The model's version: a change of weights is a new version.</summary>
    public int Version { get; }

    /// <summary>Feature slots are <c>2^Bits</c>.</summary>
    public int Bits { get; }

    /// <summary>The features the model was trained on (<c>features</c> in the file; <c>words</c> when absent).</summary>
    public ClaimFeatureSet Features { get; }

    /// <summary>The probability from which a sentence counts as holding a claim.</summary>
    public double Threshold { get; }

    /// <summary>
    /// Beyond the fallback (<c>claimedThreshold</c> in the file; null when absent): the probability from which a sentence
    /// also counts in an article where the rules found a claim against russia in the outlet's voice, at least
    /// <see cref="Threshold"/>. Null: the detector is a fallback only (docs/VALIDITY.md, "The claim detector, round 8").
    /// </summary>
    public double? ClaimedThreshold { get; }

    /// <summary>
    /// <c>relabelThreshold</c> in the file (null when absent; at least <see cref="Threshold"/>, below 1): the detector
    /// also relabels — in a sentence it counts and rates at least this — the rules' outlet-voice claim mentions of
    /// another actor or of none (<c>unknown</c>) as claims against russia, framed as the rules framed them, instead of
    /// leaving the sentence to the rules (<see cref="DetectorVariant.RelabelAny"/>; docs/VALIDITY.md, "The claim
    /// detector, round 9"). Null: the rules' mentions are never relabelled.
    /// </summary>
    public double? RelabelOthersThreshold { get; }

    /// <summary>The value <c>roles</c> of <c>relabelGate</c> in the file (detector9b).</summary>
    public const string RolesGate = "roles";

    /// <summary>
    /// <c>relabelGate</c> in the file (null when absent; else <see cref="RolesGate"/>, with a <c>relabelThreshold</c>):
    /// the relabelling follows the sentence's roles, not only its score — the rules' actor stays where it is named in the
    /// mention's clause, and nothing is relabelled in a sentence that names russia only as an accuser ("Russia's claims
    /// of genocide", "Moscow accuses …") or a victim ("the killings of Russian soldiers") (<see cref="DetectorVariant.RoleGate"/>;
    /// docs/VALIDITY.md, "Round 9, gated (detector9b)"). Null: every such mention in a sentence rated at least
    /// <see cref="RelabelOthersThreshold"/> is relabelled.
    /// </summary>
    public string? RelabelGate { get; }

    /// <summary>
    /// <c>cueThreshold</c> in the file (null when absent; from <c>threshold</c> to 1): the detector's new mention stands on a
    /// cue — a claims-lexicon target that names only the victims or the place (<i>children, residents, the town</i>) — only
    /// in a sentence the model rates at least this; 1: never (the sentence then gets a mention only where it has an act,
    /// trigger, perpetration or event word, or the cue is the object of <i>against</i> in a phrase that names the act with
    /// its victims: <i>crimes against innocent civilians</i>, <i>an airstrike against the village</i>; mend10). Null: a cue is the span when the sentence has nothing else (claims round 46).
    /// docs/VALIDITY.md, "The claim detector, round 10 (detector10)".
    /// </summary>
    public double? CueThreshold { get; }

    /// <summary>The intercept (log-odds).</summary>
    public double Bias { get; }

    /// <summary>The weight of one feature slot (below <c>2^Bits</c>).</summary>
    internal float Weight(int slot) => _weights[slot];

    /// <summary>The probability that a sentence with these feature slots (below <c>2^Bits</c>) holds a claim.</summary>
    public double Probability(ReadOnlySpan<int> slots)
    {
        var z = Bias;
        foreach (var slot in slots) z += _weights[slot];
        return z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));
    }

    /// <summary>A required number field: a wrong kind (<c>"1"</c>, <c>null</c>, <c>true</c>) is named (mend10).</summary>
    static double Number(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? NumberValue(value, name) : throw new FormatException($"{name}: missing.");

    static double? OptionalNumber(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? NumberValue(value, name) : null;

    static double NumberValue(JsonElement value, string name) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number) ? number
        : throw new FormatException($"{name}: must be a number.");

    static int Integer(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) ? throw new FormatException($"{name}: missing.")
        : value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number
        : throw new FormatException($"{name}: must be an integer.");

    /// <summary>Reads a model file (the format is in the remarks).</summary>
    /// <exception cref="FormatException">The JSON is malformed or a field is missing or out of range.</exception>
    public static ClaimSentenceModel Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var bits = Integer(root, "bits");
            if (bits is < 8 or > 26) throw new FormatException("bits: must be from 8 to 26.");
            var threshold = Number(root, "threshold");
            if (threshold is <= 0 or >= 1) throw new FormatException("threshold: must be between 0 and 1.");
            var claimed = OptionalNumber(root, "claimedThreshold");
            if (claimed is { } ct && (ct < threshold || ct >= 1))
                throw new FormatException("claimedThreshold: must be from threshold to below 1.");
            var relabel = OptionalNumber(root, "relabelThreshold");
            if (relabel is { } rt && (rt < threshold || rt >= 1))
                throw new FormatException("relabelThreshold: must be from threshold to below 1.");
            string? gate = !root.TryGetProperty("relabelGate", out var g) ? null
                : g.ValueKind == JsonValueKind.String ? g.GetString() : throw new FormatException("relabelGate: must be \"roles\", with a relabelThreshold.");
            if (gate is not null && (gate != RolesGate || relabel is null))
                throw new FormatException("relabelGate: must be \"roles\", with a relabelThreshold.");
            var cue = OptionalNumber(root, "cueThreshold");
            if (cue is { } qt && (qt < threshold || qt > 1))
                throw new FormatException("cueThreshold: must be from threshold to 1.");
            var weights = new float[1 << bits];
            foreach (var pair in root.GetProperty("weights").EnumerateArray())
            {
                var slot = pair[0].GetInt32();
                if ((uint)slot >= (uint)weights.Length) throw new FormatException($"weights: slot {slot} is not below 2^{bits}.");
                weights[slot] = pair[1].GetSingle();
            }
            return new ClaimSentenceModel(root.GetProperty("name").GetString() ?? throw new FormatException("name: missing."),
                Integer(root, "version"), bits, threshold, Number(root, "bias"), weights,
                Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))),
                !root.TryGetProperty("features", out var features) ? ClaimFeatureSet.Words
                : Enum.TryParse<ClaimFeatureSet>(features.GetString(), ignoreCase: true, out var set) && Enum.IsDefined(set) ? set
                : throw new FormatException("features: must be words, classes, wordsandclasses, roles, wordsandroles, wordsrolesandcontext, wordsrolesandorder or wordsrolesandshape."),
                claimed, relabel, gate, cue);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException)
        {
            throw new FormatException($"Not a claim-sentence model: {e.Message}", e);
        }
    }
}
