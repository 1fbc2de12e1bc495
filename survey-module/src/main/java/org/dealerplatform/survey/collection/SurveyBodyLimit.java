package org.dealerplatform.survey.collection;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.dealerplatform.core.web.BodySizeLimit;

/**
 * 16 KiB for an anonymous survey submission: a full questionnaire with the longest comment in
 * four-byte characters is under 6 KiB, so anything bigger is not a customer.
 */
@Provider
@SurveyBody
@Priority(Priorities.AUTHENTICATION - 50)
public class SurveyBodyLimit implements ContainerRequestFilter {

    public static final int MAX_BYTES = 16 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        BodySizeLimit.enforce(request, MAX_BYTES, "a survey submission may be at most " + MAX_BYTES + " bytes");
    }
}
