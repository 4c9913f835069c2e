package dev.propensity.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.propensity.server.api.Json;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Reads a request body as JSON, refusing what the API cannot take with a clear 4xx: a Content-Type other
 * than JSON (415), more bytes than the limit (413, counted while reading, so that a chunked body without a
 * Content-Length is held to it too), an empty body or malformed JSON (400). Javalin's own body reading is
 * not used: it answers malformed JSON with a 500 and does not limit streamed bodies.
 */
public final class JsonBody {
    private static final ObjectReader READER = Json.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final long maxBytes;

    public JsonBody(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The parsed body; never null. */
    public JsonNode read(Context ctx) {
        return readWithText(ctx).tree();
    }

    /**
     * A body as parsed, with its text as sent when that text is UTF-8 without a byte-order mark (JSON's usual
     * encoding; Jackson also reads UTF-16 and UTF-32, whose bytes are not that text).
     *
     * @param tree the parsed body, never null
     * @param text the body as sent, or null when it came in another encoding
     */
    public record Read(JsonNode tree, String text) {
    }

    /** The parsed body with its text as sent, for a caller that keeps the input (the score log). */
    public Read readWithText(Context ctx) {
        requireJsonType(ctx);
        byte[] bytes = readLimited(ctx);
        if (blank(bytes)) {
            throw ApiException.badRequest("empty_body", "the request body is empty; expected JSON");
        }
        JsonNode tree = parse(bytes);
        return new Read(tree, plainUtf8(bytes) ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : null);
    }

    /** No byte-order mark and no zero byte among the first four: not UTF-16 or UTF-32, as Jackson detects them. */
    static boolean plainUtf8(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return false;
        }
        for (int i = 0; i < Math.min(4, bytes.length); i++) {
            if (bytes[i] == 0 || (bytes[i] & 0xFF) == 0xFE || (bytes[i] & 0xFF) == 0xFF) {
                return false;
            }
        }
        return true;
    }

    /** The parsed body, or null when the request has none: for routes whose body is optional. */
    public JsonNode readOptional(Context ctx) {
        boolean hasBody = ctx.req().getContentLengthLong() > 0 || ctx.header("Transfer-Encoding") != null;
        return hasBody ? read(ctx) : null;
    }

    private static void requireJsonType(Context ctx) {
        String type = ctx.contentType();
        String base = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!base.equals("application/json")) {
            throw new ApiException(415, "unsupported_media_type",
                    "expected Content-Type application/json, got " + (type == null ? "none" : "'" + type + "'"), null);
        }
    }

    private byte[] readLimited(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            return declared >= 0 ? readDeclared(in, (int) declared) : readStreamed(in);
        } catch (IOException e) {
            throw ApiException.badRequest("unreadable_body", "the request body could not be read: " + e.getMessage());
        }
    }

    /** A body with a Content-Length (every CRM's single lead): read into one array of that size, no copies. */
    private static byte[] readDeclared(InputStream in, int declared) throws IOException {
        // At most the limit: a larger Content-Length was refused before reading.
        byte[] bytes = new byte[declared];
        int read = in.readNBytes(bytes, 0, declared);
        if (read < declared) {
            throw ApiException.badRequest("unreadable_body", "the request body ended after " + read
                    + " of the " + declared + " bytes its Content-Length announced");
        }
        return bytes;
    }

    /** A chunked body: counted while reading, so it is held to the limit too. */
    private byte[] readStreamed(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            if (out.size() + (long) n > maxBytes) {
                throw tooLarge();
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Empty or only whitespace, as {@code String.isBlank} decides, without decoding the usual ASCII body. */
    private static boolean blank(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank();
            }
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    private ApiException tooLarge() {
        return ApiException.tooLarge("body_too_large", "the request body is larger than the limit of " + maxBytes + " bytes");
    }

    private static JsonNode parse(byte[] bytes) {
        try {
            return READER.readTree(bytes);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw ApiException.badRequest("malformed_json", "the body is not valid JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiException.badRequest("malformed_json", "the body is not valid JSON: " + e.getMessage());
        } catch (NumberFormatException | ArithmeticException e) {
            // Jackson reads big numbers as BigDecimal, which cannot hold an exponent beyond about 2^31 (1e9999999999).
            throw ApiException.badRequest("malformed_json", "the body holds a number too large to read (an exponent"
                    + " beyond 2147483647)");
        }
    }
}
