-- A dealer group may register the address ranges of a shop's own network (CIDR, IPv4 or IPv6), so
-- the association can see answers sent from inside the shop. Tenant data (discriminator tenant_id);
-- one row per shop, the ranges as a comma-separated list in canonical form.
CREATE TABLE shop_network (
    id         CHAR(36)      NOT NULL,
    tenant_id  VARCHAR(40)   NOT NULL,
    shop_id    CHAR(36)      NOT NULL,
    cidrs      VARCHAR(1200) NOT NULL,
    created_at DATETIME(3)   NOT NULL,
    updated_at DATETIME(3)   NOT NULL,
    version    BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_shop_network_shop UNIQUE (shop_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Matched when the sample arrives; only the outcome is kept, never the address.
ALTER TABLE survey_response ADD COLUMN from_shop_network BOOLEAN NOT NULL DEFAULT FALSE;
