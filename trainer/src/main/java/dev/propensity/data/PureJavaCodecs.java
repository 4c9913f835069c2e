package dev.propensity.data;

import io.airlift.compress.Compressor;
import io.airlift.compress.Decompressor;
import io.airlift.compress.lz4.Lz4Compressor;
import io.airlift.compress.lz4.Lz4Decompressor;
import io.airlift.compress.snappy.SnappyCompressor;
import io.airlift.compress.snappy.SnappyDecompressor;
import io.airlift.compress.zstd.ZstdCompressor;
import io.airlift.compress.zstd.ZstdDecompressor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Parquet page compression in plain Java: Snappy, ZSTD and LZ4_RAW from aircompressor, GZIP from the JDK.
 *
 * <p>Why not parquet-hadoop's own {@code CodecFactory}: it builds a Hadoop {@code Configuration} for every codec,
 * which drags in hadoop-common's XML stack (woodstox, Hadoop's shaded Guava), and its Snappy and ZSTD load JNI
 * libraries (snappy-java, zstd-jni) unpacked into the temp folder. This factory needs neither, so those jars are
 * excluded from the build (see {@code trainer/PARQUET.md}).
 */
final class PureJavaCodecs implements CompressionCodecFactory {

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        return switch (codec) {
            case UNCOMPRESSED -> new Uncompressed();
            case SNAPPY -> new BlockCompressor(codec, new SnappyCompressor());
            case ZSTD -> new BlockCompressor(codec, new ZstdCompressor());
            case LZ4_RAW -> new BlockCompressor(codec, new Lz4Compressor());
            case GZIP -> new GzipCompressor();
            default -> throw unsupported(codec);
        };
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        return switch (codec) {
            case UNCOMPRESSED -> new Uncompressed();
            case SNAPPY -> new BlockDecompressor(new SnappyDecompressor());
            case ZSTD -> new BlockDecompressor(new ZstdDecompressor());
            case LZ4_RAW -> new BlockDecompressor(new Lz4Decompressor());
            case GZIP -> new GzipDecompressor();
            default -> throw unsupported(codec);
        };
    }

    @Override
    public void release() {
        // Nothing pooled: every compressor here is plain heap objects.
    }

    private static DataException unsupported(CompressionCodecName codec) {
        return new DataException("Parquet compression " + codec + " is not supported;"
                + " use UNCOMPRESSED, SNAPPY, ZSTD, GZIP or LZ4_RAW");
    }

    /** The bytes of a page; {@code BytesInput.toByteArray} is deprecated, so this copies through a stream. */
    private static byte[] arrayOf(BytesInput bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.toIntExact(bytes.size()));
        bytes.writeAllTo(out);
        return out.toByteArray();
    }

    /** Copies a direct or heap buffer region into a fresh array, leaving the buffer's position alone. */
    private static byte[] bytesOf(ByteBuffer buffer, int length) {
        byte[] bytes = new byte[length];
        buffer.duplicate().get(bytes, 0, length);
        return bytes;
    }

    private static final class Uncompressed implements BytesInputCompressor, BytesInputDecompressor {
        @Override
        public BytesInput compress(BytesInput bytes) {
            return bytes;
        }

        @Override
        public CompressionCodecName getCodecName() {
            return CompressionCodecName.UNCOMPRESSED;
        }

        @Override
        public BytesInput decompress(BytesInput bytes, int uncompressedSize) {
            return bytes;
        }

        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize) {
            output.put(bytesOf(input, compressedSize));
        }

        @Override
        public void release() {
        }
    }

    private record BlockCompressor(CompressionCodecName name, Compressor compressor) implements BytesInputCompressor {
        @Override
        public BytesInput compress(BytesInput bytes) throws IOException {
            byte[] input = arrayOf(bytes);
            byte[] output = new byte[compressor.maxCompressedLength(input.length)];
            int length = compressor.compress(input, 0, input.length, output, 0, output.length);
            return BytesInput.from(output, 0, length);
        }

        @Override
        public CompressionCodecName getCodecName() {
            return name;
        }

        @Override
        public void release() {
        }
    }

    private record BlockDecompressor(Decompressor decompressor) implements BytesInputDecompressor {
        @Override
        public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
            byte[] input = arrayOf(bytes);
            return BytesInput.from(decompress(input, uncompressedSize));
        }

        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize) {
            output.put(decompress(bytesOf(input, compressedSize), uncompressedSize));
        }

        private byte[] decompress(byte[] input, int uncompressedSize) {
            byte[] output = new byte[uncompressedSize];
            int length = decompressor.decompress(input, 0, input.length, output, 0, output.length);
            return length == uncompressedSize ? output : Arrays.copyOf(output, length);
        }

        @Override
        public void release() {
        }
    }

    private static final class GzipCompressor implements BytesInputCompressor {
        @Override
        public BytesInput compress(BytesInput bytes) throws IOException {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(buffer)) {
                bytes.writeAllTo(gzip);
            }
            return BytesInput.from(buffer.toByteArray());
        }

        @Override
        public CompressionCodecName getCodecName() {
            return CompressionCodecName.GZIP;
        }

        @Override
        public void release() {
        }
    }

    private static final class GzipDecompressor implements BytesInputDecompressor {
        @Override
        public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
            return BytesInput.from(inflate(bytes.toInputStream(), uncompressedSize));
        }

        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize)
                throws IOException {
            output.put(inflate(new ByteArrayInputStream(bytesOf(input, compressedSize)), uncompressedSize));
        }

        private static byte[] inflate(InputStream compressed, int uncompressedSize) throws IOException {
            try (GZIPInputStream gzip = new GZIPInputStream(compressed)) {
                return gzip.readNBytes(uncompressedSize);
            }
        }

        @Override
        public void release() {
        }
    }
}
