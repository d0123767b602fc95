package io.xunlu.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** One item of a page: an article, a photo caption or a brief, with everything found in it. */
@JsonPropertyOrder({"index", "id", "kind", "headline", "subheadlines", "dateline", "bylines", "region",
        "start", "end", "startUtf16", "endUtf16", "text",
        "officials", "people", "organizations", "places", "projects", "amounts", "counts", "dates", "documents"})
public record Article(int index, String id, String kind, String headline, List<String> subheadlines,
                      String dateline, List<Byline> bylines, Region region,
                      int start, int end, int startUtf16, int endUtf16, String text,
                      List<Official> officials, List<Person> people, List<Entity> organizations,
                      List<Entity> places, List<Project> projects, List<Amount> amounts,
                      List<Count> counts, List<DateItem> dates, List<DocumentRef> documents) {}
