package nl.indiceer.berichten.declaratie;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.berichten.Berichtsoort;
import nl.indiceer.berichten.Header;
import nl.indiceer.berichten.xml.OngeldigBerichtException;

/** Small 323s for the tests. */
final class Declaraties {

    static final String BSN_A = "999900006";
    static final String BSN_B = "999900018";

    private Declaraties() {
    }

    static Declaratiekop kop(Berichtsoort soort) {
        return new Declaratiekop(soort, "65656055", "0384", "765432198", LocalDate.of(2026, 5, 6),
                Header.XsdVersie.RELEASE_3_2, "DN001", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30),
                LocalDate.of(2026, 5, 6), 10_000, "D");
    }

    static GedeclareerdePrestatie prestatie(String bsn, String ref, String vorig, long toewijzing, String dc) {
        return prestatie(bsn, ref, vorig, toewijzing, dc, "45");
    }

    static GedeclareerdePrestatie prestatie(String bsn, String ref, String vorig, long toewijzing, String dc, String cat) {
        return new GedeclareerdePrestatie(bsn, ref, vorig, toewijzing, cat, cat + "A03", LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 30), 4, "04", 1250L, 5000, dc, 0);
    }

    static List<GedeclareerdePrestatie> drie() {
        return drie(Berichtsoort.JW323);
    }

    /** Three prestaties of a product category of the law (45 for iJw, 02 for iWmo). */
    static List<GedeclareerdePrestatie> drie(Berichtsoort soort) {
        String cat = soort.wet() == nl.indiceer.berichten.Wet.WMO ? "02" : "45";
        return List.of(prestatie(BSN_A, "RN001", null, 10072, "D", cat),
                prestatie(BSN_A, "RN002 & <x>", null, 10073, "D", cat),
                new GedeclareerdePrestatie(BSN_B, "RN003", "RN000", 10074, cat, cat + "A03", LocalDate.of(2026, 4, 1),
                        LocalDate.of(2026, 4, 30), 4, "04", null, 5000, "C", 0));
    }

    static byte[] xml(Berichtsoort soort, List<GedeclareerdePrestatie> prestaties) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try {
            Declaratieschrijver.schrijf(kop(soort), prestaties, uit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }

    /** What the reader handed over: the head and the prestaties in order. */
    record Gelezen(Declaratiekop kop, List<GedeclareerdePrestatie> prestaties) {
    }

    static Gelezen lees(byte[] xml) throws OngeldigBerichtException {
        List<GedeclareerdePrestatie> p = new ArrayList<>();
        Declaratiekop[] k = new Declaratiekop[1];
        Declaratiekop terug = Declaratielezer.lees(new ByteArrayInputStream(xml), new Declaratielezer.Ontvanger() {
            @Override
            public void kop(Declaratiekop kop) {
                k[0] = kop;
            }

            @Override
            public void prestatie(GedeclareerdePrestatie prestatie) {
                p.add(prestatie);
            }
        });
        if (terug != k[0]) {
            throw new AssertionError("de kop wordt teruggegeven en aan de ontvanger gegeven");
        }
        return new Gelezen(terug, p);
    }
}
