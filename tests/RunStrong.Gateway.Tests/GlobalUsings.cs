global using System.Net;
global using System.Net.Http.Json;
global using RunStrong.Testing;
global using Xunit;
