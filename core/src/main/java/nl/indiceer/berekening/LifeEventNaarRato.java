package nl.indiceer.berekening;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.aanvraag.LopendeToewijzing;
import nl.indiceer.aanvraag.Productregel;
import nl.indiceer.aanvraag.Regelsoort;
import nl.indiceer.getal.Breuk;
import nl.indiceer.kosten.Kosten;
import nl.indiceer.kosten.Kostenstap;
import nl.indiceer.regeling.Constante;
import nl.indiceer.regeling.LifeEvent;
import nl.indiceer.toetsing.Bevinding;
import nl.indiceer.toetsing.Bevindingcode;
import nl.indiceer.toetsing.Onduidelijkheden;
import nl.indiceer.toetsing.Regelcontext;
import nl.indiceer.volume.Geldigheidsduur;
import nl.indiceer.volume.Getal;

/**
 * A traject ended early by a life event is paid pro rata (001:2556-2576): "voor de maanden waar hulp/ondersteuning is
 * geleverd mag het maandbedrag gedeclareerd worden". An early end is a traject line that {@code wijzigt} a running
 * allocation of the same product and ends before it (the decision's beëindiging). The consultant's fact says whether a
 * life event caused it: yes gives the pro-rata amount with its steps, no keeps the full price (an early end for
 * another reason, e.g. goals reached, is still the full traject, 001:2556-2558), unknown keeps it and asks.
 */
final class LifeEventNaarRato {

    /** The traject's cost after the rule, and what the consultant must know. */
    record Uitkomst(Kosten kosten, List<Bevinding> bevindingen) {
    }

    private LifeEventNaarRato() {
    }

    static Uitkomst pas(Regelcontext c, Kosten traject) {
        LifeEvent regel = c.regeling().tijdsverloop().lifeEvent();
        Productregel r = c.regel();
        if (regel == null || traject.tarief() == null || !(r.soort() instanceof Regelsoort.Wijzigt w)) {
            return new Uitkomst(traject, List.of());
        }
        LopendeToewijzing oud = c.aanvraag().lopende(w.toewijzing());
        if (oud == null || !oud.product().equals(c.product().code()) || !r.einddatum().isBefore(oud.einddatum())) {
            return new Uitkomst(traject, List.of());
        }
        Boolean antwoord = c.aanvraag().feit(regel.feit());
        String vraag = c.regeling().combinaties().tijdregels().feit(regel.feit()).vraag();
        List<Bevinding> uit = new ArrayList<>();
        Kosten kosten = traject;
        if (antwoord == null) {
            uit.add(Bevinding.van(Bevindingcode.LIFE_EVENT_ONBEKEND, regel.bron(), c.index(), "product", c.product().naam(),
                    "einddatum", r.einddatum(), "oorspronkelijk", oud.einddatum(), "toewijzing", oud.id(),
                    "vraag", vraag, "feit", regel.feit()));
        } else if (!antwoord) {
            uit.add(Bevinding.van(Bevindingcode.LIFE_EVENT_NIET_VAN_TOEPASSING, regel.bron(), c.index(), "product",
                    c.product().naam(), "einddatum", r.einddatum(), "oorspronkelijk", oud.einddatum(), "vraag", vraag,
                    "feit", regel.feit(), "trajectprijs", Getal.euro(traject.totaal())));
        } else {
            kosten = naarRato(c, regel, oud, traject, uit, vraag);
        }
        uit.addAll(Onduidelijkheden.van(regel.onduidelijk(), regel.bron(), c.index()));
        return new Uitkomst(kosten, uit);
    }

