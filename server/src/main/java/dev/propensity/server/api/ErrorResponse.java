package dev.propensity.server.api;

/**
 * The one error shape of the API: {@code {"error": {"status", "code", "message", "field"}}}.
 *
 * @param error what went wrong
 */
public record ErrorResponse(Detail error) {

    /**
     * @param status  the HTTP status, repeated for clients that only see the body
     * @param code    a stable machine-readable code, such as {@code invalid_field}
     * @param message a sentence for people
     * @param field   the path of the offending field, such as {@code [2].employees}; left out when none
     */
    public record Detail(int status, String code, String message, String field) {
    }

    public static ErrorResponse of(int status, String code, String message, String field) {
        return new ErrorResponse(new Detail(status, code, message, field));
    }
}
