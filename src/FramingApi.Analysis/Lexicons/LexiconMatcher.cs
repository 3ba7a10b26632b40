using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Lexicons;

/// <summary>
/// A hit of a lexicon entry: tokens <c>[FirstToken, FirstToken + TokenCount)</c> matched an entry of lexicon
/// <see cref="Lexicon"/> that counts for category <see cref="Category"/> (indices into
/// <see cref="LexiconMatcher.Lexicons"/> and its <see cref="CompiledLexicon.Categories"/>). An entry with several
/// categories gives one match per category.
/// </summary>
public readonly record struct LexiconMatch(int Lexicon, int Category, int FirstToken, int TokenCount, float Weight)
{
    /// <summary>Index of the matched entry in <see cref="CompiledLexicon.Entries"/> (for evidence: its term).</summary>
    public int Entry { get; init; }
}

/// <summary>A lexicon as compiled into a <see cref="LexiconMatcher"/>: its definition and category lookup.</summary>
public sealed class CompiledLexicon
{
    readonly FrozenDictionary<string, int> _categoryIndex;

    internal CompiledLexicon(LexiconDefinition definition)
    {
        Definition = definition;
        _categoryIndex = definition.Categories.Select((c, i) => KeyValuePair.Create(c.Key, i))
            .ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The validated, normalised definition.</summary>
    public LexiconDefinition Definition { get; }

    /// <summary>The lexicon's name.</summary>
    public string Name => Definition.Name;

    /// <summary>The lexicon's kind.</summary>
    public string Kind => Definition.Kind;

    /// <summary>Categories: <see cref="LexiconMatch.Category"/> indexes this list (key, description, role).</summary>
    public IReadOnlyList<LexiconCategory> Categories => Definition.Categories;

    /// <summary>Entries: <see cref="LexiconMatch.Entry"/> indexes this list.</summary>
    public IReadOnlyList<LexiconEntry> Entries => Definition.Entries;

    /// <summary>Index of the category with this key, or -1.</summary>
    public int CategoryIndex(string key) => _categoryIndex.TryGetValue(key, out var i) ? i : -1;
}

/// <summary>
/// One or several lexicons compiled into one matcher that finds all their entries in a single pass over a token
/// stream, without regular expressions and without allocating per token. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>Semantics of <see cref="Match(ReadOnlySpan{char}, ReadOnlySpan{Token}, List{LexiconMatch})"/>:</para>
/// <list type="bullet">
/// <item>Each lexicon is matched on its own, leftmost-longest and non-overlapping: scanning left to right, at each
/// token not yet covered by a match <em>of the same lexicon</em>, the entry spanning the most tokens wins. Lexicons do
/// not hide each other: a topic phrase does not hide a loaded word under it.</item>
/// <item>A phrase is a sequence of tokens; it never crosses a sentence boundary (<see cref="Token.Sentence"/>).</item>
/// <item>Tokens in <see cref="Voice.None"/> (boilerplate) never match and break phrases.</item>
/// <item>A stem "alleg*" matches the token "alleg" itself and every longer token starting with it; in a phrase the stem
/// is the last word ("war crime*").</item>
/// <item>Between entries spanning the same number of tokens, an exact word beats a stem, and a longer stem beats a
/// shorter one (for the last token).</item>
/// <item>Matches come out ordered by first token; at one token, by lexicon; one match per category of the entry.</item>
/// </list>
/// <para>How it is fast: every exact word of all lexicons together gets a small integer id in one open-addressing
/// table looked up by span (<see cref="WordTable"/>), so each token costs one hash lookup (the
/// <see cref="Scoring.FramingAnalyzer"/> has the tokenizer make it as each token ends, and hands the ids over). Stems
/// are found by walking a character trie of all stems, but only for tokens whose first few characters begin some stem
/// (one bit test on a hash of the prefix rules out nearly all others). Phrases are tries over these ids, so continuing a
/// phrase is a binary search among a node's few children, and only happens after a phrase's first word matched.</para>
/// </remarks>
public sealed class LexiconMatcher
{
    const int Blocked = -2;
    const int NoWord = -1;
    const int ExactRank = int.MaxValue;
    const int MaxStemHitsPerToken = 16;
    const int StemCandidate = int.MinValue; // flag (sign bit) on a candidate token index: its prefix may start a stem

    readonly WordTable _words;
    readonly int _wordCount;

