-- Dealer groups are the platform's tenants; shops and advisors belong to one of them.
CREATE TABLE dealer_group (
    id            CHAR(36)     NOT NULL,
    code          VARCHAR(40)  NOT NULL,
    name          VARCHAR(100) NOT NULL,
    contact_email VARCHAR(254) NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    created_at    TIMESTAMP(3) NOT NULL,
    updated_at    TIMESTAMP(3) NOT NULL,
    version       BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_dealer_group_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE dealer_group_module (
    dealer_group_id CHAR(36)    NOT NULL,
    module_id       VARCHAR(40) NOT NULL,
    PRIMARY KEY (dealer_group_id, module_id),
    CONSTRAINT fk_dealer_group_module_group FOREIGN KEY (dealer_group_id) REFERENCES dealer_group (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The association's maintained list of brands shops may represent.
CREATE TABLE brand (
    code    VARCHAR(32)  NOT NULL,
    name_zh VARCHAR(50)  NOT NULL,
    name_en VARCHAR(50)  NOT NULL,
    active  BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- tenant_id is NOT NULL so an insert without a tenant fails instead of creating an orphan row.
CREATE TABLE shop (
    id            CHAR(36)     NOT NULL,
    tenant_id     VARCHAR(40)  NOT NULL,
    code          VARCHAR(32)  NOT NULL,
    name          VARCHAR(100) NOT NULL,
    brand_code    VARCHAR(32)  NOT NULL,
    province_code CHAR(2)      NOT NULL,
    city          VARCHAR(50)  NOT NULL,
    address       VARCHAR(200) NOT NULL,
    active        BOOLEAN      NOT NULL,
    created_at    TIMESTAMP(3) NOT NULL,
    updated_at    TIMESTAMP(3) NOT NULL,
    version       BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_shop_tenant_code UNIQUE (tenant_id, code),
    CONSTRAINT fk_shop_brand FOREIGN KEY (brand_code) REFERENCES brand (code),
    KEY ix_shop_tenant_name (tenant_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE service_advisor (
    id          CHAR(36)     NOT NULL,
    tenant_id   VARCHAR(40)  NOT NULL,
    shop_id     CHAR(36)     NOT NULL,
    name        VARCHAR(50)  NOT NULL,
    employee_no VARCHAR(32)  NOT NULL,
    active      BOOLEAN      NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL,
    updated_at  TIMESTAMP(3) NOT NULL,
    version     BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_advisor_shop_employee_no UNIQUE (shop_id, employee_no),
    CONSTRAINT fk_advisor_shop FOREIGN KEY (shop_id) REFERENCES shop (id),
    KEY ix_advisor_tenant_shop (tenant_id, shop_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO brand (code, name_zh, name_en) VALUES
 ('VOLKSWAGEN', '大众', 'Volkswagen'), ('TOYOTA', '丰田', 'Toyota'), ('HONDA', '本田', 'Honda'),
 ('NISSAN', '日产', 'Nissan'), ('BUICK', '别克', 'Buick'), ('CHEVROLET', '雪佛兰', 'Chevrolet'),
 ('CADILLAC', '凯迪拉克', 'Cadillac'), ('BMW', '宝马', 'BMW'), ('MERCEDES_BENZ', '奔驰', 'Mercedes-Benz'),
 ('AUDI', '奥迪', 'Audi'), ('PORSCHE', '保时捷', 'Porsche'), ('LEXUS', '雷克萨斯', 'Lexus'),
 ('VOLVO', '沃尔沃', 'Volvo'), ('LAND_ROVER', '路虎', 'Land Rover'), ('JAGUAR', '捷豹', 'Jaguar'),
 ('FORD', '福特', 'Ford'), ('LINCOLN', '林肯', 'Lincoln'), ('MAZDA', '马自达', 'Mazda'),
 ('HYUNDAI', '现代', 'Hyundai'), ('KIA', '起亚', 'Kia'), ('SKODA', '斯柯达', 'Skoda'),
 ('PEUGEOT', '标致', 'Peugeot'), ('CITROEN', '雪铁龙', 'Citroën'), ('MITSUBISHI', '三菱', 'Mitsubishi'),
 ('SUBARU', '斯巴鲁', 'Subaru'), ('INFINITI', '英菲尼迪', 'Infiniti'), ('ACURA', '讴歌', 'Acura'),
 ('BYD', '比亚迪', 'BYD'), ('GEELY', '吉利', 'Geely'), ('CHANGAN', '长安', 'Changan'),
 ('GREAT_WALL', '长城', 'Great Wall'), ('HAVAL', '哈弗', 'Haval'), ('CHERY', '奇瑞', 'Chery'),
 ('GAC_TRUMPCHI', '广汽传祺', 'GAC Trumpchi'), ('HONGQI', '红旗', 'Hongqi'), ('ROEWE', '荣威', 'Roewe'),
 ('MG', '名爵', 'MG'), ('LYNK_CO', '领克', 'Lynk & Co'), ('NIO', '蔚来', 'NIO'),
 ('XPENG', '小鹏', 'XPeng'), ('LI_AUTO', '理想', 'Li Auto'), ('TESLA', '特斯拉', 'Tesla'),
 ('AITO', '问界', 'AITO'), ('ZEEKR', '极氪', 'Zeekr'), ('DONGFENG', '东风', 'Dongfeng');
