package nl.indiceer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.indiceer.aanvraag.VeiligeTekst;
import nl.indiceer.berichten.Wet;
import nl.indiceer.berichten.declaratie.Declaratiegenerator;
import nl.indiceer.berichten.declaratie.Geplandefout;
import nl.indiceer.berichten.declaratie.Productaanbod;
import nl.indiceer.regeling.Gemeente;
import nl.indiceer.regeling.Product;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.regeling.Regelingen;
import nl.indiceer.regeling.Tarief;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Writes a test set: 301s, 323s and the list of errors planted in them. */
@Command(name = "genereer", mixinStandardHelpOptions = true,
        description = {"Maakt een realistische testset: 301's voor N toewijzingen (producten met een landelijke productcode, "
                + "uit de regio's die die hebben), 323's met M prestaties, en geplande-fouten.csv met elke fout die er met "
                + "opzet in zit (1% van elke soort). Voor regio's met eigen declaratieregels krijgt 5% van de prestaties "
                + "een leveringsspecificatie (<323>.csv naast de 323), een vijfde daarvan met een fout tegen die regels "
                + "(REGIO_...). Met hetzelfde --zaad komt steeds dezelfde set.",
                "Exitcode 0: geschreven; 2: ongeldige invoer."})
final class DeclaratiesGenereerCommand implements Callable<Integer> {

    static final int MAXIMUM_TOEWIJZINGEN = 1_000_000;
    static final long MAXIMUM_PRESTATIES = 20_000_000L;
    /** Test data only: the tariff per unit of a product whose rulebook publishes none. Never used by the check. */
    static final long FICTIEF_TARIEF_CENTEN = 100;

    @Spec
    CommandSpec spec;

    @Option(names = "--toewijzingen", required = true, paramLabel = "N", description = "aantal toewijzingen (1 t/m 1 000 000)")
    int toewijzingen;

    @Option(names = "--prestaties", required = true, paramLabel = "M", description = "aantal prestaties (1 t/m 20 000 000)")
    long prestaties;

    @Option(names = "--zaad", paramLabel = "GETAL", defaultValue = "11", description = "zaad van het toeval (standaard 11)")
    long zaad;

    @Option(names = "--regelingen", paramLabel = "MAP", description = "map met de regelingen (standaard ./regelingen)")
    Path regelingen;

