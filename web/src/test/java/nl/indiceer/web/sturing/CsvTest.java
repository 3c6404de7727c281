package nl.indiceer.web.sturing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV: a header row, quoting, and no formula a spreadsheet would run (CSV injection). */
class CsvTest {

    @Test
    void kopregelEnAanhalingstekens() {
        assertThat(Csv.van(List.of("a", "b"), List.of(List.of("1,5", "zeg \"ja\""), List.of("x", ""))))
                .isEqualTo("a,b\r\n\"1,5\",\"zeg \"\"ja\"\"\"\r\nx,\r\n");
    }

    @Test
    void eenCelDieMetEenFormuletekenBegintKrijgtEenApostrof() {
        assertThat(Csv.cel("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
        assertThat(Csv.cel("+31")).isEqualTo("'+31");
        assertThat(Csv.cel("-5")).isEqualTo("'-5");
        assertThat(Csv.cel("@cmd")).isEqualTo("'@cmd");
        assertThat(Csv.cel("\tx")).isEqualTo("'\tx");
        assertThat(Csv.cel("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(Csv.cel("Zorg BV")).isEqualTo("Zorg BV");
    }

    @Test
    void eenOnderdrukteCelToontGeenBedrag() {
        String csv = Sturingstabellen.cellen("product", List.of(new Cel("P1", "naam", null, null, true, 0),
                new Cel("=P2", "naam", new java.math.BigDecimal("12.50"), 11, false, 0)));
        assertThat(csv).isEqualTo("product,naam,vastgelegd_euro,clienten,regels_zonder_tarief\r\n"
                + "P1,naam,< 10,< 10,\r\n'=P2,naam,12.50,11,0\r\n");
    }
}
