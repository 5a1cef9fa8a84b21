global using RunStrong.Coaching.Athletes;
global using RunStrong.Onboarding;
global using Xunit;
