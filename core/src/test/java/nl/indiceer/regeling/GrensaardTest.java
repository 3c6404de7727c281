package nl.indiceer.regeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.indiceer.Repo;
import org.junit.jupiter.api.Test;

/**
 * Guideline or rule (issue 9): every limit of the shipped rulebooks states how it is meant ({@code aard} with
 * its source), and the reader refuses a wrong reading with its path.
 */
class GrensaardTest {

    /** A limit, where it is, and its reading. */
    private record Grens(String waar, Aard aard) {
    }

    @Test
    void elkeGrensInDeMeegeleverdeRegelingenNoemtRichtlijnOfRegelMetBron() {
        List<Grens> grenzen = new ArrayList<>();
        for (String regio : Repo.regelingen().regios()) {
            for (Regeling r : Repo.regelingen().versies(regio)) {
                grenzen.addAll(grenzen(r));
            }
        }
        assertThat(grenzen).hasSizeGreaterThan(100);
        assertThat(grenzen).as("grenzen zonder 'aard' (richtlijn of regel) met bron")
                .filteredOn(g -> !g.aard().vermeld()).isEmpty();
        assertThat(grenzen).as("er zijn richtlijnen en regels").extracting(g -> g.aard().soort())
                .contains(Aard.Soort.RICHTLIJN, Aard.Soort.REGEL);
    }

    @Test
    void deLezingVanDeBronnenStaatInDeData() {
        // Flevoland's tables headed "Richtlijn" (002:1155) are guidelines; "De maximale trajectduur is 12 maanden" (002:872) a rule
        Regeling flevoland = Repo.regelingen().versies("flevoland").get(0);
        Product behandeling = product(flevoland, "45F31");
        assertThat(behandeling.grenzen().limieten()).allSatisfy(l -> assertThat(l.richtlijn()).isTrue());
        assertThat(behandeling.grenzen().limieten().get(0).aard().bron().kort()).startsWith("002:1155");
        assertThat(product(flevoland, "45F11").grenzen().duur().richtlijn()).isFalse();
        assertThat(product(flevoland, "45F11").grenzen().duur().aard().bron().kort()).isEqualTo("002:872");
        // Achterhoek: the whole document is "slechts een handreiking" (000:54-56)
        Regeling achterhoek = Repo.regelingen().versies("achterhoek").get(0);
        assertThat(grenzen(achterhoek)).allSatisfy(g -> assertThat(g.aard().richtlijn()).as(g.waar()).isTrue());
        // Noord-Limburg: "Deze maxima zijn bedoeld als richtlijn" (001:8548) against "maximaal een jaar" (001:9884-9886)
        Regeling nl = Repo.regelingen().versies("noord-limburg").get(0);
        assertThat(product(nl, "45L11").grenzen().duur().richtlijn()).isTrue();
        assertThat(product(nl, "45L01").grenzen().duur().richtlijn()).isFalse();
    }

    @Test
    void deLezerLeestAardEnAardBron() {
        Regeling r = Proef.lees(Proef.GOED + "    limieten:\n"
                + "      - {per: WEEK, maximaal: 10, eenheid: uur, aard: richtlijn, aard_bron: \"P:9\", bron: \"P:4\"}\n"
                + "      - {per: TOTAAL, maximaal: 100, eenheid: uur, aard: regel, bron: \"P:5\"}\n"
                + "      - {per: MAAND, maximaal: 50, eenheid: uur, bron: \"P:6\"}\n");
        List<Limiet> l = r.producten().get(0).grenzen().limieten();
        assertThat(l.get(0).richtlijn()).isTrue();
        assertThat(l.get(0).aard().bron().kort()).isEqualTo("P:9");
        assertThat(l.get(1).richtlijn()).isFalse();
        assertThat(l.get(1).aard().bron().kort()).as("zonder aard_bron: de bron van de grens").isEqualTo("P:5");
        assertThat(l.get(2).aard()).as("niet vermeld: een regel, zoals altijd").isEqualTo(Aard.NIET_VERMELD);
        assertThat(l.get(2).aard().vermeld()).isFalse();
    }

    @Test
    void eenVerkeerdeLezingWordtGeweigerdMetPad() {
        String basis = Proef.GOED + "    duur: {maximaal_maanden: 12, X, bron: \"P:5\"}\n";
        assertThat(Proef.problemen(basis.replace("X", "aard: misschien"))).singleElement().satisfies(p -> {
            assertThat(p.veld()).isEqualTo("producten[0].duur.aard");
            assertThat(p.melding()).contains("richtlijn, regel");
        });
        assertThat(Proef.problemen(basis.replace("X", "aard_bron: \"P:6\""))).singleElement().satisfies(p -> {
            assertThat(p.veld()).isEqualTo("producten[0].duur.aard_bron");
            assertThat(p.melding()).contains("zonder 'aard'");
        });
        assertThat(Proef.problemen(basis.replace("X", "aard: richtlijn, aard_bron: \"Q:6\""))).singleElement()
                .satisfies(p -> assertThat(p.veld()).isEqualTo("producten[0].duur.aard_bron"));
        assertThat(Proef.problemen(basis.replace("X", "richtlijn: true"))).singleElement().satisfies(p -> {
            assertThat(p.veld()).isEqualTo("producten[0].duur.richtlijn");
            assertThat(p.melding()).contains("aard: richtlijn");
        });
    }

    private static Product product(Regeling r, String code) {
        return r.producten().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    private static List<Grens> grenzen(Regeling r) {
        List<Grens> uit = new ArrayList<>();
        for (Product p : r.producten()) {
            String waar = r.regio() + " " + p.code();
            grenzen(uit, waar, p.grenzen().limieten(), p.grenzen().duur());
            if (p.grenzen().consult() != null) {
                uit.add(new Grens(waar + " consult", p.grenzen().consult().aard()));
            }
            for (Variant v : p.grenzen().varianten()) {
                grenzen(uit, waar + " variant " + v.naam(), v.limieten(), v.duur());
            }
        }
        GedeeldeRegels g = r.gedeeld();
        g.periodelimieten().forEach(l -> uit.add(new Grens(r.regio() + " periodelimiet " + l.producten(), l.aard())));
        g.verhoudingen().forEach(v -> uit.add(new Grens(r.regio() + " verhouding " + v.producten(), v.aard())));
        g.gezamenlijkeDuur().forEach(d -> uit.add(new Grens(r.regio() + " gezamenlijke duur " + d.producten(), d.aard())));
        return uit;
    }

    private static void grenzen(List<Grens> uit, String waar, List<Limiet> limieten, Duur duur) {
        limieten.forEach(l -> uit.add(new Grens(waar + " limiet " + l.per(), l.aard())));
        if (duur != null && (duur.maximaalMaanden() != null || duur.maximaalDagen() != null)) {
            uit.add(new Grens(waar + " duur", duur.aard()));
        }
    }
}
