package io.xunlu.region;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xunlu.extract.official.TitleGrammar;
import io.xunlu.extract.place.Division;
import io.xunlu.extract.place.Gazetteer;
import io.xunlu.json.Post;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The post examples of post-examples.tsv. */
class PostResolverTest {
    private static final Gazetteer G = Gazetteer.standard();
    private static final PostResolver POSTS = new PostResolver(G, new TitleGrammar());

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (InputStream in = PostResolverTest.class.getResourceAsStream("post-examples.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t");
                tests.add(DynamicTest.dynamicTest(c[0] + " / " + c[1] + " / " + c[2], () -> {
                    Division region = c[1].equals("-") ? null : RegionOption.parse(G, c[1]);
                    Post before = c[2].equals("-") ? null : POSTS.resolve(c[2], c[2], region, null);
                    Post p = POSTS.resolve(c[0], c[0], region, before);
                    String code = p.division() == null ? "-" : p.division().code() == null ? p.division().level() : p.division().code();
                    assertEquals(c[3], code + " " + p.full(), c[0]);
                }));
            }
        }
        return tests.stream();
    }
}
