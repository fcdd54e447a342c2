package nl.simon.adapter.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.simon.adapter.MessageText;
import nl.simon.integration.fs.FsFailure;
import nl.simon.shared.ConflictException;
import nl.simon.shared.DutchTime;
import nl.simon.shared.InvalidInputException;
import nl.simon.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every error of the office pages. Bad input goes back to the page the form was on, with the message
 * in red under the field and the input kept; a refused state change goes back with a red banner; an
 * unknown id (or another company's) shows the 404 page. Never a 500 for something the user typed.
 */
@ControllerAdvice(basePackages = "nl.simon.adapter.web")
class WebErrors {
    private static final Logger LOG = LoggerFactory.getLogger(WebErrors.class);
    private static final DateTimeFormatter CLOCK_TIME =
            DateTimeFormatter.ofPattern("HH:mm").withZone(DutchTime.ZONE);

    private final MessageSource messages;
    private final MessageText text;

    WebErrors(MessageSource messages) {
        this.messages = messages;
        this.text = new MessageText(messages);
    }

    @ExceptionHandler
    ModelAndView invalid(
            InvalidInputException e, HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
        if (e.fields().size() > 1 && BackPath.isForm(request)) {
            // A red message under every wrong field, not only the first.
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            e.fields()
                    .forEach(wrong -> errors.put(wrong.field(), text(locale, wrong.messageCode(), wrong.arguments())));
            redirect.addFlashAttribute(
                    "submitted", FormState.of(BackPath.formName(request), request.getParameterMap(), errors));
            redirect.addFlashAttribute("failure", text(locale, "web.form-invalid", List.of()));
            return new ModelAndView("redirect:" + BackPath.of(request));
        }
        return fieldError(request, redirect, locale, e.field(), text(locale, e.messageCode(), e.arguments()));
    }

    @ExceptionHandler
    ModelAndView typeMismatch(
            MethodArgumentTypeMismatchException e,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return notFoundPage(text(locale, "error.http.404", List.of()));
        }
        String code =
                java.math.BigDecimal.class.equals(e.getRequiredType()) ? "error.decimal-format" : "error.wrong-type";
        return fieldError(request, redirect, locale, e.getName(), text(locale, code, List.of()));
    }

    @ExceptionHandler
    ModelAndView missing(
            MissingServletRequestParameterException e,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        return fieldError(request, redirect, locale, e.getParameterName(), text(locale, "error.required", List.of()));
    }

    @ExceptionHandler
    ModelAndView conflict(ConflictException e, HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
        return banner(request, redirect, text(locale, e.messageCode(), e.arguments()));
    }

    /** FactuurSturen could not do what was asked: back to the page with a red banner that says what to do. */
    @ExceptionHandler
    ModelAndView factuurSturen(FsFailure e, HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
        String message = text(locale, "error.fs.unreachable", List.of());
        if (e instanceof FsFailure.StoredKeyUnreadable) {
            message = text(locale, "error.fs.key-unreadable", List.of());
        } else if (e instanceof FsFailure.Unauthorized) {
            message = text(locale, "error.fs.unauthorized", List.of());
        } else if (e instanceof FsFailure.RateLimited limited) {
            message = text(
                    locale,
                    "error.fs.rate-limited",
                    List.of(limited.refillsAt() == null ? "?" : CLOCK_TIME.format(limited.refillsAt())));
        } else if (e instanceof FsFailure.Rejected rejected) {
            message = text(locale, "error.fs.rejected", List.of(String.valueOf(rejected.reason())));
        }
        LOG.warn("page request failed at FactuurSturen: {}", e.getMessage());
        return banner(request, redirect, message);
    }

    @ExceptionHandler
    ModelAndView integrity(
            DataIntegrityViolationException e, HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
        LOG.warn(
                "page request conflicted with stored data: {}",
                e.getMostSpecificCause().getMessage());
        return banner(request, redirect, text(locale, "error.integrity", List.of()));
    }

    @ExceptionHandler
    ModelAndView notFound(NotFoundException e, Locale locale) {
        String entity = messages.getMessage("entity." + e.entity(), null, e.entity(), locale);
        return notFoundPage(text(locale, "error.not-found", List.of(entity, String.valueOf(e.id()))));
    }

    /** A form field the user must correct: red under the field on a form page, a banner on a list's filter. */
    private ModelAndView fieldError(
            HttpServletRequest request, RedirectAttributes redirect, Locale locale, String field, String message) {
        if (!BackPath.isForm(request)) {
            String label = messages.getMessage("field." + field, null, field, locale);
            return banner(request, redirect, label + ": " + message);
        }
        redirect.addFlashAttribute(
                "submitted", FormState.of(BackPath.formName(request), request.getParameterMap(), field, message));
        redirect.addFlashAttribute("failure", text(locale, "web.form-invalid", List.of()));
        return new ModelAndView("redirect:" + BackPath.of(request));
    }

    /** Back with a red banner; a form keeps what the user typed. */
    private static ModelAndView banner(HttpServletRequest request, RedirectAttributes redirect, String message) {
        if (BackPath.isForm(request)) {
            redirect.addFlashAttribute(
                    "submitted", FormState.of(BackPath.formName(request), request.getParameterMap(), null, null));
        }
        redirect.addFlashAttribute("failure", message);
        return new ModelAndView("redirect:" + BackPath.of(request));
    }

    private static ModelAndView notFoundPage(String message) {
        return new ModelAndView("error/404", Map.of("status", 404, "message", message), HttpStatus.NOT_FOUND);
    }

    private String text(Locale locale, String code, List<Object> arguments) {
        return text.render(locale, code, arguments);
    }
}
