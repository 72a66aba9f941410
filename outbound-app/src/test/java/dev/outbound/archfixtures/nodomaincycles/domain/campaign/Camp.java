package dev.outbound.archfixtures.nodomaincycles.domain.campaign;

import dev.outbound.archfixtures.nodomaincycles.domain.record.Rec;
import java.util.List;

/**
 * VIOLATION (other half of the cycle).
 */
public record Camp(String name, List<Rec> records) {
}
