package org.dealerplatform.core.privacy;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.dealerplatform.core.phone.PhoneNumber;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.web.Input;

/**
 * A customer's request, through the association, to erase every stored trace of their phone
 * number: the consented call-back contact and the screening hashes, in every dealer group. A
 * platform-wide action, so the association's alone; a number the platform could not have stored
 * is a 400 with the reason on {@code phone}, never echoed back.
 */
@Path("api/v1/privacy/erasures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AllowedRoles(Roles.ASSOCIATION_ADMIN)
public class ErasuresResource {

    @Inject
    PhoneErasures erasures;

    public record ErasureRequest(String phone) {
    }

    /** {@code id} finds the audit entry ({@code GET /api/v1/audit?objectId=}). */
    public record ErasureView(String id, Map<String, Long> erased) {
    }

    @POST
    public ErasureView erase(ErasureRequest request) {
        Input.check(request).required("phone", request.phone(), 100).orRefuse();
        PhoneErasures.Erasure done = erasures.erase(PhoneNumber.parse(request.phone()));
        return new ErasureView(done.id(), done.erased());
    }
}
