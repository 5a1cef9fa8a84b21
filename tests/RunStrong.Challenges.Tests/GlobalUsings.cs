global using RunStrong.Challenges.Rules;
global using RunStrong.Challenges.Scoring;
global using RunStrong.Challenges.Tests.Builders;
global using RunStrong.Coaching.Athletes;
global using Xunit;
