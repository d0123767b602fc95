package io.xunlu.extract.person;

import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.ArticleText;
import io.xunlu.extract.LocalSpan;
import io.xunlu.extract.PhraseStart;
import io.xunlu.extract.name.NameRecognizer;
import io.xunlu.models.ModelFile;
import io.xunlu.text.CharMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * People who hold no office: a role noun phrase and a name (项目负责人孙立平, 村民李四). Officials
 * and bylines are left to their own extractors; the caller removes names they already claim.
 */
public final class PersonExtractor {
    private static final int MAX_ROLE = 16;

    private final PhraseStart phrases;
    private final NameRecognizer names;
    /** Role words by first character, longest first: the scan tries only the words that can start here. */
    private final CharMap<List<String>> rolesByFirst;

    public PersonExtractor(PhraseStart phrases, NameRecognizer names) {
        this.phrases = phrases;
        this.names = names;
        List<String> r = new ArrayList<>(ModelFile.lines("names/person-roles.txt").stream().map(String::strip).toList());
        r.sort(Comparator.comparingInt(String::length).reversed());
        Map<Character, List<String>> byFirst = new HashMap<>();
        for (String role : r) byFirst.computeIfAbsent(role.charAt(0), k -> new ArrayList<>()).add(role);
        byFirst.replaceAll((k, v) -> List.copyOf(v));
        rolesByFirst = new CharMap<>(byFirst);
    }

    public List<PersonFinding> extract(ArticleText a, TokenIndex tokens) {
        String text = a.text();
        List<PersonFinding> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            List<String> roles = rolesByFirst.get(text.charAt(i));
            if (roles == null) continue;
            for (String r : roles) {
                if (!text.startsWith(r, i)) continue;
                int e = i + r.length();
                if (names.surnameAt(text, e) == 0) break;
                var name = names.nameAt(text, e, tokens, false);
                if (name.isEmpty()) break;
                int start = phrases.startBefore(text, tokens, i, MAX_ROLE);
                out.add(new PersonFinding(name.get(), new LocalSpan(start, e), "person.role+name"));
                i = name.get().end() - 1;
                break;
            }
        }
        return out;
    }
}
