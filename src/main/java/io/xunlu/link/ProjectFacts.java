package io.xunlu.link;

import io.xunlu.extract.LocalSpan;
import io.xunlu.extract.amount.AmountFinding;
import io.xunlu.extract.project.ProjectFinding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Attaches amounts to the project they measure: an amount with an attribute (总投资, 年销售额) belongs
 * to the project named earlier in its sentence, or, in a sentence that opens with 该项目 / 项目 /
 * 该工程 / 全部达产后 and names none, to the project the text spoke of last.
 */
public final class ProjectFacts {
    private static final List<String> BACK_REFERENCES = List.of("该项目", "项目", "该工程", "工程", "全部达产后", "达产后", "建成后", "投产后", "其中");

    private ProjectFacts() {}

    public static Map<ProjectFinding, List<AmountFinding>> link(String text, List<ProjectFinding> projects, List<AmountFinding> amounts) {
        TreeMap<Integer, ProjectFinding> byStart = new TreeMap<>();
        for (ProjectFinding p : projects) for (LocalSpan m : p.mentions()) byStart.put(m.start(), p);
        Map<ProjectFinding, List<AmountFinding>> out = new LinkedHashMap<>();
        for (AmountFinding a : amounts) {
            if (a.attribute() == null) continue;
            int s = sentenceStart(text, a.span().start());
            Map.Entry<Integer, ProjectFinding> last = byStart.lowerEntry(a.span().start());
            if (last == null) continue;
            boolean inSentence = last.getKey() >= s;
            boolean backReference = opensWithBackReference(text, s) && s - last.getKey() < 400;
            if (inSentence || backReference) out.computeIfAbsent(last.getValue(), k -> new ArrayList<>()).add(a);
        }
        return out;
    }

    private static boolean opensWithBackReference(String text, int s) {
        for (String r : BACK_REFERENCES) if (text.startsWith(r, s)) return true;
        return false;
    }

    private static int sentenceStart(String text, int i) {
        int k = i;
        int limit = Math.max(0, i - 300); // bounded: no quadratic scan on text without punctuation
        while (k > limit && "。！？!?；;\n".indexOf(text.charAt(k - 1)) < 0) k--;
        return k;
    }
}
