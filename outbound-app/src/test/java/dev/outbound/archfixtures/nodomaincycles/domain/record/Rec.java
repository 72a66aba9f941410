package dev.outbound.archfixtures.nodomaincycles.domain.record;

import dev.outbound.archfixtures.nodomaincycles.domain.campaign.Camp;
import dev.outbound.archfixtures.nodomaincycles.domain.schedule.Window;

/**
 * VIOLATION (one half of a cycle record -> campaign -> record).
 */
public record Rec(String id, Camp campaign, Window window) {
}
