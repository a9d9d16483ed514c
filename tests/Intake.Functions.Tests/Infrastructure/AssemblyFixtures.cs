using Xunit;
using Intake.Functions.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(AzuriteFixture))]
