package nl.indiceer.berichten.declaratie;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.indiceer.declaratie.Afspraak;
import nl.indiceer.declaratie.Afspraakstatus;
import nl.indiceer.declaratie.Afwezigheidsperiode;
import nl.indiceer.declaratie.Groepsbijeenkomst;
import nl.indiceer.declaratie.Leveringsspecificatie;

/**
 * Reads a provider's leveringsspecificatie (docs/leveringsspecificatie.md): a UTF-8 CSV, {@code ;}-separated, a header
 * row with the Dutch column names in any order, then one row per appointment ({@code soort} AFSPRAAK) or absence period
 * ({@code soort} AFWEZIGHEID) behind a prestatie of the 323 it accompanies. Read as a stream with every size bounded;
 * the first bad value refuses the whole file with its line, column and a stable code, never half a specification.
 */
public final class Leveringsspecificatielezer {

    /** One provider's month for one municipality; far beyond the appointments behind a full 323. */
    public static final long MAXIMALE_GROOTTE = 256L * 1024 * 1024;
    public static final int MAXIMAAL_REGELS = 2_000_000;
    public static final int MAXIMALE_REGELLENGTE = 1_000;
    /** ReferentieNummer has at most 36 characters (an..36); no other value is longer. */
    public static final int MAXIMALE_VELDLENGTE = 36;
    /** A month has at most a few appointments a day; this bounds the memory of one prestatie. */
    public static final int MAXIMAAL_AFSPRAKEN_PER_PRESTATIE = 1_000;
    private static final long MAXIMAAL_VOLUME = 99_999_999L;
    private static final int MAXIMAAL_PERSONEN = 9_999;

    static final String SOORT = "soort";
    static final String REFERENTIE = "referentienummer";
    static final String TOEWIJZING = "toewijzingnummer";
    static final String DATUM = "datum";
    static final String STATUS = "status";
    static final String VOLUME = "volume";
    static final String THUIS = "bij_client_thuis";
    static final String REISTIJD = "reistijd";
    static final String GROEP_DUUR = "groep_duur";
    static final String HULPVERLENERS = "hulpverleners";
    static final String AANWEZIGEN = "aanwezigen";
    static final String VANAF = "afwezig_vanaf";
    static final String TOT = "afwezig_tot_en_met";
    static final String AANDEEL = "aandeel_afwezig";
    /** The columns, in the order the documented example and the generator write them. */
    public static final List<String> KOLOMMEN = List.of(SOORT, REFERENTIE, TOEWIJZING, DATUM, STATUS, VOLUME, THUIS,
            REISTIJD, GROEP_DUUR, HULPVERLENERS, AANWEZIGEN, VANAF, TOT, AANDEEL);
    private static final List<String> ALLEEN_AFSPRAAK = List.of(DATUM, STATUS, VOLUME, THUIS, REISTIJD, GROEP_DUUR,
            HULPVERLENERS, AANWEZIGEN);
    private static final List<String> ALLEEN_AFWEZIGHEID = List.of(VANAF, TOT, AANDEEL);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private Leveringsspecificatielezer() {
    }

    /** Reads the whole stream; the caller closes it. */
    public static Leveringsspecificaties lees(InputStream in) throws IOException, OngeldigeSpecificatieException {
        return lees(in, MAXIMALE_GROOTTE);
    }

