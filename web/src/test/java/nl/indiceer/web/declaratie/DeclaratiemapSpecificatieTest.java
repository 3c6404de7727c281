package nl.indiceer.web.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.indiceer.berichten.declaratie.GedeclareerdePrestatie;
import nl.indiceer.web.Gebruikers;
import nl.indiceer.web.PaginaTest;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.beveiliging.Rol;
import nl.indiceer.web.berichten.Besluiten;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * "Ophalen uit de map" with a leveringsspecificatie beside the 323 ({@code <name>.csv} beside {@code <name>.xml}): the
 * same rules as on upload. An unreadable CSV refuses the 323 with the reader's line and column, stores nothing and leaves
 * both files; the corrected CSV is then taken, the region's own rule applies (the no-show of docs/leveringsspecificatie.md,
 * bron 002:631-633, 663-665) and both files move into verwerkt/.
 */
@PaginaTest
class DeclaratiemapSpecificatieTest {

    static final String URK = "0184";
    static final LocalDate MAART = LocalDate.of(2025, 3, 1);
    static final String KOP = "soort;referentienummer;toewijzingnummer;datum;status;volume;bij_client_thuis;reistijd;"
            + "groep_duur;hulpverleners;aanwezigen;afwezig_vanaf;afwezig_tot_en_met;aandeel_afwezig\n";

    @Autowired
    ApplicationContext app;

    @Test
    void deCsvNaastDe323IsZijnLeveringsspecificatie(@TempDir Path map) throws Exception {
        String urk = Gebruikers.nieuw(app, "urk-map-spec", Rol.BACKOFFICE, URK);
        Declaraties.Toewijzing t = Declaraties.toegewezen(app, urk, URK);
        long u = t.product().omvang().eenheid().equals("01") ? 60 : 1;
        GedeclareerdePrestatie p = t.prestatie(Declaraties.uniek("R"), MAART, u);
        String nummer = Declaraties.uniek("D");
        Files.write(map.resolve("maart.xml"), Declaraties.bericht(URK, nummer, List.of(p)));
        Files.writeString(map.resolve("maart.csv"), KOP + "AFSPRAAK;" + p.referentieNummer() + ";" + t.nummer()
                + ";2025-03-04;ZIEK;" + u + ";;;;;;;;\n", StandardCharsets.UTF_8);
        Declaratiemap ophalen = new Declaratiemap(map.toString(), app.getBean(DeclaratieDienst.class),
                app.getBean(Declaratiegrootte.class));
        Medewerker wie = new Medewerker(urk, Set.of(URK));

        List<Declaratiemap.Uitkomst> slecht = ophalen.haalOp(wie);
        assertThat(slecht).hasSize(1);
        assertThat(slecht.get(0).declaratie()).isNull();
        assertThat(slecht.get(0).overgeslagen()).isEqualTo("specificatie");
        assertThat(slecht.get(0).melding()).contains("regel 2, kolom status").contains("ZIEK");
        assertThat(app.getBean(DeclaratieOpslag.class).eerdereMetNummer(URK, Besluiten.AGB, nummer)).isEmpty();
        assertThat(map.resolve("maart.xml")).exists();
        assertThat(map.resolve("maart.csv")).exists();

        Files.writeString(map.resolve("maart.csv"), KOP + "AFSPRAAK;" + p.referentieNummer() + ";" + t.nummer()
                + ";2025-03-04;NO_SHOW;" + u + ";;;;;;;;\n", StandardCharsets.UTF_8);
        List<Declaratiemap.Uitkomst> goed = ophalen.haalOp(wie);
        assertThat(goed).hasSize(1);
        Declaratie d = goed.get(0).declaratie();
        assertThat(d).isNotNull();
        assertThat(d.afgekeurd()).isEqualTo(1);
        assertThat(app.getBean(DeclaratieInzage.class).regels(d, 0, 10)).singleElement()
                .satisfies(r -> assertThat(r.redenen()).anySatisfy(reden -> assertThat(reden)
                        .contains("No-show op 04-03-2025 is bij dit product niet declarabel")));
        assertThat(map.resolve("verwerkt/maart.xml")).exists();
        assertThat(map.resolve("verwerkt/maart.csv")).exists();
        assertThat(map.resolve("maart.csv")).doesNotExist();
    }
}
