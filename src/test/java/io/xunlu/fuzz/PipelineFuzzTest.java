package io.xunlu.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.xunlu.Xunlu;
import io.xunlu.ingest.Format;
import io.xunlu.ingest.InputDoc;
import java.time.LocalDate;

/**
 * The whole pipeline, as a user reaches it: text (a jsonl line, lone surrogates included) and raw
 * bytes (a file, in any encoding, text or HTML). Properties: {@link DocumentCheck}.
 */
class PipelineFuzzTest {
    private static final Xunlu ENGINE = Xunlu.withMaxChars(100_000);
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 15);
    private static final String[] NAMES = {"page.txt", "page.html", "page", "page.htm"};

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void text(byte[] bytes) {
        String text = FuzzInput.text(bytes);
        DocumentCheck.extractAndCheck(ENGINE, InputDoc.ofText("page.txt", text, PUBLISHED));
    }

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void bytes(FuzzedDataProvider data) {
        String name = data.pickValue(NAMES);
        Format format = data.pickValue(Format.values());
        byte[] bytes = data.consumeRemainingAsBytes();
        DocumentCheck.extractAndCheck(ENGINE, new InputDoc(name, bytes, null, "id-1", PUBLISHED, format, null));
    }
}
