package dev.propensity.server.http;

import dev.propensity.data.DataException;
import dev.propensity.features.InvalidFieldException;
import dev.propensity.registry.RegistryException;
import dev.propensity.server.crm.CrmMappingException;
import dev.propensity.server.crm.UnknownStageException;
import dev.propensity.server.api.ErrorResponse;
import dev.propensity.server.feedback.FeedbackStoreException;
import dev.propensity.server.feedback.FeedbackValidationException;
import dev.propensity.server.feedback.OutcomeConflictException;
import dev.propensity.server.report.NoChampionException;
import dev.propensity.server.scoring.ModelRefusedException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where exceptions become HTTP answers, all in the {@link ErrorResponse} shape. Anything not
 * foreseen is a 500 with a generic message: the details and stack trace go to the server log, never to the
 * client.
 */
public final class ErrorMapper {
    /** The request attribute holding the error code of a failed request, for metrics. */
    public static final String ERROR_CODE = "propensity.error_code";
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    private ErrorMapper() {
    }

    public static void register(Javalin app) {
        app.exception(ApiException.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            write(ctx, e.status(), e.code(), e.getMessage(), e.field());
        });
        app.exception(InvalidFieldException.class, (e, ctx) ->
                write(ctx, 400, "invalid_field", e.getMessage(), e.field()));
        app.exception(FeedbackValidationException.class, (e, ctx) ->
                write(ctx, 400, "invalid_field", e.getMessage(), e.field()));
        app.exception(OutcomeConflictException.class, (e, ctx) ->
                write(ctx, 409, "idempotency_conflict", e.getMessage(), null));
        app.exception(ModelRefusedException.class, (e, ctx) ->
                write(ctx, 422, "model_refused", e.getMessage(), null));
        app.exception(UnknownStageException.class, (e, ctx) ->
                write(ctx, 422, "unknown_stage", e.getMessage(), e.field()));
        app.exception(CrmMappingException.class, (e, ctx) -> {
            // The aliases file no longer fits the model being served: the operator's mistake, not the client's.
            LOG.error("{} on {} {}", e.getMessage(), ctx.method(), ctx.path());
            write(ctx, 503, "aliases_mismatch", e.getMessage(), null);
        });
        app.exception(RegistryException.class, ErrorMapper::registry);
        app.exception(NoChampionException.class, (e, ctx) -> write(ctx, 503, "no_champion", e.getMessage(), null));
        app.exception(DataException.class, (e, ctx) -> {
            // The message names files on the server's disk: it goes to the log, and the client gets the gist.
            LOG.warn("cannot re-create a report on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            write(ctx, 409, "report_unavailable",
                    "the report cannot be re-created: the version's training data is gone or has changed", null);
        });
        app.exception(FeedbackStoreException.class, ErrorMapper::store);
        app.exception(HttpResponseException.class, (e, ctx) ->
                write(ctx, e.getStatus(), codeOf(e.getStatus()), messageOf(e, ctx), null));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            write(ctx, 500, "internal_error", "the server failed to answer; the failure is in its log", null);
        });
    }

    // A database that is down or restarting is a 503 the client may retry (nothing was written: every store
    // call is one transaction); any other store failure is ours, a 500 with the details in the log.
    private static void store(FeedbackStoreException e, Context ctx) {
        if (e.isUnavailable()) {
            LOG.warn("feedback store unavailable on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            ctx.header("Retry-After", "1");
            write(ctx, 503, "store_unavailable", "the feedback database cannot be reached; nothing was stored, retry shortly", null);
        } else {
            LOG.error("feedback store failure on {} {}", ctx.method(), ctx.path(), e);
            write(ctx, 500, "internal_error", "the server failed to answer; the failure is in its log", null);
        }
    }

    private static void registry(RegistryException e, Context ctx) {
        switch (e.kind()) {
            case UNKNOWN_VERSION -> write(ctx, 404, "unknown_version", e.getMessage(), null);
            case INVALID_REQUEST -> write(ctx, 409, "invalid_request", e.getMessage(), null);
            default -> {
                LOG.error("model registry failure on {} {}", ctx.method(), ctx.path(), e);
                write(ctx, 500, "registry_failure", e.getMessage(), null);
            }
        }
    }

    private static String codeOf(int status) {
        switch (status) {
            case 404:
                return "not_found";
            case 405:
                return "method_not_allowed";
            case 413:
                return "body_too_large";
            default:
                return "http_" + status;
        }
    }

    private static String messageOf(HttpResponseException e, Context ctx) {
        if (e.getStatus() == 404) {
            return "no route " + ctx.method() + " " + ctx.path();
        }
        if (e.getStatus() == 405) {
            return "method " + ctx.method() + " is not allowed on " + ctx.path();
        }
        return e.getMessage() == null ? "HTTP " + e.getStatus() : e.getMessage().toLowerCase(Locale.ROOT);
    }

    /** Writes the error shape; also used by the authentication filter. */
    static void write(Context ctx, int status, String code, String message, String field) {
        ctx.attribute(ERROR_CODE, code);
        ctx.status(status).json(ErrorResponse.of(status, code, message, field));
    }
}
