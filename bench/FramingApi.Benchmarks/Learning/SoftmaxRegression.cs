namespace FramingApi.Benchmarks.Learning;

/// <summary>One example of several classes: the sorted slots of its binary features and its class.</summary>
public readonly record struct ClassExample(int[] Slots, int Class);

/// <summary>
/// Multinomial (softmax) logistic regression over binary hashed features, fitted as <see cref="LogisticRegression"/>
/// is: stochastic gradient descent with AdaGrad steps and the L2 penalty applied lazily to the weights an example
/// touches. One weight per slot and class, no separate intercept (a constant feature plays its part).
/// </summary>
public sealed class SoftmaxRegression
{
    readonly double[] _weights; // slot * Classes + class

    SoftmaxRegression(double[] weights, int classes, int bits)
    {
        _weights = weights;
        Classes = classes;
        Bits = bits;
    }

    /// <summary>The number of classes.</summary>
    public int Classes { get; }

    /// <summary>Feature slots are <c>2^Bits</c>.</summary>
    public int Bits { get; }

    /// <summary>Every slot with a weight not 0 for some class, with its weights, in slot order.</summary>
    public IEnumerable<(int Slot, double[] Weights)> NonZeroWeights()
    {
        for (var slot = 0; slot < _weights.Length / Classes; slot++)
        {
            var w = _weights.AsSpan(slot * Classes, Classes);
            foreach (var x in w)
                if (x != 0) { yield return (slot, w.ToArray()); break; }
        }
    }

    /// <summary>The class probabilities of an example with these slots, into <paramref name="probabilities"/>.</summary>
    public void Probabilities(ReadOnlySpan<int> slots, Span<double> probabilities)
    {
        probabilities.Clear();
        foreach (var slot in slots)
            for (var k = 0; k < Classes; k++) probabilities[k] += _weights[slot * Classes + k];
        Softmax(probabilities);
    }

    static void Softmax(Span<double> z)
    {
        var max = double.NegativeInfinity;
        foreach (var v in z) max = Math.Max(max, v);
        var sum = 0.0;
        for (var k = 0; k < z.Length; k++) sum += z[k] = Math.Exp(z[k] - max);
        for (var k = 0; k < z.Length; k++) z[k] /= sum;
    }

    /// <summary>Fits a model of <paramref name="classes"/> classes to <paramref name="examples"/>.</summary>
    public static SoftmaxRegression Fit(IReadOnlyList<ClassExample> examples, int classes, TrainingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(settings);
        var size = (1 << settings.Bits) * classes;
        var weights = new double[size];
        var squares = new double[size];
        const double Epsilon = 1e-8;
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(settings.Seed);
        var p = new double[classes];
        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var example = examples[i];
                Array.Clear(p);
                foreach (var slot in example.Slots)
                    for (var k = 0; k < classes; k++) p[k] += weights[slot * classes + k];
                Softmax(p);
                foreach (var slot in example.Slots)
                    for (var k = 0; k < classes; k++)
                    {
                        var w = slot * classes + k;
                        var gradient = p[k] - (k == example.Class ? 1 : 0) + settings.Lambda * weights[w];
                        squares[w] += gradient * gradient;
                        weights[w] -= settings.LearningRate * gradient / (Math.Sqrt(squares[w]) + Epsilon);
                    }
            }
        }
        return new SoftmaxRegression(weights, classes, settings.Bits);
    }
}
