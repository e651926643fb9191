using System.Buffers;
using System.Text;

namespace ProdAI.Rag.Lexical;

/// <summary>Options of a <see cref="Bm25Index{TKey}"/>.</summary>
public sealed class Bm25Options
{
    /// <summary>Gets or sets k1, the term-frequency saturation. Default 0.9 (Anserini's passage setting).</summary>
    public double K1 { get; set; } = 0.9;

    /// <summary>Gets or sets b, the length normalisation. Default 0.4 (Anserini's passage setting).</summary>
    public double B { get; set; } = 0.4;

    /// <summary>Gets or sets the analyser; <see cref="EnglishAnalyzer.Default"/> when <see langword="null"/>.</summary>
    public ITextAnalyzer? Analyzer { get; set; }

    internal void Validate()
    {
        if (K1 is < 0 or > 10 || double.IsNaN(K1))
        {
            throw new ArgumentOutOfRangeException(nameof(K1), K1, "k1 must be between 0 and 10.");
        }

        if (B is < 0 or > 1 || double.IsNaN(B))
        {
            throw new ArgumentOutOfRangeException(nameof(B), B, "b must be between 0 and 1.");
        }
    }
}

/// <summary>A document found by a BM25 search.</summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <param name="Key">The document key.</param>
/// <param name="Score">The BM25 score.</param>
public readonly record struct Bm25Match<TKey>(TKey Key, double Score);

