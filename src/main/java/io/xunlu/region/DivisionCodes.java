package io.xunlu.region;

import io.xunlu.extract.place.Division;
import io.xunlu.extract.place.Gazetteer;
import io.xunlu.extract.place.Level;
import java.util.Optional;

/**
 * GB/T 2260 codes for the gazetteer's divisions. The gazetteer keeps the statistics bureau's short
 * codes (32 for a province, 3206 for a prefecture, 320602 for a county, 9 digits for a township);
 * indexers want the six-digit GB/T 2260 form, zero-padded (320000, 320600, 320602). Townships have
 * no GB/T 2260 code and keep their nine digits (GB/T 10114).
 */
public final class DivisionCodes {
    private DivisionCodes() {}

    public static String gbCode(Division d) {
        String c = d.code();
        return c.length() >= 6 ? c : (c + "000000").substring(0, 6);
    }

    /** The contract's level label: prefecture for the gazetteer's city level, as GB/T 2260 names it. */
    public static String levelLabel(Level level) {
        return level == Level.CITY ? "prefecture" : level.label();
    }

    /**
     * The division a code names, in either form: 2, 4, 6 or 9 digits as the gazetteer keeps them, or
     * six zero-padded digits (320000, 320600).
     */
    public static Optional<Division> byCode(Gazetteer gazetteer, String code) {
        if (code == null || !code.chars().allMatch(ch -> ch >= '0' && ch <= '9')) return Optional.empty();
        Optional<Division> exact = gazetteer.byCode(code);
        if (exact.isPresent() || code.length() != 6) return exact;
        if (code.endsWith("0000")) return gazetteer.byCode(code.substring(0, 2));
        if (code.endsWith("00")) return gazetteer.byCode(code.substring(0, 4));
        return Optional.empty();
    }
}
