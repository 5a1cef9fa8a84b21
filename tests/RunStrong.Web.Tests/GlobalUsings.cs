global using Microsoft.Playwright;
global using RunStrong.Web.Tests.Browser;
global using Xunit;
