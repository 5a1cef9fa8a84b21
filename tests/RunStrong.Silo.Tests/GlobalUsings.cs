global using Orleans;
global using Orleans.Serialization;
global using RunStrong.Contracts.Serialization;
global using Xunit;
global using Orleans.Runtime;
global using RunStrong.Contracts.Security;
