global using RunStrong.Coaching.Engine;
global using RunStrong.Members;
global using Xunit;
