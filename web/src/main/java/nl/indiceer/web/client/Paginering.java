package nl.indiceer.web.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.indiceer.web.fout.Veldfouten;

/** {@code pagina} (from 0, default 0) and {@code grootte} (1 to {@value #MAX}, default {@value #STANDAARD}) of a list. */
public record Paginering(int pagina, int grootte) {

    public static final int STANDAARD = 20;
    public static final int MAX = 100;
    /** No deeper than this: a list is for finding, not for copying the table. */
    public static final int MAX_PAGINA = 10_000;

    public long offset() {
        return (long) pagina * grootte;
    }

    public static Paginering van(String pagina, String grootte) {
        List<Map<String, String>> fouten = new ArrayList<>();
        int p = getal(pagina, 0, 0, MAX_PAGINA, "pagina", fouten);
        int g = getal(grootte, STANDAARD, 1, MAX, "grootte", fouten);
        if (!fouten.isEmpty()) {
            throw new Veldfouten("ONGELDIGE_AANVRAAG", "Ongeldige aanvraag", fouten);
        }
        return new Paginering(p, g);
    }

    private static int getal(String tekst, int standaard, int min, int max, String pad, List<Map<String, String>> fouten) {
        if (tekst == null || tekst.isBlank()) {
            return standaard;
        }
        try {
            int n = Integer.parseInt(tekst.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        fouten.add(Veldfouten.fout(pad, "BUITEN_BEREIK", "een geheel getal van " + min + " tot en met " + max));
        return standaard;
    }
}
