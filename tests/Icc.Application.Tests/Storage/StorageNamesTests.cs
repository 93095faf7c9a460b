using Icc.Application.Storage;
using Icc.Application.Upload;
using Icc.Domain.Answers;

namespace Icc.Application.Tests.Storage;

public sealed class StorageNamesTests
{
    [Theory]
    [InlineData("../x")]
    [InlineData("a/b")]
    [InlineData("Asan")]
    [InlineData("x'")]
    [InlineData("")]
    [InlineData("-asan")]
    [InlineData("a")]
    [InlineData("asan%2F..")]
    [InlineData("asan\n")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void CityId_Hostile_IsRefusedBeforeAnyNameIsBuilt(string cityId)
    {
        // Nothing a user typed becomes a blob path or a key unchecked.
        Assert.False(StorageNames.IsCityId(cityId));
        Assert.Throws<ArgumentException>(() => StorageNames.UploadBlob(cityId, "s-0123456789abcdef0123456789abcdef", 1, AnswerFileFormat.Json));
    }

    [Theory]
    [InlineData("s-../../etc/passwd")]
    [InlineData("S-0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("s-0123456789abcdef0123456789abcde")]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("s-0123456789abcdef0123456789abcdef\n")]
    public void SubmissionId_Malformed_IsRefused(string submissionId)
    {
        // Submission ids are exactly "s-" and 32 lower-case hex digits.
        Assert.False(StorageNames.IsSubmissionId(submissionId));
        Assert.Throws<ArgumentException>(() => StorageNames.ReportBlob("asan", submissionId));
    }

    [Fact]
    public void BlobNames_ForValidIds_FollowTheDocumentedLayout()
    {
        // uploads/{cityId}/{submissionId}/answers.{ext}; later rounds get their own names; one report name.
        const string id = "s-0123456789abcdef0123456789abcdef";
        Assert.Equal($"asan/{id}/answers.json", StorageNames.UploadBlob("asan", id, 1, AnswerFileFormat.Json));
        Assert.Equal($"asan/{id}/answers-round-2.csv", StorageNames.UploadBlob("asan", id, 2, AnswerFileFormat.Csv));
        Assert.Equal($"asan/{id}/validation-round-2.json", StorageNames.ValidationBlob("asan", id, 2));
        Assert.Equal($"asan/{id}.pdf", StorageNames.ReportBlob("asan", id));
    }

    [Fact]
    public void SubmissionIds_SameBytesSameCity_AreEqual_AndDifferAcrossCities()
    {
        // Idempotent upload: the id depends only on the city and the bytes.
        byte[] content = [1, 2, 3];
        var id = SubmissionIds.For("asan", content);
        Assert.True(StorageNames.IsSubmissionId(id));
        Assert.Equal(id, SubmissionIds.For("asan", [1, 2, 3]));
        Assert.NotEqual(id, SubmissionIds.For("ansan", content));
        Assert.NotEqual(id, SubmissionIds.For("asan", [1, 2, 4]));
    }
}
