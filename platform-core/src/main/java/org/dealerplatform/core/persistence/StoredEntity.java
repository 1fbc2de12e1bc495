package org.dealerplatform.core.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * What every stored object of the platform has: an unguessable id (ids appear in URLs, so never a
 * sequence), when it was created and last changed, and a version that turns concurrent edits
 * into a conflict instead of a lost update.
 */
@MappedSuperclass
public abstract class StoredEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected StoredEntity() {
    }

    protected StoredEntity(Instant now) {
        this.id = UUID.randomUUID().toString();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Records a change; every domain method that changes state calls it. */
    protected void touched(Instant now) {
        this.updatedAt = now;
    }

    public String id() {
        return id;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
