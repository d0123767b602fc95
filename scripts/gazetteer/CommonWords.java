// Lists division names and short forms that HanLP's core dictionary knows mainly as ordinary
// words (合作, 资源, 通道, 城区): candidates for models/places/common-words.txt, which keeps them
// out of free-text place matching. The output is reviewed by hand before it is committed.
//
// Usage (from the repo root, after mvn has fetched HanLP into ~/.m2):
//   java -cp ~/.m2/repository/com/hankcs/hanlp/portable-1.8.6/hanlp-portable-1.8.6.jar \
//        scripts/gazetteer/CommonWords.java models/places/divisions.tsv
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

public class CommonWords {
    public static void main(String[] args) throws Exception {
        Set<String> forms = new LinkedHashSet<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (line.startsWith("#") || line.startsWith("code\t")) continue;
            String[] f = line.split("\t", -1);
            forms.add(f[1]);
            for (String s : f[5].split(",")) if (!s.isEmpty()) forms.add(s);
        }
        for (String form : forms) {
            CoreDictionary.Attribute a = CoreDictionary.get(form);
            if (a == null) continue;
            int place = 0, other = 0;
            StringBuilder natures = new StringBuilder();
            for (int i = 0; i < a.nature.length; i++) {
                boolean isPlace = a.nature[i] == Nature.ns || a.nature[i] == Nature.nsf;
                if (isPlace) place += a.frequency[i]; else other += a.frequency[i];
                natures.append(a.nature[i]).append(' ').append(a.frequency[i]).append(' ');
            }
            if (other > place) System.out.println(form + "\t" + natures.toString().trim());
        }
    }
}