    private static Kosten naarRato(Regelcontext c, LifeEvent regel, LopendeToewijzing oud, Kosten traject,
                                   List<Bevinding> uit, String vraag) {
        Productregel r = c.regel();
        BigDecimal prijs = traject.totaal();
        Breuk deler;
        String waarover;
        if (regel.maandbedrag() == LifeEvent.Maandbedrag.GEMIDDELDE_LOOPTIJD) {
            Constante gemiddeld = c.product().tarifering().gemiddeldeLooptijdMaanden();
            if (gemiddeld == null) {
                return Kosten.onbekend("Geen kosten: het traject wordt naar rato betaald (life-event, "
                        + regel.bron().kort() + ") over de gemiddelde looptijd, en die geeft de regeling voor "
                        + c.product().naam() + " niet.");
            }
            deler = Breuk.van(gemiddeld.waarde());
            waarover = "de gemiddelde looptijd van " + c.product().naam() + " (bron " + gemiddeld.bron().kort() + ")";
        } else {
            deler = Geldigheidsduur.van(oud.begindatum(), oud.einddatum(), c.constanten().wekenPerJaar()).exacteMaanden();
            waarover = "de toewijzing " + oud.id() + " van " + oud.begindatum() + " t/m " + oud.einddatum();
        }
        Breuk geleverd = Geldigheidsduur.van(r.begindatum(), r.einddatum(), c.constanten().wekenPerJaar()).exacteMaanden();
        Breuk geteld = regel.deelmaand() == LifeEvent.Deelmaand.TELT_HEEL ? Breuk.van(geleverd.omhoog()) : geleverd;
        BigDecimal bedrag = Breuk.van(prijs).maal(geteld).gedeeldDoor(deler).decimaal(2);
        boolean begrensd = bedrag.compareTo(prijs) > 0;
        if (begrensd) {
            bedrag = prijs;
        }
        BigDecimal maandbedrag = Breuk.van(prijs).gedeeldDoor(deler).decimaal(2);
        List<Kostenstap> stappen = List.of(
                new Kostenstap(Kostenstap.Soort.TRAJECT, null, null, null, null, traject.tarief(), prijs,
                        traject.tarief().bron(), "de volledige trajectprijs"),
                new Kostenstap(Kostenstap.Soort.MAANDBEDRAG, null, null, deler.decimaal(Geldigheidsduur.MC).stripTrailingZeros(),
                        null, null, maandbedrag, regel.bron(), "trajectprijs ÷ " + Getal.nl(deler) + " maanden: "
                        + regel.maandbedrag().omschrijving() + ", " + waarover),
                new Kostenstap(Kostenstap.Soort.NAAR_RATO, r.begindatum(), r.einddatum(),
                        geteld.decimaal(Geldigheidsduur.MC).stripTrailingZeros(), null, null, bedrag, regel.bron(),
                        Getal.nl(geteld) + " maanden waarin hulp is geleverd (" + Getal.nl(geleverd) + " maanden; "
                                + regel.deelmaand().omschrijving() + ") × het maandbedrag"
                                + (begrensd ? ", ten hoogste de trajectprijs" : "")));
        String som = "traject naar rato na een life-event (" + regel.bron().kort() + "): " + Getal.euro(prijs) + " ÷ "
                + Getal.nl(deler) + " maanden (" + regel.maandbedrag().omschrijving() + ") = " + Getal.euro(maandbedrag)
                + " per maand; × " + Getal.nl(geteld) + " maanden hulp geleverd (" + r.begindatum() + " t/m " + r.einddatum()
                + "; " + regel.deelmaand().omschrijving() + ") = " + Getal.euro(bedrag)
                + (begrensd ? " (ten hoogste de trajectprijs)" : "") + " in plaats van " + Getal.euro(prijs);
        uit.add(Bevinding.van(Bevindingcode.LIFE_EVENT_NAAR_RATO, regel.bron(), c.index(), "product", c.product().naam(),
                "einddatum", r.einddatum(), "oorspronkelijk", oud.einddatum(), "vraag", vraag, "feit", regel.feit(),
                "maanden", geteld.decimaal(Geldigheidsduur.MC).stripTrailingZeros(),
                "looptijd", deler.decimaal(Geldigheidsduur.MC).stripTrailingZeros(), "bedrag", Getal.euro(bedrag), "trajectprijs", Getal.euro(prijs)));
        return new Kosten(null, bedrag, som, traject.tarief(), stappen);
    }
}
