package nl.indiceer.web.normering;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.normenkader.Normcalculator;
import nl.indiceer.normenkader.Normenkader;
import nl.indiceer.normenkader.Normenkaders;
import nl.indiceer.normenkader.NormeringJson;
import nl.indiceer.normenkader.TakenLezer;
import nl.indiceer.web.berekening.BerekeningController;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import nl.indiceer.web.regeling.RegelingenInWerking;

/**
 * Norm minutes per task over HTTP: {@code POST /api/normering} takes exactly the tasks JSON of
 * {@code indiceer normeer} (docs/normenkader-formaat.md) and answers exactly its {@code --formaat json}
 * result without {@code --product} ({@link NormeringJson#schrijf}); {@code GET /api/normenkaders} lists
 * the normenkader versions loaded at start.
 */
@RestController
public class NormeringController {

    public record Normenkaderversie(String id, String naam, String wet, String status,
                                    @JsonProperty("geldig_vanaf") LocalDate geldigVanaf,
                                    @JsonProperty("geldig_tot") LocalDate geldigTot,
                                    @JsonProperty("in_werking") boolean inWerking) {
    }

    private final Normenkaders normenkaders;
    private final RegelingenInWerking regelingen;

    public NormeringController(Normenkaders normenkaders, RegelingenInWerking regelingen) {
        this.normenkaders = normenkaders;
        this.regelingen = regelingen;
    }

    @PostMapping(value = "/api/normering", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public String normeer(InputStream body) throws IOException {
        Normcalculator calculator = new Normcalculator(normenkaders, regelingen.nu());
        return NormeringJson.schrijf(calculator.bereken(TakenLezer.lees(BerekeningController.tekst(body))));
    }

    @GetMapping(value = "/api/normenkaders", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<Normenkaderversie> normenkaders() {
        LocalDate vandaag = LocalDate.now();
        List<Normenkaderversie> lijst = new ArrayList<>();
        for (String id : normenkaders.ids()) {
            for (Normenkader k : normenkaders.versies(id)) {
                lijst.add(new Normenkaderversie(k.id(), k.identiteit().naam(), k.identiteit().wet(),
                        k.status() == null ? null : k.status().name().toLowerCase(java.util.Locale.ROOT),
                        k.geldigheid().vanaf(), k.geldigheid().tot(), k.geldigOp(vandaag)));
            }
        }
        return lijst;
    }
}
