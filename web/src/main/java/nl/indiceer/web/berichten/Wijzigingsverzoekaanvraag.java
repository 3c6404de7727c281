package nl.indiceer.web.berichten;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.indiceer.aanvraag.LopendeToewijzing;
import nl.indiceer.berichten.NieuwProduct;
import nl.indiceer.berichten.Omvang;
import nl.indiceer.berichten.TeWijzigenProduct;
import nl.indiceer.berichten.Wijzigingsverzoek;
import nl.indiceer.regeling.Verlenging;
import nl.indiceer.regeling.VerlengingViaVerzoek;

/**
 * A 317 as one draft change request (docs/aanvraag-formaat.md) for the consultant to judge as a whole (002:498-502):
 * every allocation the provider asks to change becomes a line that {@code wijzigt} it, every new product a new line; the
 * unchanged ones stay as the client's running allocations. Where the region lets the provider ask an extension itself
 * (the rulebook's {@code verlenging.via_verzoek_om_wijziging}, Flevoland 002:384-390) and the 317 asks nothing but a
 * later end date of one allocation, the line {@code verlengt} it instead, so that the engine applies the region's
 * extension limits (once, at most half the original period, at most 6 months). Without that rule a 317 asking a new end
 * date is an ordinary change. Pure: the caller gives the running allocations by ToewijzingNummer.
 */
final class Wijzigingsverzoekaanvraag {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param invoer      the request JSON; null when the 317 cannot become one ({@code reden} says why)
     * @param verlenging  whether it was read as the region's extension through a 317
     */
    record Uitkomst(String invoer, String reden, boolean verlenging) {
    }

    private Wijzigingsverzoekaanvraag() {
    }

    /**
     * @param lopend   the client's running allocations by the ToewijzingNummer they were sent with
     * @param regel    the region's extension rule (the product's own or the rulebook's); null when none
     */
    static Uitkomst maak(Wijzigingsverzoek w, String regio, String gemeente, LocalDate geboortedatum,
                         Map<Long, LopendeToewijzing> lopend, Verlenging regel, LocalDate vandaag) {
        List<Long> onbekend = new ArrayList<>();
        w.ongewijzigd().stream().filter(n -> !lopend.containsKey(n)).forEach(onbekend::add);
        w.teWijzigen().stream().map(TeWijzigenProduct::toewijzingNummer).filter(n -> !lopend.containsKey(n))
                .forEach(onbekend::add);
        if (!onbekend.isEmpty()) {
            return new Uitkomst(null, "ToewijzingNummer " + onbekend.stream().map(String::valueOf)
                    .reduce((a, b) -> a + ", " + b).orElse("") + " is geen lopende toewijzing van deze cliënt in deze "
                    + "gemeente; beoordeel het verzoek met de hand of wijs het af.", false);
        }
        String motivering = "Verzoek om wijziging van aanbieder " + w.header().afzender() + " (" + w.soort() + " "
                + w.header().identificatie() + ", referentie " + w.referentieAanbieder() + ").";
        ObjectNode a = JSON.createObjectNode();
        if (regio != null) {
            a.put("regio", regio);
        }
        if (gemeente != null) {
            a.put("gemeente", gemeente);
        }
        a.putObject("client").put("geboortedatum", geboortedatum.toString());
        ArrayNode producten = a.putArray("producten");
        LocalDate peildatum = null;
        boolean verlenging = alleenEinddatum(w, lopend, regel);
        for (TeWijzigenProduct p : w.teWijzigen()) {
            LopendeToewijzing l = lopend.get(p.toewijzingNummer());
            ObjectNode r = producten.addObject();
            r.put("product", l.product());
            if (l.aanbieder() != null) {
                r.put("aanbieder", l.aanbieder());
            }
            r.put("financiering", l.financiering() == null ? "ZIN" : l.financiering().name());
            LocalDate begin;
            if (l.omvang() != null) {
                // the period of the allocation; a changed volume below sets its own
                r.put("periode", l.omvang().periode().name());
            }
            if (verlenging) {
                begin = l.einddatum().plusDays(1);
                r.put("verlengt", l.id());
            } else {
                begin = p.gewensteIngangsdatum();
                r.put("wijzigt", l.id());
                InkomendeBerichtenDienst.post(r, p.omvang());
            }
            r.put("begindatum", begin.toString());
            LocalDate eind = p.einddatum() != null ? p.einddatum() : l.einddatum();
            if (eind != null) {
                r.put("einddatum", eind.toString());
            }
            r.put("motivering", motivering);
            referentie(r, w);
            peildatum = peildatum == null || begin.isBefore(peildatum) ? begin : peildatum;
        }
        for (NieuwProduct p : w.nieuw()) {
            ObjectNode r = producten.addObject();
            if (p.product() != null && p.product().code() != null) {
                r.put("product", p.product().code());
            }
            r.put("aanbieder", w.header().afzender());
            r.put("financiering", "ZIN");
            r.put("begindatum", p.gewensteIngangsdatum().toString());
            if (p.einddatum() != null) {
                r.put("einddatum", p.einddatum().toString());
            }
            r.put("motivering", motivering);
            referentie(r, w);
            InkomendeBerichtenDienst.post(r, p.omvang());
            peildatum = peildatum == null || p.gewensteIngangsdatum().isBefore(peildatum) ? p.gewensteIngangsdatum() : peildatum;
        }
        if (producten.isEmpty()) {
            return new Uitkomst(null, "Het verzoek vraagt geen wijziging en geen nieuw product; alles blijft ongewijzigd.",
                    false);
        }
        a.put("peildatum", (peildatum == null ? vandaag : peildatum).toString());
        return new Uitkomst(a.toString(), null, verlenging);
    }

