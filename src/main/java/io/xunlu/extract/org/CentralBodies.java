package io.xunlu.extract.org;

import io.xunlu.extract.LocalSpan;
import io.xunlu.models.ModelFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Central party and state bodies news names without a head word the suffix rules know
 * (models/orgs/central-bodies.txt: 国务院, 党中央, 商务部), and 中央 where it stands for the party
 * centre. Immutable, thread-safe.
 */
final class CentralBodies {
    private static final String CENTRE = "中央";
    private static final List<String> CENTRE_OBJECTS = List.of("决策", "部署", "要求", "精神", "文件");
    private static final List<String> CENTRE_MONEY = List.of("资金", "财政", "补助", "补贴", "投资", "预算", "专项");

    private final List<String> bodies = ModelFile.lines("orgs/central-bodies.txt").stream().map(String::strip).toList();

    /** Every mention of a listed body, and every standalone 中央. */
    List<LocalSpan> find(String text) {
        List<LocalSpan> out = new ArrayList<>();
        for (String b : bodies) {
            for (int k = text.indexOf(b); k >= 0; k = text.indexOf(b, k + b.length())) {
                // 某地应急管理部门: a ministry's name inside 部门 names a department of the place
                if (!(b.endsWith("部") && text.startsWith("门", k + b.length()))) out.add(new LocalSpan(k, k + b.length()));
            }
        }
        for (int k = text.indexOf(CENTRE); k >= 0; k = text.indexOf(CENTRE, k + CENTRE.length())) {
            if (standaloneCentre(text, k)) out.add(new LocalSpan(k, k + CENTRE.length()));
        }
        return out;
    }

    /**
     * 落实中央、省委决策部署, 中央12号文件精神: 中央 standing for the party centre, as a list member or
     * before what it decides; 中央财政, 中央空调 and 中央预算内投资 are no body.
     */
    private static boolean standaloneCentre(String text, int k) {
        int e = k + CENTRE.length();
        if (k > 0 && "党共".indexOf(text.charAt(k - 1)) >= 0) return false; // 党中央, 中共中央 are listed bodies
        if (e >= text.length() || "和、及与".indexOf(text.charAt(e)) < 0 && !Character.isDigit(text.charAt(e))
                && !startsWithAny(text, e, CENTRE_OBJECTS)) return false;
        // 中央和省级补助资金: the centre as a source of money is no body acting; 中央、省委决策部署 is
        for (int j = e; j < Math.min(text.length(), e + 12) && "，,。；;\n".indexOf(text.charAt(j)) < 0; j++) {
            if (startsWithAny(text, j, CENTRE_MONEY)) return false;
            if (startsWithAny(text, j, CENTRE_OBJECTS)) return true;
        }
        return false;
    }

    private static boolean startsWithAny(String text, int at, List<String> words) {
        for (String w : words) if (text.startsWith(w, at)) return true;
        return false;
    }
}
