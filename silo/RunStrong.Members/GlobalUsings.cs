global using RunStrong.Coaching.Engine;
