package nl.indiceer.web.fout;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** A failure that becomes an {@code application/problem+json} answer with a stable {@code code}. */
public class Probleem extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String titel;

    public Probleem(HttpStatus status, String code, String titel, String melding) {
        super(melding);
        this.status = status;
        this.code = code;
        this.titel = titel;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String titel() {
        return titel;
    }

    /**
     * Extra members of the problem+json answer (besides type, title, status, detail and code), for a problem whose
     * caller needs data to act on, e.g. the current version in a conflict. None by default.
     */
    public Map<String, Object> gegevens() {
        return Map.of();
    }
}
