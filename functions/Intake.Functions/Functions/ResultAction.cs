using Microsoft.AspNetCore.Mvc;

namespace Intake.Functions.Functions;

/// <summary>One of the app's results (<see cref="IResult"/>) as the <see cref="IActionResult"/> an HTTP function returns:
/// the Functions host's ASP.NET Core integration executes it, and so does the standalone host.</summary>
internal sealed class ResultAction(IResult result) : IActionResult
{
    public IResult Result => result;

    public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
}
