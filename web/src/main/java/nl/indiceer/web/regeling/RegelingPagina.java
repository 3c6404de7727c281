package nl.indiceer.web.regeling;

import jakarta.servlet.http.HttpServletResponse;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.indiceer.regeling.Financiering;
import nl.indiceer.regeling.Product;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.regeling.StandaardAanbiedertype;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import nl.indiceer.web.regeling.RegelingenInWerking;

/**
 * The rulebooks as a consultant looks a rule up while working: {@code /regelingen} lists the regions with the version in
 * force today and the other versions; {@code /regelingen/{regio}} shows the version in force on a peildatum (default
 * today) with its products, tariffs, limits, combination and extension rules, each with its source, and every
 * {@code onduidelijk} in sight. Read-only, from the rulebooks loaded at start; the page renders the model itself (the
 * command line's {@code regeling toon} writes the same model as text). Roles: see {@code Beveiliging}.
 */
@Controller
public class RegelingPagina {

    /** The rulebook's own date range (docs/regeling-formaat.md, "dates"): outside it no version can be in force. */
    static final LocalDate VROEGST = LocalDate.of(1900, 1, 1);
    static final LocalDate LAATST = LocalDate.of(2200, 12, 31);
    /** An invalid peildatum is shown back as typed, but not endlessly. */
    static final int MAX_INVOER = 40;

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    private static final Pattern DATUMVORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter JJJJ_MM_DD = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    /** A region on the overview, with the version in force today (null when none is). */
    public record Regio(String naam, Regeling inWerking) {
    }

    /** A version with where it stands on the date the page is about. */
    public record Versie(Regeling regeling, Versiestatus status) {
    }

    private final RegelingenInWerking regelingen;

    public RegelingPagina(RegelingenInWerking regelingen) {
        this.regelingen = regelingen;
    }

    @GetMapping("/regelingen")
    public String overzicht(Model model) {
        LocalDate vandaag = vandaag();
        List<Regio> regios = new ArrayList<>();
        List<Versie> andere = new ArrayList<>();
        for (String regio : regelingen.nu().regios()) {
            regios.add(new Regio(regio, regelingen.nu().voor(regio, vandaag)));
            for (Regeling versie : regelingen.nu().versies(regio)) {
                Versiestatus status = Versiestatus.op(versie, vandaag);
                if (status != Versiestatus.IN_WERKING) {
                    andere.add(new Versie(versie, status));
                }
            }
        }
        model.addAttribute("vandaag", vandaag);
        model.addAttribute("regios", regios);
        model.addAttribute("andereVersies", andere);
        return "regeling/overzicht";
    }

    @GetMapping("/regelingen/{regio}")
    public String regeling(@PathVariable("regio") String regio,
                           @RequestParam(name = "peildatum", required = false) String peildatum,
                           @RequestParam(name = "q", required = false) String zoektekst,
                           Model model, HttpServletResponse antwoord) {
        String bekend = regelingen.nu().regio(regio);
        if (bekend == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Productfilter filter = Productfilter.van(zoektekst);
        String invoer = peildatum == null ? "" : peildatum.strip();
        model.addAttribute("regio", bekend);
        model.addAttribute("maxPeildatum", MAX_INVOER);
        model.addAttribute("maxZoektekst", Productfilter.MAX_LENGTE);
        model.addAttribute("filter", filter);
        model.addAttribute("peildatumInvoer", invoer.length() > MAX_INVOER ? invoer.substring(0, MAX_INVOER) : invoer);
        LocalDate datum = invoer.isEmpty() ? vandaag() : leesDatum(invoer);
        if (datum == null) {
            // the form with its error at the field, and no rules: which date was meant is unknown
            antwoord.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("peildatumFout", true);
            model.addAttribute("statusdatum", vandaag());
            model.addAttribute("versies", versies(bekend, vandaag()));
            return "regeling/regeling";
        }
        model.addAttribute("peildatum", datum);
        model.addAttribute("statusdatum", datum);
        model.addAttribute("versies", versies(bekend, datum));
        Regeling r = regelingen.nu().voor(bekend, datum);
        model.addAttribute("regeling", r);
        if (r != null) {
            List<Product> producten = filter.producten(r);
            model.addAttribute("producten", producten);
            model.addAttribute("tarieven", filter.tarieven(r));
            model.addAttribute("paren", filter.paren(r));
            model.addAttribute("vereisten", filter.vereisten(r));
            model.addAttribute("eigenVerlenging", r.producten().stream()
                    .filter(p -> p.bijzondereRegels().verlenging() != null).toList());
            model.addAttribute("standaardAanbieders", standaardAanbieders(r));
        }
        return "regeling/regeling";
    }

    /** A date as JJJJ-MM-DD that exists and lies in the rulebooks' range, or null. */
    static LocalDate leesDatum(String invoer) {
        if (!DATUMVORM.matcher(invoer).matches()) {
            return null;
        }
        try {
            LocalDate datum = LocalDate.parse(invoer, JJJJ_MM_DD);
            return datum.isBefore(VROEGST) || datum.isAfter(LAATST) ? null : datum;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private List<Versie> versies(String regio, LocalDate datum) {
        return regelingen.nu().versies(regio).stream().map(v -> new Versie(v, Versiestatus.op(v, datum))).toList();
    }

    private static List<StandaardAanbiedertype> standaardAanbieders(Regeling r) {
        List<StandaardAanbiedertype> lijst = new ArrayList<>();
        for (Financiering f : Financiering.values()) {
            StandaardAanbiedertype s = r.standaardAanbiedertype(f);
            if (s != null) {
                lijst.add(s);
            }
        }
        return lijst;
    }

    private static LocalDate vandaag() {
        return LocalDate.now(NEDERLAND);
    }
}
