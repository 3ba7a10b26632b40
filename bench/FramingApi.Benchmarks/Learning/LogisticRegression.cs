namespace FramingApi.Benchmarks.Learning;

/// <summary>One training or test example: the sorted slots of its binary features and its label.</summary>
public readonly record struct Example(int[] Slots, bool Label);

/// <summary>The settings of <see cref="LogisticRegression.Fit"/>.</summary>
/// <param name="Bits">Feature slots: <c>2^Bits</c> weights.</param>
/// <param name="Lambda">L2 strength: each step pulls every weight it touches toward 0 by <c>Lambda × w</c>.</param>
/// <param name="LearningRate">AdaGrad's base step.</param>
/// <param name="Epochs">Passes over the examples, each in a new order drawn from <paramref name="Seed"/>.</param>
/// <param name="Seed">Seed of the shuffles (the fit is deterministic for a given seed and example order).</param>
/// <param name="Features">The features of each sentence (<see cref="FramingApi.Analysis.Scoring.ClaimFeatureSet"/>).</param>
/// <param name="Average">detector12: fit this many models, on seeds <c>Seed</c>, <c>Seed + 1009</c>, <c>Seed + 2018</c> …
/// (so that two runs with nearby seeds share no member), and average their
/// weights and biases into one (<see cref="LogisticRegression.FitAveraged"/>); 1: a single fit.</param>
/// <param name="Bootstrap">detector12: with <paramref name="Average"/> above 1, fit each member to a bootstrap sample
/// (drawn with replacement, from the member's seed) of the examples instead of all of them.</param>
/// <param name="MinSets">detector12: leave out of the fit every feature seen in fewer than this many training sets (a
/// feature that fires in one event only is that event's word); 1: keep all. Applied by the caller, which knows the sets.</param>
public sealed record TrainingSettings(int Bits = 18, double Lambda = 1e-3, double LearningRate = 0.1, int Epochs = 12, int Seed = 11,
    FramingApi.Analysis.Scoring.ClaimFeatureSet Features = FramingApi.Analysis.Scoring.ClaimFeatureSet.Words,
    int Average = 1, bool Bootstrap = false, int MinSets = 1);

/// <summary>
/// L2-regularised logistic regression over binary hashed features, fitted by stochastic gradient descent with AdaGrad
/// step sizes (Duchi, Hazan and Singer 2011). The L2 penalty is applied in its usual lazy form: each step shrinks the
/// weights of the features the example has, so a frequent feature is held back more than a rare one.
/// </summary>
public sealed class LogisticRegression
{
    readonly double[] _weights;

    LogisticRegression(double[] weights, double bias, int bits)
    {
        _weights = weights;
        Bias = bias;
        Bits = bits;
    }

    /// <summary>Feature slots are <c>2^Bits</c>.</summary>
    public int Bits { get; }

    /// <summary>The intercept.</summary>
    public double Bias { get; }

    /// <summary>The weight of a slot.</summary>
    public double Weight(int slot) => _weights[slot];

    /// <summary>Every slot whose weight is not 0, with its weight, in slot order.</summary>
    public IEnumerable<(int Slot, double Weight)> NonZeroWeights()
    {
        for (var slot = 0; slot < _weights.Length; slot++)
            if (_weights[slot] != 0) yield return (slot, _weights[slot]);
    }

    /// <summary>The model's log-odds that an example with these slots is positive.</summary>
    public double Score(ReadOnlySpan<int> slots)
    {
        var z = Bias;
        foreach (var slot in slots) z += _weights[slot];
        return z;
    }

    /// <summary>The model's probability that an example with these slots is positive.</summary>
    public double Probability(ReadOnlySpan<int> slots) => Sigmoid(Score(slots));

    static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));

    /// <summary>detector12: <see cref="Fit"/> <c>settings.Average</c> times, on seeds <c>settings.Seed + 1009 k</c> (each on a
    /// bootstrap sample of the examples with <c>settings.Bootstrap</c>), and the mean of the members' weights and biases:
    /// a linear model again, so it is read and run like any one fit. With <c>Average</c> 1 and no bootstrap, <see cref="Fit"/>
    /// itself.</summary>
    public static LogisticRegression FitAveraged(IReadOnlyList<Example> examples, TrainingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Average <= 1 && !settings.Bootstrap) return Fit(examples, settings);
        var members = Math.Max(1, settings.Average);
        var size = 1 << settings.Bits;
        var sum = new double[size];
        double bias = 0;
        for (var k = 0; k < members; k++)
        {
            var seed = unchecked(settings.Seed + MemberSeedStep * k);
            IReadOnlyList<Example> sample = examples;
            if (settings.Bootstrap)
            {
                var draw = new Random(unchecked(seed * 7919 + 1));
                var resampled = new Example[examples.Count];
                for (var i = 0; i < resampled.Length; i++) resampled[i] = examples[draw.Next(examples.Count)];
                sample = resampled;
            }
            var member = Fit(sample, settings with { Seed = seed });
            for (var slot = 0; slot < size; slot++) sum[slot] += member._weights[slot];
            bias += member.Bias;
        }
        for (var slot = 0; slot < size; slot++) sum[slot] /= members;
        return new LogisticRegression(sum, bias / members, settings.Bits);
    }

    /// <summary>The distance between the seeds of two members of <see cref="FitAveraged"/>.</summary>
    public const int MemberSeedStep = 1009;

    /// <summary>Fits a model to <paramref name="examples"/> (slots below <c>2^settings.Bits</c>).</summary>
    public static LogisticRegression Fit(IReadOnlyList<Example> examples, TrainingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(settings);
        var size = 1 << settings.Bits;
        var weights = new double[size];
        var squares = new double[size];
        double bias = 0, biasSquares = 0;
        const double Epsilon = 1e-8;
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(settings.Seed);
        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var example = examples[i];
                var z = bias;
                foreach (var slot in example.Slots) z += weights[slot];
                var error = Sigmoid(z) - (example.Label ? 1 : 0); // d(log loss)/dz
                foreach (var slot in example.Slots)
                {
                    var gradient = error + settings.Lambda * weights[slot];
                    squares[slot] += gradient * gradient;
                    weights[slot] -= settings.LearningRate * gradient / (Math.Sqrt(squares[slot]) + Epsilon);
                }
                biasSquares += error * error;
                bias -= settings.LearningRate * error / (Math.Sqrt(biasSquares) + Epsilon);
            }
        }
        return new LogisticRegression(weights, bias, settings.Bits);
    }
}
