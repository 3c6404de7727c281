package nl.indiceer.berichten.declaratie;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import nl.indiceer.declaratie.Afspraak;
import nl.indiceer.declaratie.Afwezigheidsperiode;

/**
 * Writes a leveringsspecificatie in the format {@link Leveringsspecificatielezer} reads (docs/leveringsspecificatie.md):
 * the header, then one row per appointment or absence period, as the caller hands them over (a stream).
 */
public final class Leveringsspecificatieschrijver {

    private final Writer uit;

    public Leveringsspecificatieschrijver(Writer uit) throws IOException {
        this(uit, true);
    }

    /** @param metKop false: rows only (a caller that collects rows and writes the header once) */
    Leveringsspecificatieschrijver(Writer uit, boolean metKop) throws IOException {
        this.uit = uit;
        if (metKop) {
            uit.write(String.join(";", Leveringsspecificatielezer.KOLOMMEN));
            uit.write('\n');
        }
    }

    public void afspraak(String referentie, long toewijzing, Afspraak a) throws IOException {
        rij("AFSPRAAK", referentie, toewijzing, a.datum().toString(), a.status().name(), Long.toString(a.volume()),
                a.bijClientThuis() ? "ja" : "nee", a.reistijd() == null ? "" : a.reistijd().toString(),
                a.groep() == null ? "" : Long.toString(a.groep().duur()),
                a.groep() == null ? "" : Integer.toString(a.groep().hulpverleners()),
                a.groep() == null ? "" : Integer.toString(a.groep().aanwezigen()), "", "", "");
    }

    public void afwezigheid(String referentie, long toewijzing, Afwezigheidsperiode p) throws IOException {
        rij("AFWEZIGHEID", referentie, toewijzing, "", "", "", "", "", "", "", "", datum(p.vanaf()), datum(p.totEnMet()),
                p.aandeelAfwezig().toPlainString().replace('.', ','));
    }

    private void rij(String... velden) throws IOException {
        uit.write(String.join(";", velden));
        uit.write('\n');
    }

    private void rij(String soort, String referentie, long toewijzing, String... rest) throws IOException {
        if (referentie.isBlank() || referentie.strip().length() != referentie.length()
                || referentie.chars().anyMatch(c -> c == ';' || c < ' ')) {
            throw new IllegalArgumentException("een referentienummer zonder ; of regeleinde en zonder spaties eromheen");
        }
        String[] v = new String[3 + rest.length];
        v[0] = soort;
        v[1] = referentie;
        v[2] = Long.toString(toewijzing);
        System.arraycopy(rest, 0, v, 3, rest.length);
        rij(v);
    }

    private static String datum(LocalDate d) {
        return d.toString();
    }
}
