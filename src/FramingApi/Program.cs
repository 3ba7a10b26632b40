using FramingApi.Analyses;
using FramingApi.Articles;
using FramingApi.Comparisons;
using FramingApi.Database;
using FramingApi.Health;
using FramingApi.Infrastructure;
using FramingApi.Lexicons;
using FramingApi.OpenApi;
using FramingApi.Sources;
using FramingApi.Stories;
using FramingApi.TimeSeries;
using FramingApi.Validation;

var builder = WebApplication.CreateBuilder(args);

builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = ArticleLimits.MaxArticleBodyBytes);
builder.Services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
{
    ctx.ProblemDetails.Extensions.TryAdd("trace_id", ctx.HttpContext.TraceIdentifier);
    RoutingProblems.Describe(ctx);
});
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
builder.Services.AddFramingCors();
builder.Services.AddFramingOpenApi();
builder.Services.AddFramingDatabase();
builder.Services.AddSingleton<ApiKeys>();
builder.Services.AddClientLimits();
builder.Services.AddSingleton<References>();
builder.Services.AddSingleton<SourcesStore>();
builder.Services.AddSingleton<StoriesStore>();
builder.Services.AddSingleton<ArticlesStore>();
builder.Services.AddSingleton<ArticleListCache>();
builder.Services.AddSingleton<ArticleWriter>();
builder.Services.AddSingleton(AnalyzerProvider.EmphasisWeightsFrom(builder.Configuration));
builder.Services.AddSingleton<AnalyzerProvider>();
builder.Services.AddSingleton<AnalysisStore>();
builder.Services.AddSingleton<LexiconsStore>();
builder.Services.AddSingleton<JobsStore>();
builder.Services.AddSingleton<JobSignal>();
builder.Services.AddSingleton<BuiltinModel>();
builder.Services.AddSingleton<BuiltinLexicons>();
builder.Services.AddHostedService<RescoringWorker>();
builder.Services.AddSingleton<ComparisonsStore>();
builder.Services.AddSingleton<ComparisonResolver>();
builder.Services.AddSingleton<ComparisonCache>();
builder.Services.AddSingleton<ChangeListener>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<ChangeListener>());
builder.Services.AddSingleton<TimeSeriesStore>();
builder.Services.AddSingleton<TimeSeriesResolver>();
builder.Services.AddSingleton<ValidationStore>();
builder.Services.AddSingleton<ValidationSampling>();
builder.Services.AddSingleton<SetIntake>();
builder.Services.AddSingleton<ValidationReporting>();

var app = builder.Build();

app.UseExceptionHandler();
// Every answer says its Content-Type is the truth: a browser never sniffs a JSON or CSV answer (or an export that
// holds a page's text) into HTML and runs it.
app.Use((context, next) =>
{
    context.Response.Headers.XContentTypeOptions = "nosniff";
    return next(context);
});
app.UseStatusCodePages();
app.UseCors();
app.UseRoutingWithHead(); // HEAD wherever GET works
ApiKeys.UseApiKeys(app);
app.UseRateLimiter();
ClientLimits.UseAnalysisQueue(app);
app.UseEndpointRequestSizeLimits();
ChangeListener.UseChangeInvalidation(app);

app.MapOpenApi();
app.UseFramingSwaggerUI();

var api = app.MapGroup("/api").CheckRequestStrings().RejectUnknownQueryParameters().DeclareProblems();
api.MapSources();
api.MapStories();
api.MapArticles();
api.MapAnalysis();
api.MapLexicons();
api.MapComparisons();
api.MapTimeSeries();
api.MapValidation();
app.MapHealth();
app.UseDefaultFiles(); // the comparison page at / (wwwroot); no-cache: revalidated, so never stale after an upgrade
app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "no-cache" });

await app.PrepareDatabaseAsync();
await app.WarmUpComparisonsAsync(); // before listening: the first cold comparisons run optimised code (Comparisons:WarmUpSeconds)
app.WarmUpIngestionInBackground(); // once listening, on half the cores: the first bulk import's analysis (Articles:WarmUpSeconds)
app.Run();

public partial class Program;
