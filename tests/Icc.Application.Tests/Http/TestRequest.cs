using System.Text;
using System.Text.Json;
using Icc.Application.Security;
using Microsoft.AspNetCore.Http;

namespace Icc.Application.Tests.Http;

/// <summary>A request built on a <see cref="DefaultHttpContext"/>, and the response its result writes.</summary>
internal sealed class TestRequest
{
    private readonly DefaultHttpContext context;

    public TestRequest(IServiceProvider services, string method, string? apiKey)
    {
        this.context = new DefaultHttpContext { RequestServices = services };
        this.context.Request.Method = method;
        this.context.Response.Body = new MemoryStream();
        if (apiKey is not null)
        {
            this.context.Request.Headers[ApiKeyAuthenticator.HeaderName] = apiKey;
        }
    }

    public HttpRequest Http => this.context.Request;

    /// <summary>Sets the body and its content type (and length, as a client would).</summary>
    public TestRequest WithBody(byte[] body, string? contentType)
    {
        this.context.Request.Body = new MemoryStream(body);
        this.context.Request.ContentLength = body.Length;
        this.context.Request.ContentType = contentType;
        return this;
    }

    /// <summary>A JSON body.</summary>
    public TestRequest WithJson(object body) =>
        this.WithBody(JsonSerializer.SerializeToUtf8Bytes(body), "application/json");

    /// <summary>Writes the handler's result into the response and reads it back.</summary>
    public async Task<TestResponse> ExecuteAsync(IResult result)
    {
        await result.ExecuteAsync(this.context);
        var body = (MemoryStream)this.context.Response.Body;
        return new TestResponse(this.context.Response.StatusCode, this.context.Response.ContentType, this.context.Response.Headers, body.ToArray());
    }
}

/// <summary>What a handler answered.</summary>
internal sealed record TestResponse(int Status, string? ContentType, IHeaderDictionary Headers, byte[] Body)
{
    public string Text => Encoding.UTF8.GetString(this.Body);

    public JsonElement Json => JsonDocument.Parse(this.Body).RootElement;

    public bool IsProblem => this.ContentType?.StartsWith("application/problem+json", StringComparison.Ordinal) == true;

    public override string ToString() => $"{this.Status} {this.ContentType} {this.Text}";
}