    /** The 317's reference holds for the request as a whole: each allocation that grants it names it (TR379). */
    private static void referentie(ObjectNode r, Wijzigingsverzoek w) {
        if (w.referentieAanbieder() != null) {
            r.put("referentie_aanbieder", w.referentieAanbieder());
        }
    }

    /**
     * Whether this 317 is the region's extension: the rule exists with {@code alleen_einddatum}, nothing new is asked, one
     * allocation changes, to a later end date, and its volume (when the 317 repeats it) is the allocated one.
     */
    static boolean alleenEinddatum(Wijzigingsverzoek w, Map<Long, LopendeToewijzing> lopend, Verlenging regel) {
        VerlengingViaVerzoek via = regel == null ? null : regel.viaVerzoekOmWijziging();
        if (via == null || !via.alleenEinddatum() || !regel.toegestaan() || !w.nieuw().isEmpty() || w.teWijzigen().size() != 1) {
            return false;
        }
        TeWijzigenProduct p = w.teWijzigen().get(0);
        LopendeToewijzing l = lopend.get(p.toewijzingNummer());
        if (l == null || p.einddatum() == null || l.einddatum() == null || !p.einddatum().isAfter(l.einddatum())
                || p.budget() != null) {
            return false;
        }
        return p.omvang() == null || zelfdeOmvang(p.omvang(), l.omvang());
    }

    /** The same volume per the same period; minutes and hours compared in minutes (a 301 may give hours in minutes). */
    private static boolean zelfdeOmvang(Omvang gevraagd, nl.indiceer.aanvraag.Omvang toegewezen) {
        if (toegewezen == null || !toegewezen.periode().istandaardCode().equals(gevraagd.frequentie())) {
            return false;
        }
        BigDecimal a = minuten(BigDecimal.valueOf(gevraagd.volume()), gevraagd.eenheid());
        BigDecimal b = minuten(toegewezen.volume(), toegewezen.eenheid().istandaardCode());
        if (a != null && b != null) {
            return a.compareTo(b) == 0;
        }
        return toegewezen.eenheid().istandaardCode().equals(gevraagd.eenheid())
                && toegewezen.volume().compareTo(BigDecimal.valueOf(gevraagd.volume())) == 0;
    }

    private static BigDecimal minuten(BigDecimal volume, String eenheid) {
        return switch (eenheid) {
            case "01" -> volume;
            case "04" -> volume.multiply(BigDecimal.valueOf(60));
            default -> null;
        };
    }
}