    // Per symbol (word ids, then stem ids offset by _wordCount): the trie nodes reached from the lexicons' roots.
    readonly int[] _symbolRootStart;
    readonly int[] _symbolRootCount;
    readonly int[] _rootNodes;
    // By word id + 1 ([0]: no word): how the word begins entries. StartsNothing; StartsEntry: an entry, or a phrase
    // that a stem may continue; StartsPhrase: only phrases whose next word is an exact word (most function words:
    // "according", "on"), so a candidate only when the next token is a lexicon word.
    readonly byte[] _wordStarts;
    const byte StartsNothing = 0, StartsEntry = 1, StartsPhrase = 2;
    // A bit per hash of (first word, second word) for the first two words of every phrase that a StartsPhrase word
    // begins: "of" waits for a lexicon word, and most that follow it ("of the") continue no phrase of "of". Such a
    // word is a candidate only when its pair's bit is set (about one pair in 40 has its bit set by chance).
    readonly ulong[] _phrasePairs = new ulong[65536 / 64];
    // For the same words, a bit per hash of each (first, second) pair after which some phrase may end or take a stem
    // (PairEnds: "of course"), and a bit per hash of the first three words of every other phrase (Triple: "in the
    // dock"). A StartsPhrase candidate whose pair's bit is clear is tried only when its triple's bit is set, so that a
    // frequent pair ("in the", "a senior") costs no walk down the tries of the lexicons its first word begins.
    readonly ulong[] _phraseTriples = new ulong[65536 / 64];
    // A bit per hash of (root node, exact word) for every phrase's first two words: at a root without a stem child, a
    // next word whose bit is clear continues none of its phrases, so the root's own entry (if any) is the answer
    // without Extend ("said" before "the": "said that" is not there).
    readonly ulong[] _rootNext = new ulong[65536 / 64];

    // Token trie over symbols, all lexicons in one node space.
    readonly int[] _nodeLexicon;
    readonly int[] _nodeEntry;
    readonly int[] _nodeChildStart;
    readonly int[] _nodeChildCount;
    readonly bool[] _nodeHasStemChild;
    readonly int[] _childSymbol;
    readonly int[] _childNode;

    // Compiled entries: lexicon, local index, weight, categories.
    readonly int[] _entryLexicon;
    readonly int[] _entryLocal;
    readonly float[] _entryWeight;
    readonly int[] _entryCategoryStart;
    readonly int[] _entryCategoryCount;
    readonly int[] _categories;

    // Character trie of stems (without '*'); node 0 is the root.
    readonly bool _hasStems;
    readonly int[] _stemRootAscii;
    // When every stem has four characters or more: the trie node of each stem's first four characters, by those
    // characters read as one 8-byte block (open addressing; key 0 = empty, which no four characters are). A walk
    // starts there instead of stepping through the first four nodes.
    readonly ulong[] _stemDepth4Keys = [];
    readonly int[] _stemDepth4Nodes = [];
    readonly int _stemDepth4Shift;
    readonly int[] _stemChildStart;
    readonly int[] _stemChildCount;
    readonly char[] _stemChildChar;
    readonly int[] _stemChildNode;
    readonly int[] _stemNodeSymbol;
    // Bit per hash of the first _stemPrefixLength characters of some stem (= the shortest stem's length, at most 4):
    // a token shorter than that, or whose prefix's bit is clear, starts no stem. Most tokens stop at this one test.
    const int MaxStemPrefix = 4;
    readonly int _stemPrefixLength = MaxStemPrefix;
    readonly ulong[] _stemPrefixes = new ulong[65536 / 64];
    // The same for the stems that begin entries (the others only end phrases: "talking point*"): the test for a
    // candidate, while a phrase's next word is tested with _stemPrefixes.
    readonly ulong[] _startingStemPrefixes = new ulong[65536 / 64];
    // The tables LookUp reads per token, in one array so that its loop holds one base address instead of three (the
    // JIT kept them on the stack, reloaded per token): _phrasePairs' bits, then _startingStemPrefixes' (from element
    // LookUpStemPrefixes), then _wordStarts' bytes (from byte LookUpWordStarts).
    readonly ulong[] _lookUpTables;
    const int LookUpStemPrefixes = 65536 / 64;
    const int LookUpWordStarts = 2 * (65536 / 64) * 8;

    /// <summary>The compiled lexicons, in the order given: <see cref="LexiconMatch.Lexicon"/> indexes this list.</summary>
    public IReadOnlyList<CompiledLexicon> Lexicons { get; }

    /// <summary>The term of the entry a match comes from (lower-cased, e.g. "war crime*"), for evidence.</summary>
    public string Term(in LexiconMatch match) => Lexicons[match.Lexicon].Entries[match.Entry].Term;

    /// <summary>Compiles one lexicon.</summary>
    public static LexiconMatcher Compile(LexiconDefinition lexicon) => Compile([lexicon]);

    /// <summary>
    /// Validates (see <see cref="LexiconValidator.Validate"/>) and compiles the lexicons into one matcher.
    /// </summary>
    /// <exception cref="LexiconFormatException">A lexicon is not valid.</exception>
    public static LexiconMatcher Compile(IReadOnlyList<LexiconDefinition> lexicons) =>
        new([.. lexicons.Select(l => LexiconValidator.Validate(l))]);

