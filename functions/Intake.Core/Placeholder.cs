namespace Intake.Core; internal static class Placeholder { }
