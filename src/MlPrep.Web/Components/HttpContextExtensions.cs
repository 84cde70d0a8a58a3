namespace MlPrep.Web.Components;

internal static class HttpContextExtensions
{
    /// <summary>
    /// Answers 404; the status-code middleware then renders the not-found page, which names
    /// the topic or area that was asked for.
    /// </summary>
    public static void RespondNotFound(this HttpContext? context)
    {
        if (context is not null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
