package nl.indiceer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.AanvraagLezer;
import nl.indiceer.aanvraag.OngeldigeAanvraagException;
import nl.indiceer.aanvraag.VeiligeTekst;
import nl.indiceer.berekening.Indicatiemotor;
import nl.indiceer.berekening.Uitkomst;
import nl.indiceer.berichten.Achternaam;
import nl.indiceer.berichten.Adres;
import nl.indiceer.berichten.Berichtuitleg;
import nl.indiceer.berichten.Naam;
import nl.indiceer.berichten.Toewijzingsbericht;
import nl.indiceer.berichten.toewijzing.Berichtgegevens;
import nl.indiceer.berichten.toewijzing.EerdereToewijzing;
import nl.indiceer.berichten.toewijzing.OplopendeNummering;
import nl.indiceer.berichten.toewijzing.Persoon;
import nl.indiceer.berichten.toewijzing.Toewijzingsberichten;
import nl.indiceer.berichten.xml.Berichtschrijver;
import nl.indiceer.berichten.xml.Bsn;
import nl.indiceer.berichten.xml.OngeldigBerichtException;
import nl.indiceer.berichten.xml.Schemacontrole;
import nl.indiceer.beschikking.Beschikkingsoort;
import nl.indiceer.regeling.Regelingen;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The 301s that granting every line of a request would send, without deciding or storing anything. What a 301 needs and
 * a request does not hold (the client's BSN, name and address, the providers' AGB codes, the numbers of running
 * allocations) is given as options.
 */
@Command(name = "301", mixinStandardHelpOptions = true,
        description = {"Schrijft de toewijzingsberichten (JW301/WMO301) die toekennen van elke regel van de aanvraag zou "
                + "sturen: één per cliënt en aanbieder, met alle actuele toewijzingen bij die aanbieder (OP087). Er wordt "
                + "niets besloten of bewaard; de toewijzingnummers tellen op vanaf --eerste-nummer.",
                "Exitcode 0: alle berichten geschreven; 1: geschreven, maar niet voor elke regel (zie de reden) of de aanvraag "
                        + "heeft een FOUT; 2: ongeldige invoer; 3: interne fout."})