    /** With a smaller size limit (a test need not read 256 MB to see the limit work). */
    static Leveringsspecificaties lees(InputStream in, long maximaleGrootte) throws IOException,
            OngeldigeSpecificatieException {
        Reader r = new InputStreamReader(new Begrensd(in, maximaleGrootte), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        try {
            return lees(new Regels(r));
        } catch (CharacterCodingException e) {
            throw new OngeldigeSpecificatieException(0, null, "CODERING", "het bestand is geen UTF-8");
        } catch (TeGroot e) {
            throw new OngeldigeSpecificatieException(0, null, "TE_GROOT",
                    "het bestand is groter dan " + Math.max(1, maximaleGrootte / (1024 * 1024)) + " MB");
        }
    }

    private static final class Opbouw {
        final List<Afspraak> afspraken = new ArrayList<>();
        Afwezigheidsperiode afwezigheid;
    }

    private static Leveringsspecificaties lees(Regels regels) throws IOException, OngeldigeSpecificatieException {
        String kop = regels.volgende();
        if (kop == null) {
            throw new OngeldigeSpecificatieException(1, null, "KOP", "het bestand is leeg; de eerste regel noemt de kolommen");
        }
        if (kop.startsWith("\uFEFF")) {
            kop = kop.substring(1); // spreadsheets write a byte order mark before UTF-8
        }
        Map<String, Integer> positie = kop(kop);
        Map<String, Opbouw> perPrestatie = new LinkedHashMap<>();
        String regel;
        while ((regel = regels.volgende()) != null) {
            int nr = regels.nummer();
            if (nr > MAXIMAAL_REGELS + 1) {
                throw new OngeldigeSpecificatieException(nr, null, "TE_VEEL_REGELS",
                        "meer dan " + MAXIMAAL_REGELS + " regels");
            }
            if (regel.isBlank()) {
                continue;
            }
            String[] velden = regel.split(";", -1);
            if (velden.length != positie.size()) {
                throw new OngeldigeSpecificatieException(nr, null, "KOLOMMEN", "de regel heeft " + velden.length
                        + " velden, de kop " + positie.size());
            }
            Rij rij = new Rij(nr, velden, positie);
            String soort = rij.verplicht(SOORT);
            String referentie = rij.verplicht(REFERENTIE);
            String toewijzing = rij.verplicht(TOEWIJZING);
            if (!toewijzing.matches("[0-9]{1,9}")) {
                throw rij.fout(TOEWIJZING, "WAARDE", "een ToewijzingNummer van 1 tot 9 cijfers, niet '" + toewijzing + "'");
            }
            String sleutel = Leveringsspecificaties.sleutel(referentie, Long.toString(Long.parseLong(toewijzing)));
            Opbouw o = perPrestatie.computeIfAbsent(sleutel, k -> new Opbouw());
            switch (soort) {
                case "AFSPRAAK" -> {
                    rij.leeg(ALLEEN_AFWEZIGHEID, soort);
                    if (o.afspraken.size() >= MAXIMAAL_AFSPRAKEN_PER_PRESTATIE) {
                        throw rij.fout(REFERENTIE, "TE_VEEL_AFSPRAKEN", "meer dan " + MAXIMAAL_AFSPRAKEN_PER_PRESTATIE
                                + " afspraken bij één prestatie");
                    }
                    o.afspraken.add(afspraak(rij));
                }
                case "AFWEZIGHEID" -> {
                    rij.leeg(ALLEEN_AFSPRAAK, soort);
                    if (o.afwezigheid != null) {
                        throw rij.fout(REFERENTIE, "DUBBELE_AFWEZIGHEID",
                                "deze prestatie heeft al een afwezigheidsperiode; geef er één per prestatie");
                    }
                    LocalDate vanaf = rij.datum(VANAF);
                    LocalDate tot = rij.datum(TOT);
                    if (tot.isBefore(vanaf)) {
                        throw rij.fout(TOT, "WAARDE", "ligt voor " + VANAF);
                    }
                    o.afwezigheid = new Afwezigheidsperiode(vanaf, tot, rij.aandeel(AANDEEL));
                }
                default -> throw rij.fout(SOORT, "WAARDE", "AFSPRAAK of AFWEZIGHEID, niet '" + soort + "'");
            }
        }
        Map<String, Leveringsspecificatie> uit = new HashMap<>(perPrestatie.size() * 2);
        perPrestatie.forEach((k, o) -> uit.put(k, new Leveringsspecificatie(o.afspraken, o.afwezigheid)));
        return new Leveringsspecificaties(uit);
    }

    private static Map<String, Integer> kop(String kop) throws OngeldigeSpecificatieException {
        String[] namen = kop.split(";", -1);
        Map<String, Integer> positie = new HashMap<>();
        for (int i = 0; i < namen.length; i++) {
            String naam = namen[i].trim().toLowerCase(java.util.Locale.ROOT);
            if (!KOLOMMEN.contains(naam)) {
                throw new OngeldigeSpecificatieException(1, kort(naam), "KOP", "onbekende kolom; de kolommen zijn "
                        + String.join(";", KOLOMMEN));
            }
            if (positie.put(naam, i) != null) {
                throw new OngeldigeSpecificatieException(1, naam, "KOP", "de kolom staat twee keer in de kop");
            }
        }
        for (String k : KOLOMMEN) {
            if (!positie.containsKey(k)) {
                throw new OngeldigeSpecificatieException(1, k, "KOP", "de kolom ontbreekt in de kop");
            }
        }
        return positie;
    }

    private static Afspraak afspraak(Rij rij) throws OngeldigeSpecificatieException {
        LocalDate datum = rij.datum(DATUM);
        String s = rij.verplicht(STATUS);
        Afspraakstatus status;
        try {
            status = Afspraakstatus.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw rij.fout(STATUS, "WAARDE", "GELEVERD, NO_SHOW of GEPLANDE_AFWEZIGHEID, niet '" + s + "'");
        }
        long volume = rij.geheel(VOLUME, true, 0, MAXIMAAL_VOLUME);
        String thuis = rij.waarde(THUIS);
        boolean bijClientThuis = switch (thuis) {
            case "ja" -> true;
            case "", "nee" -> false;
            default -> throw rij.fout(THUIS, "WAARDE", "ja, nee of leeg, niet '" + thuis + "'");
        };
        Long reistijd = rij.waarde(REISTIJD).isEmpty() ? null : rij.geheel(REISTIJD, true, 0, MAXIMAAL_VOLUME);
        Groepsbijeenkomst groep = null;
        boolean duur = !rij.waarde(GROEP_DUUR).isEmpty();
        boolean hulp = !rij.waarde(HULPVERLENERS).isEmpty();
        boolean aanw = !rij.waarde(AANWEZIGEN).isEmpty();
        if (duur || hulp || aanw) {
            for (String k : List.of(GROEP_DUUR, HULPVERLENERS, AANWEZIGEN)) {
                rij.verplicht(k); // a group session needs all three
            }
            groep = new Groepsbijeenkomst(rij.geheel(GROEP_DUUR, true, 0, MAXIMAAL_VOLUME),
                    (int) rij.geheel(HULPVERLENERS, true, 1, MAXIMAAL_PERSONEN),
                    (int) rij.geheel(AANWEZIGEN, true, 1, MAXIMAAL_PERSONEN));
        }
        return new Afspraak(datum, volume, status, bijClientThuis, reistijd, groep);
    }

    /** One row's fields by column name. */
    private record Rij(int nr, String[] velden, Map<String, Integer> positie) {

        String waarde(String kolom) throws OngeldigeSpecificatieException {
            String w = velden[positie.get(kolom)].trim();
            if (w.length() > MAXIMALE_VELDLENGTE) {
                throw fout(kolom, "VELD_TE_LANG", "langer dan " + MAXIMALE_VELDLENGTE + " tekens");
            }
            return w;
        }

        String verplicht(String kolom) throws OngeldigeSpecificatieException {
            String w = waarde(kolom);
            if (w.isEmpty()) {
                throw fout(kolom, "VERPLICHT", "verplicht, maar leeg");
            }
            return w;
        }

        void leeg(List<String> kolommen, String soort) throws OngeldigeSpecificatieException {
            for (String k : kolommen) {
                if (!waarde(k).isEmpty()) {
                    throw fout(k, "NIET_BIJ_SOORT", "hoort niet bij een regel van soort " + soort + "; laat het leeg");
                }
            }
        }

        LocalDate datum(String kolom) throws OngeldigeSpecificatieException {
            String w = verplicht(kolom);
            try {
                if (!w.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                    throw new DateTimeParseException("geen jjjj-mm-dd", w, 0);
                }
                return LocalDate.parse(w, ISO);
            } catch (DateTimeParseException e) {
                throw fout(kolom, "WAARDE", "een datum als 2026-03-31, niet '" + w + "'");
            }
        }

        long geheel(String kolom, boolean verplicht, long min, long max) throws OngeldigeSpecificatieException {
            String w = verplicht ? verplicht(kolom) : waarde(kolom);
            if (!w.matches("[0-9]{1,9}")) {
                throw fout(kolom, "WAARDE", "een heel getal van " + min + " tot " + max + ", niet '" + w + "'");
            }
            long g = Long.parseLong(w);
            if (g < min || g > max) {
                throw fout(kolom, "WAARDE", "een heel getal van " + min + " tot " + max + ", niet " + g);
            }
            return g;
        }

        BigDecimal aandeel(String kolom) throws OngeldigeSpecificatieException {
            String w = verplicht(kolom);
            if (!w.matches("[01]([.,][0-9]{1,6})?")) {
                throw fout(kolom, "WAARDE", "een aandeel van 0 tot 1, bijvoorbeeld 0,8; niet '" + w + "'");
            }
            BigDecimal a = new BigDecimal(w.replace(',', '.'));
            if (a.compareTo(BigDecimal.ONE) > 0) {
                throw fout(kolom, "WAARDE", "een aandeel van 0 tot 1, niet " + w);
            }
            return a;
        }

        OngeldigeSpecificatieException fout(String kolom, String code, String tekst) {
            return new OngeldigeSpecificatieException(nr, kolom, code, tekst);
        }
    }

    private static String kort(String s) {
        String k = s.length() > MAXIMALE_VELDLENGTE ? s.substring(0, MAXIMALE_VELDLENGTE) + "…" : s;
        return nl.indiceer.aanvraag.VeiligeTekst.schoon(k);
    }

    /** Lines of at most {@link #MAXIMALE_REGELLENGTE} characters, LF or CRLF; a longer one is refused unread. */
    private static final class Regels {
        private final Reader in;
        private final char[] buffer = new char[MAXIMALE_REGELLENGTE];
        private int nummer;
        private boolean einde;

        Regels(Reader in) {
            this.in = in;
        }

        String volgende() throws IOException, OngeldigeSpecificatieException {
            if (einde) {
                return null;
            }
            int n = 0;
            int c;
            while ((c = in.read()) >= 0 && c != '\n') {
                if (n == buffer.length) {
                    throw new OngeldigeSpecificatieException(nummer + 1, null, "REGEL_TE_LANG",
                            "de regel is langer dan " + MAXIMALE_REGELLENGTE + " tekens");
                }
                buffer[n++] = (char) c;
            }
            if (c < 0) {
                einde = true;
                if (n == 0) {
                    return null;
                }
            }
            nummer++;
            if (n > 0 && buffer[n - 1] == '\r') {
                n--;
            }
            return new String(buffer, 0, n);
        }

        int nummer() {
            return nummer;
        }
    }

    private static final class TeGroot extends IOException {
        TeGroot() {
            super("te groot");
        }
    }

    /** Stops reading past the size limit. */
    private static final class Begrensd extends TellendeInvoer {
        private final long maximum;
        private long gelezen;

        Begrensd(InputStream in, long maximum) {
            super(new java.io.BufferedInputStream(in, 1 << 16));
            this.maximum = maximum;
        }

        @Override
        protected void tel(long n) throws TeGroot {
            gelezen += n;
            if (gelezen > maximum) {
                throw new TeGroot();
            }
        }
    }
}
