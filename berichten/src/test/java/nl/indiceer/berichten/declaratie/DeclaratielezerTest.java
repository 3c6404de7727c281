package nl.indiceer.berichten.declaratie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.berichten.Berichtsoort;
import nl.indiceer.berichten.Istandaarden;
import nl.indiceer.berichten.xml.OngeldigBerichtException;
import nl.indiceer.berichten.xml.Schemacontrole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The streaming 323 reader: round trip, the official examples, a file larger than memory would allow as a tree. */
class DeclaratielezerTest {

    @ParameterizedTest
    @EnumSource(value = Berichtsoort.class, names = {"JW323", "WMO323"})
    void watGeschrevenIsWordtOngewijzigdGelezenMetRegels(Berichtsoort soort) throws Exception {
        byte[] xml = Declaraties.xml(soort, Declaraties.drie(soort));
        Declaraties.Gelezen g = Declaraties.lees(xml);
        assertThat(g.kop()).isEqualTo(Declaraties.kop(soort));
        assertThat(g.prestaties()).extracting(GedeclareerdePrestatie::zonderRegel).containsExactlyElementsOf(Declaraties.drie(soort));
        // each prestatie names the line its Prestatie element starts on
        String[] regels = new String(xml, StandardCharsets.UTF_8).split("\r\n");
        for (GedeclareerdePrestatie p : g.prestaties()) {
            assertThat(regels[p.regel() - 1]).contains("Prestatie>").doesNotContain("</");
        }
        assertThat(g.prestaties()).extracting(GedeclareerdePrestatie::regel).isSorted().doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(value = Berichtsoort.class, names = {"JW323", "WMO323"})
    void geschreven323VoldoetAanHetOfficieleSchema(Berichtsoort soort) throws Exception {
        Path map = Istandaarden.vereist();
        assertThat(Schemacontrole.uit(map).controleer(soort, Declaraties.xml(soort, Declaraties.drie(soort)))).isEmpty();
    }

    @Test
    void deOfficieleVoorbeeldenWordenGelezen() throws Exception {
        Path map = Istandaarden.vereist();
        Declaraties.Gelezen jw = Declaraties.lees(Files.readAllBytes(map.resolve("ijw/voorbeelden/JW323.xml")));
        assertThat(jw.kop().soort()).isEqualTo(Berichtsoort.JW323);
        assertThat(jw.kop().totaalBedrag()).isEqualTo(79_000);
        assertThat(jw.prestaties()).extracting(GedeclareerdePrestatie::referentieNummer)
                .containsExactly("RN001", "RN002", "RN003", "RN004", "RN004");
        assertThat(jw.prestaties().get(2).bsn()).isEqualTo("999900018");
        Declaraties.Gelezen wmo = Declaraties.lees(Files.readAllBytes(map.resolve("iwmo/voorbeelden/WMO323.xml")));
        assertThat(wmo.kop().soort()).isEqualTo(Berichtsoort.WMO323);
        assertThat(wmo.prestaties()).isNotEmpty();
    }

    @Test
    void eenGrootBestandWordtAlsStroomGelezen() throws Exception {
        // 50 000 prestaties (about 35 MB as text) are never held at once: the stream is generated on the fly
        int aantal = 50_000;
        long[] geteld = {0};
        Declaratielezer.lees(new GroteDeclaratie(aantal), new Declaratielezer.Ontvanger() {
            @Override
            public void kop(Declaratiekop kop) {
            }

            @Override
            public void prestatie(GedeclareerdePrestatie p) {
                geteld[0]++;
            }
        });
        assertThat(geteld[0]).isEqualTo(aantal);
    }

    @Test
    void eenAfgebrokenBestandGeeftDePrestatiesTotDeBreukEnDanDeAfwijzing() {
        byte[] xml = Declaraties.xml(Berichtsoort.JW323, Declaraties.drie());
        byte[] half = java.util.Arrays.copyOf(xml, xml.length * 2 / 3);
        List<GedeclareerdePrestatie> ontvangen = new ArrayList<>();
        assertThatThrownBy(() -> Declaratielezer.lees(new java.io.ByteArrayInputStream(half), new Declaratielezer.Ontvanger() {
            @Override
            public void kop(Declaratiekop kop) {
            }

            @Override
            public void prestatie(GedeclareerdePrestatie p) {
                ontvangen.add(p);
            }
        })).isInstanceOfSatisfying(OngeldigBerichtException.class, e -> {
            assertThat(e.meldingen().get(0).code()).isEqualTo("ONLEESBAAR");
            assertThat(e.regel()).isPositive();
        });
        assertThat(ontvangen).hasSizeLessThan(3);
    }

    /** A 323 with n prestaties, produced while it is read. */
    private static final class GroteDeclaratie extends InputStream {
        private final int aantal;
        private int gemaakt;
        private byte[] stuk;
        private int positie;
        private boolean klaar;

        GroteDeclaratie(int aantal) {
            this.aantal = aantal;
            String xml = new String(Declaraties.xml(Berichtsoort.JW323, List.of(Declaraties.drie().get(0))), StandardCharsets.UTF_8);
            int i = xml.indexOf("\t\t\t\t\t<jw323:Prestatie>");
            int j = xml.indexOf("</jw323:Prestatie>") + "</jw323:Prestatie>\r\n".length();
            kopTekst = xml.substring(0, i);
            prestatieTekst = xml.substring(i, j);
            staartTekst = xml.substring(j);
            stuk = kopTekst.getBytes(StandardCharsets.UTF_8);
        }

        private final String kopTekst;
        private final String prestatieTekst;
        private final String staartTekst;

        @Override
        public int read() throws IOException {
            while (positie >= stuk.length) {
                if (klaar) {
                    return -1;
                }
                if (gemaakt < aantal) {
                    stuk = prestatieTekst.replace("RN001", "R" + gemaakt).getBytes(StandardCharsets.UTF_8);
                    gemaakt++;
                } else {
                    stuk = staartTekst.getBytes(StandardCharsets.UTF_8);
                    klaar = true;
                }
                positie = 0;
            }
            return stuk[positie++] & 0xff;
        }
    }
}
