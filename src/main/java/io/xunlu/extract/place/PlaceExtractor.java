package io.xunlu.extract.place;

import io.xunlu.analysis.Token;
import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.ArticleText;
import io.xunlu.extract.EntityFinding;
import io.xunlu.extract.LocalSpan;

import io.xunlu.models.ModelFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Places, and administrative units acting as organizations. A division name (HanLP's place tag, or
 * a name ending in an administrative suffix) that is the subject of a verb (攸县召开…, 樊城区、襄州区
 * 分别作交流发言) acts as an organization; elsewhere (位于鸠江区的…, 镜湖区2处) it is a place. Named
 * features (洛阳江, 长虹大道, 东湖公园) are places when a name stands before their head word.
 */
public final class PlaceExtractor {
    /** Places and the divisions that act, kept apart. */
    public record Result(List<EntityFinding> places, List<EntityFinding> actingDivisions) {}

    private static final String ADMIN_SUFFIXES = "省市县区镇乡旗";

    private final List<String> featureSuffixes;

    public PlaceExtractor() {
        featureSuffixes = ModelFile.lines("places/feature-suffixes.txt").stream().map(String::strip).toList();
    }

    public Result extract(ArticleText a, TokenIndex tokens, List<LocalSpan> taken) {
        String text = a.text();
        List<EntityFinding> places = new ArrayList<>();
        List<EntityFinding> acting = new ArrayList<>();
        List<Token> toks = a.tokens();
        for (int k = 0; k < toks.size(); k++) {
            Token t = toks.get(k);
            LocalSpan span = null;
            String kind = null;
            if (t.tag().startsWith("ns") && t.word().length() >= 2) {
                span = new LocalSpan(t.start(), t.end());
                kind = "division";
                // 洛阳/ns 江/n → 洛阳江
                if (k + 1 < toks.size()) {
                    Token n = toks.get(k + 1);
                    if (n.start() == t.end() && featureSuffixes.contains(n.word())) {
                        span = new LocalSpan(t.start(), n.end());
                        kind = "feature";
                        k++;
                    }
                }
            } else if ((t.tag().startsWith("nz") || t.tag().startsWith("nt")) && t.word().length() >= 2 && k + 1 < toks.size()) {
                Token n = toks.get(k + 1);
                if (n.start() == t.end() && featureSuffixes.contains(n.word())) {
                    span = new LocalSpan(t.start(), n.end());
                    kind = "feature";
                    k++;
                }
            }
            if (span == null || overlaps(span, taken) || featureSuffixes.contains(span.of(text)) || isGenericArea(span.of(text))) continue;
            if (kind.equals("division") && isAdminName(span.of(text)) && acts(text, tokens, span)) {
                acting.add(new EntityFinding(span, "division", "org.acting_division"));
            } else {
                places.add(new EntityFinding(span, kind, kind.equals("feature") ? "place.feature" : "place.hanlp_ns"));
            }
        }
        return new Result(places, acting);
    }

    /** 开发区, 市区, 县城: kinds of area, not names of one. */
    private static boolean isGenericArea(String name) {
        return name.length() <= 3 && (name.endsWith("开发区") || name.endsWith("新区") || name.equals("市区") || name.equals("城区")
                || name.equals("县城") || name.equals("全市") || name.equals("全省") || name.equals("全县") || name.equals("全区"));
    }

    private static boolean isAdminName(String name) {
        return name.length() >= 2 && ADMIN_SUFFIXES.indexOf(name.charAt(name.length() - 1)) >= 0
                || name.endsWith("新区") || name.endsWith("街道");
    }

    /** The name (or the list it ends) is followed by a verb: it does something. */
    private static boolean acts(String text, TokenIndex tokens, LocalSpan span) {
        int i = span.end();
        // skip the rest of a list: 樊城区、襄州区、东津新区分别作…
        for (int guard = 0; guard < 8 && i < text.length() && text.charAt(i) == '、'; guard++) {
            Token next = tokens.at(i + 1);
            if (next == null || !next.tag().startsWith("ns")) break;
            i = next.end();
        }
        for (int guard = 0; guard < 3 && i < text.length(); guard++) {
            Token t = tokens.at(i);
            if (t == null || t.start() != i) return false;
            String tag = t.tag();
            if (tag.equals("v") || tag.equals("vi") || tag.equals("vf") || tag.equals("vx") || tag.equals("vl")) return true;
            if (tag.startsWith("d") || tag.equals("p") || tag.startsWith("ad")) {
                i = t.end();
                continue;
            }
            return false;
        }
        return false;
    }

    private static boolean overlaps(LocalSpan s, List<LocalSpan> taken) {
        for (LocalSpan t : taken) if (s.start() < t.end() && t.start() < s.end()) return true;
        return false;
    }

}
