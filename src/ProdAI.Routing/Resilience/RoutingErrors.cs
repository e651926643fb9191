using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Reflection;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ProdAI.Routing;

/// <summary>
/// How the router reads a provider failure: its HTTP status and Retry-After (from <see cref="HttpRequestException"/>, from
/// a <c>RetryAfter</c> <see cref="TimeSpan"/> property such as ProdAI's own exceptions carry, from an integer
/// <c>Status</c> / <c>StatusCode</c> property as the OpenAI and Azure SDK exceptions carry, or from
/// <see cref="Exception.Data"/>["Retry-After"]), and whether it is transient.
/// </summary>
public static class RoutingErrors
{
    private static readonly ConcurrentDictionary<Type, Accessors> Cache = new();

    /// <summary>Returns the HTTP status code a failure carries, if any (the exception or one of its inner exceptions).</summary>
    /// <param name="exception">The failure.</param>
    /// <returns>The status, or <see langword="null"/>.</returns>
    public static int? GetStatusCode(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException { StatusCode: HttpStatusCode code })
            {
                return (int)code;
            }

            if (Accessors.For(e.GetType()).Status is PropertyInfo status)
            {
                object? value = status.GetValue(e);
                if (value is int i and > 0)
                {
                    return i;
                }

                if (value is HttpStatusCode h)
                {
                    return (int)h;
                }
            }
        }

        return null;
    }

    /// <summary>Returns the delay a failure asks for before the next call (Retry-After), if any.</summary>
    /// <param name="exception">The failure.</param>
    /// <returns>The delay, or <see langword="null"/>.</returns>
    public static TimeSpan? GetRetryAfter(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (Accessors.For(e.GetType()).RetryAfter is PropertyInfo property && property.GetValue(e) is TimeSpan span && span >= TimeSpan.Zero)
            {
                return span;
            }

            if (FromRawResponse(e) is TimeSpan header)
            {
                return header;
            }

            object? data = e.Data["Retry-After"];
            switch (data)
            {
                case TimeSpan t when t >= TimeSpan.Zero:
                    return t;
                case int seconds when seconds >= 0:
                    return TimeSpan.FromSeconds(seconds);
                case string text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double s) && s >= 0 && s < 86_400:
                    return TimeSpan.FromSeconds(s);
            }
        }

        return null;
    }

    /// <summary>
    /// Returns whether a failure is worth retrying on the same deployment: 408, 429, 500, 502, 503 and 504, a network
    /// failure without a status, or an attempt timeout. Open circuits and caller cancellation are not.
    /// </summary>
    /// <param name="exception">The failure.</param>
    /// <returns><see langword="true"/> when transient.</returns>
    public static bool IsTransient(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is BrokenCircuitException or IsolatedCircuitException)
        {
            return false;
        }

        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is TimeoutRejectedException or TimeoutException)
            {
                return true;
            }
        }

        int? status = GetStatusCode(exception);
        return status is 408 or 429 or 500 or 502 or 503 or 504
            || (status is null && exception is HttpRequestException or IOException);
    }

    /// <summary>Reads <c>retry-after-ms</c> / <c>retry-after</c> from <c>GetRawResponse().Headers</c>, as System.ClientModel (OpenAI) and Azure.Core exceptions carry them.</summary>
    private static TimeSpan? FromRawResponse(Exception e)
    {
        Accessors accessors = Accessors.For(e.GetType());
        if (accessors.RawResponse is not MethodInfo raw)
        {
            return null;
        }

        try
        {
            object? headers = raw.Invoke(e, null) is object response ? Accessors.HeadersOf(response) : null;
            if (headers is null || Accessors.TryGetValueOf(headers.GetType()) is not MethodInfo tryGet)
            {
                return null;
            }

            object?[] args = ["retry-after-ms", null];
            if (tryGet.Invoke(headers, args) is true && args[1] is string ms && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out double millis) && millis >= 0 && millis < 86_400_000)
            {
                return TimeSpan.FromMilliseconds(millis);
            }

            args = ["retry-after", null];
            if (tryGet.Invoke(headers, args) is true && args[1] is string value)
            {
                if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) && seconds >= 0 && seconds < 86_400)
                {
                    return TimeSpan.FromSeconds(seconds);
                }

                if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset date))
                {
                    TimeSpan wait = date - TimeProvider.System.GetUtcNow();
                    return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
                }
            }
        }
        catch (Exception ex) when (ex is TargetInvocationException or InvalidOperationException or AmbiguousMatchException or ArgumentException or NotSupportedException or MemberAccessException)
        {
            // A response that cannot be read gives no hint; the provider's own exception stands.
        }

        return null;
    }

    /// <summary>
    /// Returns whether a failure is the request's own fault — 400, 413 or 422 — so it says nothing about the deployment's
    /// health (it still fails over: another provider may accept it). 401, 403 and 404 are the deployment's (a bad key, a
    /// deleted deployment) and do count.
    /// </summary>
    /// <param name="exception">The failure.</param>
    /// <returns><see langword="true"/> for a client error.</returns>
    public static bool IsClientError(Exception exception) => GetStatusCode(exception) is 400 or 413 or 422;

    private sealed class Accessors
    {
        private static readonly ConcurrentDictionary<Type, MethodInfo?> TryGetValues = new();
        private static readonly ConcurrentDictionary<Type, PropertyInfo?> HeaderProperties = new();

        public MethodInfo? RawResponse { get; private init; }

        [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "Optional duck-typed members of provider responses; absent when trimmed, then ignored.")]
        public static object? HeadersOf(object response) => HeaderProperties.GetOrAdd(
            response.GetType(),
            static t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).FirstOrDefault(p => p.Name == "Headers" && p.GetIndexParameters().Length == 0))?.GetValue(response);

        [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Optional duck-typed members of provider responses; absent when trimmed, then ignored.")]
        public static MethodInfo? TryGetValueOf(Type headers) => TryGetValues.GetOrAdd(headers, static t =>
            t.GetMethods(BindingFlags.Public | BindingFlags.Instance).FirstOrDefault(m => m.Name == "TryGetValue" && m.ReturnType == typeof(bool) && !m.IsGenericMethodDefinition
                && m.GetParameters() is [{ ParameterType: var a }, { ParameterType: var b }] && a == typeof(string) && b == typeof(string).MakeByRefType()));

        public PropertyInfo? Status { get; private init; }

        public PropertyInfo? RetryAfter { get; private init; }

        [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Optional duck-typed properties of provider exceptions; absent when trimmed, then ignored.")]
        [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "Optional duck-typed properties of provider exceptions; absent when trimmed, then ignored.")]
        public static Accessors For(Type type) => Cache.GetOrAdd(type, static t =>
        {
            PropertyInfo? Find(string name, params Type[] types)
            {
                PropertyInfo? p = t.GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
                return p is not null && p.GetIndexParameters().Length == 0 && Array.IndexOf(types, p.PropertyType) >= 0 ? p : null;
            }

            return new Accessors
            {
                Status = Find("Status", typeof(int), typeof(HttpStatusCode)) ?? Find("StatusCode", typeof(int), typeof(HttpStatusCode)),
                RetryAfter = Find("RetryAfter", typeof(TimeSpan), typeof(TimeSpan?)),
                RawResponse = t.GetMethods(BindingFlags.Public | BindingFlags.Instance).FirstOrDefault(m => m.Name == "GetRawResponse" && !m.IsGenericMethodDefinition && m.GetParameters().Length == 0),
            };
        });
    }
}
