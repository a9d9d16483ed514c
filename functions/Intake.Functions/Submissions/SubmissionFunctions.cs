using Intake.Core.Submissions;
using Intake.Functions.Functions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Intake.Functions.Submissions;

/// <summary>The three submissions as HTTP functions (anonymous: a citizen has no key), each calling
/// <see cref="SubmissionEndpoints.SubmitAsync"/>.</summary>
internal sealed class SubmissionFunctions(SubmissionService service)
{
    [Function("SubmitConcern")]
    public async Task<IActionResult> SubmitConcernAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = SubmissionEndpoints.ConcernRoute)] HttpRequest request, CancellationToken cancellationToken) =>
        new ResultAction(await SubmissionEndpoints.SubmitAsync(SubmissionKind.Concern, request.HttpContext, service, cancellationToken));

    [Function("SubmitSupportRequest")]
    public async Task<IActionResult> SubmitSupportRequestAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = SubmissionEndpoints.SupportRequestRoute)] HttpRequest request, CancellationToken cancellationToken) =>
        new ResultAction(await SubmissionEndpoints.SubmitAsync(SubmissionKind.SupportRequest, request.HttpContext, service, cancellationToken));

    [Function("SubmitRelativeSupportRequest")]
    public async Task<IActionResult> SubmitRelativeSupportRequestAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = SubmissionEndpoints.RelativeSupportRequestRoute)] HttpRequest request, CancellationToken cancellationToken) =>
        new ResultAction(await SubmissionEndpoints.SubmitAsync(SubmissionKind.RelativeSupportRequest, request.HttpContext, service, cancellationToken));
}
