package nl.indiceer.web.beveiliging;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends a user's open sessions on the pages, on every instance (they live in the database): a deactivated user is out
 * at their next click, not when their session would have expired.
 */
@Component
public class Sessies {

    private final FindByIndexNameSessionRepository<?> sessies;

    public Sessies(FindByIndexNameSessionRepository<?> sessies) {
        this.sessies = sessies;
    }

    /** The number of sessions ended. */
    public int beeindigVan(String gebruikersnaam) {
        var open = sessies.findByPrincipalName(gebruikersnaam);
        open.keySet().forEach(sessies::deleteById);
        return open.size();
    }
}
