using System.Globalization;
using System.Text;
using ProdAI.Telemetry.Attribution;

namespace ProdAI.Telemetry.Budgets;

/// <summary>Works out which counters a call is charged to. Shared by every <see cref="IBudgetLedger"/> so they agree on keys.</summary>
public static class BudgetCounters
{
    /// <summary>The scope value of calls that have none for a limit's scope.</summary>
    public const string NoValue = "(none)";

    /// <summary>Returns the counters that apply to <paramref name="attribution"/> at <paramref name="now"/>.</summary>
    /// <param name="limits">The configured limits.</param>
    /// <param name="attribution">The call's attribution.</param>
    /// <param name="now">The current time.</param>
    /// <returns>The counters, one per applicable limit (empty when none applies).</returns>
    public static IReadOnlyList<BudgetCounter> Resolve(IList<BudgetLimit> limits, CallAttribution attribution, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(attribution);
        if (limits.Count == 0)
        {
            return [];
        }

        List<BudgetCounter>? result = null;
        for (int i = 0; i < limits.Count; i++)
        {
            BudgetLimit limit = limits[i];
            string? value = limit.Scope switch
            {
                BudgetScope.Global => "*",
                BudgetScope.Tenant => attribution.Tenant,
                BudgetScope.User => attribution.User,
                BudgetScope.Feature => attribution.Feature,
                _ => null,
            };

            if (limit.Match is not null && !string.Equals(limit.Match, value, StringComparison.Ordinal))
            {
                continue;
            }

            value ??= NoValue;
            (DateTimeOffset start, DateTimeOffset? end, string windowId) = Window(limit.Period, now);
            string key = string.Concat(Escape(limit.EffectiveName), "|", Escape(value), "|", windowId);
            (result ??= []).Add(new BudgetCounter(key, limit, value, start, end));
        }

        return (IReadOnlyList<BudgetCounter>?)result ?? [];
    }

    /// <summary>Returns the window of <paramref name="period"/> that contains <paramref name="now"/>.</summary>
    /// <param name="period">The period.</param>
    /// <param name="now">The moment.</param>
    /// <returns>The start, the end (null for <see cref="BudgetPeriod.Total"/>) and a compact id.</returns>
    public static (DateTimeOffset Start, DateTimeOffset? End, string Id) Window(BudgetPeriod period, DateTimeOffset now)
    {
        DateTime utc = now.UtcDateTime;
        switch (period)
        {
            case BudgetPeriod.Hour:
            {
                var start = new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
                return (start, start.AddHours(1), "h" + start.ToString("yyyyMMddHH", CultureInfo.InvariantCulture));
            }

            case BudgetPeriod.Day:
            {
                var start = new DateTimeOffset(utc.Date, TimeSpan.Zero);
                return (start, start.AddDays(1), "d" + start.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            }

            case BudgetPeriod.Week:
            {
                int offset = ((int)utc.DayOfWeek + 6) % 7; // Monday = 0
                var start = new DateTimeOffset(utc.Date.AddDays(-offset), TimeSpan.Zero);
                return (start, start.AddDays(7), "w" + start.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            }

            case BudgetPeriod.Month:
            {
                var start = new DateTimeOffset(utc.Year, utc.Month, 1, 0, 0, 0, TimeSpan.Zero);
                return (start, start.AddMonths(1), "m" + start.ToString("yyyyMM", CultureInfo.InvariantCulture));
            }

            default:
                return (DateTimeOffset.MinValue, null, "all");
        }
    }

    // '|' separates key parts and '%' escapes: a scope value can never forge another counter's key.
    private static string Escape(string value)
    {
        if (value.AsSpan().IndexOfAny('|', '%') < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 8);
        foreach (char c in value)
        {
            _ = c switch
            {
                '|' => builder.Append("%7C"),
                '%' => builder.Append("%25"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
