package org.dealerplatform.survey.collection;

import org.dealerplatform.core.persistence.NativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;

/** Keeps the generated survey secret; the first node to start writes it, every node reads the same one. */
@ApplicationScoped
public class SecretStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public byte[] load() {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        NativeSql.query(em, "insert ignore into survey_setting (name, value) values ('secret', ?)")
                .setParameter(1, Base64.getEncoder().encodeToString(fresh)).executeUpdate();
        Object value = NativeSql.query(em, "select value from survey_setting where name = 'secret'").getSingleResult();
        return Base64.getDecoder().decode(value.toString());
    }
}
