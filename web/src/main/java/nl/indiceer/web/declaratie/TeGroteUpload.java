package nl.indiceer.web.declaratie;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A declaration upload over the multipart limit is refused by the container before {@link DeclaratiePagina} or
 * {@link DeclaratieController} runs; it gets the same answer as one over the application's own limit: the form with the
 * Dutch message at the file field, or 413 {@code DECLARATIE_TE_GROOT} from the API. Any other upload keeps Spring's
 * handling (413 on the Dutch error page). Ordered first, as Foutafhandeling would otherwise answer with its generic code.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class TeGroteUpload {

    private final DeclaratiePagina pagina;
    private final Declaratiegrootte grootte;

    public TeGroteUpload(DeclaratiePagina pagina, Declaratiegrootte grootte) {
        this.pagina = pagina;
        this.grootte = grootte;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView teGroot(MaxUploadSizeExceededException e, HttpServletRequest verzoek, HttpServletResponse antwoord)
            throws IOException {
        String pad = verzoek.getRequestURI().substring(verzoek.getContextPath().length());
        if ("/api/declaraties".equals(pad)) {
            // written here: the page branch needs a view, so this handler cannot return a ResponseEntity as well
            antwoord.setStatus(413);
            antwoord.setContentType("application/problem+json");
            antwoord.setCharacterEncoding(StandardCharsets.UTF_8.name());
            antwoord.getWriter().write("{\"type\":\"urn:indiceer:probleem:declaratie-te-groot\",\"title\":\"Declaratie te groot\","
                    + "\"status\":413,\"detail\":\"een declaratie is hoogstens " + grootte.megabytes() + " MB\","
                    + "\"instance\":\"/api/declaraties\",\"code\":\"DECLARATIE_TE_GROOT\"}");
            return null;
        }
        if ("/declaraties".equals(pad)) {
            ExtendedModelMap model = new ExtendedModelMap();
            String view = pagina.teGroot(model, antwoord);
            return new ModelAndView(view, model);
        }
        throw e;
    }
}