    LexiconMatcher(LexiconDefinition[] lexicons)
    {
        Lexicons = [.. lexicons.Select(l => new CompiledLexicon(l))];

        // Pass 1: vocabulary of exact words and of stems.
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var stems = new Dictionary<string, int>(StringComparer.Ordinal);
        var totalEntries = 0;
        foreach (var lexicon in lexicons)
        {
            foreach (var entry in lexicon.Entries)
            {
                var term = entry.Term;
                var star = LexiconTerms.IsStem(term);
                var body = star ? term[..^1] : term;
                var parts = body.Split(' ');
                for (var k = 0; k < parts.Length; k++)
                {
                    if (star && k == parts.Length - 1) stems.TryAdd(parts[k], stems.Count);
                    else words.TryAdd(parts[k], words.Count);
                }
            }
            totalEntries += lexicon.Entries.Count;
        }
        _wordCount = words.Count;
        var symbolCount = words.Count + stems.Count;

        // Pass 2: the token trie. Nodes 0..L-1 are the lexicons' roots.
        var nodeLexicon = new List<int>(totalEntries + lexicons.Length);
        var nodeEntry = new List<int>(totalEntries + lexicons.Length);
        for (var l = 0; l < lexicons.Length; l++)
        {
            nodeLexicon.Add(l);
            nodeEntry.Add(-1);
        }
        var edges = new Dictionary<long, int>(totalEntries, MixedLongComparer.Instance);
        _entryLexicon = new int[totalEntries];
        _entryLocal = new int[totalEntries];
        _entryWeight = new float[totalEntries];
        _entryCategoryStart = new int[totalEntries];
        _entryCategoryCount = new int[totalEntries];
        var categories = new List<int>(totalEntries);
        var global = 0;
        for (var l = 0; l < lexicons.Length; l++)
        {
            var compiled = Lexicons[l];
            var entries = lexicons[l].Entries;
            for (var e = 0; e < entries.Count; e++, global++)
            {
                var entry = entries[e];
                var star = LexiconTerms.IsStem(entry.Term);
                var parts = (star ? entry.Term[..^1] : entry.Term).Split(' ');
                var node = l;
                for (var k = 0; k < parts.Length; k++)
                {
                    var symbol = star && k == parts.Length - 1 ? _wordCount + stems[parts[k]] : words[parts[k]];
                    var key = ((long)node << 32) | (uint)symbol;
                    if (!edges.TryGetValue(key, out var child))
                    {
                        child = nodeLexicon.Count;
                        nodeLexicon.Add(l);
                        nodeEntry.Add(-1);
                        edges.Add(key, child);
                    }
                    node = child;
                }
                nodeEntry[node] = global;
                _entryLexicon[global] = l;
                _entryLocal[global] = e;
                _entryWeight[global] = (float)entry.Weight;
                _entryCategoryStart[global] = categories.Count;
                _entryCategoryCount[global] = entry.Categories.Count;
                foreach (var key in entry.Categories) categories.Add(compiled.CategoryIndex(EntryRoles.Split(key).Key));
            }
        }
        _categories = [.. categories];
        _nodeLexicon = [.. nodeLexicon];
        _nodeEntry = [.. nodeEntry];

        // Flatten the edges: root edges grouped by symbol, other edges grouped by parent and sorted by symbol.
        var nodeCount = _nodeLexicon.Length;
        _nodeChildStart = new int[nodeCount];
        _nodeChildCount = new int[nodeCount];
        _nodeHasStemChild = new bool[nodeCount];
        _symbolRootStart = new int[symbolCount];
        _symbolRootCount = new int[symbolCount];
        var roots = lexicons.Length;
        var rootKeys = new List<long>();
        var rootChildren = new List<int>();
        var innerKeys = new List<long>(edges.Count);
        var innerChildren = new List<int>(edges.Count);
        foreach (var (key, child) in edges)
        {
            var parent = (int)(key >> 32);
            var symbol = (int)(uint)key;
            if (parent < roots)
            {
                rootKeys.Add(((long)symbol << 32) | (uint)parent); // by symbol, then lexicon
                rootChildren.Add(child);
            }
            else
            {
                innerKeys.Add(key);
                innerChildren.Add(child);
            }
        }
        var rk = rootKeys.ToArray();
        _rootNodes = [.. rootChildren];
        Array.Sort(rk, _rootNodes);
        for (var i = 0; i < rk.Length; i++)
        {
            var symbol = (int)(rk[i] >> 32);
            if (_symbolRootCount[symbol]++ == 0) _symbolRootStart[symbol] = i;
        }
        var ik = innerKeys.ToArray();
        _childNode = [.. innerChildren];
        Array.Sort(ik, _childNode);
        _childSymbol = new int[ik.Length];
        for (var i = 0; i < ik.Length; i++)
        {
            var parent = (int)(ik[i] >> 32);
            var symbol = (int)(uint)ik[i];
            if (_nodeChildCount[parent]++ == 0) _nodeChildStart[parent] = i;
            if (symbol >= _wordCount) _nodeHasStemChild[parent] = true;
            _childSymbol[i] = symbol;
        }

        foreach (var root in _rootNodes)
            for (var k = _nodeChildStart[root]; k < _nodeChildStart[root] + _nodeChildCount[root]; k++)
                if (_childSymbol[k] < _wordCount) SetBit(_rootNext, PairBit(root, _childSymbol[k]));

        _words = new WordTable([.. words.OrderBy(w => w.Value).Select(w => w.Key)]);
        _wordStarts = new byte[_wordCount + 1];
        for (var w = 0; w < _wordCount; w++)
        {
            var starting = _rootNodes.AsSpan(_symbolRootStart[w], _symbolRootCount[w]);
            var phraseOnly = true;
            foreach (var node in starting) phraseOnly &= _nodeEntry[node] < 0 && !_nodeHasStemChild[node];
            _wordStarts[w + 1] = starting.IsEmpty ? StartsNothing : phraseOnly ? StartsPhrase : StartsEntry;
            if (!phraseOnly || starting.IsEmpty) continue;
            foreach (var node in starting)
            {
                var secondStart = _nodeChildStart[node];
                for (var k = 0; k < _nodeChildCount[node]; k++)
                {
                    var second = _childSymbol[secondStart + k]; // an exact word: a phrase-only start has no stem child
                    SetBit(_phrasePairs, PairBit(w, second));
                    var pairNode = _childNode[secondStart + k];
                    if (_nodeEntry[pairNode] >= 0 || _nodeHasStemChild[pairNode])
                    {
                        SetBit(_phraseTriples, PairEndsBit(w, second));
                        continue;
                    }
                    foreach (var third in _childSymbol.AsSpan(_nodeChildStart[pairNode], _nodeChildCount[pairNode]))
                        SetBit(_phraseTriples, TripleBit(w, second, third)); // exact words: no stem child here
                }
            }
        }

        // The stem character trie.
        _hasStems = stems.Count > 0;
        var stemNodeSymbol = new List<int> { -1 };
        var stemEdges = new Dictionary<(int Parent, char Ch), int>();
        foreach (var (stem, id) in stems)
        {
            var node = 0;
            foreach (var ch in stem)
            {
                if (!stemEdges.TryGetValue((node, ch), out var child))
                {
                    child = stemNodeSymbol.Count;
                    stemNodeSymbol.Add(-1);
                    stemEdges.Add((node, ch), child);
                }
                node = child;
            }
            stemNodeSymbol[node] = _wordCount + id;
            _stemPrefixLength = Math.Min(_stemPrefixLength, stem.Length);
        }
        foreach (var (stem, id) in stems)
        {
            SetBit(_stemPrefixes, StemPrefixBit(stem));
            if (_symbolRootCount[_wordCount + id] > 0) SetBit(_startingStemPrefixes, StemPrefixBit(stem));
        }
        _stemNodeSymbol = [.. stemNodeSymbol];
        _stemChildStart = new int[_stemNodeSymbol.Length];
        _stemChildCount = new int[_stemNodeSymbol.Length];
        var stemSorted = stemEdges.OrderBy(kv => kv.Key.Parent).ThenBy(kv => kv.Key.Ch).ToArray();
        _stemChildChar = new char[stemSorted.Length];
        _stemChildNode = new int[stemSorted.Length];
        _stemRootAscii = new int[128];
        Array.Fill(_stemRootAscii, -1);
        for (var i = 0; i < stemSorted.Length; i++)
        {
            var ((parent, ch), child) = stemSorted[i];
            if (_stemChildCount[parent]++ == 0) _stemChildStart[parent] = i;
            _stemChildChar[i] = ch;
            _stemChildNode[i] = child;
            if (parent == 0 && ch < 128) _stemRootAscii[ch] = child;
        }
        if (_hasStems && _stemPrefixLength == MaxStemPrefix)
        {
            var prefixes = stems.Keys.Select(k => k[..MaxStemPrefix]).Distinct(StringComparer.Ordinal).ToList();
            var bits = 4;
            while ((1 << bits) < prefixes.Count * 4) bits++;
            _stemDepth4Shift = 64 - bits;
            _stemDepth4Keys = new ulong[1 << bits];
            _stemDepth4Nodes = new int[1 << bits];
            foreach (var prefix in prefixes)
            {
                var node = 0;
                foreach (var ch in prefix) node = StemChild(node, ch);
                var key = MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(prefix.AsSpan()));
                var slot = (int)((key * 0x9E3779B97F4A7C15UL) >> _stemDepth4Shift);
                while (_stemDepth4Keys[slot] != 0) slot = (slot + 1) & ((1 << bits) - 1);
                _stemDepth4Keys[slot] = key;
                _stemDepth4Nodes[slot] = node;
            }
        }