/// <summary>
/// An in-memory BM25 index: exact document lengths (Lucene 4 stores them lossily in one byte), Lucene's idf
/// <c>ln(1 + (N − df + 0.5) / (df + 0.5))</c>, incremental add, replace and delete (statistics kept exact), searches in
/// parallel with each other, save and load. Scores are term-at-a-time over postings lists.
/// </summary>
/// <typeparam name="TKey">The document key type.</typeparam>
public sealed class Bm25Index<TKey> : IDisposable
    where TKey : notnull
{
    private const int FormatVersion = 1;
    private readonly Bm25Options _options;
    private readonly ITextAnalyzer _analyzer;
    private readonly Dictionary<string, Postings> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<TKey, int> _slots;
    private readonly List<TKey> _keys = [];
    private readonly List<int> _lengths = [];
    private readonly List<bool> _live = [];
    private readonly List<Postings[]?> _slotPostings = []; // each live slot's postings lists, so a removal touches only its terms
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private long _totalLength;
    private int _liveCount;

    /// <summary>Initializes a new instance of the <see cref="Bm25Index{TKey}"/> class.</summary>
    /// <param name="options">The options; the defaults when <see langword="null"/>.</param>
    /// <param name="comparer">The key comparer.</param>
    public Bm25Index(Bm25Options? options = null, IEqualityComparer<TKey>? comparer = null)
    {
        _options = options ?? new Bm25Options();
        _options.Validate();
        _analyzer = _options.Analyzer ?? EnglishAnalyzer.Default;
        _slots = new Dictionary<TKey, int>(comparer);
    }

    /// <summary>Gets the number of documents.</summary>
    public int Count
    {
        get
        {
            _lock.EnterReadLock();
            try
            {
                return _liveCount;
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
    }

    /// <summary>Adds a document, or replaces the one with the same key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="text">The text (title and body together, say).</param>
    public void Add(TKey key, string text)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(text);
        var terms = new List<string>();
        _analyzer.Analyze(text, terms);
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            frequencies[term] = frequencies.GetValueOrDefault(term) + 1;
        }

        _lock.EnterWriteLock();
        try
        {
            if (_slots.TryGetValue(key, out var old))
            {
                RemoveSlot(old);
                _slots.Remove(key);
            }

            var slot = _keys.Count;
            _keys.Add(key);
            _lengths.Add(terms.Count);
            _live.Add(true);
            _slots.Add(key, slot);
            _totalLength += terms.Count;
            _liveCount++;
            var touched = new Postings[frequencies.Count];
            var t = 0;
            foreach (var (term, frequency) in frequencies)
            {
                if (!_terms.TryGetValue(term, out var postings))
                {
                    postings = new Postings();
                    _terms.Add(term, postings);
                }

                postings.Add(slot, frequency);
                touched[t++] = postings;
            }

            _slotPostings.Add(touched);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Removes a document.</summary>
    /// <param name="key">The key.</param>
    /// <returns><see langword="true"/> when it existed.</returns>
    public bool Remove(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        _lock.EnterWriteLock();
        try
        {
            if (!_slots.Remove(key, out var slot))
            {
                return false;
            }

            RemoveSlot(slot);
            return true;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Finds the documents that best match <paramref name="query"/>, best first.</summary>
    /// <param name="query">The query text (analysed like the documents).</param>
    /// <param name="top">The number of documents wanted.</param>
    /// <param name="filter">Keeps only the documents whose key it accepts (a tenant or ACL check), before ranking.</param>
    /// <returns>Up to <paramref name="top"/> matches with a positive score.</returns>
    public Bm25Match<TKey>[] Search(string query, int top, Func<TKey, bool>? filter = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var terms = new List<string>();
        _analyzer.Analyze(query, terms);
        if (terms.Count == 0)
        {
            return [];
        }

        _lock.EnterReadLock();
        try
        {
            var count = _keys.Count;
            if (_liveCount == 0)
            {
                return [];
            }

            var scores = ArrayPool<float>.Shared.Rent(count);
            var touched = new List<int>();
            try
            {
                Array.Clear(scores, 0, count);
                var averageLength = _totalLength / (double)_liveCount;
                var k1 = _options.K1;
                var b = _options.B;
                foreach (var term in terms)
                {
                    if (!_terms.TryGetValue(term, out var postings) || postings.Live == 0)
                    {
                        continue;
                    }

                    // Lucene adds a term's contribution once per occurrence in the query (a repeated word counts twice).
                    var idf = Math.Log(1 + ((_liveCount - postings.Live + 0.5) / (postings.Live + 0.5)));
                    var docs = postings.Docs;
                    var freqs = postings.Frequencies;
                    for (var p = 0; p < postings.Count; p++)
                    {
                        var doc = docs[p];
                        if (!_live[doc])
                        {
                            continue;
                        }

                        var tf = freqs[p];
                        var norm = k1 * (1 - b + (b * _lengths[doc] / averageLength));
                        if (scores[doc] == 0)
                        {
                            touched.Add(doc);
                        }

                        scores[doc] += (float)(idf * tf * (k1 + 1) / (tf + norm));
                    }
                }

                var heap = new PriorityQueue<int, (float Score, int Doc)>(top + 1, ScoreComparer.Instance);
                foreach (var doc in touched)
                {
                    if (filter is not null && !filter(_keys[doc]))
                    {
                        continue;
                    }

                    heap.Enqueue(doc, (scores[doc], doc));
                    if (heap.Count > top)
                    {
                        heap.Dequeue();
                    }
                }

                var result = new Bm25Match<TKey>[heap.Count];
                for (var i = result.Length - 1; i >= 0; i--)
                {
                    var doc = heap.Dequeue();
                    result[i] = new Bm25Match<TKey>(_keys[doc], scores[doc]);
                }

                return result;
            }
            finally
            {
                ArrayPool<float>.Shared.Return(scores);
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Writes the index (terms, postings, lengths, keys through <paramref name="writeKey"/>).</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="writeKey">Writes one key.</param>
    public void Save(Stream stream, Action<BinaryWriter, TKey> writeKey)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(writeKey);
        _lock.EnterReadLock();
        try
        {
            using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
            writer.Write("PRODAI-BM25");
            writer.Write(FormatVersion);
            writer.Write(_options.K1);
            writer.Write(_options.B);
            var remap = new int[_keys.Count];
            var live = 0;
            for (var slot = 0; slot < _keys.Count; slot++)
            {
                remap[slot] = _live[slot] ? live++ : -1;
            }

            writer.Write(live);
            for (var slot = 0; slot < _keys.Count; slot++)
            {
                if (_live[slot])
                {
                    writeKey(writer, _keys[slot]);
                    writer.Write(_lengths[slot]);
                }
            }

            writer.Write(_terms.Count(t => t.Value.Live > 0));
            foreach (var (term, postings) in _terms)
            {
                if (postings.Live == 0)
                {
                    continue;
                }

                writer.Write(term);
                writer.Write(postings.Live);
                for (var p = 0; p < postings.Count; p++)
                {
                    if (_live[postings.Docs[p]])
                    {
                        writer.Write(remap[postings.Docs[p]]);
                        writer.Write(postings.Frequencies[p]);
                    }
                }
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Reads an index written by <see cref="Save"/>.</summary>
    /// <param name="stream">The source.</param>
    /// <param name="readKey">Reads one key.</param>
    /// <param name="analyzer">The analyser the index was built with; <see cref="EnglishAnalyzer.Default"/> when <see langword="null"/>.</param>
    /// <param name="comparer">The key comparer.</param>
    /// <returns>The index.</returns>
    /// <exception cref="InvalidDataException">The stream is not a saved index, or is damaged.</exception>
    public static Bm25Index<TKey> Load(Stream stream, Func<BinaryReader, TKey> readKey, ITextAnalyzer? analyzer = null, IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(readKey);
        try
        {
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (reader.ReadString() != "PRODAI-BM25" || reader.ReadInt32() != FormatVersion)
            {
                throw new InvalidDataException("Not a ProdAI BM25 index (or a newer format).");
            }

            var index = new Bm25Index<TKey>(new Bm25Options { K1 = reader.ReadDouble(), B = reader.ReadDouble(), Analyzer = analyzer }, comparer);
            var documents = reader.ReadInt32();
            if (documents < 0)
            {
                throw new InvalidDataException("Negative document count.");
            }

            for (var i = 0; i < documents; i++)
            {
                var key = readKey(reader);
                var length = reader.ReadInt32();
                index._slots.Add(key, i);
                index._keys.Add(key);
                index._lengths.Add(length);
                index._live.Add(true);
                index._slotPostings.Add(null);
                index._totalLength += length;
            }

            index._liveCount = documents;
            var touched = new List<Postings>[documents];
            for (var i = 0; i < documents; i++)
            {
                touched[i] = [];
            }

            var terms = reader.ReadInt32();
            for (var t = 0; t < terms; t++)
            {
                var term = reader.ReadString();
                var count = reader.ReadInt32();
                var postings = new Postings();
                for (var p = 0; p < count; p++)
                {
                    var doc = reader.ReadInt32();
                    if ((uint)doc >= (uint)documents)
                    {
                        throw new InvalidDataException("A posting names a document that does not exist.");
                    }

                    postings.Add(doc, reader.ReadInt32());
                    touched[doc].Add(postings);
                }

                index._terms.Add(term, postings);
            }

            for (var i = 0; i < documents; i++)
            {
                index._slotPostings[i] = [.. touched[i]];
            }

            return index;
        }
        catch (Exception ex) when (ex is EndOfStreamException or ArgumentException or OverflowException)
        {
            throw new InvalidDataException("The BM25 index is truncated or damaged.", ex);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _lock.Dispose();

    private void RemoveSlot(int slot)
    {
        if (!_live[slot])
        {
            return;
        }

        _live[slot] = false;
        _liveCount--;
        _totalLength -= _lengths[slot];
        foreach (var postings in _slotPostings[slot] ?? [])
        {
            postings.Forget();
        }

        _slotPostings[slot] = null;
    }

    private sealed class ScoreComparer : IComparer<(float Score, int Doc)>
    {
        public static readonly ScoreComparer Instance = new();

        // Min-heap on score; ties keep the earlier document (lower slot) as better.
        public int Compare((float Score, int Doc) x, (float Score, int Doc) y) =>
            x.Score != y.Score ? x.Score.CompareTo(y.Score) : y.Doc.CompareTo(x.Doc);
    }

    /// <summary>A term's postings: document slots in insertion order with their term frequencies.</summary>
    private sealed class Postings
    {
        private int[] _docs = new int[2];
        private int[] _frequencies = new int[2];

        public int[] Docs => _docs;

        public int[] Frequencies => _frequencies;

        public int Count { get; private set; }

        /// <summary>Gets the number of live documents holding the term (its document frequency).</summary>
        public int Live { get; private set; }

        public void Add(int doc, int frequency)
        {
            if (Count == _docs.Length)
            {
                Array.Resize(ref _docs, Count * 2);
                Array.Resize(ref _frequencies, Count * 2);
            }

            _docs[Count] = doc;
            _frequencies[Count] = frequency;
            Count++;
            Live++;
        }

        /// <summary>One of the documents holding the term was removed (its postings stay, skipped as dead).</summary>
        public void Forget() => Live--;
    }
}
