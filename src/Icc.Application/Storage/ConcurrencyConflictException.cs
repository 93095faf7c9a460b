namespace Icc.Application.Storage;

/// <summary>Another writer changed the entity since it was read (ETag mismatch), or it already exists.</summary>
public sealed class ConcurrencyConflictException(string message, Exception? inner = null) : Exception(message, inner);