        // LookUp's three tables in one array (see _lookUpTables).
        _lookUpTables = new ulong[LookUpWordStarts / 8 + (_wordStarts.Length + 7) / 8];
        _phrasePairs.CopyTo(_lookUpTables, 0);
        _startingStemPrefixes.CopyTo(_lookUpTables, LookUpStemPrefixes);
        _wordStarts.CopyTo(MemoryMarshal.AsBytes(_lookUpTables.AsSpan())[LookUpWordStarts..]);
    }

    /// <summary>
    /// Appends to <paramref name="output"/> every match of every lexicon in <paramref name="tokens"/> (see the remarks
    /// for the semantics). A token's text is <c>loweredText.Slice(token.Start, token.Length)</c>: lower-cased, with
    /// curly apostrophes folded to <c>'</c>, as the tokenizer produces it. Allocates nothing but the matches added to
    /// <paramref name="output"/> (one pooled buffer per call).
    /// </summary>
    public void Match(ReadOnlySpan<char> loweredText, ReadOnlySpan<Token> tokens, List<LexiconMatch> output) =>
        Match(loweredText, tokens, [], output);

    /// <summary>
    /// The word table whose ids <see cref="Match(ReadOnlySpan{char}, ReadOnlySpan{Token}, Span{int}, List{LexiconMatch})"/>
    /// takes from the tokenizer (<see cref="AnalyzedText.Analyze(SegmentedText, WordTable)"/>).
    /// </summary>
    internal WordTable Words => _words;

