global using RunStrong.Testing;
global using Xunit;
