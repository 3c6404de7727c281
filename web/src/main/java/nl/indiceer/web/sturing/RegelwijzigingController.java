package nl.indiceer.web.sturing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.indiceer.rekensom.RekensomTekst;
import nl.indiceer.regeling.OngeldigeRegelingException;
import nl.indiceer.vergelijking.Aanvraagvergelijking;
import nl.indiceer.vergelijking.Kostentotaal;
import nl.indiceer.vergelijking.Regelverschil;
import nl.indiceer.volume.Toewijzingsvolume;
import nl.indiceer.web.beveiliging.Huidige;
import nl.indiceer.web.fout.Veldfouten;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/sturing/regelwijziging}: the body is a candidate rulebook version (YAML, at most
 * {@link Kandidaatregelingen#MAXIMALE_GROOTTE} bytes); the answer lists the running decisions that would differ (old
 * and new with both rekensommen) and the totals, a total of fewer than {@link Kleinecellen#MINIMUM} decisions
 * suppressed. Rol beleid only; nothing is put in force. A refused file: 400 {@code ONGELDIGE_REGELING} with every
 * problem (pad: file:line:field).
 */
@RestController
@Tag(name = "Sturing", description = "Verplichtingen, prognose en budget per gemeente (alleen totalen)")
public class RegelwijzigingController {

    private final Regelwijziging regelwijziging;
    private final Huidige huidige;

    public RegelwijzigingController(Regelwijziging regelwijziging, Huidige huidige) {
        this.regelwijziging = regelwijziging;
        this.huidige = huidige;
    }

    public record Antwoord(String regio, LocalDate geldigVanaf, String sha256, int vergeleken, long metVerschil,
                           boolean afgekapt, List<Beschikking> verschillen, List<Totaal> perGemeente,
                           List<Totaal> perProduct, List<Totaal> perAanbieder) {
    }

    public record Beschikking(String kenmerk, String status, List<Regel> regels) {
    }

    public record Regel(int regel, String product, String aanbieder, Volume volumeOud, Volume volumeNieuw,
                        BigDecimal kostenOud, BigDecimal kostenNieuw, String rekensomOud, String rekensomNieuw,
                        List<String> bevindingenVervallen, List<String> bevindingenToegevoegd) {
    }

    public record Volume(BigDecimal volume, String eenheid, String periode, BigDecimal totaal) {
        static Volume van(Toewijzingsvolume v) {
            return v == null ? null : new Volume(v.volume(), v.eenheid().name(), v.periode().name(), v.totaal());
        }
    }

    /** Null fields when suppressed ({@code onderdrukt}). */
    public record Totaal(String sleutel, String naam, boolean onderdrukt, Long beschikkingen, Long gewijzigd,
                         BigDecimal kostenOud, BigDecimal kostenNieuw) {
        static Totaal van(Kostentotaal k) {
            return Kleinecellen.teKlein((int) Math.min(Integer.MAX_VALUE, k.aanvragen()))
                    ? new Totaal(k.sleutel(), k.naam(), true, null, null, null, null)
                    : new Totaal(k.sleutel(), k.naam(), false, k.aanvragen(), k.gewijzigd(), k.kostenOud(), k.kostenNieuw());
        }
    }

    @Operation(summary = "Wat een nieuwe versie van een regeling met de lopende beschikkingen zou doen (rol beleid)")
    @PostMapping(value = "/api/sturing/regelwijziging", produces = MediaType.APPLICATION_JSON_VALUE)
    public Antwoord vergelijk(HttpServletRequest verzoek) throws IOException {
        Beleidsrol.vereist();
        byte[] kandidaat;
        try (InputStream in = verzoek.getInputStream()) {
            kandidaat = in.readNBytes(Kandidaatregelingen.MAXIMALE_GROOTTE + 1);
        }
        Regelwijziging.Uitkomst u;
        try {
            u = regelwijziging.vergelijk(huidige.medewerker(), kandidaat, LocalDate.now(SturingDienst.NEDERLAND));
        } catch (OngeldigeRegelingException e) {
            throw new Veldfouten("ONGELDIGE_REGELING", "Ongeldige regeling", e.problemen().stream()
                    .map(p -> Veldfouten.fout(p.bestand() + ":" + p.regel() + ":" + p.veld(), "ONGELDIGE_REGELING", p.melding()))
                    .toList());
        }
        return new Antwoord(u.kandidaat().regio(), u.kandidaat().geldigVanaf(), u.kandidaat().versie().hash(),
                u.vergeleken(), u.totalen().metVerschil(), u.afgekapt(),
                u.verschillen().stream().map(RegelwijzigingController::beschikking).toList(),
                u.totalen().perGemeente().stream().map(Totaal::van).toList(),
                u.totalen().perProduct().stream().map(Totaal::van).toList(),
                u.totalen().perAanbieder().stream().map(Totaal::van).toList());
    }

    private static Beschikking beschikking(Aanvraagvergelijking v) {
        return new Beschikking(v.kenmerk(), v.status().name(), v.regels().stream().filter(v::regelGewijzigd)
                .map(RegelwijzigingController::regel).toList());
    }

    private static Regel regel(Regelverschil r) {
        return new Regel(r.index(), r.productcode(), r.aanbieder(), Volume.van(r.volumeOud()), Volume.van(r.volumeNieuw()),
                r.kostenOud(), r.kostenNieuw(), RekensomTekst.zin(r.rekensomOud()), RekensomTekst.zin(r.rekensomNieuw()),
                r.bevindingen().codesVervallen().stream().map(Enum::name).toList(),
                r.bevindingen().codesToegevoegd().stream().map(Enum::name).toList());
    }
}
