using System.Buffers;
using PaperCatalog.ComponentTests.Papers;
using PaperCatalog.Data.Search;
using PaperCatalog.Web.Components.Shared;
using PaperCatalog.Web.Features.Papers;
using PaperCatalog.Web.Features.Tags;

namespace PaperCatalog.ComponentTests.Shared;

/// <summary>A prerendered page's state is handed to its interactive render compressed, or not at all when too large or unreadable.</summary>
public sealed class CompactStateSerializerTests
{
    private static readonly CompactStateSerializer<PrerenderedResults> Serializer = new();

    [Fact]
    public void A_page_of_results_comes_back_as_it_was_in_fewer_bytes_than_its_json()
    {
        var items = Enumerable.Range(1, 20).Select(id => Sample.Paper(id: id, tags: Sample.Distillation)).ToList();
        var shown = new PrerenderedResults("?q=distillation", new SearchPage(new PaperSearchCriteria { Query = "distillation", Tags = ["distillation"] }, Sample.Result(57, items), [], "distillation"),
            [new TagName("distillation", "Knowledge distillation", "Teacher to student.")]);

        var bytes = Persist(shown);
        var handover = Serializer.Restore(new ReadOnlySequence<byte>(bytes));
        var restored = handover?.Take();

        Assert.NotNull(restored);
        Assert.Null(handover!.Take());
        Assert.Equal(shown.View, restored.View);
        Assert.Equal(shown.Page.Criteria.Tags, restored.Page.Criteria.Tags);
        Assert.Equal(shown.Page.Result.Items.Select(p => (p.Id, p.Title, p.Tags[0].Slug)), restored.Page.Result.Items.Select(p => (p.Id, p.Title, p.Tags[0].Slug)));
        Assert.Equal(shown.Page.Result.Items[3].Snippet.Segments, restored.Page.Result.Items[3].Snippet.Segments);
        Assert.Equal(shown.Tags, restored.Tags);
        Assert.InRange(bytes.Length, 1, System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(shown).Length / 4);
    }

    [Fact]
    public void A_state_still_too_large_when_compressed_is_not_kept_and_the_page_reads_its_data_again()
    {
        // Random text hardly compresses: 40 KB of it stays over the limit.
        var noise = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(30_000));
        var shown = new PrerenderedResults("", new SearchPage(new PaperSearchCriteria(), Sample.Result(1, [Sample.Paper(title: noise)]), [], null), []);

        var bytes = Persist(shown);

        Assert.Empty(bytes);
        Assert.Null(Serializer.Restore(new ReadOnlySequence<byte>(bytes)));
    }

    [Fact]
    public void A_state_written_by_another_build_is_not_restored_and_the_page_reads_its_data_again()
    {
        var notBrotli = System.Text.Encoding.UTF8.GetBytes("{\"view\":\"\"}");
        using var otherShape = new MemoryStream();
        using (var brotli = new System.IO.Compression.BrotliStream(otherShape, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            brotli.Write("[1, 2, 3]"u8);
        }

        Assert.Null(Serializer.Restore(new ReadOnlySequence<byte>(notBrotli)));
        Assert.Null(Serializer.Restore(new ReadOnlySequence<byte>(otherShape.ToArray())));
    }

    private static byte[] Persist(PrerenderedResults shown)
    {
        var writer = new ArrayBufferWriter<byte>();
        Serializer.Persist(new Handover<PrerenderedResults>(shown), writer);
        return writer.WrittenSpan.ToArray();
    }
}