final class Bericht301Command implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "AANVRAAG.json", description = "de aanvraag")
    Path aanvraag;

    @Option(names = "--uit", paramLabel = "MAP", description = "map voor de berichten (standaard: de huidige map)")
    Path uit;

    @Option(names = "--bsn", paramLabel = "BSN", description = "BSN van de cliënt (11-proef)")
    String bsn;

    @Option(names = "--achternaam", paramLabel = "NAAM", description = "achternaam van de cliënt (zonder voorvoegsel)")
    String achternaam;

    @Option(names = "--voorvoegsel", paramLabel = "TEKST", description = "voorvoegsel van de achternaam, zoals 'de'")
    String voorvoegsel;

    @Option(names = "--voorletters", paramLabel = "LETTERS", description = "voorletters zonder punten, zoals 'TJ'")
    String voorletters;

    @Option(names = "--geslacht", paramLabel = "CODE", defaultValue = "0",
            description = "COD046: 0 onbekend (standaard), 1 mannelijk, 2 vrouwelijk")
    String geslacht;

    @Option(names = "--postcode", paramLabel = "1234AB", description = "postcode van het BRP-adres")
    String postcode;

    @Option(names = "--huisnummer", paramLabel = "NUMMER", description = "huisnummer van het BRP-adres")
    String huisnummer;

    @Option(names = "--straat", paramLabel = "NAAM", description = "straatnaam van het BRP-adres")
    String straat;

    @Option(names = "--plaats", paramLabel = "NAAM", description = "woonplaats")
    String plaats;

    @Option(names = "--agb", paramLabel = "AANBIEDER=CODE",
            description = "AGB-code (8 cijfers) van een aanbieder uit de aanvraag; herhaalbaar. Een aanbieder die in de "
                    + "aanvraag al als 8 cijfers staat, is zijn eigen code")
    Map<String, String> agb = new LinkedHashMap<>();

    @Option(names = "--gezinslid", paramLabel = "NAAM=BSN",
            description = "BSN van een kind uit 'gezin' (gezinsproduct); herhaalbaar. Het kind krijgt de achternaam en het "
                    + "adres van de cliënt")
    Map<String, String> gezinsleden = new LinkedHashMap<>();

    @Option(names = "--lopende", paramLabel = "ID=NUMMER@MOMENT",
            description = "ToewijzingNummer en toewijzingsmoment van een lopende toewijzing uit de aanvraag, zoals "
                    + "T1=300201@2025-01-15T10:30:00; herhaalbaar")
    Map<String, String> lopende = new LinkedHashMap<>();

    @Option(names = "--soort", paramLabel = "SOORT",
            description = "wat het besluit met de gewijzigde lopende toewijzingen doet: ${COMPLETION-CANDIDATES}; "
                    + "standaard afgeleid uit de regels (een intrekking is daaruit niet af te leiden)")
    Beschikkingsoort soort;

    @Option(names = "--moment", paramLabel = "DATUMTIJD", description = "moment van het besluit (standaard: nu), "
            + "zoals 2025-03-01T09:00:00")
    String moment;

    @Option(names = "--eerste-nummer", paramLabel = "N", description = "eerste nieuwe ToewijzingNummer (standaard: één "
            + "meer dan het hoogste van --lopende, anders 1)")
    Long eersteNummer;

    @Option(names = "--gemeente", paramLabel = "CODE", description = "CBS-code van de gemeente (standaard: die van de "
            + "gemeente van de aanvraag in de regeling)")
    String gemeente;

    @Option(names = "--regelingen", paramLabel = "MAP", description = "map met regelingen (standaard: ./regelingen)")
    Path regelingen;

    @Option(names = "--istandaarden", paramLabel = "MAP", description = "map met de officiële iStandaarden: elk "
            + "geschreven bericht wordt tegen zijn XSD gecontroleerd (standaard $INDICEER_ISTANDAARDEN)")
    Path istandaarden;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> fouten = new ArrayList<>();
        Berichtgegevens gegevens = gegevens(fouten);
        if (!fouten.isEmpty()) {
            fouten.forEach(f -> err.println(VeiligeTekst.schoon(f)));
            err.flush();
            return IndiceerCommand.ONGELDIGE_INVOER;
        }
        String json = Invoer.lees(aanvraag, err);
        Regelingen alle = json == null ? null : Invoer.regelingen(regelingen, err);
        if (alle == null) {
            return IndiceerCommand.ONGELDIGE_INVOER;
        }
        Aanvraag a;
        Uitkomst uitkomst;
        try {
            a = AanvraagLezer.lees(json);
            uitkomst = new Indicatiemotor(alle).bereken(a);
        } catch (OngeldigeAanvraagException e) {
            return Invoer.ongeldig(e, Formaat.tekst, out, err);
        }
        var resultaat = Toewijzingsberichten.maak(a, uitkomst, alle.voor(uitkomst.regio(), uitkomst.geldigVanaf()), gegevens);
        Path map = uit == null ? Path.of(".") : uit;
        Schemacontrole schema = BerichtCommand.schema(istandaarden);
        for (Toewijzingsbericht b : resultaat.berichten()) {
            byte[] xml = Berichtschrijver.schrijf(b);
            if (schema != null && schema.heeftSchema(b.soort())) {
                List<OngeldigBerichtException.Melding> m;
                try {
                    m = schema.controleer(b.soort(), xml);
                } catch (OngeldigBerichtException e) {
                    m = e.meldingen();
                }
                if (!m.isEmpty()) {
                    // what Indiceer writes must meet the schema; anything else is a fault of Indiceer
                    err.println("indiceer: interne fout: het geschreven " + b.soort() + " voldoet niet aan het schema: " + m);
                    err.flush();
                    return IndiceerCommand.INTERNE_FOUT;
                }
            }
            Path bestand = map.resolve(b.soort() + "-" + b.header().ontvanger() + "-" + b.header().identificatie() + ".xml");
            try {
                Files.createDirectories(map);
                Files.write(bestand, xml);
            } catch (IOException e) {
                err.println(VeiligeTekst.schoon(bestand.toString()) + ": kan niet geschreven worden");
                err.flush();
                return IndiceerCommand.ONGELDIGE_INVOER;
            }
            out.println("Geschreven: " + VeiligeTekst.schoon(bestand.toString()));
            Berichtuitleg.regels(b).forEach(r -> out.println("  " + VeiligeTekst.schoon(r)));
        }
        if (resultaat.berichten().isEmpty()) {
            out.println("Er is geen 301 geschreven.");
        } else if (schema == null) {
            out.println("(Niet tegen het officiële schema gecontroleerd: geef --istandaarden MAP of zet "
                    + Schemacontrole.OMGEVINGSVARIABELE + ".)");
        }
        resultaat.redenen().forEach(r -> err.println(VeiligeTekst.schoon(r)));
        if (uitkomst.heeftFout()) {
            err.println("Let op: de aanvraag heeft minstens één FOUT; zo kan zij niet worden toegekend. "
                    + "Zie 'indiceer bereken' voor de bevindingen.");
        }
        out.flush();
        err.flush();
        return uitkomst.heeftFout() || !resultaat.redenen().isEmpty() ? IndiceerCommand.MET_FOUT : IndiceerCommand.GEEN_FOUT;
    }

    /** The options as message data; every problem named by its option. */
    private Berichtgegevens gegevens(List<String> fouten) {
        LocalDateTime tijdstip = LocalDateTime.now();
        if (moment != null) {
            try {
                tijdstip = LocalDateTime.parse(moment);
            } catch (DateTimeParseException e) {
                fouten.add("--moment: '" + moment + "' is geen datum en tijd zoals 2025-03-01T09:00:00");
            }
        }
        Persoon client = null;
        if (bsn != null || achternaam != null) {
            if (bsn == null || !Bsn.isGeldig(bsn)) {
                fouten.add("--bsn: " + (bsn == null ? "ontbreekt" : "'" + bsn + "' is geen BSN (9 cijfers en de 11-proef)"));
            }
            if (achternaam == null || achternaam.isBlank()) {
                fouten.add("--achternaam: ontbreekt");
            }
            if (!geslacht.matches("[012]")) {
                fouten.add("--geslacht: kies 0 (onbekend), 1 (mannelijk) of 2 (vrouwelijk)");
            }
            if (voorletters != null && !voorletters.matches("\\p{L}{1,6}")) {
                fouten.add("--voorletters: 1 tot 6 letters zonder punten, zoals TJ");
            }
            Adres adres = null;
            if (postcode != null || huisnummer != null) {
                String pc = postcode == null ? "" : postcode.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
                if (!pc.matches("[1-9][0-9]{3}[A-Z]{2}")) {
                    fouten.add("--postcode: '" + postcode + "' is geen Nederlandse postcode zoals 1234AB");
                }
                if (huisnummer == null || !huisnummer.matches("[1-9][0-9]{0,4}")) {
                    fouten.add("--huisnummer: " + (huisnummer == null ? "ontbreekt" : "'" + huisnummer + "' is geen huisnummer"));
                }
                adres = new Adres(huisnummer, null, null, null, pc, straat, plaats, "NL");
            }
            Naam naam = new Naam(new Achternaam(achternaam == null ? "" : achternaam.strip(),
                    voorvoegsel == null || voorvoegsel.isBlank() ? null : voorvoegsel.strip()), null, null, voorletters, "1");
            client = new Persoon(bsn == null ? "" : bsn, naam, geslacht, adres);
        }
        Map<String, Persoon> kinderen = new LinkedHashMap<>();
        for (var e : gezinsleden.entrySet()) {
            if (!Bsn.isGeldig(e.getValue())) {
                fouten.add("--gezinslid " + e.getKey() + ": '" + e.getValue() + "' is geen BSN (9 cijfers en de 11-proef)");
            }
            if (client == null) {
                fouten.add("--gezinslid: geef ook de cliënt (--bsn, --achternaam): het kind krijgt diens achternaam en adres");
                break;
            }
            kinderen.put(e.getKey(), new Persoon(e.getValue(), new Naam(client.naam().geslachtsnaam(), null, e.getKey(), null,
                    "1"), "0", null));
        }
        for (var e : agb.entrySet()) {
            if (!e.getValue().matches("[0-9]{8}")) {
                fouten.add("--agb " + e.getKey() + ": '" + e.getValue() + "' is geen AGB-code van 8 cijfers");
            }
        }
        Map<String, EerdereToewijzing> eerder = new LinkedHashMap<>();
        long hoogste = 0;
        for (var e : lopende.entrySet()) {
            String[] delen = e.getValue().split("@", 2);
            try {
                long nummer = Long.parseLong(delen[0]);
                if (nummer < 0 || nummer > 999_999_999L || delen.length < 2) {
                    throw new NumberFormatException();
                }
                eerder.put(e.getKey(), new EerdereToewijzing(nummer, LocalDateTime.parse(delen[1])));
                hoogste = Math.max(hoogste, nummer);
            } catch (NumberFormatException | DateTimeParseException ex) {
                fouten.add("--lopende " + e.getKey() + ": '" + e.getValue() + "' is niet NUMMER@MOMENT, zoals "
                        + "300201@2025-01-15T10:30:00");
            }
        }
        if (gemeente != null && !gemeente.matches("[0-9]{4}")) {
            fouten.add("--gemeente: '" + gemeente + "' is geen CBS-code van vier cijfers");
        }
        long eerste = eersteNummer != null ? eersteNummer : hoogste + 1;
        if (eerste < 0 || eerste > 999_999_999L) {
            fouten.add("--eerste-nummer: kies een getal van 0 tot 999999999");
        }
        return new Berichtgegevens(gemeente, agb, client, kinderen, eerder, soort, tijdstip,
                new OplopendeNummering(eerste, tijdstip));
    }
}