    @Parameters(index = "0", paramLabel = "MAP", description = "map waarin de set komt (toewijzingen/, declaraties/, geplande-fouten.csv)")
    Path map;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (toewijzingen < 1 || toewijzingen > MAXIMUM_TOEWIJZINGEN || prestaties < 1 || prestaties > MAXIMUM_PRESTATIES) {
            err.println("indiceer: --toewijzingen moet 1 t/m " + MAXIMUM_TOEWIJZINGEN + " zijn en --prestaties 1 t/m "
                    + MAXIMUM_PRESTATIES);
            err.flush();
            return IndiceerCommand.ONGELDIGE_INVOER;
        }
        if (Files.exists(map) && (!Files.isDirectory(map) || Files.list(map).findAny().isPresent())) {
            err.println(VeiligeTekst.schoon(map.toString()) + ": bestaat al en is geen lege map; kies een nieuwe map");
            err.flush();
            return IndiceerCommand.ONGELDIGE_INVOER;
        }
        Regelingen alle = Invoer.regelingen(regelingen, err);
        if (alle == null) {
            return IndiceerCommand.ONGELDIGE_INVOER;
        }
        List<Productaanbod> aanbod = aanbod(alle);
        if (aanbod.isEmpty()) {
            err.println("indiceer: geen regio heeft producten met een landelijke productcode en een tarief; zonder die kan geen 301 "
                    + "worden gemaakt");
            err.flush();
            return IndiceerCommand.ONGELDIGE_INVOER;
        }
        Files.createDirectories(map);
        Declaratiegenerator.Resultaat r = new Declaratiegenerator(aanbod, zaad, regioregels(alle, aanbod))
                .genereer(toewijzingen, prestaties, map);
        out.println("Testset in " + VeiligeTekst.schoon(map.toString()) + " (zaad " + zaad + "):");
        out.println("  " + r.toewijzingen() + " toewijzingen voor " + r.clienten() + " cliënten in " + r.berichten301()
                + " 301's (toewijzingen/), producten uit " + String.join(", ", aanbod.stream().map(Productaanbod::regio)
                .distinct().toList()));
        out.println("  " + r.prestaties() + " prestaties in " + r.berichten323() + " 323's (declaraties/)");
        out.println("  geplande fouten (geplande-fouten.csv):");
        for (Geplandefout.Soort s : Geplandefout.Soort.values()) {
            out.println("    " + s + " (" + s.code().regel() + "): " + r.geplandPerSoort().getOrDefault(s, 0));
        }
        out.println("Controleer met: indiceer declaraties controleer " + map.resolve("declaraties") + " --toewijzingen "
                + map.resolve("toewijzingen") + " (de leveringsspecificaties naast de 323's worden vanzelf gelezen)");
        out.flush();
        return IndiceerCommand.GEEN_FOUT;
    }

    /** The own declaration rules of each region that has products to allocate (its newest rulebook, as for the products). */
    static java.util.Map<String, nl.indiceer.regeling.Declaratieregels> regioregels(Regelingen alle, List<Productaanbod> aanbod) {
        java.util.Map<String, nl.indiceer.regeling.Declaratieregels> uit = new java.util.HashMap<>();
        for (String regio : aanbod.stream().map(Productaanbod::regio).distinct().toList()) {
            List<Regeling> versies = alle.versies(regio);
            nl.indiceer.regeling.Declaratieregels d = versies.get(versies.size() - 1).declaratieregels();
            if (d != null && !d.isLeeg()) {
                uit.put(regio, d);
            }
        }
        return uit;
    }

    /** The products with a national code and a tariff per unit, per region (its newest rulebook). */
    static List<Productaanbod> aanbod(Regelingen alle) {
        List<Productaanbod> aanbod = new ArrayList<>();
        for (String regio : alle.regios()) {
            List<Regeling> versies = alle.versies(regio);
            Regeling r = versies.get(versies.size() - 1);
            List<String> gemeenten = r.gemeenten().stream().map(Gemeente::cbs)
                    .filter(c -> c != null && c.matches("[0-9]{4}")).toList();
            if (gemeenten.isEmpty()) {
                continue;
            }
            for (Product p : r.producten()) {
                if (!p.code().matches("[0-9]{2}[A-Z][0-9]{2}")) {
                    continue;
                }
                Wet wet = Wet.van(p.identiteit().wet() != null ? p.identiteit().wet() : r.wet());
                String categorie = p.code().substring(0, 2);
                int c = Integer.parseInt(categorie);
                if (wet == null || wet == Wet.JEUGDWET && (c < 31 || c > 55) || wet == Wet.WMO && (c < 1 || c > 18)) {
                    continue;
                }
                boolean getarifeerd = false;
                for (Tarief t : p.tarifering().tarieven()) {
                    if (t.bedrag() != null && t.eenheid() != null && t.eenheid() != nl.indiceer.regeling.Eenheid.TRAJECT
                            && t.bedrag().signum() > 0) {
                        aanbod.add(new Productaanbod(regio, wet, categorie, p.code(), t.eenheid().istandaardCode(),
                                t.bedrag().movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact(), gemeenten));
                        getarifeerd = true;
                        break;
                    }
                }
                // a region with its own declaration rules but no published tariffs (Flevoland): without its products the
                // set could not exercise those rules; the test set declares them at a fictitious tariff (TR346 then
                // checks against the prestatie's own ProductTarief, as for every allocation without a contract tariff)
                nl.indiceer.regeling.Eenheid e = p.eenheidVoor(nl.indiceer.regeling.Financiering.ZIN);
                if (!getarifeerd && r.declaratieregels() != null && !r.declaratieregels().isLeeg() && e != null
                        && e != nl.indiceer.regeling.Eenheid.TRAJECT && e.istandaardCode() != null) {
                    aanbod.add(new Productaanbod(regio, wet, categorie, p.code(), e.istandaardCode(), FICTIEF_TARIEF_CENTEN,
                            gemeenten));
                }
            }
        }
        return aanbod;
    }
}
