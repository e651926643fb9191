using Microsoft.Extensions.Logging;

namespace ProdAI.Telemetry.Internal;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning, "Call to model '{ModelId}' could not be priced: {Reason}")]
    public static partial void Unpriced(ILogger logger, string? modelId, string reason);

    [LoggerMessage(2, LogLevel.Warning, "Budget '{LimitName}' passed its soft limit for {Attribution}: {Spent} of {SoftLimit} {Currency}")]
    public static partial void SoftLimitReached(ILogger logger, string limitName, string attribution, decimal spent, decimal softLimit, string currency);

    [LoggerMessage(3, LogLevel.Warning, "Budget '{LimitName}' refused a call for {Attribution}: {Spent} spent or reserved, {Requested} requested, limit {Limit}")]
    public static partial void HardLimitRejected(ILogger logger, string limitName, string attribution, decimal spent, decimal requested, decimal limit);

    [LoggerMessage(4, LogLevel.Error, "The budget ledger is unavailable; the call is allowed without a reservation (fail open)")]
    public static partial void LedgerUnavailableFailOpen(ILogger logger, Exception exception);

    [LoggerMessage(5, LogLevel.Error, "The budget ledger is unavailable; the call is refused (fail closed)")]
    public static partial void LedgerUnavailableFailClosed(ILogger logger, Exception exception);

    [LoggerMessage(6, LogLevel.Error, "Settling budget reservation {ReservationId} failed; it will expire at {ExpiresAt}")]
    public static partial void SettleFailed(ILogger logger, string reservationId, DateTimeOffset expiresAt, Exception exception);
}
