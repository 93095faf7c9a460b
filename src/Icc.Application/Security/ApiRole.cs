namespace Icc.Application.Security;

/// <summary>What an API key may do.</summary>
public enum ApiRole
{
    /// <summary>A city: uploads and follows its own submissions only.</summary>
    City,

    /// <summary>The secretariat's reviewers: read every submission and decide on reviews.</summary>
    Reviewer,

    /// <summary>Administrators: everything a city (for any city) and a reviewer may do.</summary>
    Admin,
}
