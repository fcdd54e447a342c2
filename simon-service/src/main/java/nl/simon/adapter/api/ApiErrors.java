package nl.simon.adapter.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.simon.adapter.MessageText;
import nl.simon.integration.fs.FsFailure;
import nl.simon.shared.ConflictException;
import nl.simon.shared.InvalidInputException;
import nl.simon.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every error of the REST API as {@code {"error", "message"[, "field"]}} with a 4xx status (503 while
 * the database cannot be reached, 502/503 when FactuurSturen fails); the
 * message is in the caller's language (Dutch unless {@code Accept-Language} asks for English).
 */
@RestControllerAdvice(basePackages = "nl.simon.adapter.api")
class ApiErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private final MessageSource messages;
    private final MessageText messageText;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
        this.messageText = new MessageText(messages);
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Object>> notFound(NotFoundException e, Locale locale) {
        String entity = messages.getMessage("entity." + e.entity(), null, e.entity(), locale);
        return error(HttpStatus.NOT_FOUND, "not_found", null, text("error.not-found", locale, entity, e.id()));
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Object>> invalid(InvalidInputException e, Locale locale) {
        ResponseEntity<Map<String, Object>> answer = invalidField(
                e.field(), text(e.messageCode(), locale, e.arguments().toArray()));
        if (e.fields().size() > 1) {
            // Every wrong field, each with its own message; "field" and "message" stay the first one's.
            answer.getBody()
                    .put(
                            "fields",
                            e.fields().stream()
                                    .map(InvalidInputException::field)
                                    .toList());
            answer.getBody()
                    .put(
                            "errors",
                            e.fields().stream()
                                    .map(wrong -> Map.of(
                                            "field",
                                            wrong.field(),
                                            "message",
                                            text(
                                                    wrong.messageCode(),
                                                    locale,
                                                    wrong.arguments().toArray())))
                                    .toList());
            answer.getBody()
                    .put(
                            "message",
                            String.join(
                                    "; ",
                                    e.fields().stream()
                                            .map(wrong -> wrong.field() + ": "
                                                    + text(
                                                            wrong.messageCode(),
                                                            locale,
                                                            wrong.arguments().toArray()))
                                            .toList()));
        }
        return answer;
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Object>> conflict(ConflictException e, Locale locale) {
        ResponseEntity<Map<String, Object>> answer = error(
                HttpStatus.CONFLICT,
                "conflict",
                null,
                text(e.messageCode(), locale, e.arguments().toArray()));
        answer.getBody().putAll(e.details());
        return answer;
    }

    /** FactuurSturen could not do what was asked: not the caller's input, so a 502/503 that says what to do. */
    @ExceptionHandler
    ResponseEntity<Map<String, Object>> factuurSturen(FsFailure e, Locale locale) {
        if (e instanceof FsFailure.StoredKeyUnreadable) {
            return error(
                    HttpStatus.CONFLICT, "factuursturen_unauthorized", null, text("error.fs.key-unreadable", locale));
        }
        if (e instanceof FsFailure.Unauthorized) {
            return error(
                    HttpStatus.CONFLICT, "factuursturen_unauthorized", null, text("error.fs.unauthorized", locale));
        }
        if (e instanceof FsFailure.RateLimited limited) {
            return error(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "factuursturen_rate_limited",
                    null,
                    text("error.fs.rate-limited", locale, limited.refillsAt().toString()));
        }
        if (e instanceof FsFailure.Rejected rejected) {
            return error(
                    HttpStatus.BAD_GATEWAY,
                    "factuursturen_rejected",
                    null,
                    text("error.fs.rejected", locale, rejected.reason()));
        }
        LOG.warn("FactuurSturen unreachable: {}", e.getMessage());
        return error(HttpStatus.BAD_GATEWAY, "factuursturen_unreachable", null, text("error.fs.unreachable", locale));
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e, Locale locale) {
        String field = e.getCause() instanceof JacksonException json ? lastProperty(json.getPath()) : null;
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestTooLarge tooLarge) {
                return tooLarge(tooLarge.limit(), locale);
            }
            if (cause instanceof InvalidInputException invalid) {
                // A value refused while it was read (a text with a NUL character): the field from the JSON path.
                return invalidField(
                        field != null ? field : invalid.field(),
                        text(invalid.messageCode(), locale, invalid.arguments().toArray()));
            }
        }
        if (field != null) {
            return invalidField(field, text(isMissing(e.getCause()) ? "error.required" : "error.wrong-type", locale));
        }
        return error(HttpStatus.BAD_REQUEST, "bad_request", null, text("error.unreadable-body", locale));
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Object>> typeMismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        return invalidField(e.getName(), text("error.wrong-type", locale));
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Object>> missingParameter(MissingServletRequestParameterException e, Locale locale) {
        return invalidField(e.getParameterName(), text("error.required", locale));
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e, Locale locale) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", null, text("error.http.415", locale));
    }

    /** The client accepts no JSON (e.g. {@code Accept: text/html}): errors are still answered in JSON. */
    @ExceptionHandler
    ResponseEntity<Map<String, Object>> notAcceptable(HttpMediaTypeNotAcceptableException e, Locale locale) {
        return error(HttpStatus.NOT_ACCEPTABLE, "not_acceptable", null, text("error.not-acceptable", locale));
    }

    /** A body longer than the service reads (see ApiRequestGuard): 413. */
    ResponseEntity<Map<String, Object>> tooLarge(long limit, Locale locale) {
        return error(HttpStatus.CONTENT_TOO_LARGE, "payload_too_large", null, text("error.http.413", locale, limit));
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Object>> denied(AccessDeniedException e, Locale locale) {
        return error(HttpStatus.FORBIDDEN, "forbidden", null, text("error.forbidden", locale));
    }

    /** PostgreSQL cannot be reached: 503 with Retry-After, so a client waits and tries again. */
    @ExceptionHandler({
        DataAccessResourceFailureException.class,
        CannotCreateTransactionException.class,
        RecoverableDataAccessException.class
    })
    ResponseEntity<Map<String, Object>> databaseUnavailable(Exception e, Locale locale) {
        LOG.warn("database unavailable: {}", e.getMessage());
        ResponseEntity<Map<String, Object>> answer = error(
                HttpStatus.SERVICE_UNAVAILABLE,
                "database_unavailable",
                null,
                text("error.database-unavailable", locale));
        return ResponseEntity.status(answer.getStatusCode())
                .contentType(MediaType.APPLICATION_JSON)
                .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
                .body(answer.getBody());
    }

    /**
     * Any other database or transaction failure that is really an unreachable database (the cause says
     * so, e.g. a commit cut off) is a 503 too; anything else stays what it was.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<Map<String, Object>> dataAccess(RuntimeException e, Locale locale) {
        if (DatabaseUnavailable.causedBy(e)) {
            return databaseUnavailable(e, locale);
        }
        throw e;
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Object>> integrity(DataIntegrityViolationException e, Locale locale) {
        LOG.info(
                "request conflicted with stored data: {}",
                e.getMostSpecificCause().getMessage());
        return error(HttpStatus.CONFLICT, "conflict", null, text("error.integrity", locale));
    }

    private ResponseEntity<Map<String, Object>> invalidField(String field, String message) {
        return error(HttpStatus.BAD_REQUEST, "invalid_input", field, field + ": " + message);
    }

    private String text(String code, Locale locale, Object... arguments) {
        return messageText.render(locale, code, arguments);
    }

    /**
     * A yes/no or number the body left out or sent as {@code null}: Jackson reads both as null, which a primitive
     * cannot take. Such a field is required, not wrong ({@code BadInputIT} pins Jackson's wording).
     */
    private static boolean isMissing(Throwable cause) {
        return cause instanceof MismatchedInputException mismatch
                && mismatch.getOriginalMessage() != null
                && mismatch.getOriginalMessage().startsWith("Cannot map `null` into type");
    }

    private static String lastProperty(List<JacksonException.Reference> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i).getPropertyName() != null) {
                return path.get(i).getPropertyName();
            }
        }
        return null;
    }

    private static ResponseEntity<Map<String, Object>> error(
            HttpStatus status, String error, String field, String message) {
        // The content type is set here, so the answer is JSON whatever the client's Accept header says
        // (text/html, image/png, */*): an error is never turned into a 500 by content negotiation.
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ApiErrorBody(error, message, field).toMap());
    }
}
