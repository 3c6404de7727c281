package nl.indiceer.web.audit;

import java.util.List;
import nl.indiceer.web.client.Paginering;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail on a page ({@code GET /audit}, role auditor only, see Beveiliging), newest first,
 * {@value Paginering#STANDAARD} rows to a page. The trail holds no BSN or name, so the page number is a plain query
 * parameter; a page number that is not one is the 400 page, as in {@code GET /api/audit}.
 */
@Controller
public class AuditPagina {

    private final Audit audit;

    public AuditPagina(Audit audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    public String toon(@RequestParam(name = "pagina", required = false) String pagina, Model model) {
        Paginering p = Paginering.van(pagina, null);
        List<Audit.Regel> regels = audit.pagina(p.offset(), p.grootte() + 1);
        boolean volgende = regels.size() > p.grootte();
        model.addAttribute("regels", volgende ? regels.subList(0, p.grootte()) : regels);
        model.addAttribute("pagina", p.pagina());
        model.addAttribute("volgende", volgende);
        return "audit/audit";
    }
}
