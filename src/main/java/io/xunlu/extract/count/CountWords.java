package io.xunlu.extract.count;

import io.xunlu.extract.number.WordList;
import io.xunlu.models.ModelFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The words of models/numbers/count-words.tsv by role (see its header). Immutable. */
record CountWords(WordList stops, WordList leads, WordList triggers, WordList statusHeads, Set<String> self) {
    static CountWords load() {
        List<String> s = new ArrayList<>(), l = new ArrayList<>(), t = new ArrayList<>(), h = new ArrayList<>(), self = new ArrayList<>();
        for (String[] row : ModelFile.rows("numbers/count-words.tsv", 2)) {
            switch (row[1].trim()) {
                case "stop" -> s.add(row[0]);
                case "lead" -> l.add(row[0]);
                case "trigger" -> t.add(row[0]);
                case "status-head" -> h.add(row[0]);
                case "self" -> self.add(row[0]);
                default -> throw new IllegalStateException("count-words.tsv: unknown role " + row[1]);
            }
        }
        return new CountWords(new WordList(s), new WordList(l), new WordList(t), new WordList(h), Set.copyOf(self));
    }
}
