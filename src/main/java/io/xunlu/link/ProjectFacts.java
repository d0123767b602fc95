package io.xunlu.link;

import io.xunlu.extract.LocalSpan;
import io.xunlu.extract.amount.AmountFinding;
import io.xunlu.extract.project.ProjectFinding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Attaches amounts to the project they measure: an amount with an attribute (总投资, 年销售额) belongs
 * to the project named earlier in its sentence, or, in a sentence that opens with 该项目 / 项目 /
 * 该工程 / 全部达产后 and names none, to the project the text spoke of last.
 */
public final class ProjectFacts {
    private static final List<String> BACK_REFERENCES = List.of("该项目", "项目", "该工程", "工程", "全部达产后", "达产后", "建成后", "投产后", "其中");

    private ProjectFacts() {}

    public static Map<ProjectFinding, List<AmountFinding>> link(String text, List<ProjectFinding> projects, List<AmountFinding> amounts) {
        Map<ProjectFinding, List<AmountFinding>> out = new LinkedHashMap<>();
        int[] sentenceStarts = null;
        for (AmountFinding a : amounts) {
            if (a.attribute() == null) continue;
            if (sentenceStarts == null) sentenceStarts = sentenceStarts(text);
            int s = sentenceStarts[a.span().start()];
            ProjectFinding inSentence = null;
            int inSentenceAt = -1;
            ProjectFinding last = null;
            int lastAt = -1;
            for (ProjectFinding p : projects) {
                for (LocalSpan m : p.mentions()) {
                    if (m.end() > a.span().start()) continue;
                    if (m.start() >= s && m.start() > inSentenceAt) {
                        inSentence = p;
                        inSentenceAt = m.start();
                    }
                    if (m.start() > lastAt) {
                        last = p;
                        lastAt = m.start();
                    }
                }
            }
            ProjectFinding owner = inSentence;
            if (owner == null && last != null && opensWithBackReference(text, s) && s - lastAt < 400) owner = last;
            if (owner != null) out.computeIfAbsent(owner, k -> new ArrayList<>()).add(a);
        }
        return out;
    }

    private static boolean opensWithBackReference(String text, int s) {
        for (String r : BACK_REFERENCES) if (text.startsWith(r, s)) return true;
        return false;
    }

    /**
     * The start of the sentence around every offset, in one pass: walking back from each amount
     * would be quadratic on a text of many amounts and no sentence end.
     */
    private static int[] sentenceStarts(String text) {
        int[] starts = new int[text.length() + 1];
        int k = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i > 0 && "。！？!?；;\n".indexOf(text.charAt(i - 1)) >= 0) k = i;
            starts[i] = k;
        }
        return starts;
    }
}
