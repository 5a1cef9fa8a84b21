global using Spectre.Console;
global using Spectre.Console.Cli;
