using System.Reflection;
using Azure.Storage.Queues.Models;
using Intake.Functions.Functions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.Azure.Functions.Worker;

namespace Intake.Functions.Hosting.Standalone;

/// <summary>
/// Invokes a function's own method, as the worker does: a new instance of its class from the container, its
/// trigger's value bound to the trigger parameter (the request, the queue message, the timer), a route value to the
/// parameter of its name, the cancellation token. So the standalone host runs the very code the Functions host runs.
/// </summary>
internal sealed class FunctionInvoker(IServiceProvider services)
{
    public static async Task InvokeHttpAsync(IntakeFunction function, HttpContext context)
    {
        var result = await InvokeAsync(function, p =>
            p.ParameterType == typeof(HttpRequest) ? context.Request
            : p.ParameterType == typeof(CancellationToken) ? context.RequestAborted
            : p.ParameterType == typeof(string) ? context.GetRouteValue(p.Name!)?.ToString()
            : throw Unbindable(function, p), context.RequestServices);
        var action = result as IActionResult ?? throw new InvalidOperationException($"HTTP function {function.Name} returned no IActionResult.");
        await action.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
    }

    public Task InvokeQueueAsync(IntakeFunction function, QueueMessage message, CancellationToken cancellationToken) =>
        InvokeAsync(function, p =>
            p.ParameterType == typeof(QueueMessage) ? message
            : p.ParameterType == typeof(CancellationToken) ? cancellationToken
            : throw Unbindable(function, p), services);

    public Task InvokeTimerAsync(IntakeFunction function, CancellationToken cancellationToken) =>
        InvokeAsync(function, p =>
            p.ParameterType == typeof(TimerInfo) ? new TimerInfo()
            : p.ParameterType == typeof(CancellationToken) ? cancellationToken
            : throw Unbindable(function, p), services);

    private static async Task<object?> InvokeAsync(IntakeFunction function, Func<ParameterInfo, object?> bind, IServiceProvider scope)
    {
        var method = function.Method;
        var instance = method.IsStatic ? null : ActivatorUtilities.CreateInstance(scope, method.DeclaringType!);
        var result = method.Invoke(instance, BindingFlags.DoNotWrapExceptions, binder: null, [.. method.GetParameters().Select(bind)], culture: null);
        if (result is not Task task)
        {
            return result;
        }

        await task;
        return task.GetType().IsGenericType ? task.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(task) : null;
    }

    private static InvalidOperationException Unbindable(IntakeFunction function, ParameterInfo parameter) =>
        new($"Function {function.Name}: the standalone host cannot bind parameter {parameter.Name} ({parameter.ParameterType.Name}).");
}
