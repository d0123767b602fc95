package io.xunlu.extract.person;

import io.xunlu.analysis.Token;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * People who hold no office: a role noun phrase and a name or a list of names (项目负责人孙立平,
 * 村民李四, 专家组A、B、C), and the named people {@link PersonCues} finds without a role. Officials
 * and bylines are left to their own extractors; the caller removes names they already claim.
 */
public final class PersonExtractor {
    private static final int MAX_ROLE = 16;
    private static final int MAX_LIST = 40;

    private final PhraseStart phrases;
    private final NameRecognizer names;
    private final PersonCues cues;
    private final Set<String> creditRoles;
    /** Role words by first character, longest first: the scan tries only the words that can start here. */
    private final CharMap<List<String>> rolesByFirst;

    public PersonExtractor(PhraseStart phrases, NameRecognizer names) {
        this.phrases = phrases;
        this.names = names;
        cues = new PersonCues(names);
        creditRoles = Set.copyOf(ModelFile.lines("names/credit-roles.txt").stream().map(String::strip).toList());
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
                if (names.surnameAt(text, e) == 0 || actsAsVerb(tokens, i, e) || !standsAlone(tokens, i, e)) break;
                Optional<LocalSpan> name = names.nameAt(text, e, tokens, false);
                if (name.isEmpty()) break;
                LocalSpan role = new LocalSpan(phrases.startBefore(text, tokens, i, MAX_ROLE), e);
                if (creditRoles.contains(r) && isCredit(text, role, i, name.get())) break;
                out.add(new PersonFinding(name.get(), role, "person.role+name"));
                i = listAfter(text, tokens, name.get(), role, out) - 1;
                break;
            }
        }
        Set<Integer> taken = new HashSet<>();
        for (PersonFinding p : out) taken.add(p.name().start());
        for (PersonFinding p : cues.extract(text, tokens)) if (taken.add(p.name().start())) out.add(p);
        out.sort(Comparator.comparingInt(p -> p.name().start()));
        return out;
    }

    /**
     * A reporter in a credit, not in running text: no outlet before the role or the paper's own (本报,
     * 本台), inside brackets ((人民网记者A)), or closed as a credit is (A摄, A报道, a line's end).
     */
    private static boolean isCredit(String text, LocalSpan role, int roleWord, LocalSpan name) {
        boolean outlet = role.start() < roleWord && text.charAt(role.start()) != '本';
        if (!outlet || PersonCues.insideBrackets(text, role.start())) return true;
        int e = name.end();
        return e >= text.length() || Character.isWhitespace(text.charAt(e)) || text.charAt(e) == '摄'
                || text.startsWith("报道", e) || text.charAt(e) == ')' || text.charAt(e) == '）';
    }

    /**
     * The role word is a word of the sentence as HanLP reads it, and a name may begin after it: it
     * starts no longer word and ends where a word ends (居民|区加大 is 居民区, 干部支部 a body), unless
     * HanLP glued the role to a person token (村民李四/nr) or swallowed both into a body's name.
     */
    private static boolean standsAlone(TokenIndex tokens, int start, int end) {
        Token last = tokens.at(end - 1);
        if (last == null) return false;
        if (last.end() == end) return true;
        return last.tag().startsWith("nr") && last.start() <= start;
    }

    /** 仅代表/v 原作者观点: the role word is used as a verb here, and no name follows a role. */
    private static boolean actsAsVerb(TokenIndex tokens, int start, int end) {
        Token t = tokens.at(start);
        return t != null && t.start() == start && t.end() == end && t.tag().startsWith("v") && !t.tag().equals("vn");
    }

    /** 专家组潘某、陈某、卜某: the names listed after the first share its role. Returns where the list ends. */
    private int listAfter(String text, TokenIndex tokens, LocalSpan first, LocalSpan role, List<PersonFinding> out) {
        int at = first.end();
        for (int n = 0; n < MAX_LIST && at + 1 < text.length() && text.charAt(at) == '、'; n++) {
            if (names.surnameAt(text, at + 1) == 0) break;
            Optional<LocalSpan> next = names.nameAt(text, at + 1, tokens, true);
            if (next.isEmpty()) break;
            out.add(new PersonFinding(next.get(), role, "person.role+name_list"));
            at = next.get().end();
        }
        return at;
    }
}
