global using Orleans;
global using Orleans.Runtime;
global using RunStrong.Contracts.Routes;
