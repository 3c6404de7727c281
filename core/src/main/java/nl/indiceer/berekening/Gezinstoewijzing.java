package nl.indiceer.berekening;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.Gezinslid;
import nl.indiceer.aanvraag.Productregel;
import nl.indiceer.kosten.Kosten;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Gezinsproduct;
import nl.indiceer.regeling.Periode;
import nl.indiceer.regeling.Product;
import nl.indiceer.toetsing.Bevinding;
import nl.indiceer.toetsing.Bevindingcode;
import nl.indiceer.toetsing.Regelcontext;

/**
 * Step 7: who receives the allocation. Usually the client; for a family product the volume on the youngest
 * involved child and a dummy (1 stuks, not declarable) for each other involved child (002:551-563).
 */
final class Gezinstoewijzing {

    /** The allocations of a line and what the consultant must know about them. */
    record Verdeling(List<Toewijzing> toewijzingen, List<Bevinding> bevindingen) {
    }

    private Gezinstoewijzing() {
    }

    static Verdeling verdeel(Aanvraag aanvraag, Regelcontext c, Kosten kosten) {
        Productregel r = c.regel();
        Product p = c.product();
        BigDecimal volume;
        Eenheid eenheid;
        if (c.volume() != null) {
            volume = c.volume().volume();
            eenheid = c.volume().eenheid();
        } else if (kosten.totaal() != null) {
            volume = kosten.totaal().movePointRight(2); // euro's are allocated in eurocent (IV042)
            eenheid = Eenheid.TRAJECT;
        } else {
            return new Verdeling(List.of(), List.of());
        }
        Periode periode = c.volume() != null ? r.periode() : Periode.TOTAAL;
        String client = aanvraag.client() != null && aanvraag.client().naam() != null ? aanvraag.client().naam() : "cliënt";
        Gezinsproduct gezinsproduct = p.bijzondereRegels().gezinsproduct();
        if (gezinsproduct == null) {
            return new Verdeling(List.of(new Toewijzing(client, p.code(), volume, eenheid, periode, null)), List.of());
        }
        if (r.gezin().isEmpty()) {
            return new Verdeling(List.of(new Toewijzing(client, p.code(), volume, eenheid, periode, null)),
                    List.of(Bevinding.van(Bevindingcode.GEZINSPRODUCT_KINDEREN_ONBEKEND, gezinsproduct.bron(), c.index(),
                            "product", p.naam())));
        }
        List<Bevinding> bevindingen = new ArrayList<>();
        if (aanvraag.client() != null && aanvraag.client().naam() != null
                && r.gezin().stream().noneMatch(k -> k.naam().equalsIgnoreCase(aanvraag.client().naam()))) {
            bevindingen.add(Bevinding.van(Bevindingcode.GEZINSPRODUCT_CLIENT_NIET_IN_GEZIN, gezinsproduct.bron(),
                    c.index(), "client", aanvraag.client().naam()));
        }
        List<Gezinslid> kinderen = new ArrayList<>(r.gezin());
        kinderen.sort(Comparator.comparing(Gezinslid::geboortedatum).reversed());
        List<Toewijzing> lijst = new ArrayList<>();
        lijst.add(new Toewijzing(kinderen.get(0).naam(), p.code(), volume, eenheid, periode,
                "jongste direct betrokken kind: toewijzing met volume en tarief"));
        for (Gezinslid k : kinderen.subList(1, kinderen.size())) {
            lijst.add(new Toewijzing(k.naam(), gezinsproduct.dummyProduct(), BigDecimal.ONE, Eenheid.STUKS,
                    Periode.TOTAAL, "extra cliënt: dummytoewijzing zonder minuten, niet declarabel"));
        }
        return new Verdeling(lijst, bevindingen);
    }
}
