using Icc.Application.Benchmarks;
using Icc.Application.Comparison;
using Icc.Application.Reporting;
using Icc.Application.Review;
using Icc.Application.Scoring;
using Icc.Application.Validation;
using Icc.Domain.Questionnaires;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Icc.Application.Workflow;

/// <summary>Registers the submission workflow: its activity classes in DI, and its tasks on a Durable Task worker.</summary>
public static class WorkflowRegistration
{
    /// <summary>The activity classes and what they need besides storage and the renderer.</summary>
    public static IServiceCollection AddIccWorkflows(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(QuestionnaireCatalog.Default);
        services.AddTransient<ValidateSubmissionActivity>();
        services.AddTransient<RequestCorrectionActivity>();
        services.AddTransient<ScoreSubmissionActivity>();
        services.AddTransient<CompareWithBenchmarkActivity>();
        services.AddTransient<RecordReminderActivity>();
        services.AddTransient<GenerateReportActivity>();
        services.AddTransient<CloseSubmissionActivity>();
        services.AddTransient<ComputeBenchmarkActivity>();
        services.AddTransient<PromoteBenchmarkActivity>();
        services.TryAddSingleton<RecomputeStarter>();

        // After the storage initializer (hosted services start in order), so the tables exist.
        services.AddHostedService<DefaultSampleSeeder>();
        return services;
    }

    /// <summary>
    /// The orchestration and activities on a Durable Task worker (standalone host, tests), under the same
    /// names the Functions app declares with [Function].
    /// </summary>
    public static DurableTaskRegistry AddIccWorkflows(this DurableTaskRegistry registry)
    {
        registry.AddOrchestratorFunc<SubmissionWorkflowInput, SubmissionOutcome>(
            WorkflowNames.SubmissionOrchestration, (context, _) => SubmissionOrchestration.RunAsync(context));
        Add<ValidateSubmissionActivity, RoundRef, ValidationSummary>(registry, WorkflowNames.ValidateSubmission);
        Add<RequestCorrectionActivity, RoundRef, SubmissionStatus>(registry, WorkflowNames.RequestCorrection);
        Add<ScoreSubmissionActivity, RoundRef, ScoreSummary>(registry, WorkflowNames.ScoreSubmission);
        Add<CompareWithBenchmarkActivity, RoundRef, ComparisonSummary>(registry, WorkflowNames.CompareWithBenchmark);
        Add<RecordReminderActivity, ReminderInput, bool>(registry, WorkflowNames.RecordReminder);
        Add<GenerateReportActivity, RoundRef, string>(registry, WorkflowNames.GenerateReport);
        Add<CloseSubmissionActivity, CloseInput, SubmissionStatus>(registry, WorkflowNames.CloseSubmission);
        registry.AddOrchestratorFunc<RecomputeInput, BenchmarkSummary>(BenchmarkRecomputation.Name, (context, _) => BenchmarkRecomputation.RunAsync(context));
        Add<ComputeBenchmarkActivity, ComputeInput, BenchmarkSummary>(registry, BenchmarkRecomputation.Compute);
        Add<PromoteBenchmarkActivity, string, string>(registry, BenchmarkRecomputation.Promote);
        return registry;
    }

    private static void Add<TActivity, TInput, TOutput>(DurableTaskRegistry registry, string name)
        where TActivity : IWorkflowActivity<TInput, TOutput> =>
        registry.AddActivity(name, services => new ActivityAdapter<TInput, TOutput>(
            services.GetRequiredService<TActivity>(), services.GetRequiredService<ILoggerFactory>().CreateLogger<TActivity>()));
}
