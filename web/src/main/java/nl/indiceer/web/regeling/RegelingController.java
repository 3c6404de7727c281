package nl.indiceer.web.regeling;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.regeling.Regeling;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import nl.indiceer.web.regeling.RegelingenInWerking;

/** The rulebook versions the application loaded at start. */
@RestController
public class RegelingController {

    /** One loaded version; {@code sha256} is the full hash a result names in {@code regeling}. */
    public record Regelingversie(String regio, String naam,
                                 @JsonProperty("geldig_vanaf") LocalDate geldigVanaf,
                                 @JsonProperty("geldig_tot") LocalDate geldigTot,
                                 String sha256,
                                 @JsonProperty("in_werking") boolean inWerking) {
    }

    private final RegelingenInWerking regelingen;

    public RegelingController(RegelingenInWerking regelingen) {
        this.regelingen = regelingen;
    }

    @GetMapping(value = "/api/regelingen", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<Regelingversie> regelingen() {
        LocalDate vandaag = LocalDate.now();
        List<Regelingversie> lijst = new ArrayList<>();
        for (String regio : regelingen.nu().regios()) {
            for (Regeling r : regelingen.nu().versies(regio)) {
                lijst.add(new Regelingversie(r.regio(), r.naam(), r.geldigVanaf(), r.geldigTot(), r.versie().hash(),
                        r.geldigOp(vandaag)));
            }
        }
        return lijst;
    }
}