    /// <summary>
    /// <see cref="Match(ReadOnlySpan{char}, ReadOnlySpan{Token}, List{LexiconMatch})"/> given every token's id in
    /// <see cref="Words"/> (<paramref name="wordIds"/>, one per token, found by the tokenizer as it ended each token),
    /// or none (empty: looked up here). The ids of boilerplate tokens are overwritten with a mark of their own (again
    /// the same one on a second call).
    /// </summary>
    internal void Match(ReadOnlySpan<char> loweredText, ReadOnlySpan<Token> tokens, Span<int> wordIds, List<LexiconMatch> output)
    {
        var n = tokens.Length;
        if (n == 0) return;
        var given = wordIds.Length == n;
        // One pooled buffer: candidates (and symbols when not given) a value per token each, then the per-lexicon
        // bests and the stem buffers. No stackalloc: a method with one is compiled optimised at once, without the
        // tiered profile (PGO) that the rest of the pipeline gets.
        var lexiconCount = Lexicons.Count;
        var tokenPart = given ? n : 2 * n;
        const int stemPart = 2 * MaxStemHitsPerToken + 2 * MaxStemHitsPerToken * LexiconTerms.MaxWords;
        var rented = ArrayPool<int>.Shared.Rent(tokenPart + lexiconCount * 5 + stemPart);
        var perLexicon = rented.AsSpan(tokenPart, lexiconCount * 5);
        try
        {
            // Pass 1: every token's word id, and the tokens where an entry can start.
            var symbols = given ? wordIds : rented.AsSpan(n, n);
            var candidates = rented.AsSpan(0, n);
            if (!given) _words.FindAll(loweredText, tokens, symbols);
            var candidateCount = LookUp(loweredText, tokens, symbols, candidates);

            var blockedUntil = perLexicon[..lexiconCount];
            var bestLength = perLexicon.Slice(lexiconCount, lexiconCount);
            var bestRank = perLexicon.Slice(2 * lexiconCount, lexiconCount);
            var bestEntry = perLexicon.Slice(3 * lexiconCount, lexiconCount);
            var touched = perLexicon.Slice(4 * lexiconCount, lexiconCount);
            blockedUntil.Clear();
            bestLength.Clear();
            // Written before they are read (WalkStems, FindStems): the pooled buffer's old values never show.
            var stems = rented.AsSpan(tokenPart + lexiconCount * 5, stemPart);
            var stemSymbols = stems[..MaxStemHitsPerToken];
            var stemLengths = stems.Slice(MaxStemHitsPerToken, MaxStemHitsPerToken);
            // Stem buffers for phrase continuations: symbols and lengths for each word position of a phrase.
            var stemScratch = stems[(2 * MaxStemHitsPerToken)..];

            foreach (var candidate in candidates[..candidateCount])
            {
                var i = candidate & ~StemCandidate;
                var symbol = symbols[i];
                var t = tokens[i];
                var stemCount = (candidate & StemCandidate) == 0 ? 0
                    : WalkStems(loweredText.Slice(t.Start, t.Length), stemSymbols, stemLengths);
                if (stemCount == 0)
                {
                    // The common case: an exact word and no stem. Its root nodes (one per lexicon whose entries it
                    // begins, in lexicon order) each give their lexicon's best entry at this token on their own: with
                    // one start symbol, no lexicon has two candidates to choose between, and the matches come out in
                    // lexicon order as they are found.
                    if (symbol < 0) continue;
                    // A word that only begins phrases of three words or more after this pair ("in the dock" after
                    // "in the"): nothing to try unless the third word may continue one of them.
                    if (_wordStarts[symbol + 1] == StartsPhrase && !MayContinuePhrase(symbol, i, symbols)) continue;
                    var r = _symbolRootStart[symbol];
                    var rootEnd = r + _symbolRootCount[symbol];
                    for (; r < rootEnd; r++)
                    {
                        var node = _rootNodes[r];
                        var lexicon = _nodeLexicon[node];
                        if (blockedUntil[lexicon] > i) continue;
                        var nodeEntry = _nodeEntry[node];
                        // A single-word entry that no phrase continues (most hits: "said", a loaded word): the entry
                        // itself, without Extend's call (its twelve arguments cost more than the answer).
                        if (_nodeChildCount[node] == 0)
                        {
                            if (nodeEntry < 0) continue;
                            blockedUntil[lexicon] = i + 1;
                            Emit(output, lexicon, nodeEntry, i, 1);
                            continue;
                        }
                        // Most often a phrase's first word ("the", "according") followed by a word of no lexicon, or
                        // by one that continues none of this root's phrases: the root's own entry, if any.
                        if (!_nodeHasStemChild[node] && (i + 1 == n || symbols[i + 1] < 0 || !HasBit(_rootNext, PairBit(node, symbols[i + 1]))))
                        {
                            if (nodeEntry < 0) continue;
                            blockedUntil[lexicon] = i + 1;
                            Emit(output, lexicon, nodeEntry, i, 1);
                            continue;
                        }
                        int length = 0, rank = 0, entry = -1;
                        Extend(node, i, 1, ExactRank, loweredText, tokens, symbols, stemScratch, ref length, ref rank, ref entry);
                        if (entry >= 0)
                        {
                            blockedUntil[lexicon] = i + length;
                            Emit(output, lexicon, entry, i, length);
                        }
                    }
                    continue;
                }

                var touchedCount = 0;
                for (var s = -1; s < stemCount; s++)
                {
                    var sym = s < 0 ? symbol : stemSymbols[s];
                    if (sym < 0) continue;
                    var rank = s < 0 ? ExactRank : stemLengths[s];
                    var start = _symbolRootStart[sym];
                    var end = start + _symbolRootCount[sym];
                    for (var r = start; r < end; r++)
                    {
                        var node = _rootNodes[r];
                        var lexicon = _nodeLexicon[node];
                        if (blockedUntil[lexicon] > i) continue;
                        if (bestLength[lexicon] == 0)
                        {
                            touched[touchedCount++] = lexicon;
                            bestLength[lexicon] = -1; // touched, nothing found yet
                            bestRank[lexicon] = 0;
                            bestEntry[lexicon] = -1;
                        }
                        var length = bestLength[lexicon];
                        var bestR = bestRank[lexicon];
                        var entry = bestEntry[lexicon];
                        Extend(node, i, 1, rank, loweredText, tokens, symbols, stemScratch, ref length, ref bestR, ref entry);
                        bestLength[lexicon] = length;
                        bestRank[lexicon] = bestR;
                        bestEntry[lexicon] = entry;
                    }
                }

                // Lexicon order (at most a few: an insertion sort, not a call).
                for (var k = 1; k < touchedCount; k++)
                    for (var m = k; m > 0 && touched[m - 1] > touched[m]; m--) (touched[m - 1], touched[m]) = (touched[m], touched[m - 1]);
                for (var k = 0; k < touchedCount; k++)
                {
                    var lexicon = touched[k];
                    var entry = bestEntry[lexicon];
                    var length = bestLength[lexicon];
                    bestLength[lexicon] = 0;
                    if (entry < 0) continue;
                    blockedUntil[lexicon] = i + length;
                    Emit(output, lexicon, entry, i, length);
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Pass 1 of <see cref="Match(ReadOnlySpan{char}, ReadOnlySpan{Token}, Span{int}, List{LexiconMatch})"/>, given
    /// every token's word id (or <see cref="NoWord"/>) in <paramref name="symbols"/>: <see cref="Blocked"/> for
    /// boilerplate, and the tokens where an entry can start (candidates): a word that begins an entry, or a token
    /// whose prefix begins some stem (flagged with <see cref="StemCandidate"/>). Most tokens are neither, and pass 2
    /// skips them. A method of its own, kept small so that the JIT keeps its loop in registers.
    /// </summary>
    /// <returns>The number of candidates written.</returns>
    [MethodImpl(MethodImplOptions.NoInlining)]
    int LookUp(ReadOnlySpan<char> loweredText, ReadOnlySpan<Token> tokens, Span<int> symbols, Span<int> candidates)
    {
        // Every token's word id is in symbols already (from the tokenizer, or WordTable.FindAll): boilerplate and the
        // candidates.
        var count = 0;
        var i = 0;
        if ((!_hasStems || _stemPrefixLength == MaxStemPrefix) && loweredText.Length >= MaxStemPrefix)
        {
            // Whether a token is a candidate is decided without a branch: in running text it is a coin toss.
            // Unchecked element access: symbols and candidates hold a value per token (checked by Match), the stem
            // filter's index has 16 bits and word ids + 1 index _wordStarts. The four characters a stem prefix is read
            // from lie inside the text whenever the token has four or more (shorter ones start no stem).
            // One base address for the three tables (_lookUpTables); the offsets are constants in the addresses.
            ref var tables = ref MemoryMarshal.GetArrayDataReference(_lookUpTables);
            ref var symbol0 = ref MemoryMarshal.GetReference(symbols);
            ref var candidate0 = ref MemoryMarshal.GetReference(candidates);
            ref var text = ref MemoryMarshal.GetReference(loweredText);
            var limit = loweredText.Length - MaxStemPrefix;
            var pending = 0; // 1 when the previous token is a StartsPhrase word: a candidate if this one may continue it
            var previous = 0; // the previous token's word id (when pending)
            for (; i < tokens.Length; i++)
            {
                var t = tokens[i];
                if (t.Voice == Voice.None)
                {
                    Unsafe.Add(ref symbol0, i) = Blocked;
                    pending = 0;
                    continue;
                }
                var symbol = Unsafe.Add(ref symbol0, i);
                // The previous token, if it waited for a word and this one's pair bit is set.
                var pair = PairBit(previous, symbol);
                var pairSet = (int)(Unsafe.Add(ref tables, pair >> 6) >> pair) & 1;
                Unsafe.Add(ref candidate0, count) = i - 1;
                count += pending & pairSet & ((symbol >> 31) + 1);
                previous = symbol;
                // A stem can start here: four characters or more, and the filter's bit for them (none without stems).
                var firstFour = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref text, Math.Min(t.Start, limit))));
                var hash4 = WordTable.Hash4(firstFour);
                var stem = (int)((Unsafe.Add(ref tables, LookUpStemPrefixes + (hash4 >> 6)) >> hash4) & 1) & ((MaxStemPrefix - 1 - t.Length) >> 31);
                var starts = (int)Unsafe.Add(ref Unsafe.As<ulong, byte>(ref tables), LookUpWordStarts + 1 + symbol);
                Unsafe.Add(ref candidate0, count) = i | (stem << 31);
                count += stem | (starts & StartsEntry);
                pending = (starts >> 1) & ~stem;
            }
            if (pending != 0) candidates[count++] = i - 1; // the last token waited for a next one: Match decides
            return count;
        }
        for (; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Voice == Voice.None)
            {
                symbols[i] = Blocked;
                continue;
            }
            var word = loweredText.Slice(t.Start, t.Length);
            var mayStartStem = MayStartStem(word, _startingStemPrefixes);
            if (mayStartStem || _wordStarts[symbols[i] + 1] != StartsNothing)
                candidates[count++] = mayStartStem ? i | StemCandidate : i;
        }
        return count;
    }

