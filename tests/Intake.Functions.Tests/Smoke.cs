namespace Intake.Functions.Tests; public class SmokeTests { [Xunit.Fact] public void Works() => Xunit.Assert.True(true); }
