using System.Threading.RateLimiting;

namespace ProdAI.Routing.RateLimiting;

/// <summary>Creates the RPM / TPM limiter of a deployment with quotas; register one (for example ProdAI.Redis's) to share quotas across replicas.</summary>
public interface IDeploymentRateLimiterFactory
{
    /// <summary>Creates the limiter of a deployment.</summary>
    /// <param name="deployment">The deployment.</param>
    /// <param name="limits">Its limits.</param>
    /// <returns>A limiter where one acquisition is one request of <c>permitCount</c> tokens.</returns>
    RateLimiter Create(ModelDeployment deployment, TokenRateLimitOptions limits);
}
