package io.xunlu.extract.place;

import java.util.List;

/**
 * One administrative division of China (GB/T 2260 code as published by the statistics bureau:
 * 2 digits for a province, 4 for a city, 6 for a county, 9 for a township).
 *
 * @param parentCode code of the division above, "" for a province; counties of a municipality and
 *                   directly administered counties hang on their province
 * @param suffix     the level suffix stripped to make the short forms (区 for 鄂城区, 自治州 for
 *                   恩施土家族苗族自治州), "" when none applies
 * @param shortForms short forms that may be matched in free text (鄂城区 → 鄂城; 恩施, 恩施州)
 * @param titleForms forms only the title grammar may use: one-character stems (房县 → 房) and
 *                   township stems, which collide with ordinary words in free text
 */
public record Division(String code, String name, Level level, String parentCode, String suffix,
                       List<String> shortForms, List<String> titleForms) {
    public Division {
        if (code == null || code.isEmpty() || name == null || name.isEmpty() || level == null)
            throw new IllegalArgumentException("incomplete division: " + code + " " + name);
        parentCode = parentCode == null ? "" : parentCode;
        suffix = suffix == null ? "" : suffix;
        shortForms = List.copyOf(shortForms);
        titleForms = List.copyOf(titleForms);
    }

    public boolean isTopLevel() { return parentCode.isEmpty(); }
}
