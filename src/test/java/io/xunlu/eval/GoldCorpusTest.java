package io.xunlu.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldCorpusTest {
    @TempDir
    Path dir;

    private void write(String path, String content) throws IOException {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    @Test
    void findsGoldRecursivelyBesideItsInputAndReportsTheRest() throws IOException {
        write("a/one.txt", "正文");
        write("a/one.gold.json", "{\"file\": \"one.txt\", \"published\": \"2023-09-28\", \"articles\": []}");
        write("b/deeper/two.gb18030.txt", "正文");
        write("b/deeper/two.gb18030.gold.json", "{\"file\": \"two.gb18030.txt\", \"published\": null, \"articles\": []}");
        write("b/page.html", "<p>正文</p>");
        write("b/page.gold.json", "{\"file\": \"page.html\", \"articles\": []}");
        write("c/no-gold.txt", "正文");
        write("c/lost.gold.json", "{\"file\": \"lost.txt\", \"articles\": []}");
        write("c/broken.gold.json", "{\"file\": ");
        write("c/nameless.gold.json", "{\"articles\": []}");

        GoldCorpus corpus = GoldCorpus.scan(List.of(dir, dir.resolve("a")));

        assertEquals(List.of("a/one.txt", "b/deeper/two.gb18030.txt", "b/page.html"),
                corpus.files().stream().map(GoldFile::name).toList());
        assertEquals(LocalDate.of(2023, 9, 28), corpus.files().get(0).published());
        assertNull(corpus.files().get(1).published());
        assertEquals(3, corpus.problems().size(), corpus.problems().toString());
        assertTrue(corpus.problems().stream().anyMatch(p -> p.contains("lost.txt is missing")));
        assertTrue(corpus.problems().stream().anyMatch(p -> p.contains("broken.gold.json: unreadable")));
        assertTrue(corpus.problems().stream().anyMatch(p -> p.contains("no \"file\" key")));
    }

    @Test
    void aMissingFolderIsAnError() {
        assertThrows(IOException.class, () -> GoldCorpus.scan(List.of(dir.resolve("nowhere"))));
    }

    @Test
    void realItemsAreTheirOwnSetWithPartsAndTextsThatMayBeMissing() throws IOException {
        write("corpus/written.txt", "正文");
        write("corpus/written.gold.json", "{\"file\": \"written.txt\", \"articles\": []}");
        write("corpus/real/.texts/a.txt", "正文");
        write("corpus/real/a.gold.json", "{\"file\": \".texts/a.txt\", \"source\": \"https://example.org/a\", \"part\": \"tune\", \"articles\": []}");
        write("corpus/real/.texts/b.txt", "正文");
        write("corpus/real/b.gold.json", "{\"file\": \".texts/b.txt\", \"source\": \"https://example.org/b\", \"part\": \"untouched\", \"articles\": []}");
        write("corpus/real/c.gold.json", "{\"file\": \".texts/c.txt\", \"source\": \"https://example.org/c\", \"part\": \"tune\", \"articles\": []}");

        GoldCorpus written = GoldCorpus.scan(List.of(dir.resolve("corpus")));
        assertEquals(List.of("written.txt"), written.files().stream().map(GoldFile::name).toList());
        assertTrue(written.withoutText().isEmpty());

        GoldCorpus real = GoldCorpus.scan(List.of(dir.resolve("corpus/real")));
        assertEquals(List.of(".texts/a.txt", ".texts/b.txt"), real.files().stream().map(GoldFile::name).toList());
        assertEquals(List.of("c.gold.json"), real.withoutText());
        assertTrue(real.problems().isEmpty(), real.problems().toString());
        assertEquals(List.of("tune", "untouched"), real.parts());
        assertEquals(List.of(".texts/b.txt"), real.part("untouched").files().stream().map(GoldFile::name).toList());
    }
}
