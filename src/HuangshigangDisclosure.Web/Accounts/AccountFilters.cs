using HuangshigangDisclosure.Core.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace HuangshigangDisclosure.Web.Accounts;

/// <summary>Until a user replaces the initial password, every page leads to the change-password page.</summary>
public sealed class MustChangePasswordFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var user = context.HttpContext.User;
        var page = context.ActionDescriptor.ViewEnginePath;
        if (user.HasClaim(PortalClaims.MustChangePassword, "true") && !page.StartsWith("/Account/", StringComparison.Ordinal) && page != "/Error")
        {
            context.Result = new RedirectToPageResult("/Account/ChangePassword");
            return;
        }

        await next();
    }
}

/// <summary>Leaders read everything and change nothing: any other method than GET/HEAD is refused (403).</summary>
public sealed class LeaderReadOnlyFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        var isRead = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
        var ownAccount = context.ActionDescriptor.ViewEnginePath.StartsWith("/Account/", StringComparison.Ordinal);
        if (!isRead && !ownAccount && http.User.IsInRole(AppRoles.Leader) && !http.User.IsInRole(AppRoles.Admin))
        {
            context.Result = new ForbidResult();
            return;
        }

        await next();
    }
}

/// <summary>
/// A POST to a page that has no handler for it is answered 405, instead of rendering the page without the
/// data its GET handler would have loaded (which fails).
/// </summary>
public sealed class UnhandledMethodFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var method = context.HttpContext.Request.Method;
        if (context.HandlerMethod is null && !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method)))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return;
        }

        await next();
    }
}
