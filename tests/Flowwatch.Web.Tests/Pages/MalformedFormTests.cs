using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Flowwatch.Web.Tests.Support;

namespace Flowwatch.Web.Tests.Pages;

/// <summary>Malformed forms and multipart bodies sent to POST /check get 400 with a reason, never 500.</summary>
public sealed class MalformedFormTests : IClassFixture<FlowwatchFactory>
{
    private const string Boundary = "----fwboundary";
    private readonly HttpClient _client;

    public MalformedFormTests(FlowwatchFactory factory) => _client = factory.CreateClient();

    public static TheoryData<string, string, string> Bodies => new()
    {
        { "a NUL in a url-encoded field", "application/x-www-form-urlencoded", "text=North%00Korea&lang=auto" },
        { "a raw NUL in a url-encoded field", "application/x-www-form-urlencoded", "text=North\0Korea" },
        { "a NUL in a multipart field", $"multipart/form-data; boundary={Boundary}", Part("name=\"text\"", "North\0Korea 13.221") + End },
        { "a quote inside a multipart file name", $"multipart/form-data; boundary={Boundary}", Part("name=\"file\"; filename=\"a\"b.txt\"", "13.221 Nordkoreaner") + End },
        { "a multipart body without its closing boundary", $"multipart/form-data; boundary={Boundary}", Part("name=\"text\"", "13.221") },
        { "a multipart body with no boundary in it", $"multipart/form-data; boundary={Boundary}", "just some text" },
        { "a multipart header without a colon", $"multipart/form-data; boundary={Boundary}", $"--{Boundary}\r\nContent-Disposition form-data\r\n\r\nx\r\n" + End },
        { "a multipart content type without a boundary", "multipart/form-data", Part("name=\"text\"", "13.221") + End },
        { "a file that is not UTF-8", $"multipart/form-data; boundary={Boundary}", Part("name=\"file\"; filename=\"a.txt\"", "13 \u00ff\u00fe Nordkoreaner") + End },
    };

    private static string End => $"--{Boundary}--\r\n";

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task A_malformed_form_gets_400_not_500(string what, string contentType, string body)
    {
        using var content = new ByteArrayContent(Encoding.Latin1.GetBytes(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using HttpResponseMessage response = await _client.PostAsync(new Uri("/check", UriKind.Relative), content);
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {(int)response.StatusCode} {text[..Math.Min(300, text.Length)]}");
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        if (what.Contains("NUL", StringComparison.Ordinal))
        {
            Assert.True(text.Contains("holds a NUL character", StringComparison.Ordinal), text);
        }
        else if (contentType.StartsWith("multipart", StringComparison.Ordinal) && !what.Contains("UTF-8", StringComparison.Ordinal))
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    private static string Part(string disposition, string value) =>
        $"--{Boundary}\r\nContent-Disposition: form-data; {disposition}\r\n\r\n{value}\r\n";
}
