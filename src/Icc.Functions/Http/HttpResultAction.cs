using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Icc.Functions.Http;

/// <summary>
/// Writes a shared handler's <see cref="IResult"/> through the Functions ASP.NET Core integration, which
/// expects an <see cref="IActionResult"/>: the handlers stay free of Functions and MVC types.
/// </summary>
/// <param name="Result">The handler's result.</param>
public sealed record HttpResultAction(IResult Result) : IActionResult
{
    /// <inheritdoc />
    public Task ExecuteResultAsync(ActionContext context) => this.Result.ExecuteAsync(context.HttpContext);
}

/// <summary>Turns handler results into action results.</summary>
public static class HttpResultActions
{
    /// <summary>The action result writing <paramref name="result"/>.</summary>
    public static IActionResult ToActionResult(this IResult result) => new HttpResultAction(result);

    /// <summary>The action result writing the awaited result.</summary>
    public static async Task<IActionResult> ToActionResult(this Task<IResult> result) => new HttpResultAction(await result);
}
