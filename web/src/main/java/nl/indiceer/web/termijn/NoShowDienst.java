package nl.indiceer.web.termijn;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.indiceer.beschikking.Toewijzingstijdlijn;
import nl.indiceer.json.BeschikkingJson;
import nl.indiceer.web.audit.Audit;
import nl.indiceer.web.beschikking.BeschikkingOpslag;
import nl.indiceer.web.beschikking.OpgeslagenBeschikking;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.fout.Probleem;
import nl.indiceer.web.fout.Veldfouten;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording a provider's report of a third no-show and the decision that followed, for the API ({@link NoShowController})
 * and the page ({@link NoShowPagina}) alike: the same checks, the same scoping (another municipality's decision or
 * report is a 404 like one that does not exist), the same audit lines. Wrong fields are a {@link Veldfouten} naming
 * each field with a stable code; nothing is stored then.
 */
@Service
public class NoShowDienst {

    private final NoShowOpslag opslag;
    private final BeschikkingOpslag beschikkingen;
    private final Audit audit;

    public NoShowDienst(NoShowOpslag opslag, BeschikkingOpslag beschikkingen, Audit audit) {
        this.opslag = opslag;
        this.beschikkingen = beschikkingen;
        this.audit = audit;
    }

    /** The decision, of one of the user's municipalities; 404 otherwise. */
    public OpgeslagenBeschikking beschikking(Medewerker wie, long id) {
        return beschikkingen.metId(id, wie.gemeenten()).orElseThrow(() ->
                new Probleem(HttpStatus.NOT_FOUND, "BESCHIKKING_NIET_GEVONDEN", "Beschikking niet gevonden",
                        "er is geen beschikking met dit id in uw gemeenten"));
    }

    /** Records the report; {@code vandaag}: a report cannot have come after today. */
    @Transactional
    public long meld(Medewerker wie, Long beschikkingId, String toewijzing, String gemeldTekst, LocalDate vandaag) {
        List<Map<String, String>> fouten = new ArrayList<>();
        if (toewijzing == null || toewijzing.isBlank() || toewijzing.length() > 80) {
            fouten.add(Veldfouten.fout("toewijzing", "ONTBREEKT", "vul de toewijzing van de beschikking in (kenmerk/regel)"));
        }
        LocalDate gemeld = datum(gemeldTekst, "gemeld", fouten);
        if (gemeld != null && gemeld.isAfter(vandaag)) {
            fouten.add(Veldfouten.fout("gemeld", "NA_VANDAAG", "de dag van de melding ligt niet na vandaag"));
        }
        if (beschikkingId == null) {
            fouten.add(Veldfouten.fout("beschikkingId", "ONTBREEKT", "vul het id van de beschikking in"));
        }
        if (!fouten.isEmpty()) {
            throw new Veldfouten("ONGELDIGE_MELDING", "Ongeldige melding", fouten);
        }
        OpgeslagenBeschikking b = beschikking(wie, beschikkingId);
        Toewijzingstijdlijn tijdlijn = Toewijzingstijdlijn.van(beschikkingen.vanClient(b.clientId(), wie.gemeenten()).stream()
                .map(x -> BeschikkingJson.tijdlijn(x.inhoud())).toList());
        if (tijdlijn.alle().stream().noneMatch(t -> t.id().equals(toewijzing))) {
            throw new Veldfouten("ONGELDIGE_MELDING", "Ongeldige melding", List.of(Veldfouten.fout("toewijzing",
                    "TOEWIJZING_ONBEKEND", "de cliënt van deze beschikking heeft geen toewijzing " + toewijzing)));
        }
        long id = opslag.voegToe(b.gemeentecode(), b.clientId(), b.id(), toewijzing, gemeld, wie.gebruikersnaam(),
                OffsetDateTime.now(ZoneOffset.UTC));
        audit.noteer("NO_SHOW_VASTGELEGD", "no_show_melding", id, null);
        return id;
    }

    /** Records the decision after the report as given; 404 when there is no such open report. */
    @Transactional
    public void besloten(Medewerker wie, long id, String beslotenTekst) {
        List<Map<String, String>> fouten = new ArrayList<>();
        LocalDate dag = datum(beslotenTekst, "besloten", fouten);
        if (!fouten.isEmpty()) {
            throw new Veldfouten("ONGELDIG_BESLUIT", "Ongeldig besluit", fouten);
        }
        boolean gedaan = opslag.besloten(id, wie.gemeenten(), dag, wie.gebruikersnaam());
        audit.noteer(gedaan ? "NO_SHOW_BESLOTEN" : "NO_SHOW_NIET_GEVONDEN", "no_show_melding", id, null);
        if (!gedaan) {
            throw new Probleem(HttpStatus.NOT_FOUND, "MELDING_NIET_GEVONDEN", "Melding niet gevonden",
                    "er is geen open no-showmelding met dit id in uw gemeenten");
        }
    }

    private static LocalDate datum(String tekst, String veld, List<Map<String, String>> fouten) {
        try {
            LocalDate d = tekst == null ? null : LocalDate.parse(tekst.strip());
            if (d != null && d.getYear() >= 1900 && d.getYear() <= 2200) {
                return d;
            }
        } catch (DateTimeParseException e) {
            // named below
        }
        fouten.add(Veldfouten.fout(veld, "GEEN_DATUM", "een datum als JJJJ-MM-DD"));
        return null;
    }
}
