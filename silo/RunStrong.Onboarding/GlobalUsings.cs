global using RunStrong.Coaching.Athletes;
global using RunStrong.Coaching.Validation;
