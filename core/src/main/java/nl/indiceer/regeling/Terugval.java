package nl.indiceer.regeling;

import java.math.BigDecimal;

/** Relapse rule: help needed again within some months after it ended gets a fixed volume (002:322-334). */
public record Terugval(BigDecimal binnenMaanden, BigDecimal volume, Eenheid eenheid, BigDecimal duurMaanden,
                       Bron bron, String onduidelijk) {
}
