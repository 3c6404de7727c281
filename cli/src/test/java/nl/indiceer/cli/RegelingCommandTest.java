package nl.indiceer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code indiceer regeling controleer|toon}: a broken rulebook is exit 1 with file and line, never an internal error. */
class RegelingCommandTest {

    private static final String REGELINGEN = Cli.ROOT.resolve("regelingen").toString();

    @TempDir
    Path tmp;

    private Path proef(String yaml) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("regelingen/proef"));
        Files.writeString(dir.resolve("2025-01-01.yaml"), yaml);
        return tmp.resolve("regelingen");
    }

    @Test
    void meegeleverdeRegelingenZijnInOrdeEnNoemenHunHash() {
        Cli.Resultaat r = Cli.voer("regeling", "controleer", REGELINGEN);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("OK  .*noord-limburg/2023-01-01\\.yaml: \\d+ producten, geldig vanaf 2023-01-01, sha256:[0-9a-f]{8}…");
    }

    @Test
    void aliasBomIsEenRegelingfoutGeenInterneFout() throws IOException {
        StringBuilder s = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            s.append(c).append(": &").append(c).append(" [").append(("*" + (char) (c - 1) + ",").repeat(8))
                    .append('*').append((char) (c - 1)).append("]\n");
        }
        Cli.Resultaat r = Cli.voer("regeling", "controleer", proef(s.toString()).toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("interne fout").contains("proef/2025-01-01.yaml:1: (yaml): ankers (&a) zijn niet toegestaan");
    }

    @Test
    void ongeldigeUtf8IsEenRegelingfout() throws IOException {
        Path map = proef("");
        Files.write(map.resolve("proef/2025-01-01.yaml"), new byte[] {'a', ':', ' ', (byte) 0xC3, '\n'});
        Cli.Resultaat r = Cli.voer("regeling", "controleer", map.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("interne fout").contains("2025-01-01.yaml:1: (bestand): is geen geldige UTF-8");
    }

    @Test
    void teDiepGenestIsEenRegelingfout() throws IOException {
        Cli.Resultaat r = Cli.voer("regeling", "controleer", proef("a: " + "[".repeat(100) + "]".repeat(100) + "\n").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("interne fout").contains("is te diep genest");
    }

    @Test
    void regiomapViaSymbolischeLink() throws IOException {
        Path map = Files.createDirectories(tmp.resolve("links"));
        Files.createSymbolicLink(map.resolve("ridderkerk"), Cli.ROOT.resolve("regelingen/ridderkerk"));
        Cli.Resultaat r = Cli.voer("regeling", "controleer", map.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("ridderkerk/2025-01-01.yaml");
    }

    @Test
    void toonLaatDeTarievenPerDatumZienEnBerekenPrijstPerDeel() {
        String map = Cli.ROOT.resolve("core/src/test/resources/tariefwissel/regelingen").toString();
        Cli.Resultaat t = Cli.voer("regeling", "toon", "tariefproef", "--peildatum", "2025-06-01", "--regelingen", map);
        assertThat(t.exit()).as(t.err()).isZero();
        assertThat(t.out()).contains("Tarieven per datum").contains("vanaf 2026-01-01 (tot het einde van de regeling): ")
                .contains("tarieven-2026-01-01.yaml (bron T26:1)").contains("tarief ZIN per uur: € 66,00 (bron T26:2)");
        Cli.Resultaat c = Cli.voer("regeling", "controleer", map);
        assertThat(c.out()).contains("met tarieven ").contains("tarieven-2026-01-01.yaml: 2 producten, geldig vanaf 2026-01-01");
        Cli.Resultaat b = Cli.voer("bereken", Cli.ROOT.resolve("core/src/test/resources/tariefwissel/"
                + "begeleiding-over-tariefwissel.json").toString(), "--regelingen", map);
        assertThat(b.out()).contains("    - 2025-10-01 t/m 2025-12-31: 12 uur tegen € 60,00 per uur = € 720,00 (bron P:4)")
                .contains("    - 2026-01-01 t/m 2026-03-31: 12 uur tegen € 66,00 per uur = € 792,00 (bron T26:2)");
    }

    /** Issue 11: the region's own declaration rules, with their source and what is unclear (Ridderkerk, seed 004). */
    @Test
    void toonLaatDeEigenDeclaratieregelsZien() {
        Cli.Resultaat r = Cli.voer("regeling", "toon", "ridderkerk", "--peildatum", "2025-06-01", "--regelingen", REGELINGEN);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Declareren (eigen regels van de regio)")
                .contains("no-show (begeleiding-basis, begeleiding-specialistisch): alleen de reistijd, op de code van de "
                        + "bedoelde hulp; alleen bij de cliënt thuis (bron 004:501-513, 691-705)")
                .contains("meer dan 50% afwezig: de eerste 3 weken helemaal, daarna ten hoogste 80% van de afgesproken afspraken")
                .contains("onduidelijk: De bron regelt alleen de no-show bij de cliënt thuis");
        // a region without rules of its own says nothing about them
        assertThat(Cli.voer("regeling", "toon", "noord-limburg", "--peildatum", "2025-06-01", "--regelingen", REGELINGEN).out())
                .doesNotContain("Declareren (eigen regels van de regio)");
    }

    /** Issue 10: the region's own deadlines, with their source and what is unclear (Flevoland, seed 002). */
    @Test
    void toonLaatDeEigenTermijnenZien() {
        Cli.Resultaat r = Cli.voer("regeling", "toon", "flevoland", "--peildatum", "2025-06-01", "--regelingen", REGELINGEN);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Termijnen (eigen regels van de regio)")
                .contains("besluit na derde no-show (alle producten): binnen 3 weken na de melding van de aanbieder "
                        + "(bron 002:1774-1780)")
                .contains("verzoek om wijziging (317) (45F01, 45F02): minstens 8 weken voor de ingang van de wijziging "
                        + "(advies: later wordt gemeld, niet geweigerd) (bron 002:376-380)")
                .contains("minstens 10 werkdagen voor de ingang van de wijziging")
                .contains("onduidelijk: De bron zegt '3 weken', geen werkdagen");
        assertThat(Cli.voer("regeling", "toon", "drechtsteden", "--peildatum", "2025-12-01", "--regelingen", REGELINGEN).out())
                .contains("evaluatie (individuele-begeleiding): 3 tot 6 maanden na de begindatum van de toewijzing "
                        + "(bron 003:179-182)");
        // a region without deadlines of its own says nothing about them
        assertThat(Cli.voer("regeling", "toon", "ridderkerk", "--peildatum", "2025-06-01", "--regelingen", REGELINGEN).out())
                .doesNotContain("Termijnen (eigen regels van de regio)");
    }

    /** Issue 12: the region's stated utilisation figures, a range as a range, the figure a forecast takes (001:1796-1812). */
    @Test
    void toonLaatDeBenuttingscijfersZien() {
        Cli.Resultaat r = Cli.voer("regeling", "toon", "noord-limburg", "--peildatum", "2025-06-01", "--regelingen", REGELINGEN);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Benutting (wat de regio zegt over het gebruik van een indicatie)")
                .contains("cijfer: 50% tot 70%; de prognose neemt 70%")
                .contains("producten: geen (alleen getoond) (bron 001:1796-1808)")
                .contains("cijfer: 2350 van 5000 ingezet = 47%; de prognose neemt 47%")
                .contains("producten: 54L01, 54L02, 54L03, 54L04, 54L05 (bron 001:1796-1800, 1810-1812)")
                .contains("onduidelijk: Het cijfer (47%) gaat over de vroegere PxQ-systematiek");
        assertThat(Cli.voer("regeling", "toon", "ridderkerk", "--peildatum", "2025-06-01", "--regelingen", REGELINGEN).out())
                .doesNotContain("Benutting (");
    }

    @Test
    void toonLaatDeLifeEventRegelZien() {
        Cli.Resultaat r = Cli.voer("regeling", "toon", "noord-limburg", "--peildatum", "2025-06-01", "--regelingen", REGELINGEN);
        assertThat(r.out()).contains("life-event: een traject dat voortijdig eindigt")
                .contains("als feit traject_afgebroken_door_life_event ja is, naar rato betaald: de trajectprijs ÷ de maanden "
                        + "van de toewijzing × de maanden waarin hulp is geleverd (een begonnen maand telt als hele maand), "
                        + "ten hoogste de trajectprijs (bron 001:2556-2576)")
                .contains("onduidelijk: De bron zegt dat 'voor de maanden waar hulp/ondersteuning");
    }

    @Test
    void toonNoemtDeVersieMetVolledigeHash() {
        Cli.Resultaat r = Cli.voer("regeling", "toon", "ridderkerk", "--peildatum", "2025-06-01", "--regelingen", REGELINGEN);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).containsPattern("Versie: ridderkerk 2025-01-01 sha256:[0-9a-f]{64}\n");
    }

    @Test
    void toonLaatRegelsPerConsultPerPeriodeEnVoorMeerProductenZien() {
        Cli.Resultaat r = Cli.voer("regeling", "toon", "ridderkerk", "--peildatum", "2025-06-01", "--regelingen", REGELINGEN);
        assertThat(r.out()).contains("per consult: minimaal 20 maximaal 45 minuten (bron 004:2782)")
                .contains("maximaal 6 consulten per 12 maanden: medicatiebegeleiding (bron 004:2784)");
        Cli.Resultaat n = Cli.voer("regeling", "toon", "noord-limburg", "--peildatum", "2025-06-01", "--regelingen", REGELINGEN);
        assertThat(n.out()).contains("maximaal 16 etmalen per 8 maanden samen: 44A90, 44A92 (bron 001:6181) — regel: overschrijden is een fout "
                        + "(001:6181)  [onduidelijk]")
                .contains("maximaal 6 uur per 12 maanden: 54L06 (bron 001:11864-11866)")
                .contains("maximaal 2 van 44A91, 44A93 per eenheid van 44A90, 44A92; omrekening: t/m 26 uur +0; "
                        + "t/m 30 uur +1; t/m 34 uur +2 (bron 001:6216-6230)")
                .contains("samen maximaal 27 maanden: 54L50, 54L51 (bron 001:11133-11135)")
                .contains("samen maximaal 18 maanden (tot het einde van de hulp zelf): 54L50, 54L51 (bron 001:11124-11129)");
    }

    @Test
    void toonLaatPerGrensZienOfHetEenRichtlijnOfEenRegelIsMetDeBron() {
        Cli.Resultaat f = Cli.voer("regeling", "toon", "flevoland", "--peildatum", "2025-06-01", "--regelingen", REGELINGEN);
        assertThat(f.out())
                .contains("maximaal 96 uur totaal binnen de geldigheidsduur — richtlijn: afwijken met motivering (002:1155, 533-541)")
                .contains("duur: maximaal 12 maanden — regel: overschrijden is een fout (002:872)");
        Cli.Resultaat n = Cli.voer("regeling", "toon", "noord-limburg", "--peildatum", "2025-06-01", "--regelingen", REGELINGEN);
        assertThat(n.out()).contains("(bron 001:6216-6230) — richtlijn: afwijken met motivering (001:6216-6220)");
        Cli.Resultaat a = Cli.voer("regeling", "toon", "achterhoek", "--peildatum", "2026-03-01", "--regelingen", REGELINGEN);
        assertThat(a.out()).contains("duur: maximaal 28 dagen — richtlijn: afwijken met motivering (000:54-56)")
                .contains("onduidelijk: De handreiking noemt zichzelf 'slechts een handreiking'");
        Cli.Resultaat d = Cli.voer("regeling", "toon", "drechtsteden", "--peildatum", "2026-01-15", "--regelingen", REGELINGEN);
        assertThat(d.out()).contains("Bij de periode").contains("per week: WAARSCHUWING — De SDD heeft gekozen voor indiceren per maand")
                .contains("onduidelijk: De eenheid staat er twee keer anders");
    }

    @Test
    void toonLaatFeitenUitzonderingenEnVolgordeInDeTijdZien() {
        Cli.Resultaat r = Cli.voer("regeling", "toon", "ridderkerk", "--peildatum", "2025-06-01", "--regelingen", REGELINGEN);
        assertThat(r.out()).contains("feit risicovolle_handelingen: Is er bij de persoonlijke verzorging specifiek sprake van "
                        + "risicovolle handelingen? (bron 004:284-288, 325-333)")
                .contains("persoonlijke-verzorging + Logeren: niet mogelijk, tenzij risicovolle_handelingen (bron 004:325-333)")
                .contains("vervoer alleen met Jeugdhulpvoorziening (in dezelfde beschikking) (bron 004:2913-2915, 2949-2955)")
                .contains("afschalen van behandeling-specialistisch naar behandeling-basis: samen minimaal 3 en maximaal 6 maanden "
                        + "(bron 004:2717-2721)");
        Cli.Resultaat n = Cli.voer("regeling", "toon", "noord-limburg", "--peildatum", "2025-06-01", "--regelingen", REGELINGEN);
        assertThat(n.out()).contains("Behandeling met verblijf + Logeren: samen mogelijk, niet op dezelfde dag (bron 001:4169)")
                .contains("(in elk geval bij de start)")
                .contains("Medicijncontrole moet al lopen voordat")
                .contains("tijdens Crisishulp staat alle andere hulp op pauze (bron 001:4229, 4304-4306)")
                .contains("onduidelijk: 'Alleen als medicatiecontrole al langere tijd loopt");
    }

    @Test
    void toonLaatZienWatDeClientMoetHebbenOfZijn() {
        Cli.Resultaat r = Cli.voer("regeling", "toon", "ridderkerk", "--peildatum", "2025-06-01", "--regelingen", REGELINGEN);
        assertThat(r.out()).contains("feit iq (een getal): Wat is het vastgestelde IQ van de jeugdige?")
                .contains("Wat de cliënt moet hebben of zijn")
                .contains("begeleiding-specialistisch-iq-plus alleen als 'Wat is het vastgestelde IQ van de jeugdige?' meer dan 141 "
                        + "(feit iq); onbekend: de tool vraagt erom (bron 004:731)")
                .contains("Dagbehandeling alleen als ja op 'Is er een ontwikkelingsgericht behandelplan?' (feit "
                        + "ontwikkelingsgericht_behandelplan), als ja op 'Is de jeugdige in de leerplichtige leeftijd?'")
                .contains(", vanaf 16 jaar;")
                .contains("onduidelijk: 'Bij 16+' zegt niet")
                .contains("onduidelijk: De bron zegt dat de dagbehandeling 'uitsluitend gedeclareerd'");
    }

    @Test
    void toonLaatDeVoorwaardenVanEenStapelingOverAanbiedersEnFeitenZien() {
        Cli.Resultaat n = Cli.voer("regeling", "toon", "noord-limburg", "--peildatum", "2025-06-01", "--regelingen", REGELINGEN);
        assertThat(n.out())
                .contains("feit gezinsleden_of_school_en_thuis: Zijn de twee indicaties gericht op twee verschillende gezinsleden")
                .contains("Ambulante hulp Perspectief 1 + Ambulante hulp Perspectief 1: voorwaardelijk, alleen bij twee verschillende "
                        + "aanbieders, alleen als ja op gezinsleden_of_school_en_thuis (daarmee voldaan) (bron 001:4207, 4278-4282)")
                .contains("GGZ + Ambulante hulp Perspectief 1: voorwaardelijk, alleen bij twee verschillende aanbieders (en verder af "
                        + "te wegen) (bron 001:4213, 4294-4296)")
                .contains("Ambulante hulp Duurzaam + Ambulante hulp Perspectief 2: voorwaardelijk, in principe bij twee verschillende "
                        + "aanbieders (en verder af te wegen) (bron 001:4211, 4284-4292)")
                .contains("Dyslexie diagnostiek & behandeling + GGZ: voorwaardelijk, ook bij dezelfde aanbieder, alleen als ja op "
                        + "behandeldoelen_verschillend (en verder af te wegen) (bron 001:4217, 4308-4327)")
                .contains("onduidelijk: Voetnoot 13b staat dezelfde aanbieder uitdrukkelijk toe");
    }

    @Test
    void toonLaatDeRegelsVanDeVerwijsrouteZien() {
        Cli.Resultaat n = Cli.voer("regeling", "toon", "noord-limburg", "--peildatum", "2025-06-01", "--regelingen", REGELINGEN);
        assertThat(n.out()).contains("Drangtraject alleen in te zetten door gemeentelijke_toegang (bron 001:4298)")
                .contains("45L14, 45L15, 45L24, 45L25, 45L04, 45L05, 54L04, 54L05 alleen in te zetten door gemeentelijke_toegang "
                        + "(of in nadrukkelijke afstemming daarmee) (bron 001:2802-2808)")
                .contains("een bepaling van gecertificeerde_instelling eindigt uiterlijk op de einddatum van de maatregel "
                        + "(bron 001:3132-3134)")
                .contains("onduidelijk: Een bepaling jeugdhulp van de GI");
        Cli.Resultaat f = Cli.voer("regeling", "toon", "flevoland", "--peildatum", "2025-06-01", "--regelingen", REGELINGEN);
        assertThat(f.out()).contains("na een verwijzing door huisarts of medisch_specialist of jeugdarts start de hulp binnen 12 "
                + "maanden (bron 002:198-209)");
    }

    @Test
    void toonLaatDeHulptabellenZienMetRedenEnBron() {
        Cli.Resultaat a = Cli.voer("regeling", "toon", "achterhoek", "--peildatum", "2026-03-01", "--regelingen", REGELINGEN);
        assertThat(a.out()).contains("Hulptabellen voor posten")
                .contains("contacten_per_week: Individueel: aantal gesprekken/huisbezoeken per week naar minuten per week; "
                        + "aantal = gesprekken of huisbezoeken per week, per week (bron 000:68-123) — richtlijn: afwijken met "
                        + "motivering (000:54-56, 62-64)")
                .contains("een_gesprek: bij 1 elk 60 minuten — 1 gesprek/huisbezoek per week, enkelvoudige vraag; reden: voor "
                        + "een enkelvoudige vraag waar één gesprek per week voldoende is")
                .contains("een_gesprek_met_systeem: bij 1 elk 90 minuten")
                .contains("meerdere_gesprekken: bij 2 of meer elk 60 minuten")
                .contains("na_schooltijd: bij 1 of meer elk 1 dagdeel")
                .contains("hele_dag: bij 1 of meer elk 2 dagdelen")
                .contains("(bron 000:141-145)");
        Cli.Resultaat r = Cli.voer("regeling", "toon", "ridderkerk", "--peildatum", "2025-06-01", "--regelingen", REGELINGEN);
        assertThat(r.out()).doesNotContain("Hulptabellen");
    }

    @Test
    void toonLaatDePgbPrijsVanDeSegment4TrajectenZien() {
        Cli.Resultaat n = Cli.voer("regeling", "toon", "noord-limburg", "--peildatum", "2025-06-01", "--regelingen", REGELINGEN);
        assertThat(n.out()).contains("pgb: PxQ per uur, tegen het pgb-tarief van 45L14 (het maximum van de productfamilie) "
                        + "(bron 001:1437, 1471-1473, 1543)")
                .contains("pgb: PxQ per uur, tegen het pgb-tarief van 54L04 (het maximum van de productfamilie) "
                        + "(bron 001:1437, 1471-1473, 1539)")
                .contains("onduidelijk: De tarieventabel noemt alleen 'GGZ MAATWERK 54L04'")
                .contains("pgb: PxQ per uur (bron 001:1432-1437)");
    }
}
