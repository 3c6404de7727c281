package nl.indiceer.web.audit;

import java.util.List;
import nl.indiceer.web.client.Paginering;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/audit} (role auditor only, see Beveiliging): the audit trail, paged, newest first. */
@RestController
public class AuditController {

    public record Auditpagina(List<Audit.Regel> regels, int pagina, int grootte, boolean volgende) {
    }

    private final Audit audit;

    public AuditController(Audit audit) {
        this.audit = audit;
    }

    @GetMapping(value = "/api/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    public Auditpagina lijst(@RequestParam(name = "pagina", required = false) String pagina, @RequestParam(name = "grootte", required = false) String grootte) {
        Paginering p = Paginering.van(pagina, grootte);
        List<Audit.Regel> regels = audit.pagina(p.offset(), p.grootte() + 1);
        boolean volgende = regels.size() > p.grootte();
        return new Auditpagina(volgende ? regels.subList(0, p.grootte()) : regels, p.pagina(), p.grootte(), volgende);
    }
}