    /// <summary>
    /// False when no phrase of the StartsPhrase word <paramref name="word"/> can start at token
    /// <paramref name="token"/>: the next token is no word, or the pair's <see cref="PairEndsBit"/> is clear and the
    /// three tokens' <see cref="TripleBit"/> too (true may still find nothing: the bits are hashes, and sentence
    /// boundaries are left to Extend).
    /// </summary>
    bool MayContinuePhrase(int word, int token, ReadOnlySpan<int> symbols)
    {
        var next = token + 1;
        if (next >= symbols.Length) return false;
        var second = symbols[next];
        if (second < 0) return false;
        if (HasBit(_phraseTriples, PairEndsBit(word, second))) return true;
        if (next + 1 >= symbols.Length) return false;
        var third = symbols[next + 1];
        return third >= 0 && HasBit(_phraseTriples, TripleBit(word, second, third));
    }

    void Emit(List<LexiconMatch> output, int lexicon, int entry, int first, int length)
    {
        var local = _entryLocal[entry];
        var weight = _entryWeight[entry];
        var start = _entryCategoryStart[entry];
        var end = start + _entryCategoryCount[entry];
        for (var c = start; c < end; c++)
            output.Add(new LexiconMatch(lexicon, _categories[c], first, length, weight) { Entry = local });
    }

