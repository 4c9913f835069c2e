package dev.propensity.server.http;

/**
 * A request the API refuses, carrying everything the error shape needs. Handlers throw it;
 * {@link ErrorMapper} writes it.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final String code;
    private final String field;
    private final java.util.Map<String, String> headers;

    public ApiException(int status, String code, String message, String field) {
        this(status, code, message, field, java.util.Map.of());
    }

    public ApiException(int status, String code, String message, String field, java.util.Map<String, String> headers) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
        this.headers = java.util.Map.copyOf(headers);
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message, null);
    }

    public static ApiException invalidField(String field, String message) {
        return new ApiException(400, "invalid_field", message, field);
    }

    public static ApiException tooLarge(String code, String message) {
        return new ApiException(413, code, message, null);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The offending field's path, or null. */
    public String field() {
        return field;
    }

    /** Headers the answer must carry, such as {@code Retry-After}. */
    public java.util.Map<String, String> headers() {
        return headers;
    }
}
