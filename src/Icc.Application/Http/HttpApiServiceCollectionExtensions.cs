using Icc.Application.Benchmarks;
using Icc.Application.Http.OpenApi;
using Icc.Application.Reporting;
using Icc.Application.Review;
using Icc.Application.Security;
using Icc.Application.Status;
using Icc.Application.Upload;
using Icc.Application.Workflow;
using Icc.Domain.Questionnaires;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Icc.Application.Http;

/// <summary>Registers the HTTP API shared by both hosts: handlers, API-key security and their options.</summary>
public static class HttpApiServiceCollectionExtensions
{
    /// <summary>
    /// Adds every handler and what they need apart from storage (<c>AddIccStorage</c>) and the durable client
    /// (passed to each call by the host). Binds <see cref="ApiKeyOptions"/> from <c>Icc:ApiKeys</c>, validated at
    /// start-up, and <see cref="ReviewOptions"/> from <c>Icc:Review</c>, also validated at start-up.
    /// </summary>
    public static IServiceCollection AddIccHttpApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReviewOptions>().Bind(configuration.GetSection(ReviewOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReviewOptions>, ReviewOptionsValidator>());
        services.AddOptions<BenchmarkOptions>().Bind(configuration.GetSection(BenchmarkOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BenchmarkOptions>, BenchmarkOptionsValidator>());
        services.AddOptions<ApiKeyOptions>().Bind(configuration.GetSection(ApiKeyOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ApiKeyOptions>, ApiKeyOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(QuestionnaireCatalog.Default);
        services.TryAddSingleton<ApiKeyAuthenticator>();
        services.TryAddSingleton<WorkflowStarter>();
        services.TryAddSingleton<RecomputeStarter>();
        services.TryAddSingleton(_ => OpenApiDescription.Load());

        // Scoped, not singletons: the storage classes they use may be registered with any lifetime.
        services.TryAddSingleton<HealthHandler>();
        services.TryAddSingleton<OpenApiHandler>();
        services.TryAddScoped<QuestionnaireHandler>();
        services.TryAddScoped<UploadHandler>();
        services.TryAddScoped<CorrectionHandler>();
        services.TryAddScoped<StatusHandler>();
        services.TryAddScoped<CitySubmissionsHandler>();
        services.TryAddScoped<ReviewHandler>();
        services.TryAddScoped<PendingReviewsHandler>();
        services.TryAddScoped<ReportDownloadHandler>();
        services.TryAddScoped<RecomputeHandler>();
        services.TryAddScoped<BenchmarkHandler>();
        return services;
    }
}
