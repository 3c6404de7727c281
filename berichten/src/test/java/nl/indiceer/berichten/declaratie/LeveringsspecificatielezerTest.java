package nl.indiceer.berichten.declaratie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import nl.indiceer.berichten.Istandaarden;
import nl.indiceer.declaratie.Afspraakstatus;
import nl.indiceer.declaratie.Groepsbijeenkomst;
import nl.indiceer.declaratie.Leveringsspecificatie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The leveringsspecificatie as docs/leveringsspecificatie.md describes it, and every kind of bad input refused. */
class LeveringsspecificatielezerTest {

    static final String KOP = String.join(";", Leveringsspecificatielezer.KOLOMMEN) + "\n";

    static Leveringsspecificaties lees(String csv) throws Exception {
        return Leveringsspecificatielezer.lees(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    static GedeclareerdePrestatie prestatie(String referentie, long toewijzing) {
        return new GedeclareerdePrestatie("999900006", referentie, null, toewijzing, "45", "45F22", LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), 60, "01", 100L, 6000, "D", 0);
    }

    /** The example of docs/leveringsspecificatie.md reads as documented (the doc and the reader cannot drift apart). */
    @Test
    void hetVoorbeeldUitDeDocumentatie() throws Exception {
        String doc = Files.readString(Istandaarden.repository().resolve("docs/leveringsspecificatie.md"));
        String voorbeeld = doc.substring(doc.indexOf("```csv\n") + 7, doc.indexOf("```", doc.indexOf("```csv\n") + 7));
        Leveringsspecificaties s = lees(voorbeeld);
        assertThat(s.aantal()).isEqualTo(2);
        Leveringsspecificatie groep = s.voor(prestatie("R1001", 100001));
        assertThat(groep.afspraken()).hasSize(2);
        assertThat(groep.afspraken().get(0).groep()).isEqualTo(new Groepsbijeenkomst(60, 2, 6));
        assertThat(groep.afspraken().get(1).status()).isEqualTo(Afspraakstatus.NO_SHOW);
        Leveringsspecificatie afwezig = s.voor(prestatie("R1003", 100003));
        assertThat(afwezig.afwezigheid().aandeelAfwezig()).isEqualByComparingTo(new BigDecimal("0.8"));
        assertThat(afwezig.afwezigheid().vanaf()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(s.voor(prestatie("R1001", 100002))).as("another allocation: not this prestatie's").isNull();
        assertThat(s.gebruikt()).isEqualTo(2);
    }

    @Test
    void kolommenInElkeVolgordeEnEenByteOrderMark() throws Exception {
        String csv = "\uFEFFaandeel_afwezig;afwezig_tot_en_met;afwezig_vanaf;aanwezigen;hulpverleners;groep_duur;reistijd;"
                + "bij_client_thuis;volume;status;datum;toewijzingnummer;referentienummer;soort\r\n"
                + ";;;;;;25;ja;60;NO_SHOW;2026-03-03;00100001;R1;AFSPRAAK\r\n\r\n";
        var a = lees(csv).voor(prestatie("R1", 100001)).afspraken().get(0);
        assertThat(a.bijClientThuis()).isTrue();
        assertThat(a.reistijd()).isEqualTo(25L);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            onbekende soort          | BEZOEK;R1;1;2026-03-03;GELEVERD;60;;;;;;;;                | 2 | soort              | WAARDE
            datum ontbreekt          | AFSPRAAK;R1;1;;GELEVERD;60;;;;;;;;                        | 2 | datum              | VERPLICHT
            onmogelijke datum        | AFSPRAAK;R1;1;2026-02-30;GELEVERD;60;;;;;;;;              | 2 | datum              | WAARDE
            Nederlandse datum        | AFSPRAAK;R1;1;03-03-2026;GELEVERD;60;;;;;;;;              | 2 | datum              | WAARDE
            onbekende status         | AFSPRAAK;R1;1;2026-03-03;ZIEK;60;;;;;;;;                  | 2 | status             | WAARDE
            negatief volume          | AFSPRAAK;R1;1;2026-03-03;GELEVERD;-5;;;;;;;;              | 2 | volume             | WAARDE
            volume met komma         | AFSPRAAK;R1;1;2026-03-03;GELEVERD;1,5;;;;;;;;             | 2 | volume             | WAARDE
            thuis onbekend           | AFSPRAAK;R1;1;2026-03-03;NO_SHOW;60;misschien;;;;;;;      | 2 | bij_client_thuis   | WAARDE
            groep half               | AFSPRAAK;R1;1;2026-03-03;GELEVERD;60;;;60;2;;;;           | 2 | aanwezigen         | VERPLICHT
            nul aanwezigen           | AFSPRAAK;R1;1;2026-03-03;GELEVERD;60;;;60;2;0;;;          | 2 | aanwezigen         | WAARDE
            afwezigheid bij afspraak | AFSPRAAK;R1;1;2026-03-03;GELEVERD;60;;;;;;2026-03-01;;    | 2 | afwezig_vanaf      | NIET_BIJ_SOORT
            afspraak bij afwezigheid | AFWEZIGHEID;R1;1;2026-03-03;;;;;;;;2026-03-01;2026-03-31;0,8 | 2 | datum            | NIET_BIJ_SOORT
            tot voor vanaf           | AFWEZIGHEID;R1;1;;;;;;;;;2026-03-10;2026-03-01;0,8        | 2 | afwezig_tot_en_met | WAARDE
            aandeel boven 1          | AFWEZIGHEID;R1;1;;;;;;;;;2026-03-01;2026-03-31;1,2        | 2 | aandeel_afwezig    | WAARDE
            aandeel als procent      | AFWEZIGHEID;R1;1;;;;;;;;;2026-03-01;2026-03-31;80%        | 2 | aandeel_afwezig    | WAARDE
            toewijzing geen nummer   | AFSPRAAK;R1;T1;2026-03-03;GELEVERD;60;;;;;;;;             | 2 | toewijzingnummer   | WAARDE
            referentie te lang       | AFSPRAAK;R1234567890123456789012345678901234567;1;2026-03-03;GELEVERD;60;;;;;;;; | 2 | referentienummer | VELD_TE_LANG
            """)
    void eenSlechteWaardeMetRegelEnKolom(String geval, String rij, int regel, String kolom, String code) {
        assertThatThrownBy(() -> lees(KOP + rij + "\n")).as(geval).isInstanceOfSatisfying(
                OngeldigeSpecificatieException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.regel()).isEqualTo(regel);
                    assertThat(e.kolom()).isEqualTo(kolom);
                    assertThat(e.getMessage()).startsWith("regel " + regel + ", kolom " + kolom + ": ");
                });
    }

    @Test
    void teWeinigVelden() {
        assertFout(KOP + "AFSPRAAK;R1;1;2026-03-03;GELEVERD;60\n", "KOLOMMEN", 2, null);
    }

    @Test
    void deKopOntbreektOfKlopNiet() {
        assertFout("", "KOP", 1, null);
        assertFout(KOP.replace(";aandeel_afwezig", ""), "KOP", 1, "aandeel_afwezig");
        assertFout(KOP.replace("reistijd", "reistijd_minuten"), "KOP", 1, "reistijd_minuten");
        assertFout(KOP.replace("reistijd", "volume"), "KOP", 1, "volume");
    }

    @Test
    void tweeAfwezigheidsperiodenVoorEenPrestatie() {
        String rij = "AFWEZIGHEID;R1;1;;;;;;;;;2026-03-01;2026-03-31;0,8\n";
        assertFout(KOP + rij + rij, "DUBBELE_AFWEZIGHEID", 3, "referentienummer");
    }

    @Test
    void teVeelAfsprakenBijEenPrestatie() {
        StringBuilder s = new StringBuilder(KOP);
        for (int i = 0; i <= Leveringsspecificatielezer.MAXIMAAL_AFSPRAKEN_PER_PRESTATIE; i++) {
            s.append("AFSPRAAK;R1;1;2026-03-03;GELEVERD;1;;;;;;;;\n");
        }
        assertFout(s.toString(), "TE_VEEL_AFSPRAKEN", Leveringsspecificatielezer.MAXIMAAL_AFSPRAKEN_PER_PRESTATIE + 2,
                "referentienummer");
    }

    @Test
    void eenTeLangeRegelWordtNietGelezen() {
        assertFout(KOP + "x".repeat(Leveringsspecificatielezer.MAXIMALE_REGELLENGTE + 1), "REGEL_TE_LANG", 2, null);
    }

    @Test
    void geenUtf8() {
        byte[] latin1 = (KOP + "AFSPRAAK;Ré;1;2026-03-03;GELEVERD;1;;;;;;;;\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> Leveringsspecificatielezer.lees(new ByteArrayInputStream(latin1)))
                .isInstanceOfSatisfying(OngeldigeSpecificatieException.class, e -> assertThat(e.code()).isEqualTo("CODERING"));
    }

    @Test
    void teVeelRegels() {
        byte[] leeg = new byte[Leveringsspecificatielezer.MAXIMAAL_REGELS + 1];
        java.util.Arrays.fill(leeg, (byte) '\n');
        InputStream in = new java.io.SequenceInputStream(new ByteArrayInputStream(KOP.getBytes(StandardCharsets.UTF_8)),
                new ByteArrayInputStream(leeg));
        assertThatThrownBy(() -> Leveringsspecificatielezer.lees(in)).isInstanceOfSatisfying(
                OngeldigeSpecificatieException.class, e -> assertThat(e.code()).isEqualTo("TE_VEEL_REGELS"));
    }

    /** Endless lines of spaces (blank, so never too many rows): stopped at the size limit (1 MB here), not at the end of memory. */
    @Test
    void teGroot() {
        InputStream eindeloos = new InputStream() {
            private long n;

            @Override
            public int read() {
                return n++ % 900 == 899 ? '\n' : ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                for (int i = 0; i < len; i++) {
                    b[off + i] = (byte) read();
                }
                return len;
            }
        };
        InputStream in = new java.io.SequenceInputStream(new ByteArrayInputStream(KOP.getBytes(StandardCharsets.UTF_8)),
                eindeloos);
        assertThatThrownBy(() -> Leveringsspecificatielezer.lees(in, 1024 * 1024)).isInstanceOfSatisfying(
                OngeldigeSpecificatieException.class, e -> assertThat(e.code()).isEqualTo("TE_GROOT"));
    }

    @Test
    void stuurtekensInDeMeldingWordenZichtbaar() {
        assertThatThrownBy(() -> lees(KOP + "AFSPRAAK;R1;1;2026-03-03;ZI\u001b[31mEK;60;;;;;;;;\n"))
                .isInstanceOfSatisfying(OngeldigeSpecificatieException.class,
                        e -> assertThat(e.getMessage()).doesNotContainPattern("\\p{Cntrl}").contains("␛"));
    }

    private static void assertFout(String csv, String code, int regel, String kolom) {
        assertThatThrownBy(() -> lees(csv)).isInstanceOfSatisfying(OngeldigeSpecificatieException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.regel()).isEqualTo(regel);
            assertThat(e.kolom()).isEqualTo(kolom);
        });
    }
}
