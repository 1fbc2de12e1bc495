package org.dealerplatform.survey.collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dealerplatform.core.domain.NotFound;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.survey.qr.SurveyLink;
import org.dealerplatform.survey.qr.SurveyLinks;

/**
 * The entrance of the submission pipeline for both the JSON API and the HTML form. Two requests
 * with one idempotency key race only at the unique key; the loser's transaction is rolled back
 * and it answers with the winner's stored result (or 422 if its answers differ).
 */
@ApplicationScoped
public class Submissions {

    /** Client-made keys: UUIDs or similar, 8 to 64 URL-safe characters. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    @Inject
    SurveyLinks links;

    @Inject
    SampleStore store;

    @Inject
    SampleBatches batches;

    @Inject
    AnswerCeiling ceiling;

    public SurveyLink link(String token) {
        return links.byToken(token).orElseThrow(() -> new NotFound("survey"));
    }

    public Outcome submit(String token, SurveyInput input, Visitor visitor) {
        if (visitor.idempotencyKey() == null || !KEY.matcher(visitor.idempotencyKey()).matches()) {
            throw ApiException.invalid("Idempotency-Key", "send a unique key (8 to 64 letters, digits, '-' or '_')"
                    + " with every submission, and the same key when retrying it");
        }
        ceiling.admit(visitor); // over it: refused before any work, 429 with Retry-After
        SurveyLink link = link(token);
        Arrival arrival = store.arrive(link, input, visitor);
        Optional<Outcome> batched = batches.store(arrival);
        if (batched.isPresent()) {
            return batched.get();
        }
        try {
            return store.store(arrival);
        } catch (DuplicateSubmission e) {
            return store.replay(link, input, visitor);
        } catch (RuntimeException e) {
            if (causedByDuplicate(e)) {
                return store.replay(link, input, visitor);
            }
            throw e;
        }
    }

    /** A duplicate key can also surface only at commit, wrapped by the transaction manager. */
    private static boolean causedByDuplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DuplicateSubmission) {
                return true;
            }
        }
        return org.dealerplatform.core.persistence.Conflicts.isDuplicate(e);
    }
}
