using System.Buffers.Binary;

namespace Icc.Reports.Pdf.Charts;

/// <summary>Writes 32-bit BGRA pixels as a Windows bitmap (BMP) file of 24-bit BGR rows, the simplest image file PDFsharp imports.</summary>
internal static class Bitmap
{
    private const int FileHeader = 14;
    private const int InfoHeader = 40;

    /// <summary>The BMP file of <paramref name="bgra"/>, rows top to bottom, 4 bytes a pixel.</summary>
    public static byte[] Bgr24(ReadOnlySpan<byte> bgra, int width, int height)
    {
        // Rows are padded to a multiple of 4 bytes and stored bottom-up.
        var stride = ((width * 3) + 3) & ~3;
        var offset = FileHeader + InfoHeader;
        var file = new byte[offset + (stride * height)];
        var span = file.AsSpan();
        span[0] = (byte)'B';
        span[1] = (byte)'M';
        BinaryPrimitives.WriteInt32LittleEndian(span[2..], file.Length);
        BinaryPrimitives.WriteInt32LittleEndian(span[10..], offset);
        BinaryPrimitives.WriteInt32LittleEndian(span[14..], InfoHeader);
        BinaryPrimitives.WriteInt32LittleEndian(span[18..], width);
        BinaryPrimitives.WriteInt32LittleEndian(span[22..], height);
        BinaryPrimitives.WriteInt16LittleEndian(span[26..], 1);
        BinaryPrimitives.WriteInt16LittleEndian(span[28..], 24);
        BinaryPrimitives.WriteInt32LittleEndian(span[34..], stride * height);

        // 200 dpi in pixels per metre, so a viewer that honours it shows the intended size.
        BinaryPrimitives.WriteInt32LittleEndian(span[38..], 7874);
        BinaryPrimitives.WriteInt32LittleEndian(span[42..], 7874);
        for (var row = 0; row < height; row++)
        {
            var source = bgra.Slice(row * width * 4, width * 4);
            var target = span.Slice(offset + ((height - 1 - row) * stride), width * 3);
            for (var x = 0; x < width; x++)
            {
                target[x * 3] = source[x * 4];
                target[(x * 3) + 1] = source[(x * 4) + 1];
                target[(x * 3) + 2] = source[(x * 4) + 2];
            }
        }

        return file;
    }
}
