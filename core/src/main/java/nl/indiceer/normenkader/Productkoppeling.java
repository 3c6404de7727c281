package nl.indiceer.normenkader;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.Client;
import nl.indiceer.aanvraag.Looptijd;
import nl.indiceer.aanvraag.Onderbouwing;
import nl.indiceer.aanvraag.Productkeuze;
import nl.indiceer.aanvraag.Productregel;
import nl.indiceer.aanvraag.Regelsoort;
import nl.indiceer.aanvraag.Volumeverzoek;
import nl.indiceer.regeling.Financiering;
import nl.indiceer.regeling.Periode;
import nl.indiceer.volume.Getal;

/**
 * Turns a normering into a product line of the indication engine
 * ({@link nl.indiceer.berekening.Indicatiemotor}): one post per task, per week or per month, with the
 * task's name as omschrijving; the motivation names the normenkader, its status and every deviation with
 * its reason, so that these stay visible in the decision. The engine then computes cost and checks.
 */
public final class Productkoppeling {

    private Productkoppeling() {
    }

    /**
     * @param periode WEEK or MAAND (Drechtsteden allocates begeleiding per month)
     * @throws IllegalArgumentException for TOTAAL: a normering gives minutes per week or per month
     */
    public static Productregel productregel(Normering normering, String product, Financiering financiering,
                                            LocalDate begindatum, LocalDate einddatum, Periode periode) {
        return new Productregel(new Productkeuze(product, null, null, null, financiering), Regelsoort.NIEUW,
                new Looptijd(begindatum, einddatum),
                new Volumeverzoek(periode, null, normering.totaalPerWeek(), normering.posten(periode)),
                new Onderbouwing(motivering(normering, periode), null), List.of());
    }

    /** A request with this one line, for {@link nl.indiceer.berekening.Indicatiemotor#bereken}. */
    public static Aanvraag aanvraag(Normering normering, String regio, String gemeente, Client client,
                                    Productregel regel) {
        return new Aanvraag(regio, normering.peildatum(), gemeente, client, List.of(), List.of(regel));
    }

    /** The motivation text of the product line: normenkader, status, minutes per task, deviations and reasons. */
    public static String motivering(Normering n, Periode periode) {
        Normenkader k = n.normenkader();
        String per = periode == Periode.WEEK ? "per week" : "per maand";
        StringBuilder s = new StringBuilder("Volume volgens normenkader '").append(k.identiteit().naam()).append("' (").append(k.id())
                .append(", geldig vanaf ").append(k.geldigheid().vanaf()).append("; status: ").append(k.status().tekst())
                .append("), peildatum ").append(n.peildatum()).append(". ");
        List<String> taken = new ArrayList<>();
        for (Taakuitkomst t : n.taken()) {
            taken.add(t.taak().naam() + " " + Getal.nl(periode == Periode.WEEK ? t.minuten().perWeek() : t.minuten().perMaand())
                    + " minuten " + per);
        }
        s.append(String.join("; ", taken)).append(" (totaal ").append(Getal.nl(n.totaal(periode))).append(" minuten ")
                .append(per).append(", weken per maand ").append(n.wekenPerMaand().tekst()).append(").");
        for (Taakuitkomst t : n.taken()) {
            if (t.invoer().afwijking() != null) {
                s.append(" Afwijking bij ").append(t.taak().naam()).append(": ")
                        .append(t.invoer().afwijking().tijd().waarde().signum() < 0 ? "" : "+").append(t.invoer().afwijking().tijd().tekst())
                        .append(" ").append(t.invoer().afwijking().per().omschrijving()).append("; motivering: ")
                        .append(zin(t.invoer().afwijking().motivering()));
            }
            for (Taakinvoer.Capaciteit c : t.invoer().capaciteit()) {
                s.append(" ").append(t.taak().naam()).append(", ").append(c.soort().omschrijving()).append(": ")
                        .append(zin(c.toelichting()));
            }
        }
        return s.toString();
    }

    private static String zin(String tekst) {
        return tekst.endsWith(".") || tekst.endsWith("!") || tekst.endsWith("?") ? tekst : tekst + ".";
    }
}