    /// <summary>Depth-first over the phrase continuations of <paramref name="node"/>, keeping the best terminal.</summary>
    void Extend(int node, int token, int depth, int rank, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens,
        ReadOnlySpan<int> symbols, Span<int> scratch, ref int bestLength, ref int bestRank, ref int bestEntry)
    {
        var entry = _nodeEntry[node];
        if (entry >= 0 && (depth > bestLength || (depth == bestLength && rank > bestRank)))
        {
            bestLength = depth;
            bestRank = rank;
            bestEntry = entry;
        }
        var childCount = _nodeChildCount[node];
        if (childCount == 0) return;
        var next = token + 1;
        if (next >= tokens.Length || symbols[next] == Blocked || tokens[next].Sentence != tokens[token].Sentence) return;
        var children = _childSymbol.AsSpan(_nodeChildStart[node], childCount);

        var word = symbols[next];
        if (word >= 0)
        {
            var at = children.BinarySearch(word);
            if (at >= 0)
                Extend(_childNode[_nodeChildStart[node] + at], next, depth + 1, ExactRank, text, tokens, symbols, scratch,
                    ref bestLength, ref bestRank, ref bestEntry);
        }
        if (!_nodeHasStemChild[node]) return;
        // A stem is always the last word of a term, so the nodes reached below have no children: only this depth's
        // slice of the scratch buffer is in use.
        var stemSymbols = scratch.Slice(2 * MaxStemHitsPerToken * (depth - 1), MaxStemHitsPerToken);
        var stemLengths = scratch.Slice(2 * MaxStemHitsPerToken * (depth - 1) + MaxStemHitsPerToken, MaxStemHitsPerToken);
        var t = tokens[next];
        var stemCount = FindStems(text.Slice(t.Start, t.Length), stemSymbols, stemLengths);
        for (var s = 0; s < stemCount; s++)
        {
            var at = children.BinarySearch(stemSymbols[s]);
            if (at >= 0)
                Extend(_childNode[_nodeChildStart[node] + at], next, depth + 1, stemLengths[s], text, tokens, symbols, scratch,
                    ref bestLength, ref bestRank, ref bestEntry);
        }
    }

