package nl.indiceer.cli;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import nl.indiceer.aanvraag.VeiligeTekst;
import nl.indiceer.berichten.declaratie.Declaratiekop;
import nl.indiceer.berichten.declaratie.Declaratieverwerking;
import nl.indiceer.berichten.declaratie.GedeclareerdePrestatie;
import nl.indiceer.declaratie.Controleuitkomst;
import nl.indiceer.declaratie.Declaratiebevinding;
import nl.indiceer.declaratie.DeclaratiebevindingTekst;

/**
 * The readable Dutch report of a check: per 323 (one provider to one municipality) its clients, per client every line
 * approved or rejected with the rule, the retourcode and the reason. Written as the prestaties stream in.
 */
final class Declaratierapport implements Declaratieverwerking.Verslag {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private final Writer uit;
    private final String bestand;
    private String client;

    Declaratierapport(Writer uit, String bestand) {
        this.uit = uit;
        this.bestand = bestand;
    }

    @Override
    public void kop(Declaratiekop kop) {
        schrijf("\n== Aanbieder " + kop.afzender() + " aan gemeente " + kop.ontvanger() + ": " + kop.soort() + " declaratie "
                + schoon(kop.declaratieNummer()) + ", periode " + kop.periodeBegin().format(DATUM) + " t/m "
                + kop.periodeEind().format(DATUM) + " (" + bestand + ")\n");
    }

    @Override
    public void uitkomst(GedeclareerdePrestatie p, Controleuitkomst u) {
        if (!p.bsn().equals(client)) {
            client = p.bsn();
            schrijf("  Cliënt " + p.bsn() + "\n");
        }
        StringBuilder r = new StringBuilder("    regel ").append(p.regel()).append(": ").append(schoon(p.referentieNummer()))
                .append(p.isCredit() ? " (credit van " + schoon(p.vorigReferentieNummer()) + ")" : "")
                .append(", toewijzing ").append(p.toewijzingNummer()).append(", ").append(schoon(p.productCode()))
                .append(", ").append(p.begin().format(DATUM)).append(" t/m ").append(p.eind().format(DATUM)).append(", ")
                .append(p.geleverdVolume()).append(' ').append(eenheid(p.eenheid())).append(", ").append(bedrag(p.bedrag()))
                .append(p.isCredit() ? " credit" : "").append(": ");
        if (u.goedgekeurd()) {
            r.append("goedgekeurd\n");
        } else {
            r.append("afgekeurd\n");
            for (Declaratiebevinding b : u.afkeuringen()) {
                r.append("      ").append(b.code().regel()).append(" (retourcode ")
                        .append(b.code().retourcode() == null ? "0001" : b.code().retourcode()).append("): ")
                        .append(DeclaratiebevindingTekst.tekst(b)).append('\n');
            }
            // why a region's rule allowed less: each appointment's reason, with its bron and what is onduidelijk
            for (Declaratiebevinding b : u.bevindingen()) {
                if (!b.code().afkeurend() && b.bron() != null) {
                    r.append("        waarom: ").append(schoon(DeclaratiebevindingTekst.tekst(b))).append('\n');
                }
            }
        }
        schrijf(r.toString());
    }

    void samenvatting(Declaratieverwerking.Resultaat r, String antwoord) {
        schrijf("  Samenvatting: " + r.prestaties() + " prestaties, " + (r.prestaties() - r.afgekeurd()) + " goedgekeurd, "
                + r.afgekeurd() + " afgekeurd; toegekend " + bedrag(Math.abs(r.toegekendBedrag()))
                + (r.toegekendBedrag() < 0 ? " credit" : "") + "; antwoord " + antwoord + "\n");
    }

    /** How many prestaties of the 323 had a leveringsspecificatie (so the region's own rules applied to them). */
    void specificatie(nl.indiceer.berichten.declaratie.Leveringsspecificaties s, String bestand) {
        if (bestand == null) {
            schrijf("  Leveringsspecificatie: geen; alleen de regels van de iStandaarden\n");
            return;
        }
        schrijf("  Leveringsspecificatie " + schoon(bestand) + ": " + s.gebruikt() + " prestaties met specificatie (eigen regels van "
                + "de regio toegepast)" + (s.aantal() > s.gebruikt() ? "; " + (s.aantal() - s.gebruikt())
                + " gespecificeerde prestaties staan niet in de 323" : "") + "\n");
    }

    private void schrijf(String s) {
        try {
            uit.write(s);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String bedrag(long centen) {
        return String.format(java.util.Locale.forLanguageTag("nl-NL"), "€ %,.2f", centen / 100.0);
    }

    static String datum(LocalDate d) {
        return d.format(DATUM);
    }

    private static String eenheid(String code) {
        return switch (code) {
            case "01" -> "minuten";
            case "04" -> "uur";
            case "14" -> "etmalen";
            case "16" -> "dagdelen";
            case "82", "84" -> "stuks";
            case "83" -> "euro";
            default -> code;
        };
    }

    private static String schoon(String s) {
        return VeiligeTekst.schoon(s == null ? "" : s);
    }
}
