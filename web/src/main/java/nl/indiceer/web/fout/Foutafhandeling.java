package nl.indiceer.web.fout;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
import java.util.Map;
import nl.indiceer.aanvraag.Invoerfout;
import nl.indiceer.aanvraag.OngeldigeAanvraagException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as {@code application/problem+json} (RFC 9457) with a stable {@code code}:
 * invalid requests with a {@code fouten} array of {pad, code, melding}, Spring's own errors (wrong media
 * type, unknown path, ...) with a code derived from their status, and anything unexpected as a Dutch 500
 * without a stack trace. On the pages (any path outside {@code /api/}) the same errors become the Dutch error page
 * ({@code templates/error.html}) with their status: {@link #alsPagina} hands them to the servlet container's error
 * dispatch, so a browser never sees JSON or a stack trace.
 */
@RestControllerAdvice
public class Foutafhandeling extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Foutafhandeling.class);

    /** The {@code type} of every problem: a URN, since there is no public page per problem yet. */
    public static URI type(String code) {
        return URI.create("urn:indiceer:probleem:" + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    public static ProblemDetail probleem(HttpStatusCode status, String code, String titel, String melding) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, melding);
        p.setType(type(code));
        p.setTitle(titel);
        p.setProperty("code", code);
        return p;
    }

    /** For a page: sends the status to the error page and answers true; for the API false. */
    static boolean alsPagina(HttpServletRequest verzoek, HttpServletResponse antwoord, HttpStatusCode status) {
        String pad = verzoek.getRequestURI().substring(verzoek.getContextPath().length());
        if (pad.startsWith("/api/") || pad.startsWith("/v3/") || antwoord.isCommitted()) {
            return false;
        }
        try {
            antwoord.sendError(status.value());
        } catch (java.io.IOException e) {
            return false;
        }
        return true;
    }

    @ExceptionHandler(OngeldigeAanvraagException.class)
    ResponseEntity<ProblemDetail> ongeldig(OngeldigeAanvraagException e, HttpServletRequest verzoek, HttpServletResponse antwoord) {
        if (alsPagina(verzoek, antwoord, HttpStatus.BAD_REQUEST)) {
            return null;
        }
        ProblemDetail p = probleem(HttpStatus.BAD_REQUEST, "ONGELDIGE_AANVRAAG", "Ongeldige aanvraag",
                e.fouten().size() == 1 ? "de aanvraag heeft 1 fout" : "de aanvraag heeft " + e.fouten().size() + " fouten");
        List<Map<String, String>> fouten = e.fouten().stream().map(Foutafhandeling::fout).toList();
        p.setProperty("fouten", fouten);
        return ResponseEntity.badRequest().body(p);
    }

    private static Map<String, String> fout(Invoerfout f) {
        return Map.of("pad", f.pad(), "code", f.code(), "melding", f.melding());
    }

    @ExceptionHandler(Probleem.class)
    ResponseEntity<ProblemDetail> probleem(Probleem e, HttpServletRequest verzoek, HttpServletResponse antwoord) {
        if (alsPagina(verzoek, antwoord, e.status())) {
            return null;
        }
        ProblemDetail p = probleem(e.status(), e.code(), e.titel(), e.getMessage());
        e.gegevens().forEach(p::setProperty);
        return ResponseEntity.status(e.status()).body(p);
    }

    @ExceptionHandler(Veldfouten.class)
    ResponseEntity<ProblemDetail> veldfouten(Veldfouten e, HttpServletRequest verzoek, HttpServletResponse antwoord) {
        if (alsPagina(verzoek, antwoord, HttpStatus.BAD_REQUEST)) {
            return null;
        }
        ProblemDetail p = probleem(HttpStatus.BAD_REQUEST, e.code(), e.titel(), e.getMessage());
        p.setProperty("fouten", e.fouten());
        return ResponseEntity.badRequest().body(p);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> onverwacht(Exception e, HttpServletRequest verzoek, HttpServletResponse antwoord) {
        if (e instanceof org.springframework.dao.DataAccessException) {
            // A database message can quote the values of a row (a BSN, a name): log its kind, never its text.
            java.sql.SQLException sql = e.getCause() instanceof java.sql.SQLException s ? s : null;
            LOG.error("Databankfout bij een verzoek: {} (SQLState {})", e.getClass().getSimpleName(),
                    sql == null ? "onbekend" : sql.getSQLState());
        } else {
            LOG.error("Onverwachte fout bij een verzoek", e);
        }
        if (alsPagina(verzoek, antwoord, HttpStatus.INTERNAL_SERVER_ERROR)) {
            return null;
        }
        return ResponseEntity.internalServerError().body(probleem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNE_FOUT",
                "Interne fout", "er ging iets mis in Indiceer; probeer het opnieuw of meld het aan de beheerder"));
    }

    /** Spring's own exceptions: keep their status and text, add a stable code from the status. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        if (request instanceof ServletWebRequest servlet && servlet.getResponse() != null
                && alsPagina(servlet.getRequest(), servlet.getResponse(), status)) {
            return null;
        }
        ProblemDetail p = body instanceof ProblemDetail pd ? pd : ProblemDetail.forStatus(status);
        String code = codeVoor(status);
        p.setType(type(code));
        p.setProperty("code", code);
        return super.handleExceptionInternal(ex, p, headers, status, request);
    }

    static String codeVoor(HttpStatusCode status) {
        HttpStatus bekend = HttpStatus.resolve(status.value());
        return bekend == null ? "HTTP_" + status.value() : bekend.name();
    }
}
