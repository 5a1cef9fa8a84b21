using Microsoft.AspNetCore.Http;

namespace RunStrong.Web.Hosting;

/// <summary>The status a page answers with when the API refused what it asked.</summary>
public static class PageStatus
{
    /// <summary>
    /// Sets the page's status from the API's (4xx as it came, anything else 502). A 404 is set only as the response
    /// starts: the component endpoint drops the body of a page that is already 404 while it renders (it expects
    /// NavigationManager.NotFound and a router not-found page), and this page is the not-found page.
    /// </summary>
    public static void Set(HttpContext http, int apiStatus)
    {
        var status = apiStatus is >= 400 and < 500 ? apiStatus : StatusCodes.Status502BadGateway;
        if (status != StatusCodes.Status404NotFound)
        {
            http.Response.StatusCode = status;
            return;
        }

        http.Response.OnStarting(() =>
        {
            http.Response.StatusCode = status;
            return Task.CompletedTask;
        });
    }
}
