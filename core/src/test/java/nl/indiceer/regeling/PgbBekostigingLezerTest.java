package nl.indiceer.regeling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading pgb_bekostiging.tarief_van (a traject priced at its family's hourly pgb maximum, 001:1437, 1539-1545). */
class PgbBekostigingLezerTest {

    private static final String GOED = Proef.GOED + """
                  - {financiering: PGB_FORMEEL, eenheid: uur, bedrag: 74.18, bron: "P:3"}
              - code: traject
                naam: Traject
                eenheid: traject
                bron: "P:4"
                pgb_bekostiging: {eenheid: uur, tarief_van: begeleiding, bron: "P:5", onduidelijk: "uren open"}
                tarieven:
                  - {financiering: ZIN, eenheid: traject, bedrag: 1000, bron: "P:6"}
            """;

    @Test
    void tariefVanWordtGelezen() {
        Regeling r = Proef.lees(GOED);
        PgbBekostiging pgb = r.product("traject").indicatiewijze().pgbBekostiging();
        assertThat(pgb.tariefVan()).isEqualTo("begeleiding");
        assertThat(pgb.onduidelijk()).isEqualTo("uren open");
        assertThat(Tariefproduct.voor(r, r.product("traject"), Financiering.PGB_FORMEEL).code()).isEqualTo("begeleiding");
        assertThat(Tariefproduct.voor(r, r.product("traject"), Financiering.ZIN).code()).isEqualTo("traject");
    }

    @Test
    void foutenMetPad() {
        assertThat(Proef.problemen(GOED.replace("tarief_van: begeleiding", "tarief_van: begeleidng"))).singleElement()
                .satisfies(p -> assertThat(p.veld()).isEqualTo("producten[1].pgb_bekostiging.tarief_van"));
        assertThat(Proef.problemen(GOED.replace("tarief_van: begeleiding", "tarief_van: traject"))).isNotEmpty()
                .allSatisfy(p -> assertThat(p.veld()).isEqualTo("producten[1].pgb_bekostiging.tarief_van"))
                .anySatisfy(p -> assertThat(p.melding()).contains("het product zelf"));
        assertThat(Proef.problemen(GOED.replace("{financiering: PGB_FORMEEL, eenheid: uur", "{financiering: PGB_FORMEEL, eenheid: minuut")))
                .singleElement().satisfies(p -> {
                    assertThat(p.veld()).isEqualTo("producten[1].pgb_bekostiging.tarief_van");
                    assertThat(p.melding()).contains("geen pgb-tarief per uur");
                });
    }
}
