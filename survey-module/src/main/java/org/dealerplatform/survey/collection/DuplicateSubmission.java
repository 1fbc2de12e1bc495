package org.dealerplatform.survey.collection;

/** Another request with the same idempotency key committed first; the caller answers with its result. */
class DuplicateSubmission extends RuntimeException {
    DuplicateSubmission() {
        super("a submission with this idempotency key was stored concurrently", null, false, false);
    }
}
