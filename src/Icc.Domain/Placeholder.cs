namespace Icc.Domain; internal static class Placeholder { }
