package io.xunlu;

import io.xunlu.extract.EntityFinding;
import io.xunlu.extract.person.PersonFinding;
import io.xunlu.extract.project.ProjectFinding;
import io.xunlu.link.LinkedOfficial;
import io.xunlu.extract.amount.AmountFinding;
import io.xunlu.extract.count.CountFinding;
import io.xunlu.extract.date.DateFinding;
import io.xunlu.extract.document.DocumentFinding;
import java.util.List;
import java.util.Map;

/** Everything found in one item, in the coordinates of the item's view text, linked. */
public record ArticleFacts(List<LinkedOfficial> officials, List<PersonFinding> people,
                           List<EntityFinding> organizations, List<EntityFinding> places,
                           List<ProjectFinding> projects, List<AmountFinding> amounts, List<CountFinding> counts,
                           Map<ProjectFinding, List<AmountFinding>> projectFacts, List<DateFinding> dates,
                           List<DocumentFinding> documents) {}
