namespace ProdAI.Routing;

/// <summary>
/// The ordered deployments a request may go to: the first is tried first, the rest are failover candidates in order.
/// Policies filter and reorder it in place without allocating; positions are 0-based, values are catalog indices.
/// </summary>
public sealed class RouteCandidates
{
    private readonly int[] _items;
    private readonly double[] _keys;
    private readonly DeploymentCatalog _catalog;

    internal RouteCandidates(DeploymentCatalog catalog)
    {
        _catalog = catalog;
        _items = new int[catalog.Count];
        _keys = new double[catalog.Count];
    }

    /// <summary>Gets the number of candidates.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the deployment at a position.</summary>
    /// <param name="position">The position, 0 for the first choice.</param>
    /// <returns>The deployment.</returns>
    public ModelDeployment this[int position] => _catalog.Deployments[IndexAt(position)];

    /// <summary>Returns the catalog index of the deployment at a position.</summary>
    /// <param name="position">The position.</param>
    /// <returns>The index in <see cref="DeploymentCatalog.Deployments"/>.</returns>
    public int IndexAt(int position)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)position, (uint)Count, nameof(position));
        return _items[position];
    }

    /// <summary>Returns the position of a catalog index among the candidates, or -1.</summary>
    /// <param name="index">The catalog index.</param>
    /// <returns>The position, or -1.</returns>
    public int PositionOf(int index) => Array.IndexOf(_items, index, 0, Count);

    /// <summary>Removes the candidates a predicate rejects, keeping the order of the rest; never removes the last one unless <paramref name="allowEmpty"/>.</summary>
    /// <typeparam name="TState">The predicate's state, to avoid closures.</typeparam>
    /// <param name="keep">Returns <see langword="true"/> to keep a catalog index.</param>
    /// <param name="state">The state.</param>
    /// <param name="allowEmpty">Whether every candidate may be removed.</param>
    /// <returns>The number removed.</returns>
    public int RemoveWhereNot<TState>(Func<int, TState, bool> keep, TState state, bool allowEmpty = false)
    {
        ArgumentNullException.ThrowIfNull(keep);
        int write = 0;
        for (int read = 0; read < Count; read++)
        {
            if (keep(_items[read], state))
            {
                _items[write++] = _items[read];
            }
        }

        if (write == 0 && !allowEmpty)
        {
            return 0;
        }

        int removed = Count - write;
        Count = write;
        return removed;
    }

    /// <summary>Sorts the candidates by a key, ascending and stable (equal keys keep their order).</summary>
    /// <typeparam name="TState">The key function's state.</typeparam>
    /// <param name="key">Returns the sort key of a catalog index.</param>
    /// <param name="state">The state.</param>
    public void SortBy<TState>(Func<int, TState, double> key, TState state)
    {
        ArgumentNullException.ThrowIfNull(key);
        for (int i = 0; i < Count; i++)
        {
            _keys[i] = key(_items[i], state);
        }

        // Insertion sort: catalogs are small, it is stable and it does not allocate.
        for (int i = 1; i < Count; i++)
        {
            int item = _items[i];
            double k = _keys[i];
            int j = i - 1;
            while (j >= 0 && _keys[j] > k)
            {
                _items[j + 1] = _items[j];
                _keys[j + 1] = _keys[j];
                j--;
            }

            _items[j + 1] = item;
            _keys[j + 1] = k;
        }
    }

    /// <summary>Moves the candidate at a position to the front, shifting those before it back by one.</summary>
    /// <param name="position">The position.</param>
    public void MoveToFront(int position)
    {
        int item = IndexAt(position);
        Array.Copy(_items, 0, _items, 1, position);
        _items[0] = item;
    }

    internal void Reset()
    {
        for (int i = 0; i < _items.Length; i++)
        {
            _items[i] = i;
        }

        Count = _items.Length;
    }
}
