package nl.indiceer.web.beveiliging;

import nl.indiceer.web.fout.Probleem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/tokens}: a personal bearer token for a user name and password;
 * {@code DELETE /api/tokens/huidig}: revokes the token of the call itself.
 */
@RestController
public class TokenController {

    public record TokenAanvraag(String gebruikersnaam, String wachtwoord, String omschrijving) {
    }

    public record NieuwToken(String token, String type) {
    }

    private final Tokens tokens;
    private final GebruikerOpslag opslag;

    public TokenController(Tokens tokens, GebruikerOpslag opslag) {
        this.tokens = tokens;
        this.opslag = opslag;
    }

    @DeleteMapping("/api/tokens/huidig")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void trekIn(Authentication aangemeld) {
        if (!(aangemeld.getDetails() instanceof Tokenhouder houder)) {
            throw new Probleem(HttpStatus.UNAUTHORIZED, "NIET_AANGEMELD", "Niet aangemeld", "geen token in dit verzoek");
        }
        opslag.trekTokenIn(houder.tokenHash());
    }

    @PostMapping(value = "/api/tokens", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public NieuwToken maak(@RequestBody TokenAanvraag aanvraag) {
        String omschrijving = aanvraag.omschrijving() == null ? null
                : aanvraag.omschrijving().substring(0, Math.min(200, aanvraag.omschrijving().length()));
        return tokens.maak(aanvraag.gebruikersnaam(), aanvraag.wachtwoord(), omschrijving)
                .map(t -> new NieuwToken(t, "Bearer"))
                .orElseThrow(() -> new Probleem(HttpStatus.UNAUTHORIZED, "AANMELDEN_MISLUKT", "Aanmelden mislukt",
                        "gebruikersnaam of wachtwoord onjuist"));
    }
}
