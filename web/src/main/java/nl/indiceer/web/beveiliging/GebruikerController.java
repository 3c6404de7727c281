package nl.indiceer.web.beveiliging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.indiceer.web.audit.Audit;
import nl.indiceer.web.fout.Foutafhandeling;
import nl.indiceer.web.fout.Probleem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/gebruikers} (role beheerder only): a new user with a role and, optionally, the municipalities
 * (CBS codes from the register, table {@code gemeente}) they work for; a user sees only those municipalities' clients.
 */
@RestController
public class GebruikerController {

    /** {@code gemeenten}: optional, the 4-digit CBS codes of the municipalities the user works for. */
    public record NieuweGebruiker(String gebruikersnaam, String wachtwoord, String rol, List<String> gemeenten) {
    }

    public record GebruikerAntwoord(long id, String gebruikersnaam, String rol, List<String> gemeenten) {
    }

    private final GebruikerOpslag opslag;
    private final PasswordEncoder encoder;

    private final Audit audit;

    public GebruikerController(GebruikerOpslag opslag, PasswordEncoder encoder, Audit audit) {
        this.opslag = opslag;
        this.audit = audit;
        this.encoder = encoder;
    }

    @PostMapping(value = "/api/gebruikers", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> maak(@RequestBody NieuweGebruiker nieuw) {
        List<Map<String, String>> fouten = new ArrayList<>();
        if (!Gebruikersregels.naamGeldig(nieuw.gebruikersnaam())) {
            fouten.add(Map.of("pad", "gebruikersnaam", "code", "ONGELDIGE_NAAM",
                    "melding", "3 tot 100 tekens: kleine letters, cijfers, punt, streepje of liggend streepje"));
        }
        if (!Gebruikersregels.wachtwoordGeldig(nieuw.wachtwoord())) {
            fouten.add(Map.of("pad", "wachtwoord", "code", "ONGELDIG_WACHTWOORD", "melding", "minstens 12 tekens en hoogstens 72 bytes"));
        }
        Rol rol = Gebruikersregels.rol(nieuw.rol()).orElse(null);
        if (rol == null) {
            fouten.add(Map.of("pad", "rol", "code", "ONBEKENDE_ROL",
                    "melding", "een van consulent, backoffice, beleid, auditor, beheerder"));
        }
        List<String> gemeenten = nieuw.gemeenten() == null ? List.of() : nieuw.gemeenten();
        if (gemeenten.size() > Gebruikersregels.MAX_GEMEENTEN) {
            fouten.add(Map.of("pad", "gemeenten", "code", "TE_VEEL_GEMEENTEN", "melding", "hoogstens " + Gebruikersregels.MAX_GEMEENTEN + " gemeenten"));
            gemeenten = List.of();
        }
        List<String> geldig = new ArrayList<>();
        for (int i = 0; i < gemeenten.size(); i++) {
            String code = gemeenten.get(i);
            if (!Gebruikersregels.gemeentecodeGeldig(code)) {
                fouten.add(Map.of("pad", "gemeenten[" + i + "]", "code", "ONGELDIGE_GEMEENTECODE",
                        "melding", "een gemeentecode van het CBS: 4 cijfers, bijvoorbeeld \"0034\""));
            } else {
                geldig.add(code);
            }
        }
        java.util.Set<String> bekend = opslag.bekendeGemeenten(geldig);
        for (int i = 0; i < gemeenten.size(); i++) {
            String code = gemeenten.get(i);
            if (Gebruikersregels.gemeentecodeGeldig(code) && !bekend.contains(code)) {
                fouten.add(Map.of("pad", "gemeenten[" + i + "]", "code", "ONBEKENDE_GEMEENTE",
                        "melding", "deze gemeentecode staat niet in het gemeenteregister van Indiceer"));
            }
        }
        if (!fouten.isEmpty()) {
            ProblemDetail p = Foutafhandeling.probleem(HttpStatus.BAD_REQUEST, "ONGELDIGE_GEBRUIKER", "Ongeldige gebruiker",
                    fouten.size() == 1 ? "1 fout" : fouten.size() + " fouten");
            p.setProperty("fouten", fouten);
            return ResponseEntity.badRequest().body(p);
        }
        try {
            long id = opslag.voegToe(nieuw.gebruikersnaam(), encoder.encode(nieuw.wachtwoord()), rol, bekend);
            audit.noteer("GEBRUIKER_AANGEMAAKT", "gebruiker", id, null);
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(new GebruikerAntwoord(id, nieuw.gebruikersnaam(), rol.name().toLowerCase(Locale.ROOT),
                            List.copyOf(bekend)));
        } catch (DuplicateKeyException e) {
            throw new Probleem(HttpStatus.CONFLICT, "GEBRUIKER_BESTAAT", "Gebruiker bestaat al",
                    "er is al een gebruiker met deze gebruikersnaam");
        }
    }
}