    /// <summary>
    /// The stems that <paramref name="word"/> starts with (shortest first), found by one walk down the stem trie.
    /// Beyond <see cref="MaxStemHitsPerToken"/> nested stems only the longest ones are kept.
    /// </summary>
    int FindStems(ReadOnlySpan<char> word, Span<int> symbols, Span<int> lengths) =>
        MayStartStem(word, _stemPrefixes) ? WalkStems(word, symbols, lengths) : 0;

    /// <summary><see cref="FindStems"/> without the prefix filter (the caller has passed it).</summary>
    int WalkStems(ReadOnlySpan<char> word, Span<int> symbols, Span<int> lengths)
    {
        int node, k;
        if (_stemDepth4Keys.Length > 0 && word.Length >= MaxStemPrefix)
        {
            node = StemNodeAtDepth4(MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(word[..MaxStemPrefix])));
            k = MaxStemPrefix;
        }
        else
        {
            var first = word[0];
            node = first < 128 ? _stemRootAscii[first] : StemChild(0, first);
            k = 1;
        }
        var count = 0;
        for (; node >= 0; k++)
        {
            var symbol = _stemNodeSymbol[node];
            if (symbol >= 0)
            {
                if (count == symbols.Length) count--;
                symbols[count] = symbol;
                lengths[count++] = k;
            }
            if (k == word.Length) break;
            node = StemChild(node, word[k]);
        }
        return count;
    }

    /// <summary>The stem trie's node for these first four characters, or -1.</summary>
    int StemNodeAtDepth4(ulong block)
    {
        var keys = _stemDepth4Keys;
        var mask = keys.Length - 1;
        for (var slot = (int)((block * 0x9E3779B97F4A7C15UL) >> _stemDepth4Shift); ; slot = (slot + 1) & mask)
        {
            var key = keys[slot];
            if (key == block) return _stemDepth4Nodes[slot];
            if (key == 0) return -1;
        }
    }

    /// <summary>False when <paramref name="word"/> starts no stem of a prefix filter (it may when true): one bit
    /// test.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    bool MayStartStem(ReadOnlySpan<char> word, ulong[] prefixes) =>
        _hasStems && word.Length >= _stemPrefixLength && word.Length > 0 && HasBit(prefixes, StemPrefixBit(word));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    int StemPrefixBit(ReadOnlySpan<char> word) => _stemPrefixLength == MaxStemPrefix
        ? WordTable.Hash4(word)
        : (int)(WordTable.Hash(word[.._stemPrefixLength]) >> 16);

    static void SetBit(ulong[] bits, int index) => bits[index >> 6] |= 1UL << (index & 63);

    /// <summary>The <see cref="_phrasePairs"/> bit of two word ids, 16 bits (any ids: negative ones give some bit).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static int PairBit(int first, int second) =>
        (int)(((((ulong)(uint)first << 32) | (uint)second) * 0x9E3779B97F4A7C15UL) >> 48);

    /// <summary>The <see cref="_phraseTriples"/> bit of a pair after which a phrase may end or take a stem.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static int PairEndsBit(int first, int second) =>
        (int)(((((ulong)(uint)second << 32) | (uint)first) * 0xD6E8FEB86659FD93UL) >> 48);

    /// <summary>The <see cref="_phraseTriples"/> bit of a phrase's first three words.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static int TripleBit(int first, int second, int third) =>
        (int)((((((ulong)(uint)first << 32) | (uint)second) * 0x9E3779B97F4A7C15UL ^ (uint)third) * 0xD6E8FEB86659FD93UL) >> 48);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool HasBit(ulong[] bits, int index) => (bits[index >> 6] & (1UL << (index & 63))) != 0;

    int StemChild(int node, char ch)
    {
        var count = _stemChildCount[node];
        if (count == 0) return -1;
        var start = _stemChildStart[node];
        var at = _stemChildChar.AsSpan(start, count).BinarySearch(ch);
        return at >= 0 ? _stemChildNode[start + at] : -1;
    }
}

/// <summary>(parent, symbol) edge keys packed in a long: long's own hash (low ^ high) collides badly for them.</summary>
sealed class MixedLongComparer : IEqualityComparer<long>
{
    public static readonly MixedLongComparer Instance = new();

    public bool Equals(long x, long y) => x == y;

    public int GetHashCode(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> 32);
}
