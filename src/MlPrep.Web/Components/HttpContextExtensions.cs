using Microsoft.AspNetCore.Diagnostics;

namespace MlPrep.Web.Components;

internal static class HttpContextExtensions
{
    /// <summary>
    /// Answers 404 with the page the component renders itself (an unknown topic says which id it
    /// did not find), instead of re-executing the generic not-found page.
    /// </summary>
    public static void RespondNotFound(this HttpContext? context)
    {
        if (context is null)
        {
            return;
        }

        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
        {
            statusCodePages.Enabled = false;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
    }
}
